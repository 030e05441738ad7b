import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { networkUnmatched, registerDiscoveryRoutes } from './discovery.js';
import { registerFloatingIpRoutes } from './floating-ips.js';
import { registerInternetGatewayRoutes } from './internet-gateways.js';
import { registerNetworkRoutes } from './networks.js';
import { registerPortRoutes } from './port-routes.js';
import { registerRouteRoutes } from './routes.js';
import { registerRoutingTableRoutes } from './routing-tables.js';
import { registerSecurityGroupPortRoutes } from './security-group-ports.js';
import { registerSecurityGroupRuleRoutes } from './security-group-rules.js';
import { registerSecurityGroupRoutes } from './security-groups.js';
import { registerVpcSubnetRoutes } from './vpc-subnets.js';
import { registerVpcRoutes } from './vpcs.js';

/** NHN's network service (VPC, Neutron-standard and OpenStack-compatible calls), mounted as `network`. */
export function networkRouter(ctx: EmulatorContext): Router {
  const router = new Router({ unmatched: networkUnmatched });
  for (const register of [
    registerDiscoveryRoutes,
    registerVpcRoutes,
    registerVpcSubnetRoutes,
    registerRoutingTableRoutes,
    registerRouteRoutes,
    registerInternetGatewayRoutes,
    registerFloatingIpRoutes,
    registerSecurityGroupRoutes,
    registerSecurityGroupRuleRoutes,
    registerSecurityGroupPortRoutes,
    registerNetworkRoutes,
    registerPortRoutes,
  ]) {
    register(router, ctx);
  }
  return router;
}
