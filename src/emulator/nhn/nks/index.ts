import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { nksUnmatched, registerVersionRoutes } from './versions.js';
import { registerClusterRoutes } from './clusters.js';
import { registerNodeGroupRoutes } from './nodegroups.js';

/**
 * NHN Kubernetes Service (Magnum underneath), mounted at `/nhn/{region}/kubernetes`; its
 * paths start with `/v1` and carry no tenant (nhn-nks.md). Served in kr1, kr2 and kr3.
 */
export function nksRouter(ctx: EmulatorContext): Router {
  const router = new Router({ unmatched: nksUnmatched });
  registerVersionRoutes(router, ctx);
  registerClusterRoutes(router, ctx);
  registerNodeGroupRoutes(router, ctx);
  return router;
}
