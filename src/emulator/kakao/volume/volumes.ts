import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { GONE, Lifecycle, statusMachine } from '../../transitions.js';
import { authorize } from '../auth.js';
import type { InstanceRecord } from '../bcs/instances.js';
import { readWrapped } from '../body.js';
import { badRequest, conflict } from '../errors.js';
import { addImageFromVolume, findImage, type ImageRecord, renderImage } from '../image/images.js';
import { lookup } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';
import { availabilityZones, type KakaoRegionState } from '../state.js';
import { addSnapshot } from './snapshots.js';

/** Volume states (§4). `in_use` has an underscore, unlike Cinder's `in-use`. */
export type VolumeStatus = 'creating' | 'available' | 'attaching' | 'in_use' | 'detaching' | 'extending' | 'deleting' | 'reserved' | 'error' | 'error_restoring';

const TRANSITIONAL: ReadonlySet<VolumeStatus> = new Set(['attaching', 'detaching', 'extending', 'deleting']);
const busy = (v: VolumeRecord) => `Volume ${v.id} is ${v.status}.`;

/** Volumes (§14.4): each asynchronous step takes one transition; a wrong state is a 409. */
export const volumeLifecycle = new Lifecycle(
  statusMachine<VolumeRecord, VolumeStatus>({
    refuse: (_v, _action, message) => conflict(message!),
    touch(ctx, v, left) {
      if (TRANSITIONAL.has(v.status) && left !== v.status) v.previous_status = left;
      v.updated_at = isoSeconds(ctx.now());
    },
  }),
  {
    /** A new volume, `creating`; one an instance build makes is `reserved` until the build attaches it. */
    create: { steps: [{ factor: 1, to: 'available' }] },
    attach: {
      from: ['available', 'reserved'],
      via: 'attaching',
      steps: [{ factor: 1, to: 'in_use' }],
      refusal: (v) => `Volume ${v.id} is ${v.status}; only available volumes can be attached.`,
    },
    /** An instance build's volumes are attached at once. */
    attachAtBuild: { from: ['available', 'reserved'], via: 'in_use', refusal: (v) => `Volume ${v.id} is ${v.status}; only available volumes can be attached.` },
    detach: { from: ['in_use'], via: 'detaching', steps: [{ factor: 1, to: 'available' }], refusal: (v) => `Volume ${v.id} is ${v.status}; only in_use volumes can be detached.` },
    /** A deleted instance lets go of its volumes at once. */
    release: { via: 'available' },
    /** Back to the status it had, with the new size from the start. */
    extend: {
      from: ['available', 'in_use'],
      via: 'extending',
      steps: [{ factor: 1, to: (_v, started) => started }],
      refusal: (v) => `Volume ${v.id} is ${v.status}; only available or in_use volumes can be extended.`,
    },
    snapshot: { from: ['available', 'in_use'], refusal: busy },
    image: { from: ['available', 'in_use'], refusal: busy },
    // A volume with snapshots is refused too (the caller checks).
    delete: {
      from: ['available', 'error', 'error_restoring'],
      via: 'deleting',
      steps: [{ factor: 1, to: GONE }],
      refusal: (v) => `Volume ${v.id} is ${v.status}; only available or errored volumes can be deleted.`,
    },
    deleteWithInstance: { via: 'deleting', steps: [{ factor: 1, to: GONE }] },
  },
);

export interface VolumeType {
  id: string;
  name: string;
  description: string;
}

/** [guess] The volume types; the reference names none. The first is the default. */
export const VOLUME_TYPES: readonly VolumeType[] = [
  { id: '2a7c1c0e-3b9f-4d52-8f61-0e5d4c3b2a01', name: 'SSD', description: 'General-purpose SSD' },
  { id: '2a7c1c0e-3b9f-4d52-8f61-0e5d4c3b2a02', name: 'HDD', description: 'Throughput-optimised HDD' },
];

export interface VolumeImageMetadata {
  image_id: string;
  image_name: string;
  os_type: string;
  disk_format: string;
  container_format: string;
  min_disk: number;
  min_ram: number;
  size: number;
}

