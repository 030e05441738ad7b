import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { registerVersionRoutes, volumeUnmatched } from './versions.js';
import { registerSnapshotRoutes } from './snapshots.js';
import { registerVolumeActionRoutes } from './volume-actions.js';
import { registerVolumeTypeRoutes } from './volume-types.js';
import { registerVolumeRoutes } from './volumes.js';

/** NHN Block Storage (Cinder v2, `/v2/{tenantId}/…`), mounted as `volume`. */
export function blockStorageRouter(ctx: EmulatorContext): Router {
  const router = new Router({ unmatched: volumeUnmatched });
  for (const register of [registerVersionRoutes, registerVolumeTypeRoutes, registerVolumeRoutes, registerVolumeActionRoutes, registerSnapshotRoutes]) register(router, ctx);
  return router;
}
