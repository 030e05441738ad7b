import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { newUuid } from '../../ids.js';
import { freeAddress, ipInCidr, parseCidr, parseIpv4 } from '../../../ipv4.js';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize } from '../auth.js';
import { readWrapped } from '../body.js';
import { badRequest, conflict } from '../errors.js';
import { lookup, reference } from '../lookup.js';
import { subnetLifecycle } from '../lifecycle.js';
import { detachPublicIp } from '../network/public-ips.js';
import { fieldFilters, pagedList } from '../pagination.js';
import type { KakaoRegionState } from '../state.js';
import type { SubnetRecord } from './subnets.js';

/** A network interface (a Neutron port underneath), on the vpc host (§6.4). */
export interface NetworkInterfaceRecord {
  id: string;
  name: string;
  description: string | null;
  status: 'available' | 'in_use';
  vpc_id: string;
  subnet_id: string;
  mac_address: string;
  private_ip: string;
  secondary_ips: string[];
  /** The instance using it, if any. */
  device_id: string | null;
  device_owner: string | null;
  is_network_interface_security_enabled: boolean;
  allowed_address_pairs: { ip_address: string; mac_address: string }[];
  security_group_ids: string[];
  project_id: string;
  created_at: string;
  updated_at: string;
  /** Internal: created by an instance create, so it goes away with the instance (as Nova does). */
  deleteWithDevice: boolean;
}

const createNic = z.object({
  name: z.string().min(1).max(255),
  subnet_id: z.string(),
  // Security groups are IDs here, and an empty list adds no default group (§6.4).
  security_groups: z.array(z.string()),
  description: z.string().optional(),
  private_ip: z.string().optional(),
});
const updateNic = z.object({
  name: z.string().min(1).max(255).optional(),
  description: z.string().optional(),
  security_groups: z.array(z.string()).optional(),
});

/** A random MAC in OpenStack's `fa:16:3e` range, as Neutron ports have. */
function randomMac(): string {
  return ['fa', '16', '3e', ...[...randomBytes(3)].map((b) => b.toString(16).padStart(2, '0'))].join(':');
}

/** The public address attached to a network interface, if any. */
export function publicIpOf(state: KakaoRegionState, nicId: string): string | null {
  for (const ip of state.publicIps.values()) if (ip.network_interface_id === nicId) return ip.public_ip;
  return null;
}

export function renderNetworkInterface(state: KakaoRegionState, nic: NetworkInterfaceRecord): Record<string, unknown> {
  const { deleteWithDevice: _internal, security_group_ids: groupIds, ...shown } = nic;
  return {
    ...shown,
    public_ip: publicIpOf(state, nic.id),
    security_groups: groupIds.map((id) => ({ id, name: state.securityGroups.get(id)?.name ?? null })),
    project_name: state.project.name,
  };
}

/** Checks security group IDs exist in the project; unknown ones are a 400. */
export function requireSecurityGroups(state: KakaoRegionState, ids: string[]): string[] {
  for (const id of ids) reference(state.securityGroups, id, 'Security group');
  return ids;
}

/**
 * Creates a network interface in an `ACTIVE` subnet, with the requested private address
 * (409 when taken) or the first free one.
 */
export function addNetworkInterface(
  ctx: EmulatorContext,
  state: KakaoRegionState,
  input: { name: string; subnet: SubnetRecord; securityGroupIds: string[]; privateIp?: string; description?: string; deleteWithDevice: boolean },
): NetworkInterfaceRecord {
  const { subnet } = input;
  subnetLifecycle.check(subnet, 'use');
  const block = parseCidr(subnet.cidr_block)!;
  const taken = new Set([...state.networkInterfaces.values()].filter((n) => n.subnet_id === subnet.id).map((n) => n.private_ip));
  let address = input.privateIp;
  if (address !== undefined) {
    const ip = parseIpv4(address);
    if (ip === undefined || !ipInCidr(ip, block)) badRequest(`private_ip ${address} is not inside subnet ${subnet.cidr_block}.`);
    if (taken.has(address)) conflict(`private_ip ${address} is already in use in subnet ${subnet.id}.`);
  } else {
    // [guess] The first addresses are kept for the gateway and DNS, as on AWS.
    address = freeAddress(block, taken, 4) ?? conflict(`Subnet ${subnet.id} has no free address left.`);
  }
  const now = isoSeconds(ctx.now());
  const nic: NetworkInterfaceRecord = {
    id: newUuid(),
    name: input.name,
    description: input.description ?? null,
    status: 'available',
    vpc_id: subnet.vpc_id,
    subnet_id: subnet.id,
    mac_address: randomMac(),
    private_ip: address,
    secondary_ips: [],
    device_id: null,
    device_owner: null,
    is_network_interface_security_enabled: true,
    allowed_address_pairs: [],
    security_group_ids: input.securityGroupIds,
    project_id: state.project.id,
    created_at: now,
    updated_at: now,
    deleteWithDevice: input.deleteWithDevice,
  };
  state.networkInterfaces.set(nic.id, nic);
  return nic;
}