export interface VolumeRecord {
  id: string;
  name: string;
  description: string | null;
  size: number;
  status: VolumeStatus;
  volume_type_id: string;
  is_bootable: boolean;
  is_encrypted: boolean;
  is_root: boolean;
  mount_point: string | null;
  instance_id: string | null;
  availability_zone: string;
  user_id: string;
  project_id: string;
  metadata: Record<string, string>;
  encryption_key_id: string | null;
  previous_status: VolumeStatus | null;
  launched_at: string | null;
  image_metadata: VolumeImageMetadata | null;
  snapshot_id: string | null;
  source_volume_id: string | null;
  created_at: string;
  updated_at: string;
  /** Internal: removed with its instance (root volumes by default, §3.1). */
  is_delete_on_termination: boolean;
}

/** Linux volumes go up to 16384 GB, Windows ones to 2048 GB (§4). */
function maxVolumeSize(osType: string | undefined): number {
  return osType === 'windows' ? 2048 : 16384;
}

/** The name of a volume's type (`SSD`, …). */
export function volumeTypeName(volume: VolumeRecord): string {
  return VOLUME_TYPES.find((t) => t.id === volume.volume_type_id)!.name;
}

export function renderVolume(state: KakaoRegionState, v: VolumeRecord): Record<string, unknown> {
  const { is_delete_on_termination: _internal, volume_type_id: _typeId, ...shown } = v;
  const instance = v.instance_id ? state.instances.get(v.instance_id) : undefined;
  const attached = v.instance_id !== null && (v.status === 'in_use' || v.status === 'detaching');
  return {
    ...shown,
    // [guess] `type` and `volume_type` both carry the type's name.
    type: volumeTypeName(v),
    volume_type: volumeTypeName(v),
    attach_status: attached ? 'attached' : 'detached',
    instance_name: instance?.name ?? null,
    attachments: attached
      ? [{ id: v.id, instance_id: v.instance_id, host_name: instance?.hostname ?? null, device: v.mount_point, attached_at: v.launched_at }]
      : [],
  };
}

/** Input of a new volume, already checked against the caller's project. */
export interface NewVolume {
  name: string;
  size: number;
  availabilityZone: string;
  description?: string | null;
  typeId?: string;
  image?: ImageRecord;
  sourceVolume?: VolumeRecord;
  snapshotId?: string;
  /** Created as an instance's disk: skips `creating`, the instance build covers it. */
  forInstance?: { isRoot: boolean; deleteOnTermination: boolean };
}

/**
 * Creates a volume: `creating` now, `available` after one transition (§14.4). Sizes and
 * zones are checked here so every path that makes volumes refuses the same things.
 */
export function addVolume(ctx: EmulatorContext, state: KakaoRegionState, userId: string, input: NewVolume): VolumeRecord {
  if (!availabilityZones(state.region).includes(input.availabilityZone)) {
    badRequest(`availability_zone ${input.availabilityZone} is not a zone of ${state.region}.`);
  }
  const max = maxVolumeSize(input.image?.os_info.type ?? input.sourceVolume?.image_metadata?.os_type);
  if (input.size < 1 || input.size > max) badRequest(`Volume size must be between 1 and ${max} GB.`);
  if (input.image && input.size < input.image.min_disk) badRequest(`Image ${input.image.id} needs a volume of at least ${input.image.min_disk} GB.`);
  if (input.sourceVolume && input.size < input.sourceVolume.size) badRequest(`The volume must be at least as large as its source (${input.sourceVolume.size} GB).`);
  const typeId = input.typeId ?? VOLUME_TYPES[0]!.id;
  if (!VOLUME_TYPES.some((t) => t.id === typeId)) badRequest(`Volume type ${typeId} could not be found`);
  const now = isoSeconds(ctx.now());
  const image = input.image;
  const volume: VolumeRecord = {
    id: newUuid(),
    name: input.name,
    description: input.description ?? null,
    size: input.size,
    status: input.forInstance ? 'reserved' : 'creating',
    volume_type_id: typeId,
    is_bootable: image !== undefined || (input.sourceVolume?.is_bootable ?? false),
    is_encrypted: false,
    is_root: input.forInstance?.isRoot ?? false,
    mount_point: null,
    instance_id: null,
    availability_zone: input.availabilityZone,
    user_id: userId,
    project_id: state.project.id,
    metadata: {},
    encryption_key_id: null,
    previous_status: null,
    launched_at: null,
    image_metadata: image
      ? {
          image_id: image.id, image_name: image.name, os_type: image.os_info.type, disk_format: image.disk_format,
          container_format: image.container_format, min_disk: image.min_disk, min_ram: image.min_ram, size: image.size,
        }
      : (input.sourceVolume?.image_metadata ?? null),
    snapshot_id: input.snapshotId ?? null,
    source_volume_id: input.snapshotId === undefined ? (input.sourceVolume?.id ?? null) : null,
    created_at: now,
    updated_at: now,
    is_delete_on_termination: input.forInstance?.deleteOnTermination ?? false,
  };
  state.volumes.set(volume.id, volume);
  if (!input.forInstance) volumeLifecycle.run(ctx, volume, 'create', { in: state.volumes });
  return volume;
}

