import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { addNetworkInterfaceRoutes } from './network-interfaces.js';
import { addRouteTableRoutes } from './route-tables.js';
import { addSubnetRoutes } from './subnets.js';
import { addVpcRoutes } from './vpcs.js';

/** The vpc service (`vpc.{region}.kakaocloud.com`): VPCs, subnets, route tables, network interfaces. */
export function vpcRouter(ctx: EmulatorContext): Router {
  const router = new Router();
  addVpcRoutes(router, ctx);
  addSubnetRoutes(router, ctx);
  addRouteTableRoutes(router, ctx);
  addNetworkInterfaceRoutes(router, ctx);
  return router;
}
