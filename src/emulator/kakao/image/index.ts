import type { EmulatorContext } from '../../context.js';
import { Router } from '../../router.js';
import { addImageRoutes } from './images.js';

/** The image service (`image.{region}.kakaocloud.com`): images and image sharing. */
export function imageRouter(ctx: EmulatorContext): Router {
  const router = new Router();
  addImageRoutes(router, ctx);
  return router;
}
