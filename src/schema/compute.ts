import { z } from 'zod';
import { SERVER_STATUSES, type ResourceAddress, type Server, type ServerAction, type ServerAddress } from '../cloud/model.js';
import * as compute from '../domain/compute.js';
import { refKey } from '../domain/keys.js';
import { lists } from '../domain/lists.js';
import type { OperationKind } from '../domain/operations/model.js';
import { validate } from '../domain/validate.js';
import type { HanulContext } from '../server/context.js';
import { builder } from './builder.js';
import { FlavorRef, ImageRef } from './catalog.js';
import { pageOf } from './connections.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { KeypairRef, keypairName } from './keypairs.js';
import { track, type LazyOperation } from './operations.js';
import { DeletePayloadRef, deletedIdOf, payloadType } from './payloads.js';
import { address, inRegion, ofType, placement } from './refs.js';
import { RegionRef } from './region.js';
import { regionalNode } from './regional-node.js';

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

export const ServerRef = regionalNode<Server>('Server', {
  description: 'A virtual machine.',
  load: compute.loadServers,
});

builder.objectFields(ServerRef, (t) => ({
  name: t.exposeString('name'),
  status: t.field({ type: ServerStatusEnum, resolve: (s) => s.status, description: "The cloud's status, normalised" }),
  rawStatus: t.exposeString('rawStatus', { description: 'The status exactly as the cloud said it' }),
  taskState: t.exposeString('taskState', { nullable: true, description: 'What the cloud is doing to the server right now (powering-on, deleting, …)' }),
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
}));

const ServerFilter = builder.inputType('ServerFilter', {
  fields: (t) => ({
    name: t.string({ required: false, description: 'Servers whose name contains this text' }),
    status: t.field({ type: ServerStatusEnum, required: false }),
    flavorId: t.globalID({ required: false, for: FlavorRef }),
    imageId: t.globalID({ required: false, for: ImageRef }),
  }),
});

builder.objectField(RegionRef, 'servers', (t) =>
  t.connection(
    {
      type: ServerRef,
      nullable: true,
      upstream: true,
      args: { filter: t.arg({ type: ServerFilter, required: false }) },
      resolve: async (r, args, ctx) => {
        const f = args.filter;
        const flavorId = f?.flavorId ? address(f.flavorId).id : undefined;
        const imageId = f?.imageId ? address(f.imageId).id : undefined;
        // Filter the one region-wide list in memory: the list is shared by every field of the operation.
        const servers = (await lists.servers(ctx, r)).filter(
          (s) =>
            (!f?.name || s.name.includes(f.name)) &&
            (!f?.status || s.status === f.status) &&
            (!flavorId || s.flavorId === flavorId) &&
            (!imageId || s.imageId === imageId),
        );
        return pageOf(servers, args, (s) => s.id);
      },
    },
    { name: 'ServerConnection' },
    { name: 'ServerEdge' },
  ),
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
    regionId: t.globalID({ required: true, for: RegionRef }),
    name: t.string({ required: true }),
    flavorId: t.globalID({ required: true, for: FlavorRef }),
    imageId: t.globalID({ required: true, for: ImageRef }),
    keypairId: t.globalID({ required: false, for: KeypairRef, description: 'Required on NHN (the cloud refuses a server without a key pair); optional on KakaoCloud' }),
    availabilityZone: t.string({ required: false }),
    // Not `for: SubnetRef`: the network module extends Server, so this one cannot import it; the resolver checks the type.
    subnetIds: t.globalIDList({ required: false, description: "Subnets to attach; the region's default subnet when omitted" }),
    securityGroupNames: t.stringList({ required: false }),
    bootVolumeSizeGb: t.int({ required: false, description: 'Root volume size; 50 GB when omitted' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('server') }),
  }),
});

interface ServerResult {
  server: Server | null;
  operation?: LazyOperation;
}

const serverPayload = (name: string, description: string) =>
  payloadType<ServerResult>(name, {
    operation: true,
    fields: (t) => ({ server: t.field({ type: ServerRef, nullable: true, description, resolve: (p) => p.server }) }),
  });

const CreateServerPayload = serverPayload('CreateServerPayload', 'The server as the cloud shows it right after accepting the build (BUILD)');
const ServerActionPayload = serverPayload('ServerActionPayload', 'The server as the cloud shows it right after accepting the action');

