import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize } from '../auth.js';
import { cidrField, readWrapped } from '../body.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { type ProvisioningStatus, routeTableLifecycle, vpcLifecycle } from '../lifecycle.js';
import { lookup, reference } from '../lookup.js';
import { type Filters, fieldFilters, pagedList } from '../pagination.js';
import type { KakaoRegionState } from '../state.js';
import type { VpcRecord } from './vpcs.js';

export interface RouteTableAssociation {
  id: string;
  subnet_id: string;
  provisioning_status: ProvisioningStatus;
}

export interface VpcRoute {
  id: string;
  destination: string;
  target_type: 'local' | 'igw' | 'instance' | 'tgw';
  target_id: string | null;
  target_name: string | null;
  is_local_route: boolean;
  provisioning_status: ProvisioningStatus;
}

/** A route table (wrapper key `vpc_route_table`, §1.3): subnet associations and routes. */
export interface RouteTableRecord {
  id: string;
  name: string;
  vpc_id: string;
  is_main: boolean;
  provisioning_status: ProvisioningStatus;
  project_id: string;
  associations: RouteTableAssociation[];
  routes: VpcRoute[];
  created_at: string;
  updated_at: string;
}

const createRouteTable = z.object({ name: z.string().min(1).max(255), vpc_id: z.string() });
const createRoute = z.object({
  route_type: z.enum(['igw', 'instance', 'tgw']),
  target_id: z.string(),
  destination: cidrField,
});

/** The VPC's main route table (the one new subnets join). */
export function mainRouteTable(state: KakaoRegionState, vpcId: string): RouteTableRecord | undefined {
  return [...state.routeTables.values()].find((t) => t.vpc_id === vpcId && t.is_main);
}

/** The table a subnet is associated with, and the association itself. */
export function associationOf(state: KakaoRegionState, subnetId: string): { table: RouteTableRecord; association: RouteTableAssociation } | undefined {
  for (const table of state.routeTables.values()) {
    const association = table.associations.find((a) => a.subnet_id === subnetId);
    if (association) return { table, association };
  }
  return undefined;
}

/**
 * Creates a route table with its local route. The main table of a new VPC also gets a
 * default route to the VPC's internet gateway ([guess]: the `igw` field implies one).
 */
export function addRouteTable(ctx: EmulatorContext, state: KakaoRegionState, vpc: VpcRecord, name: string, isMain: boolean): RouteTableRecord {
  const now = isoSeconds(ctx.now());
  const route = (destination: string, type: VpcRoute['target_type'], targetId: string | null, targetName: string | null): VpcRoute => ({
    id: newUuid(), destination, target_type: type, target_id: targetId, target_name: targetName, is_local_route: type === 'local', provisioning_status: 'ACTIVE',
  });
  const table: RouteTableRecord = {
    id: newUuid(),
    name,
    vpc_id: vpc.id,
    is_main: isMain,
    provisioning_status: 'PENDING_CREATE',
    project_id: state.project.id,
    associations: [],
    routes: [route(vpc.cidr_block, 'local', null, null), ...(isMain ? [route('0.0.0.0/0', 'igw', vpc.igw.id, vpc.igw.name)] : [])],
    created_at: now,
    updated_at: now,
  };
  state.routeTables.set(table.id, table);
  routeTableLifecycle.run(ctx, table, 'create', { in: state.routeTables });
  return table;
}

function renderAssociation(state: KakaoRegionState, table: RouteTableRecord, a: RouteTableAssociation): Record<string, unknown> {
  const subnet = state.subnets.get(a.subnet_id);
  return {
    ...a,
    subnet_name: subnet?.name ?? null,
    subnet_cidr_block: subnet?.cidr_block ?? null,
    availability_zone: subnet?.availability_zone ?? null,
    vpc_id: table.vpc_id,
  };
}

export function renderRouteTable(state: KakaoRegionState, table: RouteTableRecord): Record<string, unknown> {
  const vpc = state.vpcs.get(table.vpc_id);
  return {
    ...table,
    vpc_name: vpc?.name ?? null,
    vpc_provisioning_status: vpc?.provisioning_status ?? null,
    project_name: state.project.name,
    associations: table.associations.map((a) => renderAssociation(state, table, a)),
  };
}

const routeTableFilters: Filters<Record<string, unknown>> = {
  ...fieldFilters('id', 'name', 'provisioning_status', 'vpc_id', 'vpc_name', 'vpc_provisioning_status', 'is_main', 'created_at', 'updated_at'),
  association_count: (t) => (t['associations'] as unknown[]).length,
  subnet_id: (t) => (t['associations'] as { subnet_id: string }[]).map((a) => a.subnet_id),
  subnet_name: (t) => (t['associations'] as { subnet_name: string }[]).map((a) => a.subnet_name),
  destination: (t) => (t['routes'] as VpcRoute[]).map((r) => r.destination),
};

