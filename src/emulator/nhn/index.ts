import type { EmulatorContext } from '../context.js';
import type { Router } from '../router.js';
import { blockStorageRouter } from './block-storage/index.js';
import { computeRouter } from './compute/index.js';
import { identityRouter } from './identity.js';
import { imageRouter } from './image/index.js';
import { networkRouter } from './network/index.js';
import { nksRouter } from './nks/index.js';
import { objectStorageRouter } from './object-storage/index.js';

export type RouterFactory = (ctx: EmulatorContext) => Router;

/** The global identity service, mounted at `/nhn/identity` (its routes start with `/v2.0`). */
export const nhnIdentity: RouterFactory = identityRouter;

/** NHN's regional services by the name used in the emulator's URLs: `/nhn/{region}/{service}/…`. */
export const nhnServices: Record<string, RouterFactory> = {
  compute: computeRouter,
  image: imageRouter,
  network: networkRouter,
  volume: blockStorageRouter,
  'object-storage': objectStorageRouter,
  kubernetes: nksRouter,
};