const bootVolumeSize = z.number().int().min(10, 'must be at least 10').max(2000, 'must be at most 2000');

type DecodedId = { id: string; typename: string };

/** The resolver of a lifecycle action: the server's id, the action the cloud is asked for, the operation that follows it. */
const act =
  <Args extends { id: DecodedId }>(kind: OperationKind, action: (args: Args, server: ResourceAddress) => ServerAction) =>
  async (_: unknown, args: Args, ctx: HanulContext): Promise<ServerResult> => {
    const ref = address(args.id);
    const server = await compute.serverAction(ctx, ref, action(args, ref));
    return { server, operation: track(ctx, kind, ref, server.status) };
  };

builder.mutationFields((t) => {
  const id = () => t.arg.globalID({ required: true, for: ServerRef });
  return {
    startServer: t.field({ type: ServerActionPayload, description: 'Powers on a SHUTOFF server.', args: { id: id() }, resolve: act('SERVER_START', () => ({ type: 'start' })) }),
    stopServer: t.field({ type: ServerActionPayload, description: 'Powers off an ACTIVE (or ERROR) server.', args: { id: id() }, resolve: act('SERVER_STOP', () => ({ type: 'stop' })) }),
    rebootServer: t.field({
      type: ServerActionPayload,
      description: 'Reboots a server: soft (ACPI) by default, hard when asked.',
      args: { id: id(), hard: t.arg.boolean({ required: false, defaultValue: false }) },
      resolve: act('SERVER_REBOOT', (args) => ({ type: 'reboot', hard: Boolean(args.hard) })),
    }),
    resizeServer: t.field({
      type: ServerActionPayload,
      description: 'Changes the flavor of a server.',
      args: { id: id(), flavorId: t.arg.globalID({ required: true, for: FlavorRef }) },
      resolve: act('SERVER_RESIZE', (args, server) => ({ type: 'resize', flavorId: inRegion(server, args.flavorId, 'flavorId') })),
    }),
    shelveServer: t.field({
      type: ServerActionPayload,
      description: 'Stops a server and releases its compute resources (SHELVED_OFFLOADED).',
      args: { id: id() },
      resolve: act('SERVER_SHELVE', () => ({ type: 'shelve' })),
    }),
    unshelveServer: t.field({ type: ServerActionPayload, description: 'Brings a shelved server back to ACTIVE.', args: { id: id() }, resolve: act('SERVER_UNSHELVE', () => ({ type: 'unshelve' })) }),
    createServer: t.field({
      type: CreateServerPayload,
      description: 'Asks the cloud to build a server; returns it in BUILD. Follow it with statusChanged.',
      args: { input: t.arg({ type: CreateServerInput, required: true }) },
      resolve: async (_, { input }, ctx) => {
        const region = placement(input.regionId);
        const keyName = input.keypairId ? validate(keypairName, inRegion(region, input.keypairId, 'keypairId'), ['keypairId']) : undefined;
        const server = await compute.createServer(
          ctx,
          region,
          {
            name: validate(serverName, input.name, ['name']),
            flavorId: inRegion(region, input.flavorId, 'flavorId'),
            imageId: inRegion(region, input.imageId, 'imageId'),
            keyName,
            availabilityZone: input.availabilityZone ?? undefined,
            networkIds: (input.subnetIds ?? []).map((subnet, i) => inRegion(region, ofType(subnet, 'Subnet', ['subnetIds', String(i)]), ['subnetIds', String(i)])),
            securityGroupNames: input.securityGroupNames ?? [],
            bootVolumeSizeGb: input.bootVolumeSizeGb == null ? undefined : validate(bootVolumeSize, input.bootVolumeSizeGb, ['bootVolumeSizeGb']),
          },
          input,
        );
        return { server, operation: track(ctx, 'SERVER_CREATE', { ...region, id: server.id }, server.status) };
      },
    }),
    deleteServer: t.field({
      type: DeletePayloadRef,
      description: 'Deletes a server. The cloud removes it asynchronously; statusChanged reports DELETED.',
      args: { id: id() },
      resolve: async (_, args, ctx) => {
        const ref = address(args.id);
        await compute.deleteServer(ctx, ref);
        return { deletedId: deletedIdOf(args.id), operation: track(ctx, 'SERVER_DELETE', ref) };
      },
    }),
  };
});
