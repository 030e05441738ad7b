import { z } from 'zod';
import { isoMicrosNoZone } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { empty, json, type EmuRequest, type Router } from '../../router.js';
import { availabilityZones } from '../compute/zones.js';
import type { NhnRegion } from '../state.js';
import { volumeBody, volumeCall, type VolumeCall } from './access.js';
import { badRequest } from './errors.js';
import { cinderPage } from './listing.js';
import { checkGigabytes, checkVolumeCount } from './quotas.js';
import { ownSnapshot, ownVolume } from './lookups.js';
import type { BlockStorageState, Volume } from './state.js';
import { snapshotLifecycle, volumeLifecycle } from './transitions.js';
import { DEFAULT_VOLUME_TYPE, findVolumeType } from './volume-types.js';

const metadata = z.record(z.string(), z.string());
const createVolume = z.object({
  size: z.union([z.number(), z.string()]).optional(),
  name: z.string().max(255).nullable().optional(),
  description: z.string().nullable().optional(),
  availability_zone: z.string().nullable().optional(),
  volume_type: z.string().nullable().optional(),
  snapshot_id: z.string().nullable().optional(),
  metadata: metadata.optional(),
  nhn_encryption: z.object({ skm_appkey: z.string(), skm_key_id: z.string() }).optional(),
  // NHN's own example sends `source_volid: null` although its table omits it: accepted, ignored.
});
const updateVolume = z.object({ name: z.string().max(255).nullable().optional(), description: z.string().nullable().optional(), metadata: metadata.optional() });

function links(ctx: EmulatorContext, region: string, tenantId: string, path: string): { href: string; rel: string }[] {
  const base = ctx.nhnServiceUrl(region, 'volume');
  return [
    { href: `${base}/v2/${tenantId}/${path}`, rel: 'self' },
    { href: `${base}/${tenantId}/${path}`, rel: 'bookmark' },
  ];
}

/** The summary `GET /volumes` returns: id, name, links. */
function renderVolumeSummary(ctx: EmulatorContext, region: NhnRegion, volume: Volume): Record<string, unknown> {
  return { id: volume.id, name: volume.name, links: links(ctx, region, volume.tenantId, `volumes/${volume.id}`) };
}

/** The full volume of `/volumes/detail` and GET one (nhn-block-storage §3.2). */
function renderVolume(ctx: EmulatorContext, region: NhnRegion, volume: Volume): Record<string, unknown> {
  return {
    ...renderVolumeSummary(ctx, region, volume),
    description: volume.description,
    size: volume.size,
    status: volume.status,
    volume_type: volume.volumeType,
    availability_zone: volume.availabilityZone,
    // A string, not a boolean, as Cinder sends it.
    bootable: String(volume.bootable),
    encrypted: volume.encryption !== undefined,
    multiattach: false,
    attachments: volume.attachments.map((a) => ({ server_id: a.serverId, attachment_id: a.id, volume_id: volume.id, device: a.device, id: volume.id })),
    metadata: volume.metadata,
    snapshot_id: volume.snapshotId,
    source_volid: null,
    consistencygroup_id: null,
    user_id: volume.userId,
    'os-vol-tenant-attr:tenant_id': volume.tenantId,
    'os-volume-replication:extended_status': null,
    'os-volume-replication:driver_data': null,
    replication_status: 'disabled',
    created_at: isoMicrosNoZone(volume.createdAt),
    ...(volume.imageMetadata ? { volume_image_metadata: volume.imageMetadata } : {}),
    ...(volume.encryption ? { nhn_encryption: { skm_key_id: volume.encryption.skmKeyId, skm_key_version: volume.encryption.skmKeyVersion } } : {}),
  };
}

/** A zone of the region: the requested one, checked, or a random one as NHN picks (nhn-block-storage §3.3). */
function volumeZone(region: NhnRegion, requested: string | null | undefined): string {
  const zones = availabilityZones(region);
  if (!requested) return zones[Math.floor(Math.random() * zones.length)]!;
  if (!zones.includes(requested)) throw badRequest(`Invalid input received: Availability zone '${requested}' is invalid.`);
  return requested;
}

/** Adds a volume with the defaults of a fresh one (no attachments, not bootable). */
export function addVolume(ctx: EmulatorContext, state: BlockStorageState, fields: Pick<Volume, 'tenantId' | 'userId' | 'size' | 'status' | 'availabilityZone'> & Partial<Volume>): Volume {
  const volume: Volume = {
    id: newUuid(),
    name: null,
    description: null,
    volumeType: DEFAULT_VOLUME_TYPE.name,
    bootable: false,
    attachments: [],
    metadata: {},
    snapshotId: null,
    createdAt: ctx.now(),
    ...fields,
  };
  state.volumes.set(volume.id, volume);
  return volume;
}

