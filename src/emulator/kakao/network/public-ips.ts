import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { Lifecycle } from '../../transitions.js';
import { authorize } from '../auth.js';
import { readWrapped } from '../body.js';
import { conflict } from '../errors.js';
import { kakaoStatusMachine } from '../lifecycle.js';
import { lookup } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';
import type { KakaoRegionState } from '../state.js';
import type { NetworkInterfaceRecord } from '../vpc/network-interfaces.js';

/** A public IP (§7.1). It is attached to a network interface, never to an instance directly. */
export interface PublicIpRecord {
  id: string;
  status: 'available' | 'in_use' | 'attaching';
  public_ip: string;
  description: string | null;
  project_id: string;
  /** Internal: the interface it is attached to; shown through `related_resource`. */
  network_interface_id: string | null;
  created_at: string;
  updated_at: string;
}

const describePublicIp = z.object({ description: z.string().max(255).optional() });

export function renderPublicIp(state: KakaoRegionState, ip: PublicIpRecord): Record<string, unknown> {
  const { network_interface_id: nicId, ...shown } = ip;
  const nic = nicId ? state.networkInterfaces.get(nicId) : undefined;
  const subnet = nic ? state.subnets.get(nic.subnet_id) : undefined;
  return {
    ...shown,
    private_ip: nic?.private_ip ?? null,
    related_resource: nic
      ? {
          id: nic.id,
          name: nic.name,
          // [guess] The type value for an interface is not documented.
          type: 'network-interface',
          status: nic.status,
          device_id: nic.device_id,
          device_owner: nic.device_owner,
          subnet_id: nic.subnet_id,
          subnet_name: subnet?.name ?? null,
          subnet_cidr: subnet?.cidr_block ?? null,
          vpc_id: nic.vpc_id,
          vpc_name: state.vpcs.get(nic.vpc_id)?.name ?? null,
        }
      : null,
  };
}

/** Allocates a new public IP in the project (`available`). */
export function addPublicIp(ctx: EmulatorContext, state: KakaoRegionState, description: string | null): PublicIpRecord {
  const now = isoSeconds(ctx.now());
  const ip: PublicIpRecord = {
    id: newUuid(),
    status: 'available',
    public_ip: ctx.kakao.allocatePublicAddress(),
    description,
    project_id: state.project.id,
    network_interface_id: null,
    created_at: now,
    updated_at: now,
  };
  state.publicIps.set(ip.id, ip);
  return ip;
}

/**
 * Attaches an `available` public IP to an interface that has none: `attaching` now,
 * `in_use` after one transition. Anything else is a 409.
 */
export function attachPublicIp(ctx: EmulatorContext, state: KakaoRegionState, ip: PublicIpRecord, nic: NetworkInterfaceRecord): void {
  publicIpLifecycle.check(ip, 'attach');
  const current = [...state.publicIps.values()].find((p) => p.network_interface_id === nic.id);
  if (current) conflict(`Network interface ${nic.id} already has public IP ${current.public_ip}.`);
  ip.network_interface_id = nic.id;
  publicIpLifecycle.run(ctx, ip, 'attach', { in: state.publicIps });
}

/** Detaches a public IP from its interface; it is `available` again at once. */
export function detachPublicIp(ctx: EmulatorContext, ip: PublicIpRecord): void {
  ip.network_interface_id = null;
  publicIpLifecycle.run(ctx, ip, 'detach');
}

const publicIpLifecycle = new Lifecycle(kakaoStatusMachine<PublicIpRecord, PublicIpRecord['status']>('Public IP'), {
  attach: { from: ['available'], via: 'attaching', steps: [{ factor: 1, to: 'in_use' }] },
  detach: { via: 'available' },
});

/** `/api/v1/public-ips[/{id}[/network-interfaces/{nic_id}]]`. */
export function addPublicIpRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/public-ips', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('public_ips', [...state.publicIps.values()].map((ip) => renderPublicIp(state, ip)), req.query, {
      filters: {
        ...fieldFilters('id', 'status', 'public_ip', 'private_ip', 'description', 'created_at', 'updated_at'),
        related_resource_id: (ip) => (ip['related_resource'] as { id: string } | null)?.id,
        related_resource_name: (ip) => (ip['related_resource'] as { name: string } | null)?.name,
      },
    });
  });
  router.post('/api/v1/public-ips', (req) => {
    const { state, now } = authorize(ctx, req);
    const body = readWrapped(req, 'public_ip', describePublicIp);
    const ip = addPublicIp(ctx, state, body.description ?? null);
    ctx.kakao.conceal(ip.id, now);
    return json(201, { public_ip: renderPublicIp(state, ip) });
  });
  router.get('/api/v1/public-ips/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { public_ip: renderPublicIp(state, lookup(ctx, state.publicIps, req.params.id!, 'Public IP')) });
  });
  router.put('/api/v1/public-ips/:id', (req) => {
    const { state, now } = authorize(ctx, req);
    const ip = lookup(ctx, state.publicIps, req.params.id!, 'Public IP');
    const body = readWrapped(req, 'public_ip', describePublicIp);
    if (body.description !== undefined) ip.description = body.description;
    ip.updated_at = isoSeconds(now);
    return json(200, { public_ip: renderPublicIp(state, ip) });
  });
  router.delete('/api/v1/public-ips/:id', (req) => {
    const { state } = authorize(ctx, req);
    const ip = lookup(ctx, state.publicIps, req.params.id!, 'Public IP');
    // [guess] An attached address must be detached before it is released.
    if (ip.network_interface_id) conflict(`Public IP ${ip.id} is attached to network interface ${ip.network_interface_id}.`);
    state.publicIps.delete(ip.id);
    ctx.kakao.releasePublicAddress(ip.public_ip);
    return empty(204);
  });
  router.put('/api/v1/public-ips/:id/network-interfaces/:nicId', (req) => {
    const { state } = authorize(ctx, req);
    const ip = lookup(ctx, state.publicIps, req.params.id!, 'Public IP');
    const nic = lookup(ctx, state.networkInterfaces, req.params.nicId!, 'Network interface');
    attachPublicIp(ctx, state, ip, nic);
    return json(200, { public_ip: renderPublicIp(state, ip) });
  });
  router.delete('/api/v1/public-ips/:id/network-interfaces/:nicId', (req) => {
    const { state } = authorize(ctx, req);
    const ip = lookup(ctx, state.publicIps, req.params.id!, 'Public IP');
    if (ip.network_interface_id !== req.params.nicId) conflict(`Public IP ${ip.id} is not attached to network interface ${req.params.nicId}.`);
    detachPublicIp(ctx, ip);
    return empty(204);
  });
}
