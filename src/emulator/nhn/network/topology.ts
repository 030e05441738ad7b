import type { EmulatorContext } from '../../context.js';
import { notFound } from './errors.js';
import { newUuid, stableUuid } from '../../ids.js';
import { macFor } from './addressing.js';
import type { InternetGateway, NetworkState, Port, Route, RoutingTable, SecurityGroup, Vpc, VpcSubnet } from './state.js';
import { gatewayLifecycle } from './transitions.js';

/**
 * The VPC model shared by the HTTP handlers and the seed: creating VPCs with their default
 * routing table, subnets, and internet-gateway attachment. Callers validate first.
 */

/** Finds `id` in one of the caller's collections, or throws Neutron's 404. */
export function findOwn<T>(items: Map<string, T>, id: string, type: string, message: string): T {
  const item = items.get(id);
  if (!item) throw notFound(type, message);
  return item;
}

export function vpcNotFound(id: string): Error {
  return notFound('HTTPNotFound', `VPC ${id} could not be found.`);
}

/** One of the caller's own VPCs (the public network is visible but not theirs), or 404. */
export function ownVpc(state: NetworkState, id: string): Vpc {
  const vpc = state.vpcs.get(id);
  if (!vpc) throw vpcNotFound(id);
  return vpc;
}

/** `vpc-{first 13 characters of the VPC id}`, the name NHN gives default routing tables. */
function defaultTableName(vpcId: string): string {
  return `vpc-${vpcId.slice(0, 13)}`;
}

/**
 * Adds a VPC with its default routing table. Ids of what a resource brings along derive
 * from its own id, so a seed that fixes the VPC id fixes them all.
 */
export function addVpc(ctx: EmulatorContext, state: NetworkState, fields: Pick<Vpc, 'name' | 'cidrv4' | 'tenantId'> & Partial<Vpc>): Vpc {
  const vpc: Vpc = { id: newUuid(), shared: false, external: false, createdAt: ctx.now(), ...fields };
  state.vpcs.set(vpc.id, vpc);
  // The default table comes with the VPC and keeps NHN's `distributed: false` (nhn-network §4).
  addRoutingTable(ctx, state, vpc, {
    id: stableUuid(vpc.id, 'default-routingtable'),
    name: defaultTableName(vpc.id),
    distributed: false,
    defaultTable: true,
    createdAt: vpc.createdAt,
  });
  return vpc;
}

/** Adds a routing table with the `local` route every table of a VPC carries. */
export function addRoutingTable(ctx: EmulatorContext, state: NetworkState, vpc: Vpc, fields: Pick<RoutingTable, 'name' | 'distributed' | 'defaultTable'> & Partial<RoutingTable>): RoutingTable {
  const table: RoutingTable = { id: newUuid(), vpcId: vpc.id, tenantId: vpc.tenantId, createdAt: ctx.now(), ...fields };
  state.routingTables.set(table.id, table);
  addRoute(state, table, { id: stableUuid(table.id, 'local-route'), cidr: vpc.cidrv4, gateway: 'local' });
  return table;
}

export function addRoute(state: NetworkState, table: RoutingTable, fields: Pick<Route, 'cidr' | 'gateway'> & Partial<Route>): Route {
  const route: Route = { id: newUuid(), routingTableId: table.id, tenantId: table.tenantId, ...fields };
  state.routes.set(route.id, route);
  return route;
}

export function addSubnet(ctx: EmulatorContext, state: NetworkState, vpc: Vpc, fields: Pick<VpcSubnet, 'name' | 'cidr'> & Partial<VpcSubnet>): VpcSubnet {
  const subnet: VpcSubnet = { id: newUuid(), vpcId: vpc.id, tenantId: vpc.tenantId, createdAt: ctx.now(), ...fields };
  state.subnets.set(subnet.id, subnet);
  return subnet;
}

export function vpcSubnets(state: NetworkState, vpcId: string): VpcSubnet[] {
  return [...state.subnets.values()].filter((s) => s.vpcId === vpcId);
}

