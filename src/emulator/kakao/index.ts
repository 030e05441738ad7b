import type { EmulatorContext } from '../context.js';
import type { Router } from '../router.js';
import { bcsRouter } from './bcs/index.js';
import { iamRouter } from './iam.js';
import { imageRouter } from './image/index.js';
import { kubernetesEngineRouter } from './kubernetes-engine/index.js';
import { networkRouter } from './network/index.js';
import { objectStorageRouter } from './object-storage/index.js';
import { volumeRouter } from './volume/index.js';
import { vpcRouter } from './vpc/index.js';

export type RouterFactory = (ctx: EmulatorContext) => Router;

/** The global IAM service, mounted at `/kakao/iam` (its routes start with `/identity/v3`). */
export const kakaoIam: RouterFactory = iamRouter;

/**
 * KakaoCloud's regional services by their host prefix (`{service}.{region}.kakaocloud.com`),
 * mounted at `/kakao/{service}/{region}`.
 */
export const kakaoServices: Record<string, RouterFactory> = {
  bcs: bcsRouter,
  volume: volumeRouter,
  image: imageRouter,
  vpc: vpcRouter,
  network: networkRouter,
  'kubernetes-engine': kubernetesEngineRouter,
  objectstorage: objectStorageRouter,
};
