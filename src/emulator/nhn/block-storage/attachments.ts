import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { ownSnapshot, ownVolume } from './lookups.js';
import { checkGigabytes, checkVolumeCount } from './quotas.js';
import type { BlockStorageState, Volume } from './state.js';
import { snapshotLifecycle, volumeLifecycle } from './transitions.js';
import { addVolume } from './volumes.js';

/**
 * What compute calls to keep block storage in step with servers: volumes of a new server's
 * block-device mapping, and the volume side of attach/detach. Refusals are thrown as
 * Cinder faults, whose envelope (`{"badRequest":{"code","message"}}`) Nova shares.
 */

/** Where a new server volume comes from (`source_type` of `block_device_mapping_v2`). */
export type ServerVolumeSource =
  | { kind: 'image'; imageId: string; imageMetadata: Record<string, string> }
  | { kind: 'snapshot'; snapshotId: string }
  | { kind: 'blank' };

export interface ServerVolumeRequest {
  /** The volume id compute already put in the server's attachments. */
  id: string;
  tenantId: string;
  userId: string;
  serverId: string;
  availabilityZone: string;
  /** GB (`volume_size`); a snapshot's size when omitted. */
  size: number | undefined;
  device: string;
  source: ServerVolumeSource;
}

/**
 * Checks, before servers are created, that block storage can give them these new volumes
 * (quota) and that the snapshots they name are usable. Nothing changes.
 */
export function checkServerVolumes(state: BlockStorageState, volumes: { size: number | undefined; snapshotId?: string }[]): void {
  const sizes = volumes.map(({ size, snapshotId }) => {
    if (!snapshotId) return size ?? 0;
    const snapshot = ownSnapshot(state, snapshotId);
    snapshotLifecycle.check(snapshot, 'restore');
    return size ?? snapshot.size;
  });
  checkVolumeCount(state, sizes.length);
  checkGigabytes(state, sizes.reduce((a, b) => a + b, 0));
}

/**
 * Creates a volume for a new server (`destination_type: volume`) already attached on
 * `device`: `downloading` (from an image) or `creating`, then `in-use` one transition later.
 * An image makes the volume bootable and fills `volume_image_metadata`.
 */
export function createServerVolume(ctx: EmulatorContext, state: BlockStorageState, request: ServerVolumeRequest): Volume {
  const { source } = request;
  const snapshot = source.kind === 'snapshot' ? ownSnapshot(state, source.snapshotId) : undefined;
  const origin = snapshot ? state.volumes.get(snapshot.volumeId) : undefined;
  const volume = addVolume(ctx, state, {
    id: request.id,
    tenantId: request.tenantId,
    userId: request.userId,
    size: request.size ?? snapshot?.size ?? 1,
    status: source.kind === 'image' ? 'downloading' : 'creating',
    availabilityZone: request.availabilityZone,
    snapshotId: snapshot?.id ?? null,
    bootable: source.kind === 'image' || (origin?.bootable ?? false),
    ...(origin ? { volumeType: origin.volumeType } : {}),
    ...(source.kind === 'image' ? { imageMetadata: { image_id: source.imageId, ...source.imageMetadata } } : {}),
    attachments: [{ id: newUuid(), serverId: request.serverId, device: request.device }],
  });
  volumeLifecycle.run(ctx, volume, 'createAttached', { in: state.volumes });
  return volume;
}

/** Throws what compute's attach must answer when the volume cannot be attached now. */
export function checkAttachable(state: BlockStorageState, volumeId: string): Volume {
  const volume = ownVolume(state, volumeId);
  volumeLifecycle.check(volume, 'attach');
  return volume;
}

/**
 * The volume side of compute's attach: an `available` volume becomes `attaching`, then
 * `in-use` one transition later. Throws 404 for an unknown volume and 400 for a busy one.
 */
export function attachVolumeToServer(ctx: EmulatorContext, state: BlockStorageState, volumeId: string, serverId: string, device: string): Volume {
  const volume = checkAttachable(state, volumeId);
  volume.attachments.push({ id: newUuid(), serverId, device });
  volumeLifecycle.run(ctx, volume, 'attach', { in: state.volumes });
  return volume;
}

/**
 * The volume side of compute's detach: an `in-use` volume becomes `detaching`, then
 * `available` without the attachment one transition later.
 */
export function detachVolumeFromServer(ctx: EmulatorContext, state: BlockStorageState, volumeId: string, serverId: string): Volume {
  const volume = ownVolume(state, volumeId);
  if (!volume.attachments.some((a) => a.serverId === serverId)) volumeLifecycle.refuse(volume, 'detach');
  volumeLifecycle.run(ctx, volume, 'detach', { in: state.volumes, done: withoutServer(serverId) });
  return volume;
}

function withoutServer(serverId: string): (volume: Volume) => void {
  return (volume) => (volume.attachments = volume.attachments.filter((a) => a.serverId !== serverId));
}

/**
 * Frees a deleted server's volumes: those in `deleteOnTermination` are deleted
 * (`deleting` → gone), the others detached (`detaching` → `available`).
 */
export function releaseServerVolumes(ctx: EmulatorContext, state: BlockStorageState, serverId: string, deleteOnTermination: ReadonlySet<string>): void {
  for (const volume of state.volumes.values()) {
    if (!volume.attachments.some((a) => a.serverId === serverId)) continue;
    if (deleteOnTermination.has(volume.id)) {
      volume.attachments = [];
      volumeLifecycle.run(ctx, volume, 'deleteWithServer', { in: state.volumes });
    } else {
      volumeLifecycle.run(ctx, volume, 'release', { in: state.volumes, done: withoutServer(serverId) });
    }
  }
}