export function vpcRoutingTables(state: NetworkState, vpcId: string): RoutingTable[] {
  return [...state.routingTables.values()].filter((t) => t.vpcId === vpcId);
}

export function defaultRoutingTable(state: NetworkState, vpcId: string): RoutingTable {
  return vpcRoutingTables(state, vpcId).find((t) => t.defaultTable)!;
}

/** The table a subnet routes by: the one attached explicitly, else its VPC's default. */
export function subnetRoutingTable(state: NetworkState, subnet: VpcSubnet): RoutingTable {
  const explicit = subnet.explicitRoutingTableId && state.routingTables.get(subnet.explicitRoutingTableId);
  return explicit || defaultRoutingTable(state, subnet.vpcId);
}

export function tableSubnets(state: NetworkState, table: RoutingTable): VpcSubnet[] {
  return [...state.subnets.values()].filter((s) => subnetRoutingTable(state, s).id === table.id);
}

export function tableRoutes(state: NetworkState, tableId: string): Route[] {
  return [...state.routes.values()].filter((r) => r.routingTableId === tableId);
}

/** The next hop of the default route an internet gateway brings. */
// [guess] NHN's examples do not show this route's `gateway`; the SNAT gateway of the public network stands in.
const INTERNET_ROUTE_GATEWAY = '100.127.64.1';

/**
 * Attaches an internet gateway: the table gets `gateway_id` and a `0.0.0.0/0` route. The
 * gateway becomes `available` one transition later, so pollers see the change happen.
 */
export function attachGateway(ctx: EmulatorContext, state: NetworkState, table: RoutingTable, gateway: InternetGateway): void {
  table.gatewayId = gateway.id;
  gateway.routingTableId = table.id;
  addRoute(state, table, { id: stableUuid(table.id, gateway.id), cidr: '0.0.0.0/0', gateway: INTERNET_ROUTE_GATEWAY, gatewayId: gateway.id });
  gatewayLifecycle.run(ctx, gateway, 'attach', { in: state.internetGateways, while: (g) => g.routingTableId === table.id });
}

/** Detaches whatever gateway the table holds; the gateway goes back to `unavailable`. */
export function detachGateway(state: NetworkState, table: RoutingTable): void {
  const gateway = table.gatewayId ? state.internetGateways.get(table.gatewayId) : undefined;
  if (gateway) {
    gateway.routingTableId = undefined;
    gateway.state = 'unavailable';
  }
  table.gatewayId = undefined;
  for (const route of tableRoutes(state, table.id)) if (route.gatewayId) state.routes.delete(route.id);
}

/** Removes a routing table with its routes, releasing its gateway. */
export function removeRoutingTable(state: NetworkState, table: RoutingTable): void {
  detachGateway(state, table);
  for (const route of tableRoutes(state, table.id)) state.routes.delete(route.id);
  state.routingTables.delete(table.id);
}

/** One of the caller's ports, or Neutron's 404. */
export function ownPort(state: NetworkState, id: string): Port {
  return findOwn(state.ports, id, 'PortNotFound', `Port ${id} could not be found.`);
}

/** One of the caller's security groups, or Neutron's 404. */
export function ownSecurityGroup(state: NetworkState, id: string): SecurityGroup {
  return findOwn(state.securityGroups, id, 'SecurityGroupNotFound', `Security group ${id} does not exist`);
}

/** Adds a port with Neutron's defaults for whatever `fields` leaves out. */
export function addPort(state: NetworkState, fields: Pick<Port, 'tenantId' | 'networkId' | 'fixedIps'> & Partial<Port>): Port {
  const id = fields.id ?? newUuid();
  const port: Port = {
    id,
    name: '',
    status: 'DOWN',
    adminStateUp: true,
    macAddress: macFor(id),
    deviceOwner: '',
    deviceId: '',
    securityGroups: [],
    portSecurityEnabled: true,
    allowedAddressPairs: [],
    extraDhcpOpts: [],
    ownedByServer: false,
    ...fields,
  };
  state.ports.set(port.id, port);
  return port;
}
