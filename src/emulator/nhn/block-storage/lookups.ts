import { itemNotFound } from './errors.js';
import type { BlockStorageState, Snapshot, Volume } from './state.js';

/** One of the caller's volumes, or the 404 Cinder (and Nova) answer with. */
export function ownVolume(state: BlockStorageState, id: string): Volume {
  const volume = state.volumes.get(id);
  if (!volume) throw itemNotFound(`Volume ${id} could not be found.`);
  return volume;
}

/** One of the caller's snapshots, or Cinder's 404. */
export function ownSnapshot(state: BlockStorageState, id: string): Snapshot {
  const snapshot = state.snapshots.get(id);
  if (!snapshot) throw itemNotFound(`Snapshot ${id} could not be found.`);
  return snapshot;
}
