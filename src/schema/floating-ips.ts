import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import { FLOATING_IP_STATUSES, type FloatingIp, type Port } from '../cloud/model.js';
import { builder } from './builder.js';
import { ServerRef } from './compute.js';
import { sessionFor } from '../domain/session.js';
import type { HanulContext } from '../server/context.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { lists } from '../domain/lists.js';
import { changedKinds, describePortUsers, fromList, PortRef, serverPorts, VpcRef } from './network.js';
import { registerNodeLoader } from './node-loaders.js';
import { DeletePayloadRef } from './payloads.js';
import { parseGlobalId, parseRegionId, sameRegion, type Ref } from './refs.js';
import { refKey } from '../domain/keys.js';
import { RegionRef } from './region.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { keyedCreate } from '../domain/create-once.js';
import { validate } from '../domain/validate.js';

/** Floating (public) IPs: allocated from the external network, associated with a port. */

export const FloatingIpStatusEnum = builder.enumType('FloatingIpStatus', {
  values: FLOATING_IP_STATUSES,
  description: 'ACTIVE: associated and working; DOWN: not associated (or association still settling); ERROR',
});

export const FloatingIpRef = builder.loadableNode('FloatingIp', {
  description: 'A public IPv4 address that can be pointed at a server (its port).',
  id: { resolve: (f: FloatingIp) => refKey(f, f.id) },
  load: fromList(lists.floatingIps),
  fields: (t) => ({
    address: t.exposeString('address'),
    status: t.field({ type: FloatingIpStatusEnum, resolve: (f) => f.status }),
    rawStatus: t.exposeString('rawStatus', { description: 'The status exactly as the cloud said it' }),
    fixedIpAddress: t.exposeString('fixedIpAddress', { nullable: true, description: 'The private address it maps to, when associated' }),
    deleteProtection: t.exposeBoolean('deleteProtection'),
    label: t.exposeString('label', { nullable: true }),
    region: t.field({ type: RegionRef, resolve: (f) => `${f.provider}:${f.region}` }),
    externalNetwork: t.field({ type: VpcRef, nullable: true, upstream: true, resolve: (f) => (f.externalNetworkId ? refKey(f, f.externalNetworkId) : null) }),
    port: t.field({ type: PortRef, nullable: true, upstream: true, resolve: (f) => (f.portId ? refKey(f, f.portId) : null) }),
    server: t.field({
      type: ServerRef,
      nullable: true,
      upstream: true,
      description: 'The server whose port it is associated with',
      resolve: async (f, _, ctx) => {
        if (!f.portId) return null;
        const port = (await lists.ports(ctx, f)).find((p) => p.id === f.portId);
        return port?.deviceOwner.startsWith('compute:') && port.deviceId ? refKey(f, port.deviceId) : null;
      },
    }),
  }),
});

builder.objectField(RegionRef, 'floatingIps', (t) => t.field({ type: [FloatingIpRef], nullable: true, upstream: true, resolve: (r, _, ctx) => lists.floatingIps(ctx, r) }));

builder.objectField(ServerRef, 'floatingIps', (t) =>
  t.field({
    type: [FloatingIpRef],
    nullable: true,
    upstream: true,
    description: "Floating IPs associated with the server's ports",
    resolve: async (s, _, ctx) => {
      const [ports, fips] = await Promise.all([serverPorts(ctx, s), lists.floatingIps(ctx, s)]);
      const portIds = new Set(ports.map((p) => p.id));
      return fips.filter((f) => f.portId && portIds.has(f.portId));
    },
  }),
);

// --- mutations ---

