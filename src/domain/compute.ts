import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import { IDEMPOTENCY_MARK, type CreateServerSpec, type Placement, type ResourceAddress, type Server, type ServerAction } from '../cloud/model.js';
import type { HanulContext } from '../server/context.js';
import { changed } from './changes.js';
import { keyedCreate } from './create-once.js';
import { lists } from './lists.js';
import { sessionFor } from './session.js';

/**
 * Servers, provider-neutral: batched reads, the build (with its references checked first)
 * and the lifecycle actions. A wrong-state action is the cloud's 409, reported with the
 * server's status as the cloud shows it then.
 */

const compute = (ctx: HanulContext, p: Placement) => sessionFor(ctx, p.provider).compute;

/** A region's servers by id: from this operation's list when it has one, else one batched read. */
export async function loadServers(ctx: HanulContext, p: Placement, ids: string[]): Promise<Server[]> {
  const listed = lists.cachedServers(ctx, p);
  if (listed) return (await listed).filter((s) => ids.includes(s.id));
  return compute(ctx, p).getServers(p.region, ids);
}

/** Reads one server fresh (bypassing the operation's list cache). */
export async function readServer(ctx: HanulContext, ref: ResourceAddress): Promise<Server> {
  const [server] = await compute(ctx, ref).getServers(ref.region, [ref.id]);
  if (!server) throw new NotFoundError('Server', ref.id);
  return server;
}

/**
 * Checks that the flavor, image and key pair exist before asking the cloud to build: the
 * cloud's own answer comes as a server in ERROR minutes later, or a 400 naming no field.
 */
async function checkReferences(ctx: HanulContext, region: Placement, spec: Pick<CreateServerSpec, 'flavorId' | 'imageId' | 'keyName'>): Promise<void> {
  const { flavorId, imageId, keyName } = spec;
  const [flavors, images, keypairs] = await Promise.all([
    lists.flavors(ctx, region),
    compute(ctx, region).getImages(region.region, [imageId]),
    keyName ? lists.keypairs(ctx, region) : Promise.resolve([]),
  ]);
  if (!flavors.some((f) => f.id === flavorId)) throw new NotFoundError('Flavor', flavorId, `Flavor ${flavorId} does not exist in ${region.region}`);
  if (images.length === 0) throw new NotFoundError('Image', imageId, `Image ${imageId} does not exist in ${region.region}`);
  if (keyName && !keypairs.some((k) => k.name === keyName)) throw new NotFoundError('Keypair', keyName, `Key pair "${keyName}" does not exist in ${region.region}`);
}

/** Builds a server once per idempotency key; a retry whose first answer was lost finds the server by the key in its metadata. */
export async function createServer(ctx: HanulContext, region: Placement, spec: Omit<CreateServerSpec, 'metadata'>, input: { idempotencyKey?: string | null }): Promise<Server> {
  const session = sessionFor(ctx, region.provider);
  // Said here, with the field, rather than as the cloud's fieldless "'key_name' is a required property".
  if (!spec.keyName && session.compute.keypairRequired) throw new ValidationError(`A key pair is required for a server on ${region.provider}`, ['keypairId']);
  const server = await keyedCreate(ctx, session, region, input, {
    kind: 'Server',
    create: async (key) => {
      await checkReferences(ctx, region, spec);
      return session.compute.createServer(region.region, { ...spec, metadata: key ? { [IDEMPOTENCY_MARK]: key } : {} });
    },
    id: (s) => s.id,
    read: (id) => readServer(ctx, { ...region, id }),
    find: async (key) => (await session.compute.listServers(region.region)).find((s) => s.metadata[IDEMPOTENCY_MARK] === key),
  });
  changed(ctx, region, 'servers');
  return server;
}

/** Asks the cloud for a lifecycle action; answers the server as the cloud shows it right after. */
export async function serverAction(ctx: HanulContext, ref: ResourceAddress, action: ServerAction): Promise<Server> {
  try {
    await compute(ctx, ref).serverAction(ref.region, ref.id, action);
  } catch (err) {
    if (err instanceof ConflictError) throw new ConflictError(err.message, (await readServer(ctx, ref)).status);
    throw err;
  }
  changed(ctx, ref, 'servers');
  return readServer(ctx, ref);
}

export async function deleteServer(ctx: HanulContext, ref: ResourceAddress): Promise<void> {
  await compute(ctx, ref).deleteServer(ref.region, ref.id);
  changed(ctx, ref, 'servers');
}
