import { ConflictError, NotFoundError } from '../cloud/errors.js';
import { IDEMPOTENCY_MARK, type Container, type ContainerDetails, type ObjectListing, type ObjectListQuery, type Placement, type ResourceAddress, type StorageObject, type StoredObjectContent } from '../cloud/model.js';
import type { HanulContext } from '../server/context.js';
import { changed } from './changes.js';
import { keyedCreate } from './create-once.js';
import { regionKey } from './keys.js';
import { sessionFor } from './session.js';

/**
 * Object storage, provider-neutral: containers are listed once per region per operation,
 * their HEAD (metadata, ACLs) read only when asked, objects listed a page per call. Every
 * read is keyed under `{region}:containers`, so a change (`changed()`) drops them all.
 */

/** `content` and `contentBase64` are read for objects up to this size. */
export const READ_CONTENT_MAX_BYTES = 1024 * 1024;

/** The public-read ACL: objects and the listing readable without a token (Swift referrer ACL). */
export const PUBLIC_READ_ACL = '.r:*,.rlistings';

/** A container as the schema carries it: listing counters, and its HEAD once read. */
export type ContainerNode = Container & { details?: ContainerDetails };

/** An object with its metadata once HEAD or GET read it. */
export type ObjectNode = StorageObject & { metadata?: Record<string, string> };

const storage = (ctx: HanulContext, p: Placement) => sessionFor(ctx, p.provider).objectStorage;
const containersKey = (p: Placement) => `${regionKey(p)}:containers`;

export function listContainers(ctx: HanulContext, p: Placement, prefix = ''): Promise<Container[]> {
  return ctx.cache.memo(`${containersKey(p)}:list:${prefix}`, () => storage(ctx, p).listContainers(p.region, prefix || undefined));
}

function headContainer(ctx: HanulContext, p: Placement, name: string): Promise<ContainerDetails | null> {
  return ctx.cache.memo(`${containersKey(p)}:head:${name}`, () => storage(ctx, p).getContainer(p.region, name));
}

const withDetails = (p: Placement, name: string, details: ContainerDetails): ContainerNode => ({
  provider: p.provider,
  region: p.region,
  name,
  objectCount: details.objectCount,
  bytesUsed: details.bytesUsed,
  lastModified: null,
  details,
});

/** One container by name (one HEAD per operation); null when there is none. */
export async function findContainer(ctx: HanulContext, p: Placement, name: string): Promise<ContainerNode | null> {
  const details = await headContainer(ctx, p, name);
  return details ? withDetails(p, name, details) : null;
}

/** A container's HEAD: from the node when it came with one, else one call per operation. */
export function containerDetails(ctx: HanulContext, c: ContainerNode): Promise<ContainerDetails | null> {
  return c.details ? Promise.resolve(c.details) : headContainer(ctx, c, c.name);
}

/** A region's containers by name: from this operation's listing when it has one, else one HEAD each (cheaper than listing thousands). */
export async function loadContainers(ctx: HanulContext, p: Placement, names: string[]): Promise<ContainerNode[]> {
  const listed = ctx.cache.peek<Container[]>(`${containersKey(p)}:list:`);
  if (listed) return (await listed).filter((c) => names.includes(c.name));
  const found = await Promise.all(names.map((name) => findContainer(ctx, p, name)));
  return found.filter((c): c is ContainerNode => c !== null);
}

/** A region's objects by `{container}/{name}` id: one HEAD each. */
export async function loadObjects(ctx: HanulContext, p: Placement, ids: string[]): Promise<ObjectNode[]> {
  const found = await Promise.all(
    ids.map((id) => {
      const slash = id.indexOf('/');
      return slash > 0 ? findObject(ctx, { ...p, id: id.slice(0, slash) }, id.slice(slash + 1)) : null;
    }),
  );
  return found.filter((o): o is ObjectNode => o !== null);
}

/** One object by name (a HEAD per operation), with its metadata; null when there is none. */
export async function findObject(ctx: HanulContext, container: ResourceAddress, name: string): Promise<ObjectNode | null> {
  const head = await ctx.cache.memo(`${containersKey(container)}:objecthead:${container.id}/${name}`, () => storage(ctx, container).headObject(container.region, container.id, name));
  return head ? { ...head.object, metadata: head.metadata } : null;
}

