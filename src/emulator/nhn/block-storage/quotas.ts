import { overLimit } from './errors.js';
import type { BlockStorageState } from './state.js';

/** Per tenant and region. */
// [guess] NHN publishes no block-storage quota; ten times Cinder's defaults (10 volumes, 10 snapshots,
// 1000 GB), since every server that boots from a volume takes one.
export const BLOCK_STORAGE_QUOTAS = { volumes: 100, snapshots: 100, gigabytes: 10000 } as const;

/** Gigabytes held by volumes and snapshots (Cinder counts both against `gigabytes`). */
function consumedGigabytes(state: BlockStorageState): number {
  let total = 0;
  for (const v of state.volumes.values()) total += v.size;
  for (const s of state.snapshots.values()) total += s.size;
  return total;
}

/** Throws Cinder's 413 when `gigabytes` more would exceed the quota. */
export function checkGigabytes(state: BlockStorageState, gigabytes: number): void {
  const consumed = consumedGigabytes(state);
  if (consumed + gigabytes > BLOCK_STORAGE_QUOTAS.gigabytes) {
    throw overLimit(
      `VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested ${gigabytes}G, quota is ${BLOCK_STORAGE_QUOTAS.gigabytes}G and ${consumed}G has been consumed.`,
    );
  }
}

/** Throws Cinder's 413 when `count` more volumes would exceed the quota. */
export function checkVolumeCount(state: BlockStorageState, count = 1): void {
  if (state.volumes.size + count > BLOCK_STORAGE_QUOTAS.volumes) {
    throw overLimit(`VolumeLimitExceeded: Maximum number of volumes allowed (${BLOCK_STORAGE_QUOTAS.volumes}) exceeded for quota 'volumes'.`);
  }
}

/** Throws Cinder's 413 when one more snapshot would exceed the quota. */
export function checkSnapshotCount(state: BlockStorageState): void {
  if (state.snapshots.size >= BLOCK_STORAGE_QUOTAS.snapshots) {
    throw overLimit(`SnapshotLimitExceeded: Maximum number of snapshots allowed (${BLOCK_STORAGE_QUOTAS.snapshots}) exceeded for quota 'snapshots'.`);
  }
}