/** The next free `/dev/vdX` of an instance. */
function nextMountPoint(state: KakaoRegionState, instanceId: string): string {
  const used = new Set([...state.volumes.values()].filter((v) => v.instance_id === instanceId).map((v) => v.mount_point));
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') if (!used.has(`/dev/vd${letter}`)) return `/dev/vd${letter}`;
  return conflict(`Instance ${instanceId} has no free device name left.`);
}

/**
 * Attaches an `available` volume in the instance's zone: `attaching` now, `in_use` after
 * one transition, or at once when `immediately` (volumes made by an instance build).
 */
export function attachVolume(ctx: EmulatorContext, state: KakaoRegionState, volume: VolumeRecord, instance: InstanceRecord, deleteOnTermination: boolean, immediately = false): void {
  volumeLifecycle.check(volume, immediately ? 'attachAtBuild' : 'attach');
  if (volume.availability_zone !== instance.availability_zone) {
    badRequest(`Volume ${volume.id} is in ${volume.availability_zone} but instance ${instance.id} is in ${instance.availability_zone}.`);
  }
  volume.instance_id = instance.id;
  volume.mount_point = nextMountPoint(state, instance.id);
  volume.is_delete_on_termination = deleteOnTermination;
  volume.launched_at = isoSeconds(ctx.now());
  volumeLifecycle.run(ctx, volume, immediately ? 'attachAtBuild' : 'attach', { in: state.volumes });
}

/** Detaches a volume: `detaching` now, `available` (and unattached) after one transition. */
export function detachVolume(ctx: EmulatorContext, state: KakaoRegionState, volume: VolumeRecord): void {
  volumeLifecycle.run(ctx, volume, 'detach', { in: state.volumes, done: (v) => Object.assign(v, { instance_id: null, mount_point: null }) });
}

const createVolume = z.object({
  name: z.string().min(1).max(255),
  size: z.number().int(),
  availability_zone: z.string(),
  description: z.string().max(255).optional(),
  volume_type_id: z.string().optional(),
  source_volume_id: z.string().optional(),
  image_id: z.string().optional(),
});
const updateVolume = z.object({ name: z.string().min(1).max(255), description: z.string().max(255).optional() });
const extendVolume = z.object({ new_size: z.number().int() });
const createSnapshot = z.object({ name: z.string().min(1).max(255), description: z.string().max(255).optional(), is_incremental: z.boolean() });
const createImage = z.object({ name: z.string().min(1).max(255), description: z.string().max(255).optional() });

