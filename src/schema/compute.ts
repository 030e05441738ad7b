import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import { IDEMPOTENCY_MARK, SERVER_STATUSES, type Placement, type Server, type ServerAction, type ServerAddress } from '../cloud/model.js';
import { builder } from './builder.js';
import { registerNodeLoader } from './node-loaders.js';
import { FlavorRef, ImageRef } from './catalog.js';
import { connectionFromList } from './connection.js';
import { sessionFor } from '../domain/session.js';
import type { HanulContext } from '../server/context.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { KeypairRef, keypairName } from './keypairs.js';
import { changed } from '../domain/changes.js';
import { lists } from '../domain/lists.js';
import { DeletePayloadRef, type DeleteOutcome } from './payloads.js';
import { loadGrouped, parseGlobalId, parseRegionId, sameRegion, type Ref } from './refs.js';
import { refKey } from '../domain/keys.js';
import { RegionRef } from './region.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { keyedCreate } from '../domain/create-once.js';
import { validate } from '../domain/validate.js';
import { operationField, track, type LazyOperation } from './operations.js';
import type { OperationKind } from '../domain/operations/model.js';

export const ServerStatusEnum = builder.enumType('ServerStatus', { values: SERVER_STATUSES });

/** An address of a server, with the server it belongs to (so its subnet can be found). */
export type ServerAddressView = ServerAddress & { server: Server };

export const ServerAddressRef = builder.objectRef<ServerAddressView>('ServerAddress').implement({
  fields: (t) => ({
    address: t.exposeString('address'),
    version: t.exposeInt('version'),
    type: t.string({ resolve: (a) => a.type, description: 'FIXED or FLOATING' }),
    macAddress: t.exposeString('macAddress', { nullable: true }),
    networkName: t.exposeString('networkName'),
  }),
});

export const MetadataEntryRef = builder.objectRef<[string, string]>('MetadataEntry').implement({
  fields: (t) => ({
    key: t.string({ resolve: ([k]) => k }),
    value: t.string({ resolve: ([, v]) => v }),
  }),
});

