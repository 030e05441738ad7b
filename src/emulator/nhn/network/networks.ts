import type { EmulatorContext } from '../../context.js';
import type { EmuRequest, Router } from '../../router.js';
import { allocationPool, gatewayIp } from './addressing.js';
import { networkCall } from './access.js';
import { notFound } from './errors.js';
import { itemResponse, listResponse } from './listing.js';
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
    project_id: vpc.tenantId,
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
    project_id: subnet.tenantId,
    dns_nameservers: [],
    allocation_pools: [allocationPool(subnet)],
    host_routes: [],
    ip_version: 4,
    ipv6_ra_mode: null,
    ipv6_address_mode: null,
    subnetpool_id: null,
  };
}

/** The compatible read-only `GET /v2.0/networks[/{id}]` and `GET /v2.0/subnets[/{id}]`. */
export function registerNetworkRoutes(router: Router, ctx: EmulatorContext): void {
  const networks = (req: EmuRequest) => {
    const { region, state } = networkCall(ctx, req);
    return visibleVpcs(ctx, region, state).map((v) => renderNetwork(v.state, v.vpc));
  };
  // [guess] the tenant's own subnets only, as for /v2.0/vpcsubnets.
  const subnets = (req: EmuRequest) => [...networkCall(ctx, req).state.subnets.values()].map(renderNeutronSubnet);

  router.get('/v2.0/networks', (req) => listResponse(ctx, req, 'networks', networks(req)));
  // The SDK looks a name up as an id first and lists `?name=` after the 404 (openstack-discovery §4.2).
  router.get('/v2.0/networks/:id', (req) => {
    const network = networks(req).find((n) => n.id === req.params.id);
    if (!network) throw notFound('NetworkNotFound', `Network ${req.params.id} could not be found.`);
    return itemResponse(req, 'network', network);
  });
  router.get('/v2.0/subnets', (req) => listResponse(ctx, req, 'subnets', subnets(req)));
  router.get('/v2.0/subnets/:id', (req) => {
    const subnet = subnets(req).find((s) => s.id === req.params.id);
    if (!subnet) throw notFound('SubnetNotFound', `Subnet ${req.params.id} could not be found.`);
    return itemResponse(req, 'subnet', subnet);
  });
}