/** Checks a create request and adds the volume in `creating`; it is `available` one transition later. */
function createVolumeFrom(ctx: EmulatorContext, call: VolumeCall, body: z.output<typeof createVolume>): Volume {
  const { state, region } = call;
  const snapshot = body.snapshot_id ? ownSnapshot(state, body.snapshot_id) : undefined;
  if (snapshot) snapshotLifecycle.check(snapshot, 'restore');
  const source = snapshot ? state.volumes.get(snapshot.volumeId) : undefined;
  const size = body.size === undefined && snapshot ? snapshot.size : Number(body.size);
  if (!Number.isInteger(size) || size <= 0) throw badRequest(`Invalid input received: Volume size '${body.size}' must be an integer and greater than 0`);
  if (snapshot && size < snapshot.size) {
    throw badRequest(`Invalid input received: Volume size '${size}'GB cannot be smaller than the snapshot size ${snapshot.size}GB. They must be >= original snapshot size.`);
  }
  const type = findVolumeType(body.volume_type ?? source?.volumeType ?? DEFAULT_VOLUME_TYPE.name);
  // [guess] an encrypted type without its Secure Key Manager key cannot be created.
  if (type.encrypted && !body.nhn_encryption) throw badRequest(`Invalid input received: nhn_encryption (skm_appkey, skm_key_id) is required for volume type ${type.name}.`);
  const zone = volumeZone(region, body.availability_zone ?? source?.availabilityZone);
  checkVolumeCount(state);
  checkGigabytes(state, size);
  const volume = addVolume(ctx, state, {
    tenantId: call.tenantId,
    userId: call.userId,
    size,
    status: 'creating',
    availabilityZone: zone,
    name: body.name ?? null,
    description: body.description ?? null,
    volumeType: type.name,
    metadata: body.metadata ?? {},
    snapshotId: snapshot?.id ?? null,
    bootable: source?.bootable ?? false,
    ...(type.encrypted && body.nhn_encryption ? { encryption: { skmKeyId: body.nhn_encryption.skm_key_id, skmKeyVersion: 1 } } : {}),
  });
  volumeLifecycle.run(ctx, volume, 'create', { in: state.volumes });
  return volume;
}

/** How list queries see a volume's fields (for filters and `sort`). */
function volumeField(volume: Volume, name: string): unknown {
  const fields: Record<string, unknown> = {
    id: volume.id,
    name: volume.name,
    status: volume.status,
    size: volume.size,
    availability_zone: volume.availabilityZone,
    bootable: String(volume.bootable),
    volume_type: volume.volumeType,
    created_at: isoMicrosNoZone(volume.createdAt),
  };
  return fields[name];
}

/** `metadata={"k":"v"}`: every given pair must be on the volume. */
function matchMetadata(volume: Volume, value: string): boolean {
  let wanted: unknown;
  try {
    wanted = JSON.parse(value);
  } catch {
    throw badRequest(`Invalid input received: metadata filter '${value}' is not a JSON object.`);
  }
  return Object.entries(wanted as Record<string, unknown>).every(([k, v]) => volume.metadata[k] === String(v));
}

/** `/v2/{tenantId}/volumes`: summary and detail lists, get, create, update, delete. */
export function registerVolumeRoutes(router: Router, ctx: EmulatorContext): void {
  const list = (detail: boolean) => (req: EmuRequest) => {
    const { state, region } = volumeCall(ctx, req);
    const page = cinderPage(ctx, req, [...state.volumes.values()], {
      field: volumeField,
      filters: ['name', 'status', 'availability_zone', 'bootable'],
      matchers: { metadata: matchMetadata },
    });
    const render = detail ? renderVolume : renderVolumeSummary;
    return json(200, { volumes: page.items.map((v) => render(ctx, region, v)), ...(page.links ? { volumes_links: page.links } : {}) });
  };
  router.get('/v2/:tenantId/volumes', list(false));
  router.get('/v2/:tenantId/volumes/detail', list(true));

  router.get('/v2/:tenantId/volumes/:id', (req) => {
    const { state, region } = volumeCall(ctx, req);
    return json(200, { volume: renderVolume(ctx, region, ownVolume(state, req.params.id!)) });
  });

  router.post('/v2/:tenantId/volumes', (req) => {
    const call = volumeCall(ctx, req);
    const volume = createVolumeFrom(ctx, call, volumeBody(req, 'volume', createVolume));
    return json(202, { volume: renderVolume(ctx, call.region, volume) });
  });

  router.put('/v2/:tenantId/volumes/:id', (req) => {
    const { state, region } = volumeCall(ctx, req);
    const volume = ownVolume(state, req.params.id!);
    const body = volumeBody(req, 'volume', updateVolume);
    if (body.name !== undefined) volume.name = body.name;
    if (body.description !== undefined) volume.description = body.description;
    if (body.metadata !== undefined) volume.metadata = body.metadata;
    return json(200, { volume: renderVolume(ctx, region, volume) });
  });

  router.delete('/v2/:tenantId/volumes/:id', (req) => {
    const { state } = volumeCall(ctx, req);
    const volume = ownVolume(state, req.params.id!);
    const hasSnapshots = [...state.snapshots.values()].some((s) => s.volumeId === volume.id);
    // An attached volume, or one with snapshots, cannot be deleted (nhn-block-storage §3.3).
    if (volume.attachments.length > 0 || hasSnapshots) volumeLifecycle.refuse(volume, 'delete');
    volumeLifecycle.run(ctx, volume, 'delete', { in: state.volumes });
    return empty(202);
  });
}