/** `/api/v1/volumes[/types|/{id}[/size|/snapshots|/image]]`. */
export function addVolumeRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/volumes', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('volumes', [...state.volumes.values()].map((v) => renderVolume(state, v)), req.query, {
      filters: fieldFilters('id', 'name', 'status', 'instance_id', 'mount_point', 'type', 'size', 'availability_zone', 'instance_name',
        'volume_type', 'attach_status', 'is_bootable', 'is_encrypted', 'is_root', 'created_at', 'updated_at'),
    });
  });
  router.post('/api/v1/volumes', (req) => {
    const { state, token, now } = authorize(ctx, req);
    const body = readWrapped(req, 'volume', createVolume);
    const image = body.image_id === undefined ? undefined : (findImage(ctx, state, body.image_id) ?? badRequest(`Image ${body.image_id} could not be found`));
    const source = body.source_volume_id === undefined ? undefined : (state.volumes.get(body.source_volume_id) ?? badRequest(`Volume ${body.source_volume_id} could not be found`));
    const volume = addVolume(ctx, state, token.user.id, {
      name: body.name, size: body.size, availabilityZone: body.availability_zone, description: body.description,
      typeId: body.volume_type_id, image, sourceVolume: source,
    });
    ctx.kakao.conceal(volume.id, now);
    return json(202, { volume: renderVolume(state, volume) });
  });
  // Registered before `/volumes/:id` so that `types` is not read as an id.
  router.get('/api/v1/volumes/types', (req) => {
    authorize(ctx, req);
    return json(200, { volume_types: VOLUME_TYPES });
  });
  router.get('/api/v1/volumes/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { volume: renderVolume(state, lookup(ctx, state.volumes, req.params.id!, 'Volume')) });
  });
  router.put('/api/v1/volumes/:id', (req) => {
    const { state, now } = authorize(ctx, req);
    const volume = lookup(ctx, state.volumes, req.params.id!, 'Volume');
    const body = readWrapped(req, 'volume', updateVolume);
    volume.name = body.name;
    if (body.description !== undefined) volume.description = body.description;
    volume.updated_at = isoSeconds(now);
    return json(200, { volume: renderVolume(state, volume) });
  });
  router.delete('/api/v1/volumes/:id', (req) => {
    const { state } = authorize(ctx, req);
    const volume = lookup(ctx, state.volumes, req.params.id!, 'Volume');
    volumeLifecycle.check(volume, 'delete');
    const snapshots = [...state.snapshots.values()].filter((s) => s.volume_id === volume.id);
    if (snapshots.length > 0) conflict(`Volume ${volume.id} still has ${snapshots.length} snapshot(s).`);
    volumeLifecycle.run(ctx, volume, 'delete', { in: state.volumes });
    return empty(204);
  });
  router.post('/api/v1/volumes/:id/size', (req) => {
    const { state } = authorize(ctx, req);
    const volume = lookup(ctx, state.volumes, req.params.id!, 'Volume');
    const { new_size: newSize } = readWrapped(req, 'volume', extendVolume);
    volumeLifecycle.check(volume, 'extend');
    if (newSize <= volume.size) badRequest(`new_size must be larger than the current size (${volume.size} GB).`);
    const max = maxVolumeSize(volume.image_metadata?.os_type);
    if (newSize > max) badRequest(`Volume size must not exceed ${max} GB.`);
    volume.size = newSize;
    volumeLifecycle.run(ctx, volume, 'extend', { in: state.volumes });
    return empty(202);
  });
  router.post('/api/v1/volumes/:id/snapshots', (req) => {
    const { state, now } = authorize(ctx, req);
    const volume = lookup(ctx, state.volumes, req.params.id!, 'Volume');
    const body = readWrapped(req, 'snapshot', createSnapshot);
    volumeLifecycle.check(volume, 'snapshot');
    const snapshot = addSnapshot(ctx, state, volume, body.name, body.description ?? null, body.is_incremental);
    ctx.kakao.conceal(snapshot.id, now);
    return json(202, { snapshot: { id: snapshot.id, name: snapshot.name } });
  });
  router.post('/api/v1/volumes/:id/image', (req) => {
    const { state, now } = authorize(ctx, req);
    const volume = lookup(ctx, state.volumes, req.params.id!, 'Volume');
    const body = readWrapped(req, 'image', createImage);
    volumeLifecycle.check(volume, 'image');
    const sourceImage = volume.image_metadata ? findImage(ctx, state, volume.image_metadata.image_id) : undefined;
    const osInfo = sourceImage?.os_info ?? { type: 'linux' as const, distro: 'unknown', architecture: 'x86_64', admin_user: 'root', is_hidden: false };
    const image = addImageFromVolume(ctx, state, { sizeGb: volume.size, osInfo }, body.name, body.description ?? null);
    ctx.kakao.conceal(image.id, now);
    return json(202, { image: renderImage(image, state.project.id) });
  });
}