/** Marks an interface as used by an instance (`in_use`), or as free again when `deviceId` is null. */
export function bindToDevice(nic: NetworkInterfaceRecord, deviceId: string | null, zone?: string): void {
  Object.assign(nic, deviceId === null
    ? { status: 'available', device_id: null, device_owner: null }
    : { status: 'in_use', device_id: deviceId, device_owner: `compute:${zone}` });
}

/** Removes a network interface and lets its public IP go back to `available`. */
export function removeNetworkInterface(ctx: EmulatorContext, state: KakaoRegionState, nic: NetworkInterfaceRecord): void {
  for (const ip of state.publicIps.values()) if (ip.network_interface_id === nic.id) detachPublicIp(ctx, ip);
  state.networkInterfaces.delete(nic.id);
}

/** `/api/v1/network-interfaces[/{id}]`. */
export function addNetworkInterfaceRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/network-interfaces', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('network_interfaces', [...state.networkInterfaces.values()].map((n) => renderNetworkInterface(state, n)), req.query, {
      filters: {
        ...fieldFilters('id', 'name', 'status', 'private_ip', 'public_ip', 'device_id', 'device_owner', 'subnet_id', 'vpc_id',
          'mac_address', 'created_at', 'updated_at'),
        security_group_id: (n) => (n['security_groups'] as { id: string }[]).map((g) => g.id),
        security_group_name: (n) => (n['security_groups'] as { name: string }[]).map((g) => g.name),
      },
    });
  });
  router.post('/api/v1/network-interfaces', (req) => {
    const { state, now } = authorize(ctx, req);
    const body = readWrapped(req, 'network_interface', createNic);
    const nic = addNetworkInterface(ctx, state, {
      name: body.name,
      subnet: reference(state.subnets, body.subnet_id, 'Subnet'),
      securityGroupIds: requireSecurityGroups(state, body.security_groups),
      privateIp: body.private_ip,
      description: body.description,
      deleteWithDevice: false,
    });
    ctx.kakao.conceal(nic.id, now);
    return json(201, { network_interface: renderNetworkInterface(state, nic) });
  });
  router.get('/api/v1/network-interfaces/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { network_interface: renderNetworkInterface(state, lookup(ctx, state.networkInterfaces, req.params.id!, 'Network interface')) });
  });
  router.put('/api/v1/network-interfaces/:id', (req) => {
    const { state, now } = authorize(ctx, req);
    const nic = lookup(ctx, state.networkInterfaces, req.params.id!, 'Network interface');
    const body = readWrapped(req, 'network_interface', updateNic);
    if (body.security_groups) nic.security_group_ids = requireSecurityGroups(state, body.security_groups);
    if (body.name !== undefined) nic.name = body.name;
    if (body.description !== undefined) nic.description = body.description;
    nic.updated_at = isoSeconds(now);
    return json(200, { network_interface: renderNetworkInterface(state, nic) });
  });
  router.delete('/api/v1/network-interfaces/:id', (req) => {
    const { state } = authorize(ctx, req);
    const nic = lookup(ctx, state.networkInterfaces, req.params.id!, 'Network interface');
    if (nic.status === 'in_use') conflict(`Network interface ${nic.id} is attached to instance ${nic.device_id}.`);
    removeNetworkInterface(ctx, state, nic);
    return empty(204);
  });
}
