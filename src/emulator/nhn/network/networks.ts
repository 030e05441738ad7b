import type { EmulatorContext } from '../../context.js';
import type { Router } from '../../router.js';
import { allocationPool, gatewayIp } from './addressing.js';
import { networkCall } from './access.js';
import { listResponse } from './listing.js';
import { visibleVpcs } from './public-network.js';
import type { NetworkState, Vpc, VpcSubnet } from './state.js';
import { vpcSubnets } from './topology.js';

/** A VPC as the OpenStack-compatible `/v2.0/networks` shows it (nhn-network §11.1). */
function renderNetwork(state: NetworkState, vpc: Vpc): Record<string, unknown> {
  return {
    id: vpc.id,
    name: vpc.name,
    status: 'ACTIVE',
    subnets: vpcSubnets(state, vpc.id).map((s) => s.id),
    'router:external': vpc.external,
    tenant_id: vpc.tenantId,
    admin_state_up: true,
    mtu: 0,
    shared: vpc.shared,
    port_security_enabled: true,
  };
}

/** A VPC subnet under Neutron's names (`network_id`, `gateway_ip`, …; nhn-network §11.2). */
function renderNeutronSubnet(subnet: VpcSubnet): Record<string, unknown> {
  return {
    id: subnet.id,
    name: subnet.name,
    network_id: subnet.vpcId,
    cidr: subnet.cidr,
    gateway_ip: gatewayIp(subnet),
    enable_dhcp: true,
    tenant_id: subnet.tenantId,
    dns_nameservers: [],
    allocation_pools: [allocationPool(subnet)],
    host_routes: [],
    ip_version: 4,
    ipv6_ra_mode: null,
    ipv6_address_mode: null,
    subnetpool_id: null,
  };
}

/** The compatible read-only `GET /v2.0/networks` and `GET /v2.0/subnets`. */
export function registerNetworkRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/networks', (req) => {
    const { region, state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'networks', visibleVpcs(ctx, region, state).map((v) => renderNetwork(v.state, v.vpc)));
  });

  router.get('/v2.0/subnets', (req) => {
    const { state } = networkCall(ctx, req);
    // [guess] the tenant's own subnets only, as for /v2.0/vpcsubnets.
    return listResponse(ctx, req, 'subnets', [...state.subnets.values()].map(renderNeutronSubnet));
  });
}
