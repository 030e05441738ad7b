import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import { NETWORK_STATES, networkStateFrom, PORT_STATES, portStateFrom, type InternetGateway, type Placement, type Port, type Route, type RoutingTable, type Subnet, type Vpc } from '../cloud/model.js';
import { builder } from './builder.js';
import { changed } from '../domain/changes.js';
import { cidrContains, formatCidr, parseCidr, parseIpv4 } from '../ipv4.js';
import { checkSubnetCidr, checkSubnetPlacement, checkVpcCidr, cidrBlock, ipv4Address } from './cidr.js';
import { ServerAddressRef, ServerRef } from './compute.js';
import { sessionFor } from '../domain/session.js';
import type { HanulContext } from '../server/context.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { lists } from '../domain/lists.js';
import { registerNodeLoader } from './node-loaders.js';
import { DeletePayloadRef } from './payloads.js';
import { loadGrouped, parseGlobalId, parseRegionId, sameRegion, type Ref } from './refs.js';
import { refKey } from '../domain/keys.js';
import { RegionRef } from './region.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { keyedCreate } from '../domain/create-once.js';
import { validate } from '../domain/validate.js';

/**
 * Networks: VPCs, subnets, routing tables and routes, internet gateways and ports, with
 * their edges from regions and servers. Every list is one region-wide upstream call per
 * operation (lists.ts), however many parents ask.
 */

/** Records that a mutation changed several kinds at once (a new VPC brings a routing table and a route). */
export function changedKinds(ctx: HanulContext, placement: Placement, ...kinds: string[]): void {
  for (const kind of kinds) changed(ctx, placement, kind);
}

/** A node loader that reads one of the operation's region-wide lists. */
export function fromList<T extends Placement & { id: string }>(list: (ctx: HanulContext, p: Placement) => Promise<T[]>) {
  return (keys: string[], ctx: HanulContext) => loadGrouped(keys, async (p, ids) => (await list(ctx, p)).filter((item) => ids.includes(item.id)), ctx, (item) => refKey(item, item.id));
}

const regionOf = (x: Placement) => `${x.provider}:${x.region}`;

/** Names what uses some ports (their servers by name where they are servers'), for conflict messages. */
export async function describePortUsers(ctx: HanulContext, placement: Placement, ports: readonly Port[]): Promise<string> {
  const servers = ports.some((p) => p.deviceId) ? await lists.servers(ctx, placement) : [];
  const names = ports.map((port) => {
    const server = servers.find((s) => s.id === port.deviceId);
    if (server) return `server "${server.name}"`;
    if (port.deviceOwner) return `${port.deviceOwner} ${port.deviceId}`;
    return `port ${port.name || port.id}`;
  });
  return [...new Set(names)].join(', ');
}

/** The ports of a server, from the operation's one list of the region's ports. */
export async function serverPorts(ctx: HanulContext, server: Placement & { id: string }): Promise<Port[]> {
  return (await lists.ports(ctx, server)).filter((p) => p.deviceId === server.id);
}

// --- types ---

const NetworkStateEnum = builder.enumType('NetworkState', {
  values: NETWORK_STATES,
  description: "A VPC's, subnet's, routing table's or internet gateway's state, the same on both clouds",
});

const PortStateEnum = builder.enumType('PortState', {
  values: PORT_STATES,
  description: "A port's status, the same on both clouds: ACTIVE (a device uses it), DOWN (free), BUILD",
});