const FloatingIpPayload = builder.objectRef<Outcome<{ floatingIp: FloatingIp | null }>>('FloatingIpPayload').implement({
  fields: (t) => ({
    floatingIp: t.field({ type: FloatingIpRef, nullable: true, resolve: (p) => p.floatingIp }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const CreateFloatingIpInput = builder.inputType('CreateFloatingIpInput', {
  fields: (t) => ({
    regionId: t.id({ required: true }),
    serverId: t.id({ required: false, description: 'Associate right away with this server (its first port)' }),
    label: t.string({ required: false, description: 'NHN Cloud: letters and digits, at most 64' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('floating IP') }),
  }),
});

/** NHN labels: alphanumeric, at most 64 characters (nhn-network §7). */
const label = z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'must be 1–64 letters and digits');

/** The port to associate with: the one given, or the server's first port with an IPv4 address. */
async function targetPort(ctx: HanulContext, region: Ref | { provider: Ref['provider']; region: string }, serverId: unknown, portId: unknown, field: string[]): Promise<Port> {
  if (portId != null) {
    const ref = parseGlobalId(String(portId), 'Port', [...field, 'portId']);
    sameRegion(region, ref, [...field, 'portId']);
    const port = (await lists.ports(ctx, ref)).find((p) => p.id === ref.id);
    if (!port) throw new NotFoundError('Port', ref.id, `Port ${ref.id} does not exist in ${ref.region}`);
    return port;
  }
  if (serverId == null) throw new ValidationError('Give serverId or portId', field);
  const ref = parseGlobalId(String(serverId), 'Server', [...field, 'serverId']);
  sameRegion(region, ref, [...field, 'serverId']);
  const ports = await serverPorts(ctx, ref);
  const port = ports.find((p) => p.fixedIps.length > 0);
  if (!port) {
    const exists = (await sessionFor(ctx, ref.provider).compute.getServers(ref.region, [ref.id])).length > 0;
    if (!exists) throw new NotFoundError('Server', ref.id, `Server ${ref.id} does not exist in ${ref.region}`);
    throw new ConflictError('The server has no network interface with an address (yet); try again once it is ACTIVE');
  }
  return port;
}

async function findFloatingIp(ctx: HanulContext, ref: Ref): Promise<FloatingIp> {
  const fip = (await lists.floatingIps(ctx, ref)).find((f) => f.id === ref.id);
  if (!fip) throw new NotFoundError('FloatingIp', ref.id, `FloatingIp ${ref.id} does not exist in ${ref.region}`);
  return fip;
}

/** Who a floating IP is associated with, for conflict messages. */
async function describeAssociation(ctx: HanulContext, fip: FloatingIp): Promise<string> {
  const port = (await lists.ports(ctx, fip)).find((p) => p.id === fip.portId);
  return port ? describePortUsers(ctx, fip, [port]) : `port ${fip.portId}`;
}

builder.mutationFields((t) => ({
  createFloatingIp: t.field({
    type: FloatingIpPayload,
    description: "Allocates a floating IP from the region's external network, optionally associating it with a server.",
    args: { input: t.arg({ type: CreateFloatingIpInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ floatingIp: null as FloatingIp | null }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        const fipLabel = input.label == null ? undefined : validate(label, input.label, ['input', 'label']);
        const port = input.serverId == null ? undefined : await targetPort(ctx, region, input.serverId, null, ['input']);
        const session = sessionFor(ctx, region.provider);
        const floatingIp = await keyedCreate(ctx, session, region, input, {
          kind: 'FloatingIp',
          create: () => session.network.createFloatingIp(region.region, { portId: port?.id, label: fipLabel }),
          id: (f) => f.id,
          read: (id) => findFloatingIp(ctx, { ...region, id }),
        });
        changedKinds(ctx, region, 'floatingIps', 'servers');
        return { floatingIp };
      }),
  }),
  associateFloatingIp: t.field({
    type: FloatingIpPayload,
    description: "Points a floating IP at a server (its first port) or a given port. Its status turns ACTIVE shortly after.",
    args: { id: t.arg.id({ required: true }), serverId: t.arg.id({ required: false }), portId: t.arg.id({ required: false }) },
    resolve: (_, args, ctx) =>
      outcome({ floatingIp: null as FloatingIp | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'FloatingIp', ['id']);
        const [fip, port] = await Promise.all([findFloatingIp(ctx, ref), targetPort(ctx, ref, args.serverId, args.portId, [])]);
        if (fip.portId === port.id) throw new ConflictError(`Floating IP ${fip.address} is already associated with ${await describeAssociation(ctx, fip)}`, fip.status);
        if (fip.portId) throw new ConflictError(`Floating IP ${fip.address} is associated with ${await describeAssociation(ctx, fip)}; disassociate it first`, fip.status);
        const floatingIp = await sessionFor(ctx, ref.provider).network.associateFloatingIp(ref.region, ref.id, port.id);
        changedKinds(ctx, ref, 'floatingIps', 'servers');
        return { floatingIp };
      }),
  }),
  disassociateFloatingIp: t.field({
    type: FloatingIpPayload,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ floatingIp: null as FloatingIp | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'FloatingIp', ['id']);
        const fip = await findFloatingIp(ctx, ref);
        if (!fip.portId) throw new ConflictError(`Floating IP ${fip.address} is not associated`, fip.status);
        const floatingIp = await sessionFor(ctx, ref.provider).network.disassociateFloatingIp(ref.region, ref.id);
        changedKinds(ctx, ref, 'floatingIps', 'servers');
        return { floatingIp };
      }),
  }),
  deleteFloatingIp: t.field({
    type: DeletePayloadRef,
    description: 'Releases a floating IP. Refused (ConflictError) while associated or delete-protected.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'FloatingIp', ['id']);
        const fip = await findFloatingIp(ctx, ref);
        if (fip.portId) throw new ConflictError(`Floating IP ${fip.address} is associated with ${await describeAssociation(ctx, fip)}; disassociate it first`, fip.status);
        if (fip.deleteProtection) throw new ConflictError(`Floating IP ${fip.address} is delete-protected`, fip.status);
        await sessionFor(ctx, ref.provider).network.deleteFloatingIp(ref.region, ref.id);
        changedKinds(ctx, ref, 'floatingIps');
        return { deletedId: String(args.id) };
      }),
  }),
}));

registerNodeLoader('FloatingIp', FloatingIpRef);
