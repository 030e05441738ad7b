import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { addSnapshotRoutes } from './snapshots.js';
import { addVolumeRoutes } from './volumes.js';

/** The volume service (`volume.{region}.kakaocloud.com`): volumes, volume types, snapshots. */
export function volumeRouter(ctx: EmulatorContext): Router {
  const router = new Router();
  addVolumeRoutes(router, ctx);
  addSnapshotRoutes(router, ctx);
  return router;
}
