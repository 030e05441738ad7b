import { z } from 'zod';
import type { EmulatorContext } from '../../context.js';
import { empty, json, type Router } from '../../router.js';
import { networkCall } from './access.js';
import { conflict } from './errors.js';
import { cidrText, networkBody } from './fields.js';
import { parseCidr, parseIpv4 } from '../../../ipv4.js';
import { listResponse } from './listing.js';
import type { NetworkState, Route } from './state.js';
import { addRoute, findOwn, tableRoutes } from './topology.js';

const createRoute = z.object({
  routingtable_id: z.string(),
  cidr: cidrText,
  gateway: z.string().refine((ip) => parseIpv4(ip) !== undefined, 'not a valid IPv4 address'),
});

/** A route as `/v2.0/routes` and routing tables show it; `mask` is the prefix length as an integer. */
export function renderRoute(route: Route): Record<string, unknown> {
  return {
    id: route.id,
    cidr: route.cidr,
    mask: parseCidr(route.cidr)!.prefix,
    gateway: route.gateway,
    ...(route.gatewayId ? { gateway_id: route.gatewayId } : {}),
    routingtable_id: route.routingTableId,
    tenant_id: route.tenantId,
  };
}

function ownRoute(state: NetworkState, id: string): Route {
  return findOwn(state.routes, id, 'HTTPNotFound', `Route ${id} could not be found.`);
}

/** `/v2.0/routes`: list, get, create, delete (no update). */
export function registerRouteRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/routes', (req) => {
    const { state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'routes', [...state.routes.values()].map(renderRoute));
  });

  router.get('/v2.0/routes/:id', (req) => {
    const { state } = networkCall(ctx, req);
    return json(200, { route: renderRoute(ownRoute(state, req.params.id!)) });
  });

  router.post('/v2.0/routes', (req) => {
    const { state } = networkCall(ctx, req);
    // NHN's table lists the fields unwrapped while its example wraps them: take both.
    const body = networkBody(req, 'route', createRoute, true);
    const table = findOwn(state.routingTables, body.routingtable_id, 'HTTPNotFound', `Routingtable ${body.routingtable_id} could not be found.`);
    // [guess] one route per destination and table, as in any routing table.
    if (tableRoutes(state, table.id).some((r) => r.cidr === body.cidr)) {
      throw conflict('HTTPConflict', `Routingtable ${table.id} already has a route to ${body.cidr}.`);
    }
    const route = addRoute(state, table, { cidr: body.cidr, gateway: body.gateway });
    return json(201, { route: renderRoute(route) });
  });

  router.delete('/v2.0/routes/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const route = ownRoute(state, req.params.id!);
    // [guess] NHN refuses these deletes without naming a code; 409 as for other refusals.
    if (route.gateway === 'local') throw conflict('HTTPConflict', `Route ${route.id} is the local route of its VPC and cannot be deleted.`);
    if (route.gatewayId) throw conflict('HTTPConflict', `Route ${route.id} belongs to internet gateway ${route.gatewayId}; detach the gateway instead.`);
    state.routes.delete(route.id);
    return empty(204);
  });
}