/** An object's metadata: from the node when a HEAD or GET read it, else one HEAD. */
export async function objectMetadata(ctx: HanulContext, o: ObjectNode): Promise<Record<string, string>> {
  return o.metadata ?? (await findObject(ctx, { ...o, id: o.container }, o.name))?.metadata ?? {};
}

/** An object's content when it is at most READ_CONTENT_MAX_BYTES (one GET per operation). */
export function objectContent(ctx: HanulContext, o: StorageObject): Promise<StoredObjectContent | null> {
  return ctx.cache.memo(`${containersKey(o)}:object:${o.container}/${o.name}`, () => storage(ctx, o).getObject(o.region, o.container, o.name, READ_CONTENT_MAX_BYTES));
}

/** One page of a container's listing, in the cloud's own marker paging. */
export function listObjects(ctx: HanulContext, c: Container, query: ObjectListQuery): Promise<ObjectListing> {
  return storage(ctx, c).listObjects(c.region, c.name, query);
}

/** Reads a container fresh (one HEAD). */
async function readContainer(ctx: HanulContext, p: Placement, name: string): Promise<ContainerNode> {
  const details = await storage(ctx, p).getContainer(p.region, name);
  if (!details) throw new NotFoundError('Container', name);
  return withDetails(p, name, details);
}

export interface CreateContainerSpec {
  name: string;
  storagePolicy: string;
  metadata: Record<string, string>;
  publicRead: boolean;
}

/** Creates an empty container once per idempotency key; a container of that name already there is a ConflictError. */
export async function createContainer(ctx: HanulContext, region: Placement, spec: CreateContainerSpec, input: { idempotencyKey?: string | null }): Promise<ContainerNode> {
  const session = sessionFor(ctx, region.provider);
  const api = session.objectStorage;
  const container = await keyedCreate(ctx, session, region, input, {
    kind: 'Container',
    create: async (key) => {
      // Swift's PUT on an existing container succeeds and rewrites its settings: refuse that instead.
      if (await api.getContainer(region.region, spec.name)) throw new ConflictError(`A container named ${spec.name} already exists in ${region.region}`, 'EXISTS');
      await api.createContainer(region.region, spec.name, {
        storagePolicy: spec.storagePolicy,
        metadata: key ? { ...spec.metadata, [IDEMPOTENCY_MARK]: key } : spec.metadata,
        readAcl: spec.publicRead ? PUBLIC_READ_ACL : undefined,
      });
      return readContainer(ctx, region, spec.name);
    },
    id: (c) => c.name,
    read: (id) => readContainer(ctx, region, id),
    // The container carries its key as metadata: a lost answer's container is found by it.
    find: async (key) => ((await api.getContainer(region.region, spec.name))?.metadata[IDEMPOTENCY_MARK] === key ? readContainer(ctx, region, spec.name) : undefined),
  });
  changed(ctx, region, 'containers');
  return container;
}

/** Sets or removes metadata keys and, when given, the read ACL; answers the container after. */
export async function updateContainer(ctx: HanulContext, ref: ResourceAddress, change: { metadata: Record<string, string>; readAcl?: string }): Promise<ContainerNode> {
  await storage(ctx, ref).updateContainer(ref.region, ref.id, change);
  changed(ctx, ref, 'containers');
  return readContainer(ctx, ref, ref.id);
}

export async function deleteContainer(ctx: HanulContext, ref: ResourceAddress): Promise<void> {
  await storage(ctx, ref).deleteContainer(ref.region, ref.id);
  changed(ctx, ref, 'containers');
}

export async function putObject(ctx: HanulContext, container: ResourceAddress, name: string, body: Buffer, options: { contentType: string; metadata: Record<string, string> }): Promise<ObjectNode> {
  const object = await storage(ctx, container).putObject(container.region, container.id, name, body, options);
  changed(ctx, container, 'containers');
  return { ...object, metadata: options.metadata };
}

export async function deleteObject(ctx: HanulContext, container: ResourceAddress, name: string): Promise<void> {
  await storage(ctx, container).deleteObject(container.region, container.id, name);
  changed(ctx, container, 'containers');
}

/** The account's counters in one region (one HEAD). */
export const usage = (ctx: HanulContext, p: Placement) => storage(ctx, p).usage(p.region);
