import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { addClusterRoutes } from './clusters.js';
import { addKubeconfigRoutes } from './kubeconfig.js';
import { addNodePoolRoutes } from './node-pools.js';
import { addUpgradeRoutes } from './upgrades.js';
import { addVersionRoutes } from './versions.js';

/**
 * Kubernetes Engine (`kubernetes-engine.{region}.kakaocloud.com`): clusters and node pools
 * addressed by name, kubeconfig, versions and node images, upgrades. No list here is paged.
 */
export function kubernetesEngineRouter(ctx: EmulatorContext): Router {
  const router = new Router();
  addClusterRoutes(router, ctx);
  addNodePoolRoutes(router, ctx);
  addKubeconfigRoutes(router, ctx);
  addVersionRoutes(router, ctx);
  addUpgradeRoutes(router, ctx);
  return router;
}