export const ServerRef = builder.loadableNode('Server', {
  description: 'A virtual machine.',
  id: { resolve: (s: Server) => refKey(s, s.id) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, ids) => {
      // When this operation already listed the region's servers, read from that list.
      const listed = lists.cachedServers(ctx, p);
      if (listed) return (await listed).filter((s) => ids.includes(s.id));
      return sessionFor(ctx, p.provider).compute.getServers(p.region, ids);
    }, ctx, (s: Server) => refKey(s, s.id)),
  fields: (t) => ({
    name: t.exposeString('name'),
    status: t.field({ type: ServerStatusEnum, resolve: (s) => s.status, description: "The cloud's status, normalised" }),
    rawStatus: t.exposeString('rawStatus', { description: 'The status exactly as the cloud said it' }),
    taskState: t.exposeString('taskState', { nullable: true, description: 'What the cloud is doing to the server right now (powering-on, deleting, …)' }),
    region: t.field({ type: RegionRef, resolve: (s) => `${s.provider}:${s.region}` }),
    flavor: t.field({ type: FlavorRef, nullable: true, upstream: true, resolve: (s) => (s.flavorId ? refKey(s, s.flavorId) : null) }),
    image: t.field({ type: ImageRef, nullable: true, upstream: true, resolve: (s) => (s.imageId ? refKey(s, s.imageId) : null) }),
    keypair: t.field({ type: KeypairRef, nullable: true, upstream: true, resolve: (s) => (s.keyName ? refKey(s, s.keyName) : null) }),
    availabilityZone: t.exposeString('availabilityZone', { nullable: true }),
    addresses: t.field({
      type: [ServerAddressRef],
      description: 'Fixed and floating addresses, with their subnet where known',
      resolve: (s) => s.addresses.map((a) => ({ ...a, server: s })),
    }),
    metadata: t.field({ type: [MetadataEntryRef], resolve: (s) => Object.entries(s.metadata) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
  }),
});

const ServerConnection = builder.connectionObject({ type: ServerRef, name: 'ServerConnection' }, { name: 'ServerEdge' });
builder.objectField(ServerConnection, 'totalCount', (t) =>
  t.int({ resolve: (c) => (c as unknown as { totalCount: number }).totalCount }),
);

const ServerFilter = builder.inputType('ServerFilter', {
  fields: (t) => ({
    name: t.string({ required: false, description: 'Servers whose name contains this text' }),
    status: t.field({ type: ServerStatusEnum, required: false }),
    flavorId: t.id({ required: false }),
    imageId: t.id({ required: false }),
  }),
});

builder.objectField(RegionRef, 'servers', (t) =>
  t.field({
    type: ServerConnection,
    nullable: true,
    upstream: true,
    args: {
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
      filter: t.arg({ type: ServerFilter, required: false }),
    },
    resolve: async (r, args, ctx) => {
      const f = args.filter;
      const flavorId = f?.flavorId ? parseGlobalId(String(f.flavorId), 'Flavor', ['filter', 'flavorId']).id : undefined;
      const imageId = f?.imageId ? parseGlobalId(String(f.imageId), 'Image', ['filter', 'imageId']).id : undefined;
      // Filter the one region-wide list in memory: the list is shared by every field of the operation.
      const servers = (await lists.servers(ctx, r)).filter(
        (s) =>
          (!f?.name || s.name.includes(f.name)) &&
          (!f?.status || s.status === f.status) &&
          (!flavorId || s.flavorId === flavorId) &&
          (!imageId || s.imageId === imageId),
      );
      return connectionFromList(servers, args, (s) => s.id);
    },
  }),
);

// --- mutations ---

/** NHN allows 255 characters (15 for Windows); both clouds accept these characters. */
const serverName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must start with a letter or digit and hold only letters, digits, ".", "_" and "-"');

const CreateServerInput = builder.inputType('CreateServerInput', {
  fields: (t) => ({
    regionId: t.id({ required: true }),
    name: t.string({ required: true }),
    flavorId: t.id({ required: true }),
    imageId: t.id({ required: true }),
    keypairId: t.id({ required: false, description: 'Required on NHN (the cloud refuses a server without a key pair); optional on KakaoCloud' }),
    availabilityZone: t.string({ required: false }),
    subnetIds: t.idList({ required: false, description: "Subnets to attach; the region's default subnet when omitted" }),
    securityGroupNames: t.stringList({ required: false }),
    bootVolumeSizeGb: t.int({ required: false, description: 'Root volume size; 50 GB when omitted' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('server') }),
  }),
});

const CreateServerPayload = builder.objectRef<Outcome<{ server: Server | null; operation?: LazyOperation }>>('CreateServerPayload').implement({
  fields: (t) => ({
    server: t.field({ type: ServerRef, nullable: true, resolve: (p) => p.server }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    operation: operationField(t),
  }),
});

const ServerActionPayload = builder.objectRef<Outcome<{ server: Server | null; operation?: LazyOperation }>>('ServerActionPayload').implement({
  fields: (t) => ({
    server: t.field({ type: ServerRef, nullable: true, description: 'The server as the cloud shows it right after accepting the action', resolve: (p) => p.server }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    operation: operationField(t),
  }),
});

/** Reads one server fresh (bypassing the operation's list cache). */
async function readServer(ctx: HanulContext, ref: Ref): Promise<Server> {
  const [server] = await sessionFor(ctx, ref.provider).compute.getServers(ref.region, [ref.id]);
  if (!server) throw new NotFoundError('Server', ref.id);
  return server;
}

/** Checks that the flavor, image and key pair exist before asking the cloud to build. */
async function checkReferences(ctx: HanulContext, region: Placement, flavorId: string, imageId: string, keyName?: string): Promise<void> {
  const compute = sessionFor(ctx, region.provider).compute;
  const [flavors, images, keypairs] = await Promise.all([
    lists.flavors(ctx, region),
    compute.getImages(region.region, [imageId]),
    keyName ? lists.keypairs(ctx, region) : Promise.resolve([]),
  ]);
  if (!flavors.some((f) => f.id === flavorId)) throw new NotFoundError('Flavor', flavorId, `Flavor ${flavorId} does not exist in ${region.region}`);
  if (images.length === 0) throw new NotFoundError('Image', imageId, `Image ${imageId} does not exist in ${region.region}`);
  if (keyName && !keypairs.some((k) => k.name === keyName)) throw new NotFoundError('Keypair', keyName, `Key pair "${keyName}" does not exist in ${region.region}`);
}

function serverAction(name: string, kind: OperationKind, description: string, action: (args: Record<string, unknown>, region: Placement) => ServerAction, extraArgs?: 'reboot' | 'resize') {
  builder.mutationField(name, (t) =>
    t.field({
      type: ServerActionPayload,
      description,
      args: {
        id: t.arg.id({ required: true }),
        ...(extraArgs === 'reboot' ? { hard: t.arg.boolean({ required: false, defaultValue: false }) } : {}),
        ...(extraArgs === 'resize' ? { flavorId: t.arg.id({ required: true }) } : {}),
      },
      resolve: (_, args, ctx) =>
        outcome({ server: null as Server | null } as { server: Server | null; operation?: LazyOperation }, async () => {
          const ref = parseGlobalId(String(args.id), 'Server', ['id']);
          const compute = sessionFor(ctx, ref.provider).compute;
          try {
            await compute.serverAction(ref.region, ref.id, action(args, ref));
          } catch (err) {
            if (err instanceof ConflictError) throw new ConflictError(err.message, (await readServer(ctx, ref)).status);
            throw err;
          }
          changed(ctx, ref, 'servers');
          const server = await readServer(ctx, ref);
          return { server, operation: track(ctx, kind, ref, server.status) };
        }),
    }),
  );
}

serverAction('startServer', 'SERVER_START', 'Powers on a SHUTOFF server.', () => ({ type: 'start' }));
serverAction('stopServer', 'SERVER_STOP', 'Powers off an ACTIVE (or ERROR) server.', () => ({ type: 'stop' }));
serverAction('rebootServer', 'SERVER_REBOOT', 'Reboots a server: soft (ACPI) by default, hard when asked.', (args) => ({ type: 'reboot', hard: Boolean(args.hard) }), 'reboot');
serverAction(
  'resizeServer',
  'SERVER_RESIZE',
  'Changes the flavor of a server.',
  (args, region) => {
    const flavor = parseGlobalId(String(args.flavorId), 'Flavor', ['flavorId']);
    sameRegion(region, flavor, ['flavorId']);
    return { type: 'resize', flavorId: flavor.id };
  },
  'resize',
);
serverAction('shelveServer', 'SERVER_SHELVE', 'Stops a server and releases its compute resources (SHELVED_OFFLOADED).', () => ({ type: 'shelve' }));
serverAction('unshelveServer', 'SERVER_UNSHELVE', 'Brings a shelved server back to ACTIVE.', () => ({ type: 'unshelve' }));

builder.mutationFields((t) => ({
  createServer: t.field({
    type: CreateServerPayload,
    description: 'Asks the cloud to build a server; returns it in BUILD. Follow it with statusChanged.',
    args: { input: t.arg({ type: CreateServerInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ server: null as Server | null } as { server: Server | null; operation?: LazyOperation }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        const name = validate(serverName, input.name, ['input', 'name']);
        const flavor = parseGlobalId(String(input.flavorId), 'Flavor', ['input', 'flavorId']);
        const image = parseGlobalId(String(input.imageId), 'Image', ['input', 'imageId']);
        const keypair = input.keypairId ? parseGlobalId(String(input.keypairId), 'Keypair', ['input', 'keypairId']) : undefined;
        for (const [ref, field] of [[flavor, 'flavorId'], [image, 'imageId'], ...(keypair ? [[keypair, 'keypairId'] as const] : [])] as const) {
          sameRegion(region, ref, ['input', field]);
        }
        const subnetIds = (input.subnetIds ?? []).map((id, i) => {
          const ref = parseGlobalId(String(id), 'Subnet', ['input', 'subnetIds', String(i)]);
          sameRegion(region, ref, ['input', 'subnetIds', String(i)]);
          return ref.id;
        });
        const bootVolumeSizeGb =
          input.bootVolumeSizeGb == null ? undefined : validate(z.number().int().min(10, 'must be at least 10').max(2000, 'must be at most 2000'), input.bootVolumeSizeGb, ['input', 'bootVolumeSizeGb']);
        if (keypair) validate(keypairName, keypair.id, ['input', 'keypairId']);

        const session = sessionFor(ctx, region.provider);
        // Said here, with the field, rather than as the cloud's fieldless "'key_name' is a required property".
        if (!keypair && session.compute.keypairRequired) throw new ValidationError(`A key pair is required for a server on ${region.provider}`, ['input', 'keypairId']);
        const server = await keyedCreate(ctx, session, region, input, {
          kind: 'Server',
          create: async (key) => {
            await checkReferences(ctx, region, flavor.id, image.id, keypair?.id);
            return session.compute.createServer(region.region, {
              name,
              flavorId: flavor.id,
              imageId: image.id,
              keyName: keypair?.id,
              availabilityZone: input.availabilityZone ?? undefined,
              networkIds: subnetIds,
              securityGroupNames: input.securityGroupNames ?? [],
              bootVolumeSizeGb,
              metadata: key ? { [IDEMPOTENCY_MARK]: key } : {},
            });
          },
          id: (s) => s.id,
          read: (id) => readServer(ctx, { ...region, id }),
          find: async (key) => (await session.compute.listServers(region.region)).find((s) => s.metadata[IDEMPOTENCY_MARK] === key),
        });
        changed(ctx, region, 'servers');
        return { server, operation: track(ctx, 'SERVER_CREATE', { ...region, id: server.id }, server.status) };
      }),
  }),
  deleteServer: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a server. The cloud removes it asynchronously; statusChanged reports DELETED.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null } as DeleteOutcome, async () => {
        const ref = parseGlobalId(String(args.id), 'Server', ['id']);
        await sessionFor(ctx, ref.provider).compute.deleteServer(ref.region, ref.id);
        changed(ctx, ref, 'servers');
        return { deletedId: String(args.id), operation: track(ctx, 'SERVER_DELETE', ref) };
      }),
  }),
}));

registerNodeLoader('Server', ServerRef);
