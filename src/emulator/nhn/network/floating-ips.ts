import { z } from 'zod';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { empty, json, type Router } from '../../router.js';
import type { NhnRegion } from '../state.js';
import { nextFreeIp } from './addressing.js';
import { networkCall } from './access.js';
import { badRequest, conflict, neutronError } from './errors.js';
import { boolish, networkBody } from './fields.js';
import { listResponse } from './listing.js';
import { publicNetwork, requireExternalNetwork } from './public-network.js';
import { checkQuota } from './quotas.js';
import type { FloatingIp, NetworkState, Port } from './state.js';
import { addPort, findOwn, ownPort, subnetRoutingTable } from './topology.js';
import { floatingIpLifecycle } from './transitions.js';

/** Labels are alphanumeric, at most 64 characters (nhn-network §7). */
const label = z.string().regex(/^[A-Za-z0-9]{0,64}$/, 'must be alphanumeric and at most 64 characters');
const portId = z.string().nullable().optional();

const createFip = z.object({
  floating_network_id: z.string(),
  port_id: portId,
  fixed_ip_address: z.string().optional(),
  delete_protection: boolish.optional(),
  label: label.optional(),
});
const updateFip = z.object({ port_id: portId, fixed_ip_address: z.string().optional(), delete_protection: boolish.optional(), label: label.optional() });

function renderFloatingIp(fip: FloatingIp): Record<string, unknown> {
  return {
    id: fip.id,
    floating_ip_address: fip.address,
    floating_network_id: fip.networkId,
    status: fip.status,
    port_id: fip.portId,
    fixed_ip_address: fip.fixedIp,
    router_id: fip.routerId,
    tenant_id: fip.tenantId,
    project_id: fip.tenantId,
    delete_protection: fip.deleteProtection,
    label: fip.label,
  };
}

/**
 * Allocates a floating IP from the region's public network. The address is held by a port
 * of that network, so no two tenants get the same one.
 */
export function allocateFloatingIp(ctx: EmulatorContext, region: NhnRegion, state: NetworkState, tenantId: string, fields: Partial<Pick<FloatingIp, 'id' | 'deleteProtection' | 'label'>> = {}): FloatingIp {
  const pub = publicNetwork(ctx, region);
  const address = nextFreeIp(pub.state, pub.floatingSubnet);
  if (!address) throw conflict('IpAddressGenerationFailure', `No more IP addresses available on network ${pub.vpc.id}.`);
  const fip: FloatingIp = {
    id: newUuid(),
    address,
    networkId: pub.vpc.id,
    tenantId,
    status: 'DOWN',
    portId: null,
    fixedIp: null,
    routerId: null,
    deleteProtection: false,
    label: '',
    ...fields,
  };
  addPort(pub.state, {
    tenantId: pub.vpc.tenantId,
    networkId: pub.vpc.id,
    fixedIps: [{ subnetId: pub.floatingSubnet.id, ipAddress: address }],
    deviceOwner: 'network:floatingip',
    deviceId: fip.id,
    status: 'ACTIVE',
  });
  state.floatingIps.set(fip.id, fip);
  return fip;
}

/**
 * Points a floating IP at a port. The answer still says `DOWN`; `ACTIVE` follows one
 * transition later, as NHN's own example shows (nhn-network §7).
 */
export function associateFloatingIp(ctx: EmulatorContext, state: NetworkState, fip: FloatingIp, port: Port, fixedIp?: string): void {
  const ip = fixedIp ?? port.fixedIps[0]?.ipAddress;
  const fixed = port.fixedIps.find((f) => f.ipAddress === ip);
  if (!fixed) {
    throw badRequest(
      fixedIp
        ? `Bad floatingip request: Port ${port.id} does not have fixed ip ${fixedIp}.`
        : `Bad floatingip request: Port ${port.id} does not have any IPv4 address to associate a floating IP with.`,
      'BadRequest',
    );
  }
  const taken = [...state.floatingIps.values()].find((f) => f.id !== fip.id && f.portId === port.id && f.fixedIp === fixed.ipAddress);
  if (taken) {
    throw conflict(
      'FloatingIPPortAlreadyAssociated',
      `Cannot associate floating IP ${fip.address} (${fip.id}) with port ${port.id} using fixed IP ${fixed.ipAddress}, as that fixed IP already has a floating IP on external network ${fip.networkId}.`,
    );
  }
  const subnet = state.subnets.get(fixed.subnetId)!;
  const table = subnetRoutingTable(state, subnet);
  // [guess] as in Neutron, the subnet must reach the outside through an internet gateway.
  if (!table.gatewayId) {
    throw neutronError(
      404,
      'ExternalGatewayForFloatingIPNotFound',
      `External network ${fip.networkId} is not reachable from subnet ${subnet.id}. Therefore, cannot associate Port ${port.id} with a Floating IP.`,
    );
  }
  Object.assign(fip, { portId: port.id, fixedIp: fixed.ipAddress, routerId: table.id });
  floatingIpLifecycle.run(ctx, fip, 'associate', { in: state.floatingIps, while: (f) => f.portId === port.id });
}

