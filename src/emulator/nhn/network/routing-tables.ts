import { z } from 'zod';
import { spaceSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { empty, json, type EmuRequest, type Router } from '../../router.js';
import { networkCall } from './access.js';
import { conflict } from './errors.js';
import { boolish, networkBody, resourceName } from './fields.js';
import { listResponse } from './listing.js';
import { checkQuota } from './quotas.js';
import { renderRoute } from './routes.js';
import type { NetworkState, RoutingTable } from './state.js';
import {
  addRoutingTable,
  attachGateway,
  defaultRoutingTable,
  detachGateway,
  findOwn,
  ownVpc,
  removeRoutingTable,
  tableRoutes,
  tableSubnets,
} from './topology.js';

const createTable = z.object({ name: resourceName, vpc_id: z.string(), distributed: boolish.optional() });
const updateTable = z.object({ name: resourceName.optional(), distributed: boolish.optional() });
const attachGatewayBody = z.object({ gateway_id: z.string() });

/** The short shape create and update answer with. */
function renderTableWritten(table: RoutingTable): Record<string, unknown> {
  return {
    default_table: table.defaultTable,
    name: table.name,
    tenant_id: table.tenantId,
    distributed: table.distributed,
    state: 'available',
    create_time: spaceSeconds(table.createdAt),
    id: table.id,
  };
}

/** List items; `detail=true` adds `vpcs` and `subnets` as `{id, name}` objects. */
function renderTableListed(state: NetworkState, table: RoutingTable, detail: boolean): Record<string, unknown> {
  const base = { ...renderTableWritten(table), ...(table.gatewayId ? { gateway_id: table.gatewayId } : {}) };
  if (!detail) return base;
  const vpc = state.vpcs.get(table.vpcId)!;
  return { ...base, vpcs: [{ id: vpc.id, name: vpc.name }], subnets: tableSubnets(state, table).map((s) => ({ id: s.id, name: s.name })) };
}

/** GET one and the actions: `vpcs`/`subnets` as id strings, plus routes. */
function renderTableFull(state: NetworkState, table: RoutingTable): Record<string, unknown> {
  return {
    ...renderTableListed(state, table, false),
    activated: true,
    vpcs: [table.vpcId],
    subnets: tableSubnets(state, table).map((s) => s.id),
    routes: tableRoutes(state, table.id).map((r) => ({ ...renderRoute(r), hidden: false })),
  };
}

/** One of the caller's routing tables, or 404. */
function ownRoutingTable(state: NetworkState, id: string): RoutingTable {
  return findOwn(state.routingTables, id, 'HTTPNotFound', `Routingtable ${id} could not be found.`);
}

/** `/v2.0/routingtables`: CRUD, gateway attach/detach and `set_as_default`. */
export function registerRoutingTableRoutes(router: Router, ctx: EmulatorContext): void {
  const action = (req: EmuRequest, change: (state: NetworkState, table: RoutingTable) => void) => {
    const { state } = networkCall(ctx, req);
    const table = ownRoutingTable(state, req.params.id!);
    change(state, table);
    return json(200, { routingtable: renderTableFull(state, table) });
  };

  router.get('/v2.0/routingtables', (req) => {
    const { state } = networkCall(ctx, req);
    const detail = req.query.get('detail')?.toLowerCase() === 'true';
    return listResponse(ctx, req, 'routingtables', [...state.routingTables.values()].map((t) => renderTableListed(state, t, detail)));
  });

  router.get('/v2.0/routingtables/:id', (req) => action(req, () => {}));

  router.post('/v2.0/routingtables', (req) => {
    const { state } = networkCall(ctx, req);
    const body = networkBody(req, 'routingtable', createTable);
    const vpc = ownVpc(state, body.vpc_id);
    checkQuota('routingtable', state.routingTables.size);
    const table = addRoutingTable(ctx, state, vpc, { name: body.name, distributed: body.distributed ?? true, defaultTable: false });
    return json(201, { routingtable: renderTableWritten(table) });
  });

  router.put('/v2.0/routingtables/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const table = ownRoutingTable(state, req.params.id!);
    const body = networkBody(req, 'routingtable', updateTable);
    if (body.name !== undefined) table.name = body.name;
    if (body.distributed !== undefined) table.distributed = body.distributed;
    return json(200, { routingtable: renderTableWritten(table) });
  });

  router.put('/v2.0/routingtables/:id/attach_gateway', (req) =>
    action(req, (state, table) => {
      const { gateway_id } = networkBody(req, undefined, attachGatewayBody);
      const gateway = findOwn(state.internetGateways, gateway_id, 'HTTPNotFound', `Internetgateway ${gateway_id} could not be found.`);
      // [guess] one gateway per table and one table per gateway; NHN gives no code, 409 as for other conflicts.
      if (table.gatewayId) throw conflict('HTTPConflict', `Routingtable ${table.id} already has internet gateway ${table.gatewayId} attached.`);
      if (gateway.routingTableId) throw conflict('HTTPConflict', `Internetgateway ${gateway.id} is already attached to routingtable ${gateway.routingTableId}.`);
      attachGateway(ctx, state, table, gateway);
    }),
  );

  router.put('/v2.0/routingtables/:id/detach_gateway', (req) =>
    action(req, (state, table) => {
      if (!table.gatewayId) throw conflict('HTTPConflict', `Routingtable ${table.id} has no internet gateway attached.`);
      // [guess] Neutron refuses to clear a router gateway that floating IPs still use.
      const subnetIds = new Set(tableSubnets(state, table).map((s) => s.id));
      const inUse = [...state.floatingIps.values()].find((f) => f.portId && portInSubnets(state, f.portId, subnetIds));
      if (inUse) {
        throw conflict('RouterExternalGatewayInUseByFloatingIp', `Gateway ${table.gatewayId} of routingtable ${table.id} cannot be detached: floating IP ${inUse.id} still uses it.`);
      }
      detachGateway(state, table);
    }),
  );

  router.put('/v2.0/routingtables/:id/set_as_default', (req) =>
    action(req, (state, table) => {
      defaultRoutingTable(state, table.vpcId).defaultTable = false;
      table.defaultTable = true;
    }),
  );

  router.delete('/v2.0/routingtables/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const table = ownRoutingTable(state, req.params.id!);
    // [guess] codes for both refusals are undocumented; 409 as for other in-use cases.
    if (table.defaultTable) throw conflict('HTTPConflict', `Routingtable ${table.id} is the default table of its VPC and cannot be deleted.`);
    if (tableSubnets(state, table).length > 0) throw conflict('HTTPConflict', `Routingtable ${table.id} is still attached to subnets.`);
    removeRoutingTable(state, table);
    return empty(204);
  });
}

function portInSubnets(state: NetworkState, portId: string, subnetIds: Set<string>): boolean {
  return state.ports.get(portId)?.fixedIps.some((ip) => subnetIds.has(ip.subnetId)) ?? false;
}
