import type { EmulatorContext } from '../../context.js';
import { stableUuid } from '../../ids.js';
import { badRequest, notFound } from './errors.js';
import type { NhnRegion } from '../state.js';
import type { NetworkState, Vpc, VpcSubnet } from './state.js';
import { addSubnet, addVpc, vpcSubnets } from './topology.js';

/**
 * NHN's own tenant, owner of each region's shared `public_network` (nhn-network §2.1).
 * Floating-IP addresses are ports of that network, so they stay unique across tenants.
 */
// [guess] any id works: clients only ever see it as the public network's `tenant_id`.
export const PUBLIC_NETWORK_TENANT_ID = '0d8d6d8e4e5a4b6f9a7f1c2b3a4d5e6f';

/** Public ranges floating IPs come from, per region. */
// [guess] NHN does not publish its pools; kr1 matches the 133.186.x.x addresses of its examples.
const FLOATING_RANGES: Record<NhnRegion, string> = {
  kr1: '133.186.240.0/22',
  kr2: '125.6.36.0/22',
  kr3: '180.210.80.0/22',
  jp1: '133.186.208.0/22',
  us1: '133.186.224.0/22',
};

export interface PublicNetwork {
  vpc: Vpc;
  /** The subnet floating-IP addresses are allocated from. */
  floatingSubnet: VpcSubnet;
  /** The owner's state, holding the ports that reserve floating addresses. */
  state: NetworkState;
}

/** The region's external network, created on first use. */
export function publicNetwork(ctx: EmulatorContext, region: NhnRegion): PublicNetwork {
  const state = ctx.nhn.region(PUBLIC_NETWORK_TENANT_ID, region).network;
  let vpc = [...state.vpcs.values()].find((v) => v.external);
  if (!vpc) {
    // Stable ids: clients keep the external network id in configuration (NKS labels, scripts).
    const id = stableUuid('nhn-public-network', region);
    vpc = addVpc(ctx, state, { id, name: 'public_network', cidrv4: '0.0.0.0/0', tenantId: PUBLIC_NETWORK_TENANT_ID, shared: true, external: true });
    addSubnet(ctx, state, vpc, { id: stableUuid(id, 'public_snat_gateway'), name: 'public_snat_gateway', cidr: '100.127.64.0/24' });
    addSubnet(ctx, state, vpc, { id: stableUuid(id, 'public_subnet'), name: 'public_subnet', cidr: FLOATING_RANGES[region] });
  }
  const floatingSubnet = vpcSubnets(state, vpc.id).find((s) => s.name === 'public_subnet')!;
  return { vpc, floatingSubnet, state };
}

/** The VPCs a tenant can see, each with the state holding it: its own plus the shared public network. */
export function visibleVpcs(ctx: EmulatorContext, region: NhnRegion, state: NetworkState): { vpc: Vpc; state: NetworkState }[] {
  const pub = publicNetwork(ctx, region);
  return [...[...state.vpcs.values()].map((vpc) => ({ vpc, state })), { vpc: pub.vpc, state: pub.state }];
}

/** A VPC the tenant can see, with the state that holds it, or undefined. */
export function findVisibleVpc(ctx: EmulatorContext, region: NhnRegion, state: NetworkState, id: string): { vpc: Vpc; state: NetworkState } | undefined {
  const own = state.vpcs.get(id);
  if (own) return { vpc: own, state };
  const pub = publicNetwork(ctx, region);
  return pub.vpc.id === id ? { vpc: pub.vpc, state: pub.state } : undefined;
}

/** Checks that `id` names the region's external network (floating IPs, internet gateways). */
export function requireExternalNetwork(ctx: EmulatorContext, region: NhnRegion, state: NetworkState, id: string): PublicNetwork {
  const found = findVisibleVpc(ctx, region, state, id);
  if (!found) throw notFound('NetworkNotFound', `Network ${id} could not be found.`);
  if (!found.vpc.external) throw badRequest(`Bad request: Network ${id} is not a valid external network.`, 'BadRequest');
  return publicNetwork(ctx, region);
}