export const VpcRef = builder.loadableNode('Vpc', {
  description: "A virtual network (VPC). The region's external network, which floating IPs come from, is one too (`external: true`).",
  id: { resolve: (v: Vpc) => refKey(v, v.id) },
  load: fromList(lists.vpcs),
  fields: (t) => ({
    name: t.exposeString('name'),
    cidr: t.exposeString('cidr', { description: 'IPv4 block, e.g. 192.168.0.0/16' }),
    state: t.exposeString('state', { description: 'As the cloud says it: available' }),
    status: t.field({ type: NetworkStateEnum, resolve: (r) => networkStateFrom(r.state), description: 'The state, normalised: the same values on both clouds' }),
    rawStatus: t.exposeString('state', { description: "The cloud's own word (NHN available, KakaoCloud ACTIVE); state says the same" }),
    shared: t.exposeBoolean('shared'),
    external: t.exposeBoolean('external', { description: 'The cloud\'s external ("public") network' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    rawCreatedAt: t.exposeString('rawCreatedAt', { nullable: true, description: 'The creation time exactly as the cloud wrote it (NHN: not ISO 8601)' }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
  }),
});

export const SubnetRef = builder.loadableNode('Subnet', {
  description: 'A block of a VPC that servers and other ports take addresses from.',
  id: { resolve: (s: Subnet) => refKey(s, s.id) },
  load: fromList(lists.subnets),
  fields: (t) => ({
    name: t.exposeString('name'),
    cidr: t.exposeString('cidr'),
    gatewayIp: t.exposeString('gatewayIp', { nullable: true }),
    state: t.exposeString('state'),
    status: t.field({ type: NetworkStateEnum, resolve: (r) => networkStateFrom(r.state), description: 'The state, normalised: the same values on both clouds' }),
    rawStatus: t.exposeString('state', { description: "The cloud's own word (NHN available, KakaoCloud ACTIVE); state says the same" }),
    shared: t.exposeBoolean('shared'),
    dhcpEnabled: t.exposeBoolean('dhcpEnabled'),
    availableIpCount: t.exposeInt('availableIpCount', { nullable: true, description: 'Free addresses, where the cloud reports them' }),
    availabilityZone: t.exposeString('availabilityZone', { nullable: true, description: 'Null where subnets span the region' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    rawCreatedAt: t.exposeString('rawCreatedAt', { nullable: true }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
    routingTableExplicit: t.exposeBoolean('routingTableExplicit', { description: "False when the subnet follows its VPC's default table" }),
  }),
});

export const RoutingTableRef = builder.loadableNode('RoutingTable', {
  description: "How a VPC's subnets route: a local route for the VPC, static routes, and the internet gateway's default route.",
  id: { resolve: (r: RoutingTable) => refKey(r, r.id) },
  load: fromList(lists.routingTables),
  fields: (t) => ({
    name: t.exposeString('name'),
    isDefault: t.exposeBoolean('isDefault', { description: "The VPC's default table: subnets without an explicit table use it" }),
    distributed: t.exposeBoolean('distributed', { description: 'Distributed (true) or centralized (false) routing' }),
    state: t.exposeString('state'),
    status: t.field({ type: NetworkStateEnum, resolve: (r) => networkStateFrom(r.state), description: 'The state, normalised: the same values on both clouds' }),
    rawStatus: t.exposeString('state', { description: "The cloud's own word (NHN available, KakaoCloud ACTIVE); state says the same" }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    rawCreatedAt: t.exposeString('rawCreatedAt', { nullable: true }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
  }),
});

export const RouteRef = builder.loadableNode('Route', {
  description: 'One route of a routing table.',
  id: { resolve: (r: Route) => refKey(r, r.id) },
  load: fromList(lists.routes),
  fields: (t) => ({
    cidr: t.exposeString('cidr', { description: 'Destination block' }),
    prefixLength: t.exposeInt('prefixLength'),
    gateway: t.exposeString('gateway', { description: 'Next hop: an IPv4 address, or "local" for the VPC\'s own block' }),
    isLocal: t.boolean({ resolve: (r) => r.gateway === 'local' }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
  }),
});

export const InternetGatewayRef = builder.loadableNode('InternetGateway', {
  description: 'Connects the subnets of a routing table to the internet (and makes floating IPs reachable).',
  id: { resolve: (g: InternetGateway) => refKey(g, g.id) },
  load: fromList(lists.internetGateways),
  fields: (t) => ({
    name: t.exposeString('name'),
    state: t.exposeString('state', { description: 'As the cloud says it: available (attached), unavailable (not attached), migrating, ERROR' }),
    status: t.field({ type: NetworkStateEnum, resolve: (r) => networkStateFrom(r.state), description: 'The state, normalised: the same values on both clouds' }),
    rawStatus: t.exposeString('state', { description: "The cloud's own word (NHN available, KakaoCloud ACTIVE); state says the same" }),
    migrateStatus: t.exposeString('migrateStatus', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    rawCreatedAt: t.exposeString('rawCreatedAt', { nullable: true }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
  }),
});

const PortFixedIpRef = builder.objectRef<{ port: Port; subnetId: string; ipAddress: string }>('PortFixedIp').implement({
  fields: (t) => ({
    ipAddress: t.exposeString('ipAddress'),
    subnet: t.field({ type: SubnetRef, nullable: true, upstream: (ip) => ip.port, resolve: (ip) => refKey(ip.port, ip.subnetId) }),
  }),
});

export const PortRef = builder.loadableNode('Port', {
  description: "A network interface: a server's, a floating IP's target, or a free-standing one.",
  id: { resolve: (p: Port) => refKey(p, p.id) },
  load: fromList(lists.ports),
  fields: (t) => ({
    name: t.exposeString('name'),
    status: t.exposeString('status', { description: 'As the cloud says it: ACTIVE, BUILD, DOWN' }),
    state: t.field({ type: PortStateEnum, resolve: (p) => portStateFrom(p.status), description: 'The status, normalised: the same values on both clouds' }),
    rawStatus: t.exposeString('status', { description: "The cloud's own word (NHN ACTIVE, KakaoCloud in_use); status says the same" }),
    adminStateUp: t.exposeBoolean('adminStateUp'),
    macAddress: t.exposeString('macAddress', { nullable: true }),
    portSecurityEnabled: t.exposeBoolean('portSecurityEnabled'),
    deviceOwner: t.exposeString('deviceOwner', { description: "compute:{zone} for a server's port; empty when free" }),
    deviceId: t.exposeString('deviceId', { description: 'The upstream id of the device using the port; empty when free' }),
    fixedIps: t.field({ type: [PortFixedIpRef], resolve: (p) => p.fixedIps.map((ip) => ({ ...ip, port: p })) }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
  }),
});

// Relations are added after every type exists (mutually referring refs cannot infer their own types).
builder.objectFields(VpcRef, (t) => ({
  subnets: t.field({ type: [SubnetRef], nullable: true, upstream: true, resolve: async (v, _, ctx) => (await lists.subnets(ctx, v)).filter((s) => s.vpcId === v.id) }),
  routingTables: t.field({ type: [RoutingTableRef], nullable: true, upstream: true, resolve: async (v, _, ctx) => (await lists.routingTables(ctx, v)).filter((r) => r.vpcId === v.id) }),
  defaultRoutingTable: t.field({
    type: RoutingTableRef,
    nullable: true,
    upstream: true,
    resolve: async (v, _, ctx) => (await lists.routingTables(ctx, v)).find((r) => r.vpcId === v.id && r.isDefault) ?? null,
  }),
}));

builder.objectFields(SubnetRef, (t) => ({
  vpc: t.field({ type: VpcRef, nullable: true, upstream: true, resolve: (s) => refKey(s, s.vpcId) }),
  routingTable: t.field({
    type: RoutingTableRef,
    nullable: true,
    upstream: true,
    description: "The table routing the subnet: attached explicitly, or its VPC's default",
    resolve: (s) => (s.routingTableId ? refKey(s, s.routingTableId) : null),
  }),
  ports: t.field({
    type: [PortRef],
    nullable: true,
    upstream: true,
    description: 'Ports holding an address of this subnet',
    resolve: async (s, _, ctx) => (await lists.ports(ctx, s)).filter((p) => p.fixedIps.some((ip) => ip.subnetId === s.id)),
  }),
}));

builder.objectFields(RoutingTableRef, (t) => ({
  vpc: t.field({ type: VpcRef, nullable: true, upstream: true, resolve: (r) => (r.vpcId ? refKey(r, r.vpcId) : null) }),
  subnets: t.field({ type: [SubnetRef], nullable: true, upstream: true, resolve: async (r, _, ctx) => (await lists.subnets(ctx, r)).filter((s) => s.routingTableId === r.id) }),
  routes: t.field({ type: [RouteRef], nullable: true, upstream: true, resolve: async (r, _, ctx) => (await lists.routes(ctx, r)).filter((route) => route.routingTableId === r.id) }),
  internetGateway: t.field({ type: InternetGatewayRef, nullable: true, upstream: true, resolve: (r) => (r.internetGatewayId ? refKey(r, r.internetGatewayId) : null) }),
}));

builder.objectFields(RouteRef, (t) => ({
  routingTable: t.field({ type: RoutingTableRef, nullable: true, upstream: true, resolve: (r) => refKey(r, r.routingTableId) }),
  internetGateway: t.field({
    type: InternetGatewayRef,
    nullable: true,
    upstream: true,
    description: 'Set on the default route an attached internet gateway brings',
    resolve: (r) => (r.internetGatewayId ? refKey(r, r.internetGatewayId) : null),
  }),
  targetType: t.string({
    nullable: true,
    description: 'What the route points at, where the cloud routes to resources rather than addresses (KakaoCloud: local, igw, instance, tgw); null for NHN',
    resolve: (r) => r.targetType ?? null,
  }),
  targetServer: t.field({
    type: ServerRef,
    nullable: true,
    upstream: true,
    description: 'The instance an `instance` route sends traffic to (KakaoCloud)',
    resolve: (r) => (r.targetType === 'instance' && r.targetId ? refKey(r, r.targetId) : null),
  }),
}));

builder.objectFields(InternetGatewayRef, (t) => ({
  externalNetwork: t.field({ type: VpcRef, nullable: true, upstream: true, resolve: (g) => (g.externalNetworkId ? refKey(g, g.externalNetworkId) : null) }),
  routingTable: t.field({ type: RoutingTableRef, nullable: true, upstream: true, resolve: (g) => (g.routingTableId ? refKey(g, g.routingTableId) : null) }),
}));

builder.objectFields(PortRef, (t) => ({
  vpc: t.field({ type: VpcRef, nullable: true, upstream: true, resolve: (p) => refKey(p, p.vpcId) }),
  server: t.field({
    type: ServerRef,
    nullable: true,
    upstream: true,
    resolve: (p) => (p.deviceOwner.startsWith('compute:') && p.deviceId ? refKey(p, p.deviceId) : null),
  }),
}));

// --- edges from regions and servers ---

builder.objectFields(RegionRef, (t) => ({
  vpcs: t.field({
    type: [VpcRef],
    nullable: true,
    upstream: true,
    args: { includeExternal: t.arg.boolean({ required: false, defaultValue: false, description: "Also list the cloud's external network(s)" }) },
    resolve: async (r, args, ctx) => (await lists.vpcs(ctx, r)).filter((v) => args.includeExternal || !v.external),
  }),
  externalNetworks: t.field({
    type: [VpcRef],
    nullable: true,
    upstream: true,
    description: 'The networks floating IPs and internet gateways come from',
    resolve: async (r, _, ctx) => (await lists.vpcs(ctx, r)).filter((v) => v.external),
  }),
  subnets: t.field({
    type: [SubnetRef],
    nullable: true,
    upstream: true,
    args: { vpcId: t.arg.id({ required: false }) },
    resolve: async (r, args, ctx) => {
      const vpc = args.vpcId ? parseGlobalId(String(args.vpcId), 'Vpc', ['vpcId']) : undefined;
      return (await lists.subnets(ctx, r)).filter((s) => !vpc || s.vpcId === vpc.id);
    },
  }),
  routingTables: t.field({
    type: [RoutingTableRef],
    nullable: true,
    upstream: true,
    args: { vpcId: t.arg.id({ required: false }) },
    resolve: async (r, args, ctx) => {
      const vpc = args.vpcId ? parseGlobalId(String(args.vpcId), 'Vpc', ['vpcId']) : undefined;
      return (await lists.routingTables(ctx, r)).filter((table) => !vpc || table.vpcId === vpc.id);
    },
  }),
  internetGateways: t.field({ type: [InternetGatewayRef], nullable: true, upstream: true, resolve: (r, _, ctx) => lists.internetGateways(ctx, r) }),
  ports: t.field({ type: [PortRef], nullable: true, upstream: true, resolve: (r, _, ctx) => lists.ports(ctx, r) }),
}));

builder.objectFields(ServerRef, (t) => ({
  ports: t.field({ type: [PortRef], nullable: true, upstream: true, description: "The server's network interfaces", resolve: (s, _, ctx) => serverPorts(ctx, s) }),
  subnets: t.field({
    type: [SubnetRef],
    nullable: true,
    upstream: true,
    description: 'Subnets the server has an address in',
    resolve: async (s, _, ctx) => {
      const ids = new Set((await serverPorts(ctx, s)).flatMap((p) => p.fixedIps.map((ip) => ip.subnetId)));
      return [...ids].map((id) => refKey(s, id));
    },
  }),
}));

builder.objectFields(ServerAddressRef, (t) => ({
  port: t.field({
    type: PortRef,
    nullable: true,
    upstream: (a) => a.server,
    description: 'The network interface holding the address, where the cloud names it (KakaoCloud)',
    resolve: (a) => (a.portId ? refKey(a.server, a.portId) : null),
  }),
  subnet: t.field({
    type: SubnetRef,
    nullable: true,
    upstream: (a) => a.server,
    description: 'The subnet of the address (for a floating address: of the fixed address it maps to)',
    resolve: async (a, _, ctx) => {
      const ports = await serverPorts(ctx, a.server);
      const port = ports.find((p) => a.macAddress && p.macAddress === a.macAddress) ?? ports.find((p) => p.fixedIps.some((ip) => ip.ipAddress === a.address));
      if (!port) return null;
      let fixed = port.fixedIps.find((ip) => ip.ipAddress === a.address);
      if (!fixed && a.type === 'FLOATING') {
        const fip = (await lists.floatingIps(ctx, a.server)).find((f) => f.address === a.address);
        fixed = port.fixedIps.find((ip) => ip.ipAddress === fip?.fixedIpAddress) ?? (port.fixedIps.length === 1 ? port.fixedIps[0] : undefined);
      }
      return fixed ? refKey(a.server, fixed.subnetId) : null;
    },
  }),
}));

// --- mutations: shared checks ---

/** Names are free text on both clouds; these limits hold for both. */
export const resourceName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine((s) => !/[\u0000-\u001f]/.test(s), 'must not contain control characters');

async function findIn<T extends { id: string }>(list: Promise<T[]>, ref: Ref, type: string): Promise<T> {
  const item = (await list).find((x) => x.id === ref.id);
  if (!item) throw new NotFoundError(type, ref.id, `${type} ${ref.id} does not exist in ${ref.region}`);
  return item;
}

export const findVpc = (ctx: HanulContext, ref: Ref) => findIn(lists.vpcs(ctx, ref), ref, 'Vpc');
export const findSubnet = (ctx: HanulContext, ref: Ref) => findIn(lists.subnets(ctx, ref), ref, 'Subnet');
const findRoutingTable = (ctx: HanulContext, ref: Ref) => findIn(lists.routingTables(ctx, ref), ref, 'RoutingTable');
const findInternetGateway = (ctx: HanulContext, ref: Ref) => findIn(lists.internetGateways(ctx, ref), ref, 'InternetGateway');

// --- payloads and inputs ---

const CreateVpcPayload = builder.objectRef<Outcome<{ vpc: Vpc | null }>>('CreateVpcPayload').implement({
  fields: (t) => ({
    vpc: t.field({ type: VpcRef, nullable: true, resolve: (p) => p.vpc }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});
const UpdateVpcPayload = builder.objectRef<Outcome<{ vpc: Vpc | null }>>('UpdateVpcPayload').implement({
  fields: (t) => ({
    vpc: t.field({ type: VpcRef, nullable: true, resolve: (p) => p.vpc }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});
const CreateSubnetPayload = builder.objectRef<Outcome<{ subnet: Subnet | null }>>('CreateSubnetPayload').implement({
  fields: (t) => ({
    subnet: t.field({ type: SubnetRef, nullable: true, resolve: (p) => p.subnet }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});
const SubnetPayload = builder.objectRef<Outcome<{ subnet: Subnet | null }>>('SubnetPayload').implement({
  fields: (t) => ({
    subnet: t.field({ type: SubnetRef, nullable: true, resolve: (p) => p.subnet }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});
const RoutingTablePayload = builder.objectRef<Outcome<{ routingTable: RoutingTable | null }>>('RoutingTablePayload').implement({
  fields: (t) => ({
    routingTable: t.field({ type: RoutingTableRef, nullable: true, resolve: (p) => p.routingTable }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});
const RoutePayload = builder.objectRef<Outcome<{ route: Route | null }>>('RoutePayload').implement({
  fields: (t) => ({
    route: t.field({ type: RouteRef, nullable: true, resolve: (p) => p.route }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});
const InternetGatewayPayload = builder.objectRef<Outcome<{ internetGateway: InternetGateway | null }>>('InternetGatewayPayload').implement({
  fields: (t) => ({
    internetGateway: t.field({ type: InternetGatewayRef, nullable: true, resolve: (p) => p.internetGateway }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});
const PortPayload = builder.objectRef<Outcome<{ port: Port | null }>>('PortPayload').implement({
  fields: (t) => ({
    port: t.field({ type: PortRef, nullable: true, resolve: (p) => p.port }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const CreateVpcInput = builder.inputType('CreateVpcInput', {
  fields: (t) => ({
    regionId: t.id({ required: true }),
    name: t.string({ required: true }),
    cidr: t.string({ required: true, description: 'NHN Cloud: within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, and /24 or larger' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('VPC') }),
  }),
});
const UpdateVpcInput = builder.inputType('UpdateVpcInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ required: false }),
    cidr: t.string({ required: false, description: 'The new block must still hold every subnet of the VPC' }),
  }),
});
const CreateSubnetInput = builder.inputType('CreateSubnetInput', {
  fields: (t) => ({
    vpcId: t.id({ required: true }),
    name: t.string({ required: true }),
    cidr: t.string({ required: true, description: 'Inside the VPC, overlapping no other subnet of it; NHN Cloud: /28 or larger' }),
    availabilityZone: t.string({ required: false, description: 'For clouds whose subnets live in one zone; NHN Cloud ignores it' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('subnet') }),
  }),
});
const UpdateSubnetInput = builder.inputType('UpdateSubnetInput', {
  fields: (t) => ({ id: t.id({ required: true }), name: t.string({ required: true }) }),
});
const CreateRoutingTableInput = builder.inputType('CreateRoutingTableInput', {
  fields: (t) => ({
    vpcId: t.id({ required: true }),
    name: t.string({ required: true }),
    distributed: t.boolean({ required: false, description: 'Distributed routing (the default) or centralized' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('routing table') }),
  }),
});
const UpdateRoutingTableInput = builder.inputType('UpdateRoutingTableInput', {
  fields: (t) => ({ id: t.id({ required: true }), name: t.string({ required: false }), distributed: t.boolean({ required: false }) }),
});
const CreateRouteInput = builder.inputType('CreateRouteInput', {
  fields: (t) => ({
    routingTableId: t.id({ required: true }),
    cidr: t.string({ required: true, description: 'Destination block' }),
    gateway: t.string({ required: true, description: 'Next-hop IPv4 address' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('route') }),
  }),
});
const CreateInternetGatewayInput = builder.inputType('CreateInternetGatewayInput', {
  fields: (t) => ({
    regionId: t.id({ required: true }),
    name: t.string({ required: true }),
    externalNetworkId: t.id({ required: false, description: "The region's external network when omitted" }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('internet gateway') }),
  }),
});
const CreatePortInput = builder.inputType('CreatePortInput', {
  fields: (t) => ({
    subnetId: t.id({ required: true }),
    name: t.string({ required: true }),
    ipAddress: t.string({ required: false, description: 'A free address of the subnet; the next free one when omitted' }),
    securityGroupIds: t.idList({ required: false, description: "The cloud's default group when omitted; [] for none" }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('port') }),
  }),
});

// --- VPC and subnet mutations ---

builder.mutationFields((t) => ({
  createVpc: t.field({
    type: CreateVpcPayload,
    description: 'Creates a VPC (with its default routing table).',
    args: { input: t.arg({ type: CreateVpcInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ vpc: null as Vpc | null }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        const name = validate(resourceName, input.name, ['input', 'name']);
        const block = checkVpcCidr(region.provider, input.cidr, ['input', 'cidr']);
        const session = sessionFor(ctx, region.provider);
        const vpc = await keyedCreate(ctx, session, region, input, {
          kind: 'Vpc',
          create: () => session.network.createVpc(region.region, { name, cidr: formatCidr(block) }),
          id: (made) => made.id,
          read: async (id) => (await lists.vpcs(ctx, region)).find((x) => x.id === id),
        });
        changedKinds(ctx, region, 'vpcs', 'routingTables', 'routes');
        return { vpc };
      }),
  }),
  updateVpc: t.field({
    type: UpdateVpcPayload,
    description: "Renames a VPC and/or changes its block (which must still hold all of the VPC's subnets).",
    args: { input: t.arg({ type: UpdateVpcInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ vpc: null as Vpc | null }, async () => {
        const ref = parseGlobalId(String(input.id), 'Vpc', ['input', 'id']);
        const name = input.name == null ? undefined : validate(resourceName, input.name, ['input', 'name']);
        const block = input.cidr == null ? undefined : checkVpcCidr(ref.provider, input.cidr, ['input', 'cidr']);
        if (name === undefined && block === undefined) throw new ValidationError('Give a new name or cidr', ['input']);
        const vpc = await findVpc(ctx, ref);
        if (vpc.external) throw new ConflictError(`VPC "${vpc.name}" is the cloud's external network and cannot be changed`);
        if (block) {
          const outside = (await lists.subnets(ctx, ref)).find((s) => s.vpcId === vpc.id && !cidrContains(block, parseCidr(s.cidr) ?? block));
          if (outside) throw new ValidationError(`cidr ${formatCidr(block)} does not hold subnet "${outside.name}" (${outside.cidr})`, ['input', 'cidr']);
        }
        const updated = await sessionFor(ctx, ref.provider).network.updateVpc(ref.region, ref.id, { name, cidr: block && formatCidr(block) });
        changedKinds(ctx, ref, 'vpcs', 'routes', 'subnets');
        return { vpc: updated };
      }),
  }),
  deleteVpc: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a VPC with its routing tables. Refused (ConflictError) while it has subnets.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Vpc', ['id']);
        const vpc = await findVpc(ctx, ref);
        if (vpc.external) throw new ConflictError(`VPC "${vpc.name}" is the cloud's external network and cannot be deleted`);
        const subnets = (await lists.subnets(ctx, ref)).filter((s) => s.vpcId === vpc.id);
        if (subnets.length) {
          throw new ConflictError(`VPC "${vpc.name}" still has subnets: ${subnets.map((s) => `"${s.name}" (${s.cidr})`).join(', ')}; delete them first`, vpc.state);
        }
        await sessionFor(ctx, ref.provider).network.deleteVpc(ref.region, ref.id);
        changedKinds(ctx, ref, 'vpcs', 'routingTables', 'routes');
        return { deletedId: String(args.id) };
      }),
  }),
  createSubnet: t.field({
    type: CreateSubnetPayload,
    description: 'Creates a subnet in a VPC. The block is checked (inside the VPC, no overlap, size) before the cloud is asked.',
    args: { input: t.arg({ type: CreateSubnetInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ subnet: null as Subnet | null }, async () => {
        const vpcRef = parseGlobalId(String(input.vpcId), 'Vpc', ['input', 'vpcId']);
        const name = validate(resourceName, input.name, ['input', 'name']);
        const block = checkSubnetCidr(vpcRef.provider, input.cidr, ['input', 'cidr']);
        const session = sessionFor(ctx, vpcRef.provider);
        const subnet = await keyedCreate(ctx, session, vpcRef, input, {
          kind: 'Subnet',
          // The placement check runs inside: a replay must not trip over the subnet its first attempt made.
          create: async () => {
            const [vpc, subnets] = await Promise.all([findVpc(ctx, vpcRef), lists.subnets(ctx, vpcRef)]);
            if (vpc.external) throw new ValidationError(`VPC "${vpc.name}" is the cloud's external network`, ['input', 'vpcId']);
            checkSubnetPlacement(block, vpc, subnets.filter((s) => s.vpcId === vpc.id), ['input', 'cidr']);
            return session.network.createSubnet(vpcRef.region, { vpcId: vpc.id, name, cidr: formatCidr(block), availabilityZone: input.availabilityZone ?? undefined });
          },
          id: (made) => made.id,
          read: async (id) => (await lists.subnets(ctx, vpcRef)).find((x) => x.id === id),
        });
        changedKinds(ctx, vpcRef, 'subnets', 'routingTables');
        return { subnet };
      }),
  }),
  updateSubnet: t.field({
    type: SubnetPayload,
    description: "Renames a subnet (its block cannot change).",
    args: { input: t.arg({ type: UpdateSubnetInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ subnet: null as Subnet | null }, async () => {
        const ref = parseGlobalId(String(input.id), 'Subnet', ['input', 'id']);
        const name = validate(resourceName, input.name, ['input', 'name']);
        const subnet = await sessionFor(ctx, ref.provider).network.updateSubnet(ref.region, ref.id, { name });
        changed(ctx, ref, 'subnets');
        return { subnet };
      }),
  }),
  deleteSubnet: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a subnet. Refused (ConflictError) while ports (servers, load balancers, …) hold addresses in it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Subnet', ['id']);
        const [subnet, ports] = await Promise.all([findSubnet(ctx, ref), lists.ports(ctx, ref)]);
        const users = ports.filter((p) => p.fixedIps.some((ip) => ip.subnetId === subnet.id));
        if (users.length) {
          throw new ConflictError(`Subnet "${subnet.name}" (${subnet.cidr}) is in use by ${await describePortUsers(ctx, ref, users)}`, subnet.state);
        }
        await sessionFor(ctx, ref.provider).network.deleteSubnet(ref.region, ref.id);
        changedKinds(ctx, ref, 'subnets', 'routingTables');
        return { deletedId: String(args.id) };
      }),
  }),
  attachRoutingTable: t.field({
    type: SubnetPayload,
    description: "Routes a subnet by a table of its VPC instead of the VPC's default one.",
    args: { subnetId: t.arg.id({ required: true }), routingTableId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ subnet: null as Subnet | null }, async () => {
        const ref = parseGlobalId(String(args.subnetId), 'Subnet', ['subnetId']);
        const tableRef = parseGlobalId(String(args.routingTableId), 'RoutingTable', ['routingTableId']);
        sameRegion(ref, tableRef, ['routingTableId']);
        const [subnet, table] = await Promise.all([findSubnet(ctx, ref), findRoutingTable(ctx, tableRef)]);
        if (table.vpcId && table.vpcId !== subnet.vpcId) throw new ValidationError(`Routing table "${table.name}" belongs to another VPC than subnet "${subnet.name}"`, ['routingTableId']);
        const updated = await sessionFor(ctx, ref.provider).network.attachRoutingTable(ref.region, ref.id, tableRef.id);
        changedKinds(ctx, ref, 'subnets', 'routingTables');
        return { subnet: updated };
      }),
  }),
  detachRoutingTable: t.field({
    type: SubnetPayload,
    description: "Puts a subnet back on its VPC's default routing table.",
    args: { subnetId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ subnet: null as Subnet | null }, async () => {
        const ref = parseGlobalId(String(args.subnetId), 'Subnet', ['subnetId']);
        const updated = await sessionFor(ctx, ref.provider).network.detachRoutingTable(ref.region, ref.id);
        changedKinds(ctx, ref, 'subnets', 'routingTables');
        return { subnet: updated };
      }),
  }),
}));

// --- routing tables, routes and internet gateways ---

builder.mutationFields((t) => ({
  createRoutingTable: t.field({
    type: RoutingTablePayload,
    args: { input: t.arg({ type: CreateRoutingTableInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ routingTable: null as RoutingTable | null }, async () => {
        const vpcRef = parseGlobalId(String(input.vpcId), 'Vpc', ['input', 'vpcId']);
        const name = validate(resourceName, input.name, ['input', 'name']);
        await findVpc(ctx, vpcRef);
        const session = sessionFor(ctx, vpcRef.provider);
        const routingTable = await keyedCreate(ctx, session, vpcRef, input, {
          kind: 'RoutingTable',
          create: () => session.network.createRoutingTable(vpcRef.region, {
          vpcId: vpcRef.id,
          name,
          distributed: input.distributed ?? undefined,
        }),
          id: (made) => made.id,
          read: async (id) => (await lists.routingTables(ctx, vpcRef)).find((x) => x.id === id),
        });
        changedKinds(ctx, vpcRef, 'routingTables', 'routes');
        return { routingTable };
      }),
  }),
  updateRoutingTable: t.field({
    type: RoutingTablePayload,
    args: { input: t.arg({ type: UpdateRoutingTableInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ routingTable: null as RoutingTable | null }, async () => {
        const ref = parseGlobalId(String(input.id), 'RoutingTable', ['input', 'id']);
        const name = input.name == null ? undefined : validate(resourceName, input.name, ['input', 'name']);
        if (name === undefined && input.distributed == null) throw new ValidationError('Give a new name or distributed', ['input']);
        const routingTable = await sessionFor(ctx, ref.provider).network.updateRoutingTable(ref.region, ref.id, { name, distributed: input.distributed ?? undefined });
        changed(ctx, ref, 'routingTables');
        return { routingTable };
      }),
  }),
  deleteRoutingTable: t.field({
    type: DeletePayloadRef,
    description: "Deletes a routing table. Refused (ConflictError) for a VPC's default table and while subnets use it.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'RoutingTable', ['id']);
        const [table, subnets] = await Promise.all([findRoutingTable(ctx, ref), lists.subnets(ctx, ref)]);
        if (table.isDefault) throw new ConflictError(`Routing table "${table.name}" is its VPC's default table; it goes away with the VPC`, table.state);
        const users = subnets.filter((s) => s.routingTableId === table.id);
        if (users.length) throw new ConflictError(`Routing table "${table.name}" is used by subnets ${users.map((s) => `"${s.name}"`).join(', ')}`, table.state);
        await sessionFor(ctx, ref.provider).network.deleteRoutingTable(ref.region, ref.id);
        changedKinds(ctx, ref, 'routingTables', 'routes', 'internetGateways');
        return { deletedId: String(args.id) };
      }),
  }),
  setDefaultRoutingTable: t.field({
    type: RoutingTablePayload,
    description: "Makes a table its VPC's default: subnets without an explicit table follow it.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ routingTable: null as RoutingTable | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'RoutingTable', ['id']);
        const routingTable = await sessionFor(ctx, ref.provider).network.setDefaultRoutingTable(ref.region, ref.id);
        changedKinds(ctx, ref, 'routingTables', 'subnets');
        return { routingTable };
      }),
  }),
  attachInternetGateway: t.field({
    type: RoutingTablePayload,
    description: 'Attaches an internet gateway to a routing table: its subnets reach the internet (a 0.0.0.0/0 route appears).',
    args: { routingTableId: t.arg.id({ required: true }), internetGatewayId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ routingTable: null as RoutingTable | null }, async () => {
        const ref = parseGlobalId(String(args.routingTableId), 'RoutingTable', ['routingTableId']);
        const gatewayRef = parseGlobalId(String(args.internetGatewayId), 'InternetGateway', ['internetGatewayId']);
        sameRegion(ref, gatewayRef, ['internetGatewayId']);
        const [table, gateway] = await Promise.all([findRoutingTable(ctx, ref), findInternetGateway(ctx, gatewayRef)]);
        if (table.internetGatewayId === gateway.id) throw new ConflictError(`Internet gateway "${gateway.name}" is already attached to routing table "${table.name}"`, gateway.state);
        if (table.internetGatewayId) throw new ConflictError(`Routing table "${table.name}" already has an internet gateway; detach it first`, table.state);
        if (gateway.routingTableId) throw new ConflictError(`Internet gateway "${gateway.name}" is attached to another routing table`, gateway.state);
        const routingTable = await sessionFor(ctx, ref.provider).network.attachInternetGateway(ref.region, ref.id, gatewayRef.id);
        changedKinds(ctx, ref, 'routingTables', 'routes', 'internetGateways', 'subnets');
        return { routingTable };
      }),
  }),
  detachInternetGateway: t.field({
    type: RoutingTablePayload,
    description: 'Detaches the internet gateway of a routing table (refused while floating IPs of its subnets use it).',
    args: { routingTableId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ routingTable: null as RoutingTable | null }, async () => {
        const ref = parseGlobalId(String(args.routingTableId), 'RoutingTable', ['routingTableId']);
        const table = await findRoutingTable(ctx, ref);
        if (!table.internetGatewayId) throw new ConflictError(`Routing table "${table.name}" has no internet gateway`, table.state);
        const routingTable = await sessionFor(ctx, ref.provider).network.detachInternetGateway(ref.region, ref.id);
        changedKinds(ctx, ref, 'routingTables', 'routes', 'internetGateways', 'subnets');
        return { routingTable };
      }),
  }),
  createRoute: t.field({
    type: RoutePayload,
    description: 'Adds a static route to a routing table.',
    args: { input: t.arg({ type: CreateRouteInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ route: null as Route | null }, async () => {
        const tableRef = parseGlobalId(String(input.routingTableId), 'RoutingTable', ['input', 'routingTableId']);
        const block = validate(cidrBlock, input.cidr, ['input', 'cidr']);
        const gateway = validate(ipv4Address, input.gateway, ['input', 'gateway']).trim();
        const session = sessionFor(ctx, tableRef.provider);
        const route = await keyedCreate(ctx, session, tableRef, input, {
          kind: 'Route',
          create: async () => {
            const [table, routes] = await Promise.all([findRoutingTable(ctx, tableRef), lists.routes(ctx, tableRef)]);
            const clash = routes.find((r) => r.routingTableId === table.id && r.cidr === formatCidr(block));
            if (clash) throw new ConflictError(`Routing table "${table.name}" already has a route to ${clash.cidr} (via ${clash.gateway})`);
            return session.network.createRoute(tableRef.region, { routingTableId: table.id, cidr: formatCidr(block), gateway });
          },
          id: (made) => made.id,
          read: async (id) => (await lists.routes(ctx, tableRef)).find((x) => x.id === id),
        });
        changedKinds(ctx, tableRef, 'routes', 'routingTables');
        return { route };
      }),
  }),
  deleteRoute: t.field({
    type: DeletePayloadRef,
    description: "Deletes a static route. The VPC's local route and an internet gateway's route cannot be deleted (ConflictError).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Route', ['id']);
        const route = await findIn(lists.routes(ctx, ref), ref, 'Route');
        if (route.gateway === 'local') throw new ConflictError(`The route to ${route.cidr} is the VPC's local route and cannot be deleted`);
        if (route.internetGatewayId) throw new ConflictError(`The route to ${route.cidr} belongs to an internet gateway; detach the gateway instead`);
        await sessionFor(ctx, ref.provider).network.deleteRoute(ref.region, ref.id);
        changedKinds(ctx, ref, 'routes', 'routingTables');
        return { deletedId: String(args.id) };
      }),
  }),
  createInternetGateway: t.field({
    type: InternetGatewayPayload,
    description: 'Creates an internet gateway (unattached: attach it to a routing table to use it).',
    args: { input: t.arg({ type: CreateInternetGatewayInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ internetGateway: null as InternetGateway | null }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        const name = validate(resourceName, input.name, ['input', 'name']);
        let externalNetworkId: string | undefined;
        if (input.externalNetworkId) {
          const ref = parseGlobalId(String(input.externalNetworkId), 'Vpc', ['input', 'externalNetworkId']);
          sameRegion(region, ref, ['input', 'externalNetworkId']);
          const vpc = await findVpc(ctx, ref);
          if (!vpc.external) throw new ValidationError(`VPC "${vpc.name}" is not an external network`, ['input', 'externalNetworkId']);
          externalNetworkId = vpc.id;
        }
        const session = sessionFor(ctx, region.provider);
        const internetGateway = await keyedCreate(ctx, session, region, input, {
          kind: 'InternetGateway',
          create: () => session.network.createInternetGateway(region.region, { name, externalNetworkId }),
          id: (made) => made.id,
          read: async (id) => (await lists.internetGateways(ctx, region)).find((x) => x.id === id),
        });
        changed(ctx, region, 'internetGateways');
        return { internetGateway };
      }),
  }),
  deleteInternetGateway: t.field({
    type: DeletePayloadRef,
    description: 'Deletes an internet gateway. Refused (ConflictError) while it is attached to a routing table.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'InternetGateway', ['id']);
        const gateway = await findInternetGateway(ctx, ref);
        if (gateway.routingTableId) {
          const table = (await lists.routingTables(ctx, ref)).find((r) => r.id === gateway.routingTableId);
          throw new ConflictError(`Internet gateway "${gateway.name}" is attached to routing table "${table?.name ?? gateway.routingTableId}"; detach it first`, gateway.state);
        }
        await sessionFor(ctx, ref.provider).network.deleteInternetGateway(ref.region, ref.id);
        changed(ctx, ref, 'internetGateways');
        return { deletedId: String(args.id) };
      }),
  }),
}));

// --- ports ---

builder.mutationFields((t) => ({
  createPort: t.field({
    type: PortPayload,
    description: 'Creates a free-standing port (network interface) with an address of a subnet.',
    args: { input: t.arg({ type: CreatePortInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ port: null as Port | null }, async () => {
        const subnetRef = parseGlobalId(String(input.subnetId), 'Subnet', ['input', 'subnetId']);
        const name = validate(z.string().max(255, 'must be at most 255 characters'), input.name, ['input', 'name']);
        const ipAddress = input.ipAddress == null ? undefined : validate(ipv4Address, input.ipAddress, ['input', 'ipAddress']).trim();
        const securityGroupIds =
          input.securityGroupIds == null
            ? null
            : input.securityGroupIds.map((id, i) => {
                const ref = parseGlobalId(String(id), 'SecurityGroup', ['input', 'securityGroupIds', String(i)]);
                sameRegion(subnetRef, ref, ['input', 'securityGroupIds', String(i)]);
                return ref.id;
              });
        const subnet = await findSubnet(ctx, subnetRef);
        if (ipAddress) {
          const block = parseCidr(subnet.cidr);
          if (block && !cidrContains(block, { network: parseIpv4(ipAddress)!, prefix: 32 })) {
            throw new ValidationError(`ipAddress ${ipAddress} is outside subnet "${subnet.name}" (${subnet.cidr})`, ['input', 'ipAddress']);
          }
        }
        const session = sessionFor(ctx, subnetRef.provider);
        const port = await keyedCreate(ctx, session, subnetRef, input, {
          kind: 'Port',
          create: () => session.network.createPort(subnetRef.region, { vpcId: subnet.vpcId, name, subnetId: subnet.id, ipAddress, securityGroupIds }),
          id: (made) => made.id,
          read: async (id) => (await lists.ports(ctx, subnetRef)).find((x) => x.id === id),
        });
        changedKinds(ctx, subnetRef, 'ports', 'subnets');
        return { port };
      }),
  }),
  deletePort: t.field({
    type: DeletePayloadRef,
    description: "Deletes a free-standing port. A server's port goes with the server (ConflictError).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Port', ['id']);
        const port = await findIn(lists.ports(ctx, ref), ref, 'Port');
        if (port.deviceId) throw new ConflictError(`Port ${port.name || port.id} is in use by ${await describePortUsers(ctx, ref, [port])}`, port.status);
        await sessionFor(ctx, ref.provider).network.deletePort(ref.region, ref.id);
        changedKinds(ctx, ref, 'ports', 'subnets', 'floatingIps');
        return { deletedId: String(args.id) };
      }),
  }),
}));

registerNodeLoader('Vpc', VpcRef);
registerNodeLoader('Subnet', SubnetRef);
registerNodeLoader('RoutingTable', RoutingTableRef);
registerNodeLoader('Route', RouteRef);
registerNodeLoader('InternetGateway', InternetGatewayRef);
registerNodeLoader('Port', PortRef);
