import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { addFlavorRoutes } from './flavors.js';
import { addKeypairRoutes } from './keypairs.js';
import { addServerActionRoutes } from './server-actions.js';
import { computeUnmatched } from './errors.js';
import { addServerRoutes } from './servers.js';
import { addVersionRoutes } from './versions.js';
import { addVolumeAttachmentRoutes } from './volume-attachments.js';
import { addZoneRoutes } from './zones.js';

export { findFlavor, flavorNamed, flavorsOf, hasLocalDisk, type NhnFlavor } from './flavors.js';
export { attachVolume, detachVolume, findAttachment } from './volume-attachments.js';
export {
  computeState,
  existingServer,
  findKeypair,
  findServer,
  listServers,
  serverStatus,
  touchServer,
  type NhnKeypair,
  type NhnServer,
  type VolumeAttachment,
} from './state.js';

/** The Nova-compatible compute service of one region: `/v2/{tenantId}/…` (compute API v2 guide). */
export function computeRouter(ctx: EmulatorContext): Router {
  const router = new Router({ unmatched: computeUnmatched });
  addVersionRoutes(router, ctx);
  addFlavorRoutes(router, ctx);
  addZoneRoutes(router, ctx);
  addKeypairRoutes(router, ctx);
  addServerRoutes(router, ctx);
  addServerActionRoutes(router, ctx);
  addVolumeAttachmentRoutes(router, ctx);
  return router;
}
