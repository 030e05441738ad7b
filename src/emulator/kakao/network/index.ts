import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { addPublicIpRoutes } from './public-ips.js';
import { addSecurityGroupRoutes } from './security-groups.js';

/** The network service (`network.{region}.kakaocloud.com`): public IPs and security groups. */
export function networkRouter(ctx: EmulatorContext): Router {
  const router = new Router();
  addPublicIpRoutes(router, ctx);
  addSecurityGroupRoutes(router, ctx);
  return router;
}
