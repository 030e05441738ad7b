import type { EmulatorContext } from './context.js';
import { seedKakao } from './kakao/seed.js';
import { seedBlockStorage, seedServerVolumes } from './nhn/block-storage/seed.js';
import { seedCompute } from './nhn/compute/seed.js';
import { seedNetwork, seedServerPorts } from './nhn/network/seed.js';
import { seedNks } from './nhn/nks/seed.js';
import { seedObjectStorage } from './nhn/object-storage/seed.js';

/**
 * The built-in credentials of the demo. Public on purpose: they only open the embedded
 * emulator, never a real cloud.
 */
export const DEMO_NHN = {
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  tenantName: 'hanul-demo',
  username: 'demo@hanul.dev',
  password: 'hanul-demo-api-password',
  userId: '436f727b7c9142f896ddd56be591dd7f',
  storageTenantId: 'd5b1e28a1c9a4ac6b9d1d7e52c86a0a3',
  enabled: true,
} as const;

/** A second tenant, so isolation between tenants can be shown and tested. */
export const OTHER_NHN = {
  tenantId: 'f5073eaa26b64cffbee89411df94ce01',
  tenantName: 'hanul-other',
  username: 'other@hanul.dev',
  password: 'other-api-password',
  userId: '9b2f7c1d0e8a4f6b8c3d2e1f0a9b8c7d',
  storageTenantId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  enabled: true,
} as const;

/**
 * The KakaoCloud demo project and its IAM access key. A token is issued with the access
 * key id + secret, or with the key name + secret + user id (kakaocloud.md §2.1).
 */
export const DEMO_KAKAO = {
  projectId: '3f6c1b9e2a8d4c7f9e0a1b2c3d4e5f60',
  projectName: 'hanul-demo',
  domainId: '8d2f4a6c1e3b4d5f9a7c0e2b4d6f8a1c',
  domainName: 'hanul',
  userId: '5b8e1d4a7c2f4e9b8a3d6c1f0e2b7a94',
  userName: 'demo@hanul.dev',
  accessKeyId: 'c1a7e3f9b2d84e6a9f0b1c2d3e4f5a6b',
  accessKeyName: 'hanul-demo-key',
  secretAccessKey: 'hanul-demo-kakao-secret-access-key',
} as const;

/** A second Kakao project (its own user and key), for isolation. */
export const OTHER_KAKAO = {
  projectId: '7e2a9c4f1b6d4a8e8c5f3b1d9a7e6c02',
  projectName: 'hanul-other',
  domainId: '8d2f4a6c1e3b4d5f9a7c0e2b4d6f8a1c',
  domainName: 'hanul',
  userId: 'a4c9e2f7b1d64a3e9c8b5f2d1e0a7b36',
  userName: 'other@hanul.dev',
  accessKeyId: 'd9b3f1a6c8e24b7d8e1f0a3c5b7d9e2f',
  accessKeyName: 'hanul-other-key',
  secretAccessKey: 'hanul-other-kakao-secret-access-key',
} as const;

/** Creates the demo accounts and the resources every service seeds for them. */
export function seedDemo(ctx: EmulatorContext): void {
  ctx.nhn.addAccount({ ...DEMO_NHN });
  ctx.nhn.addAccount({ ...OTHER_NHN });
  seedObjectStorage(ctx, DEMO_NHN.tenantId);
  seedNetwork(ctx, DEMO_NHN.tenantId, OTHER_NHN.tenantId);
  seedBlockStorage(ctx, DEMO_NHN, OTHER_NHN);
  seedCompute(ctx, DEMO_NHN, OTHER_NHN);
  // Servers exist now: give them ports, floating IPs and the volumes they have attached.
  seedServerPorts(ctx, DEMO_NHN.tenantId, OTHER_NHN.tenantId);
  seedServerVolumes(ctx, [DEMO_NHN, OTHER_NHN]);
  seedNks(ctx, DEMO_NHN);
  seedKakao(ctx, DEMO_KAKAO, OTHER_KAKAO);
}