/** `/api/v1/route-tables[/{id}[/main|/associations|/routes]]`. */
export function addRouteTableRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/route-tables', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('vpc_route_tables', [...state.routeTables.values()].map((t) => renderRouteTable(state, t)), req.query, {
      filters: routeTableFilters,
    });
  });
  router.post('/api/v1/route-tables', (req) => {
    const { state, now } = authorize(ctx, req);
    const body = readWrapped(req, 'vpc_route_table', createRouteTable);
    const vpc = reference(state.vpcs, body.vpc_id, 'VPC');
    vpcLifecycle.check(vpc, 'change');
    const table = addRouteTable(ctx, state, vpc, body.name, false);
    ctx.kakao.conceal(table.id, now);
    return json(201, { vpc_route_table: renderRouteTable(state, table) });
  });
  router.get('/api/v1/route-tables/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { vpc_route_table: renderRouteTable(state, lookup(ctx, state.routeTables, req.params.id!, 'Route table')) });
  });
  router.delete('/api/v1/route-tables/:id', (req) => {
    const { state } = authorize(ctx, req);
    const table = lookup(ctx, state.routeTables, req.params.id!, 'Route table');
    if (table.is_main) conflict(`Route table ${table.id} is the main table of its VPC and cannot be deleted.`);
    if (table.associations.length > 0) conflict(`Route table ${table.id} still has ${table.associations.length} subnet association(s).`);
    routeTableLifecycle.run(ctx, table, 'delete', { in: state.routeTables });
    return empty(204);
  });
  router.put('/api/v1/route-tables/:id/main', (req) => {
    const { state, now } = authorize(ctx, req);
    const table = lookup(ctx, state.routeTables, req.params.id!, 'Route table');
    routeTableLifecycle.check(table, 'change');
    for (const other of state.routeTables.values()) if (other.vpc_id === table.vpc_id) other.is_main = other === table;
    table.updated_at = isoSeconds(now);
    return json(200, { vpc_route_table: renderRouteTable(state, table) });
  });
  router.get('/api/v1/route-tables/:id/associations', (req) => {
    const { state } = authorize(ctx, req);
    const table = lookup(ctx, state.routeTables, req.params.id!, 'Route table');
    // Association lists take only limit and offset (§1.4).
    return pagedList('associations', table.associations.map((a) => renderAssociation(state, table, a)), req.query, { filters: {} });
  });
  router.put('/api/v1/route-tables/:id/associations/:associationId', (req) => {
    const { state, now } = authorize(ctx, req);
    const table = lookup(ctx, state.routeTables, req.params.id!, 'Route table');
    routeTableLifecycle.check(table, 'change');
    const source = [...state.routeTables.values()].find((t) => t.associations.some((a) => a.id === req.params.associationId));
    if (!source || source.vpc_id !== table.vpc_id) notFound('Association', req.params.associationId!);
    const association = source.associations.find((a) => a.id === req.params.associationId)!;
    source.associations = source.associations.filter((a) => a !== association);
    table.associations.push(association);
    table.updated_at = isoSeconds(now);
    return json(200, { vpc_route_table: renderRouteTable(state, table) });
  });
  router.post('/api/v1/route-tables/:id/routes', (req) => {
    const { state, now } = authorize(ctx, req);
    const table = lookup(ctx, state.routeTables, req.params.id!, 'Route table');
    const body = readWrapped(req, 'vpc_route', createRoute);
    routeTableLifecycle.check(table, 'change');
    if (table.routes.some((r) => r.destination === body.destination)) conflict(`Route table ${table.id} already has a route to ${body.destination}.`);
    const targetName = routeTargetName(state, table, body.route_type, body.target_id);
    const route: VpcRoute = {
      id: newUuid(),
      destination: body.destination,
      target_type: body.route_type,
      target_id: body.target_id,
      target_name: targetName,
      is_local_route: false,
      provisioning_status: 'ACTIVE',
    };
    table.routes.push(route);
    table.updated_at = isoSeconds(now);
    return json(201, { vpc_route: route });
  });
  router.delete('/api/v1/route-tables/:id/routes/:routeId', (req) => {
    const { state, now } = authorize(ctx, req);
    const table = lookup(ctx, state.routeTables, req.params.id!, 'Route table');
    const route = table.routes.find((r) => r.id === req.params.routeId);
    if (!route) notFound('Route', req.params.routeId!);
    if (route.is_local_route) conflict('The local route cannot be deleted.');
    table.routes = table.routes.filter((r) => r !== route);
    table.updated_at = isoSeconds(now);
    return empty(204);
  });
}

/** Checks a route target exists and returns its name; [guess] transit gateways are not checked. */
function routeTargetName(state: KakaoRegionState, table: RouteTableRecord, type: 'igw' | 'instance' | 'tgw', targetId: string): string | null {
  if (type === 'igw') {
    const vpc = state.vpcs.get(table.vpc_id);
    if (vpc?.igw.id !== targetId) badRequest(`Internet gateway ${targetId} does not belong to VPC ${table.vpc_id}.`);
    return vpc.igw.name;
  }
  if (type === 'instance') return reference(state.instances, targetId, 'Instance').name;
  return null;
}
