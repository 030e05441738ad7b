import { GONE, Lifecycle, statusMachine } from '../../transitions.js';
import { badRequest } from './errors.js';
import type { Snapshot, SnapshotStatus, Volume, VolumeStatus } from './state.js';

/** Cinder answers an action in the wrong state with 400 and its own words (nhn-block-storage §3). */
const refuse = (_record: unknown, _action: string, message: string | undefined): never => {
  throw badRequest(message ?? 'Invalid volume');
};

const VOLUME_DELETABLE: readonly VolumeStatus[] = ['available', 'error', 'error_restoring', 'error_extending'];

/** Cinder volumes (nhn-block-storage §3.1, §3.3). Each asynchronous step takes one transition. */
export const volumeLifecycle = new Lifecycle(statusMachine<Volume, VolumeStatus>({ refuse }), {
  /** A new volume, `creating` (or `downloading` from an image); `in-use` when a server's boot attached it. */
  create: { steps: [{ factor: 1, to: 'available' }] },
  createAttached: { steps: [{ factor: 1, to: 'in-use' }] },
  attach: {
    from: ['available'],
    via: 'attaching',
    steps: [{ factor: 1, to: 'in-use' }],
    refusal: (v) => `Invalid volume: volume '${v.id}' status must be 'available'. Currently in '${v.status}'`,
  },
  detach: {
    from: ['in-use'],
    via: 'detaching',
    steps: [{ factor: 1, to: 'available' }],
    refusal: () => "Invalid volume: Unable to detach volume. Volume status must be 'in-use' and attach_status must be 'attached' to detach.",
  },
  /** A deleted server's volumes, whatever they were doing. */
  release: { via: 'detaching', steps: [{ factor: 1, to: 'available' }] },
  deleteWithServer: { via: 'deleting', steps: [{ factor: 1, to: GONE }] },
  // [guess] NHN documents only the status `extending`; the call is upstream Cinder v2's (attached volumes need v3).
  extend: {
    from: ['available'],
    via: 'extending',
    steps: [{ factor: 1, to: 'available' }],
    refusal: (v) => `Invalid volume: Volume ${v.id} status must be available to extend, but current status is: ${v.status}.`,
  },
  /** To an image; the volume returns to the status it had. An attached one needs `force` as well. */
  upload: {
    from: ['available', 'in-use'],
    via: 'uploading',
    steps: [{ factor: 1, to: (_v, started) => started }],
    refusal: (v) => `Invalid volume: Volume ${v.id} status must be available or in-use, but current status is: ${v.status}.`,
  },
  /** Checked before a snapshot of the volume is made; an attached one needs `force` as well. */
  snapshot: {
    from: ['available', 'in-use'],
    refusal: (v) => `Invalid volume: Volume ${v.id} status must be available, but current status is: ${v.status}.`,
  },
  // Attached volumes and those with snapshots are refused too (the caller checks those).
  delete: {
    from: VOLUME_DELETABLE,
    via: 'deleting',
    steps: [{ factor: 1, to: GONE }],
    refusal: () =>
      'Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots or be disassociated from snapshots after volume transfer.',
  },
});

/** Cinder snapshots (nhn-block-storage §4). */
export const snapshotLifecycle = new Lifecycle(statusMachine<Snapshot, SnapshotStatus>({ refuse }), {
  create: { steps: [{ factor: 1, to: 'available' }] },
  /** Checked where a snapshot is the source of a new volume. */
  restore: { from: ['available'], refusal: () => "Invalid snapshot: Originating snapshot status must be one of 'available' values" },
  delete: {
    from: ['available', 'error', 'unmanaging'],
    via: 'deleting',
    steps: [{ factor: 1, to: GONE }],
    refusal: () => 'Invalid snapshot: Volume Snapshot status must be available or error or error_restoring or unmanaging',
  },
});
