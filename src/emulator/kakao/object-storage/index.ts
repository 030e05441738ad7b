import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { addBucketRoutes } from './buckets.js';
import { addSwiftRoutes } from './containers.js';

/** Object Storage (`objectstorage.{region}.kakaocloud.com`): Swift under `/v1` and the `/v1_ext` bucket API. */
export function objectStorageRouter(ctx: EmulatorContext): Router {
  const router = new Router();
  addBucketRoutes(router, ctx);
  addSwiftRoutes(router, ctx);
  return router;
}
