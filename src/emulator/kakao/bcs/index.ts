import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { addFlavorRoutes } from './flavors.js';
import { addInstanceActionRoutes } from './instance-actions.js';
import { addInstanceAttachmentRoutes } from './instance-attachments.js';
import { addInstanceRoutes } from './instances.js';
import { addKeypairRoutes } from './keypairs.js';

/** Beyond Compute Service (`bcs.{region}.kakaocloud.com`): instances, actions, flavors, keypairs. */
export function bcsRouter(ctx: EmulatorContext): Router {
  const router = new Router();
  addInstanceRoutes(router, ctx);
  // Attachment paths are longer than `/instances/:id/:action`, so the two never collide.
  addInstanceAttachmentRoutes(router, ctx);
  addInstanceActionRoutes(router, ctx);
  addFlavorRoutes(router, ctx);
  addKeypairRoutes(router, ctx);
  return router;
}