export function disassociateFloatingIp(fip: FloatingIp): void {
  Object.assign(fip, { portId: null, fixedIp: null, routerId: null, status: 'DOWN' });
}

/** Floating IPs pointing at `portId`. */
export function portFloatingIps(state: NetworkState, portId: string): FloatingIp[] {
  return [...state.floatingIps.values()].filter((f) => f.portId === portId);
}

function ownFloatingIp(state: NetworkState, id: string): FloatingIp {
  return findOwn(state.floatingIps, id, 'FloatingIPNotFound', `Floating IP ${id} could not be found`);
}

/** `/v2.0/floatingips`: allocate, (dis)associate and label by PUT, release. */
export function registerFloatingIpRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/floatingips', (req) => {
    const { state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'floatingips', [...state.floatingIps.values()].map(renderFloatingIp));
  });

  router.get('/v2.0/floatingips/:id', (req) => {
    const { state } = networkCall(ctx, req);
    return json(200, { floatingip: renderFloatingIp(ownFloatingIp(state, req.params.id!)) });
  });

  router.post('/v2.0/floatingips', (req) => {
    const { tenantId, region, state } = networkCall(ctx, req);
    const body = networkBody(req, 'floatingip', createFip);
    requireExternalNetwork(ctx, region, state, body.floating_network_id);
    const port = body.port_id ? ownPort(state, body.port_id) : undefined;
    checkQuota('floatingip', state.floatingIps.size);
    const fip = allocateFloatingIp(ctx, region, state, tenantId, { deleteProtection: body.delete_protection ?? false, label: body.label ?? '' });
    if (port) {
      try {
        associateFloatingIp(ctx, state, fip, port, body.fixed_ip_address);
      } catch (err) {
        releaseFloatingIp(ctx, region, state, fip);
        throw err;
      }
    }
    return json(201, { floatingip: renderFloatingIp(fip) });
  });

  router.put('/v2.0/floatingips/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const fip = ownFloatingIp(state, req.params.id!);
    const body = networkBody(req, 'floatingip', updateFip);
    if (body.port_id === null) disassociateFloatingIp(fip);
    else if (body.port_id !== undefined) associateFloatingIp(ctx, state, fip, ownPort(state, body.port_id), body.fixed_ip_address);
    if (body.delete_protection !== undefined) fip.deleteProtection = body.delete_protection;
    if (body.label !== undefined) fip.label = body.label;
    return json(200, { floatingip: renderFloatingIp(fip) });
  });

  router.delete('/v2.0/floatingips/:id', (req) => {
    const { region, state } = networkCall(ctx, req);
    const fip = ownFloatingIp(state, req.params.id!);
    // [guess] NHN refuses both (console guide) without naming a code; 409 as for other in-use cases.
    if (fip.deleteProtection) throw conflict('HTTPConflict', `Floating IP ${fip.id} is delete-protected; disable delete_protection first.`);
    if (fip.portId) throw conflict('HTTPConflict', `Floating IP ${fip.id} is associated with port ${fip.portId}; disassociate it first.`);
    releaseFloatingIp(ctx, region, state, fip);
    return empty(204);
  });
}

function releaseFloatingIp(ctx: EmulatorContext, region: NhnRegion, state: NetworkState, fip: FloatingIp): void {
  const pub = publicNetwork(ctx, region);
  for (const port of pub.state.ports.values()) if (port.deviceId === fip.id) pub.state.ports.delete(port.id);
  state.floatingIps.delete(fip.id);
}
