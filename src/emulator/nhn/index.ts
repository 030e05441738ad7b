import type { EmulatorContext } from '../context.js';
import type { Router } from '../router.js';

export type RouterFactory = (ctx: EmulatorContext) => Router;

/** The global identity service, mounted at `/nhn/identity` (its routes start with `/v2.0`). */
export const nhnIdentity: RouterFactory = identityRouter;

/** NHN's regional services by the name used in the emulator's URLs: `/nhn/{region}/{service}/…`. */
export const nhnServices: Record<string, RouterFactory> = {
  compute: computeRouter,
  image: imageRouter,
};
