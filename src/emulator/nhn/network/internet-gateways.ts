import { z } from 'zod';
import { spaceSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { empty, json, type Router } from '../../router.js';
import { networkCall } from './access.js';
import { conflict } from './errors.js';
import { networkBody, resourceName } from './fields.js';
import { listResponse } from './listing.js';
import { requireExternalNetwork } from './public-network.js';
import { checkQuota } from './quotas.js';
import type { InternetGateway, NetworkState } from './state.js';
import { findOwn } from './topology.js';

const createGateway = z.object({ name: resourceName, external_network_id: z.string() });

function renderInternetGateway(gateway: InternetGateway): Record<string, unknown> {
  return {
    id: gateway.id,
    name: gateway.name,
    tenant_id: gateway.tenantId,
    external_network_id: gateway.externalNetworkId,
    ...(gateway.routingTableId ? { routingtable_id: gateway.routingTableId } : {}),
    state: gateway.state,
    create_time: spaceSeconds(gateway.createdAt),
    migrate_status: 'none',
    migrate_error: null,
  };
}

/** Creates an unattached gateway (`unavailable` until a routing table takes it). */
export function addInternetGateway(ctx: EmulatorContext, state: NetworkState, fields: Pick<InternetGateway, 'name' | 'tenantId' | 'externalNetworkId'> & Partial<InternetGateway>): InternetGateway {
  const gateway: InternetGateway = { id: newUuid(), state: 'unavailable', createdAt: ctx.now(), ...fields };
  state.internetGateways.set(gateway.id, gateway);
  return gateway;
}

function ownGateway(state: NetworkState, id: string): InternetGateway {
  return findOwn(state.internetGateways, id, 'HTTPNotFound', `Internetgateway ${id} could not be found.`);
}

/** `/v2.0/internetgateways`: list, get, create, delete (attachment is a routing-table action). */
export function registerInternetGatewayRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/internetgateways', (req) => {
    const { state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'internetgateways', [...state.internetGateways.values()].map(renderInternetGateway));
  });

  router.get('/v2.0/internetgateways/:id', (req) => {
    const { state } = networkCall(ctx, req);
    return json(200, { internetgateway: renderInternetGateway(ownGateway(state, req.params.id!)) });
  });

  router.post('/v2.0/internetgateways', (req) => {
    const { tenantId, region, state } = networkCall(ctx, req);
    const body = networkBody(req, 'internetgateway', createGateway);
    requireExternalNetwork(ctx, region, state, body.external_network_id);
    checkQuota('internetgateway', state.internetGateways.size);
    const gateway = addInternetGateway(ctx, state, { name: body.name, tenantId, externalNetworkId: body.external_network_id });
    return json(201, { internetgateway: renderInternetGateway(gateway) });
  });

  router.delete('/v2.0/internetgateways/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const gateway = ownGateway(state, req.params.id!);
    // [guess] NHN does not say; a gateway still routing a table is in use.
    if (gateway.routingTableId) {
      throw conflict('HTTPConflict', `Internetgateway ${gateway.id} is attached to routingtable ${gateway.routingTableId}; detach it first.`);
    }
    state.internetGateways.delete(gateway.id);
    return empty(204);
  });
}
