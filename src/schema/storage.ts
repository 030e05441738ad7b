import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import {
  IDEMPOTENCY_MARK,
  SNAPSHOT_STATUSES,
  TRANSITIONAL_VOLUME_STATUSES,
  VOLUME_STATUSES,
  type Placement,
  type Server,
  type Snapshot,
  type Volume,
  type VolumeAttachment,
  type VolumeType,
} from '../cloud/model.js';
import { builder } from './builder.js';
import { changed } from '../domain/changes.js';
import { ServerRef } from './compute.js';
import { connectionFromList } from './connection.js';
import { sessionFor } from '../domain/session.js';
import type { HanulContext } from '../server/context.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { lists } from '../domain/lists.js';
import { fromList, resourceName } from './network.js';
import { registerNodeLoader } from './node-loaders.js';
import { DeletePayloadRef, type DeleteOutcome } from './payloads.js';
import { operationField, track, type LazyOperation } from './operations.js';
import { loadGrouped, parseGlobalId, parseRegionId, sameRegion, type Ref } from './refs.js';
import { refKey } from '../domain/keys.js';
import { RegionRef } from './region.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { keyedCreate } from '../domain/create-once.js';
import { validate } from '../domain/validate.js';

/** Block storage: volumes, their attachments to servers, snapshots and volume types. */

export const VolumeStatusEnum = builder.enumType('VolumeStatus', { values: VOLUME_STATUSES });
export const SnapshotStatusEnum = builder.enumType('SnapshotStatus', { values: SNAPSHOT_STATUSES });

const regionOf = (x: Placement) => `${x.provider}:${x.region}`;

/** Volume types are addressed by name: volumes name their type (nhn-block-storage §2). */
export const VolumeTypeRef = builder.loadableNode('VolumeType', {
  description: 'A kind of volume (General HDD, General SSD, …).',
  id: { resolve: (v: VolumeType) => refKey(v, v.name) },
  load: (keys: string[], ctx: HanulContext) => loadGrouped(keys, async (p, names) => (await lists.volumeTypes(ctx, p)).filter((v) => names.includes(v.name)), ctx, (v: VolumeType) => refKey(v, v.name)),
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    isPublic: t.exposeBoolean('isPublic'),
    backendName: t.exposeString('backendName', { nullable: true }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
  }),
});

const VolumeAttachmentRef = builder.objectRef<VolumeAttachment & { volume: Volume }>('VolumeAttachment').implement({
  description: 'A volume attached to a server.',
  fields: (t) => ({
    server: t.field({ type: ServerRef, nullable: true, upstream: (a) => a.volume, resolve: (a) => refKey(a.volume, a.serverId) }),
    device: t.exposeString('device', { nullable: true, description: 'Device name on the server, e.g. /dev/vdb' }),
    attachmentId: t.exposeString('attachmentId', { nullable: true }),
  }),
});

export const VolumeRef = builder.loadableNode('Volume', {
  description: 'A block storage volume.',
  id: { resolve: (v: Volume) => refKey(v, v.id) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, ids) => {
      // When this operation already listed the region's volumes, read from that list.
      const listed = lists.cachedVolumes(ctx, p);
      if (listed) return (await listed).filter((v) => ids.includes(v.id));
      return sessionFor(ctx, p.provider).blockStorage.getVolumes(p.region, ids);
    }, ctx, (v: Volume) => refKey(v, v.id)),
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    sizeGb: t.exposeInt('sizeGb'),
    status: t.field({ type: VolumeStatusEnum, resolve: (v) => v.status, description: "The cloud's status, normalised" }),
    rawStatus: t.exposeString('rawStatus', { description: 'The status exactly as the cloud said it (in-use, …)' }),
    volumeType: t.field({ type: VolumeTypeRef, nullable: true, upstream: true, resolve: (v) => (v.volumeTypeName ? refKey(v, v.volumeTypeName) : null) }),
    volumeTypeName: t.exposeString('volumeTypeName', { nullable: true }),
    availabilityZone: t.exposeString('availabilityZone', { nullable: true }),
    bootable: t.exposeBoolean('bootable'),
    rawBootable: t.exposeString('rawBootable', { nullable: true, description: 'bootable as the cloud sent it (NHN: the string "true"/"false")' }),
    encrypted: t.exposeBoolean('encrypted'),
    multiattach: t.exposeBoolean('multiattach'),
    attachments: t.field({ type: [VolumeAttachmentRef], resolve: (v) => v.attachments.map((a) => ({ ...a, volume: v })) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
  }),
});

export const SnapshotRef = builder.loadableNode('Snapshot', {
  description: 'A point-in-time copy of a volume.',
  id: { resolve: (s: Snapshot) => refKey(s, s.id) },
  load: fromList(lists.snapshots),
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    status: t.field({ type: SnapshotStatusEnum, resolve: (s) => s.status }),
    rawStatus: t.exposeString('rawStatus'),
    sizeGb: t.exposeInt('sizeGb', { description: 'Size of the source volume' }),
    progress: t.exposeInt('progress', { nullable: true, description: 'Percent done' }),
    rawProgress: t.exposeString('rawProgress', { nullable: true, description: 'As the cloud wrote it ("100%")' }),
    volume: t.field({ type: VolumeRef, nullable: true, upstream: true, resolve: (s) => refKey(s, s.volumeId) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
  }),
});

// Added once both types exist (mutually referring refs cannot infer their own types).
builder.objectFields(VolumeRef, (t) => ({
  snapshots: t.field({ type: [SnapshotRef], nullable: true, upstream: true, resolve: async (v, _, ctx) => (await lists.snapshots(ctx, v)).filter((s) => s.volumeId === v.id) }),
  sourceSnapshot: t.field({ type: SnapshotRef, nullable: true, upstream: true, resolve: (v) => (v.snapshotId ? refKey(v, v.snapshotId) : null) }),
}));

const VolumeConnection = builder.connectionObject({ type: VolumeRef, name: 'VolumeConnection' }, { name: 'VolumeEdge' });
builder.objectField(VolumeConnection, 'totalCount', (t) => t.int({ resolve: (c) => (c as unknown as { totalCount: number }).totalCount }));

builder.objectFields(RegionRef, (t) => ({
  volumes: t.field({
    type: VolumeConnection,
    nullable: true,
    upstream: true,
    args: {
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
      status: t.arg({ type: VolumeStatusEnum, required: false }),
    },
    resolve: async (r, args, ctx) => {
      const volumes = (await lists.volumes(ctx, r)).filter((v) => !args.status || v.status === args.status);
      return connectionFromList(volumes, args, (v) => v.id);
    },
  }),
  snapshots: t.field({ type: [SnapshotRef], nullable: true, upstream: true, resolve: (r, _, ctx) => lists.snapshots(ctx, r) }),
  volumeTypes: t.field({ type: [VolumeTypeRef], nullable: true, upstream: true, resolve: (r, _, ctx) => lists.volumeTypes(ctx, r) }),
}));

builder.objectField(ServerRef, 'volumes', (t) =>
  t.field({
    type: [VolumeRef],
    nullable: true,
    upstream: true,
    description: 'Volumes attached to the server (the root volume included when it boots from one)',
    resolve: async (s, _, ctx) => {
      const volumes = await lists.volumes(ctx, s);
      const named = new Set(s.volumeIds);
      return volumes.filter((v) => named.has(v.id) || v.attachments.some((a) => a.serverId === s.id));
    },
  }),
);

// --- mutations ---

type VolumeOutcome = { volume: Volume | null; operation?: LazyOperation };

const VolumePayload = builder.objectRef<Outcome<VolumeOutcome>>('VolumePayload').implement({
  fields: (t) => ({
    volume: t.field({ type: VolumeRef, nullable: true, resolve: (p) => p.volume }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    operation: operationField(t),
  }),
});

interface AttachResult {
  operation?: LazyOperation;
  volume: Volume | null;
  server: Server | null;
  device: string | null;
}

const AttachVolumePayload = builder.objectRef<Outcome<AttachResult>>('AttachVolumePayload').implement({
  fields: (t) => ({
    volume: t.field({ type: VolumeRef, nullable: true, description: 'The volume right after the cloud accepted (ATTACHING)', resolve: (p) => p.volume }),
    server: t.field({ type: ServerRef, nullable: true, resolve: (p) => p.server }),
    device: t.exposeString('device', { nullable: true, description: 'Device name the volume gets on the server' }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    operation: operationField(t),
  }),
});

const SnapshotPayload = builder.objectRef<Outcome<{ snapshot: Snapshot | null }>>('SnapshotPayload').implement({
  fields: (t) => ({
    snapshot: t.field({ type: SnapshotRef, nullable: true, resolve: (p) => p.snapshot }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const CreateVolumeInput = builder.inputType('CreateVolumeInput', {
  fields: (t) => ({
    regionId: t.id({ required: true }),
    name: t.string({ required: true }),
    sizeGb: t.int({ required: true, description: '10 to 2000 GB' }),
    description: t.string({ required: false }),
    volumeTypeId: t.id({ required: false, description: "The cloud's default type (NHN: General HDD) when omitted" }),
    availabilityZone: t.string({ required: false, description: 'A zone of the region; the cloud picks one when omitted' }),
    snapshotId: t.id({ required: false, description: 'Fill the new volume from this snapshot (sizeGb at least its size)' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('volume') }),
  }),
});

const UpdateVolumeInput = builder.inputType('UpdateVolumeInput', {
  fields: (t) => ({ id: t.id({ required: true }), name: t.string({ required: false }), description: t.string({ required: false }) }),
});

const CreateSnapshotInput = builder.inputType('CreateSnapshotInput', {
  fields: (t) => ({
    volumeId: t.id({ required: true }),
    name: t.string({ required: true }),
    description: t.string({ required: false }),
    force: t.boolean({ required: false, defaultValue: false, description: 'Snapshot an attached (IN_USE) volume' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('snapshot') }),
  }),
});

/** NHN's block storage sizes (the same bounds the root volume of a server has). */
const volumeSize = z.number().int('must be a whole number of GB').min(10, 'must be at least 10 GB').max(2000, 'must be at most 2000 GB');
const description = z.string().max(255, 'must be at most 255 characters');

/** Reads volumes fresh, bypassing the operation's list cache (after a mutation). */
async function readVolume(ctx: HanulContext, ref: Ref): Promise<Volume> {
  const [volume] = await sessionFor(ctx, ref.provider).blockStorage.getVolumes(ref.region, [ref.id]);
  if (!volume) throw new NotFoundError('Volume', ref.id, `Volume ${ref.id} does not exist in ${ref.region}`);
  return volume;
}

/** The names of servers, for messages ("attached to server web-01"). */
async function serverNames(ctx: HanulContext, placement: Placement, ids: readonly string[]): Promise<string> {
  const servers = await lists.servers(ctx, placement);
  return ids.map((id) => `server "${servers.find((s) => s.id === id)?.name ?? id}"`).join(', ');
}

function volumeLabel(v: Volume): string {
  return `Volume "${v.name ?? v.id}"`;
}

builder.mutationFields((t) => ({
  createVolume: t.field({
    type: VolumePayload,
    description: 'Asks the cloud for a volume; returns it CREATING. Follow it with volumeStatusChanged or statusChanged.',
    args: { input: t.arg({ type: CreateVolumeInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome<VolumeOutcome>({ volume: null }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        const name = validate(resourceName, input.name, ['input', 'name']);
        const sizeGb = validate(volumeSize, input.sizeGb, ['input', 'sizeGb']);
        const desc = input.description == null ? undefined : validate(description, input.description, ['input', 'description']);
        const typeRef = input.volumeTypeId ? parseGlobalId(String(input.volumeTypeId), 'VolumeType', ['input', 'volumeTypeId']) : undefined;
        const snapshotRef = input.snapshotId ? parseGlobalId(String(input.snapshotId), 'Snapshot', ['input', 'snapshotId']) : undefined;
        if (typeRef) sameRegion(region, typeRef, ['input', 'volumeTypeId']);
        if (snapshotRef) sameRegion(region, snapshotRef, ['input', 'snapshotId']);
        if (typeRef && !(await lists.volumeTypes(ctx, region)).some((v) => v.name === typeRef.id)) {
          throw new NotFoundError('VolumeType', typeRef.id, `Volume type "${typeRef.id}" does not exist in ${region.region}`);
        }
        if (snapshotRef) {
          const snapshot = (await lists.snapshots(ctx, region)).find((s) => s.id === snapshotRef.id);
          if (!snapshot) throw new NotFoundError('Snapshot', snapshotRef.id, `Snapshot ${snapshotRef.id} does not exist in ${region.region}`);
          if (sizeGb < snapshot.sizeGb) throw new ValidationError(`sizeGb must be at least the snapshot's ${snapshot.sizeGb} GB`, ['input', 'sizeGb']);
          if (snapshot.status !== 'AVAILABLE') throw new ConflictError(`Snapshot "${snapshot.name ?? snapshot.id}" is ${snapshot.status}, not AVAILABLE`, snapshot.status);
        }
        const session = sessionFor(ctx, region.provider);
        const volume = await keyedCreate(ctx, session, region, input, {
          kind: 'Volume',
          create: (key) =>
            session.blockStorage.createVolume(region.region, {
              name,
              sizeGb,
              description: desc,
              volumeTypeName: typeRef?.id,
              availabilityZone: input.availabilityZone ?? undefined,
              snapshotId: snapshotRef?.id,
              metadata: key ? { [IDEMPOTENCY_MARK]: key } : {},
            }),
          id: (v) => v.id,
          read: (id) => readVolume(ctx, { ...region, id }),
          find: async (key) => (await session.blockStorage.listVolumes(region.region)).find((v) => v.metadata[IDEMPOTENCY_MARK] === key),
        });
        changed(ctx, region, 'volumes');
        return { volume, operation: track(ctx, 'VOLUME_CREATE', { ...region, id: volume.id }, volume.status) };
      }),
  }),
  updateVolume: t.field({
    type: VolumePayload,
    description: 'Renames a volume or changes its description.',
    args: { input: t.arg({ type: UpdateVolumeInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ volume: null as Volume | null }, async () => {
        const ref = parseGlobalId(String(input.id), 'Volume', ['input', 'id']);
        const name = input.name == null ? undefined : validate(resourceName, input.name, ['input', 'name']);
        const desc = input.description == null ? undefined : validate(description, input.description, ['input', 'description']);
        if (name === undefined && desc === undefined) throw new ValidationError('Give a new name or description', ['input']);
        const volume = await sessionFor(ctx, ref.provider).blockStorage.updateVolume(ref.region, ref.id, { name, description: desc });
        changed(ctx, ref, 'volumes');
        return { volume };
      }),
  }),
  extendVolume: t.field({
    type: VolumePayload,
    description: 'Grows an AVAILABLE (detached) volume; it passes through EXTENDING.',
    args: { id: t.arg.id({ required: true }), sizeGb: t.arg.int({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ volume: null as Volume | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Volume', ['id']);
        const sizeGb = validate(volumeSize, args.sizeGb, ['sizeGb']);
        const volume = await readVolume(ctx, ref);
        if (sizeGb <= volume.sizeGb) throw new ValidationError(`sizeGb must be larger than the current ${volume.sizeGb} GB`, ['sizeGb']);
        if (volume.status !== 'AVAILABLE') throw new ConflictError(`${volumeLabel(volume)} is ${volume.status}; only an AVAILABLE (detached) volume can be extended`, volume.status);
        await sessionFor(ctx, ref.provider).blockStorage.extendVolume(ref.region, ref.id, sizeGb);
        changed(ctx, ref, 'volumes');
        return { volume: await readVolume(ctx, ref) };
      }),
  }),
  deleteVolume: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a volume. Refused (ConflictError) while attached, while it has snapshots, or while busy.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome<DeleteOutcome>({ deletedId: null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Volume', ['id']);
        const [volume, snapshots] = await Promise.all([readVolume(ctx, ref), lists.snapshots(ctx, ref)]);
        if (volume.attachments.length) {
          throw new ConflictError(`${volumeLabel(volume)} is attached to ${await serverNames(ctx, ref, volume.attachments.map((a) => a.serverId))}; detach it first`, volume.status);
        }
        const own = snapshots.filter((s) => s.volumeId === volume.id);
        if (own.length) throw new ConflictError(`${volumeLabel(volume)} has snapshots ${own.map((s) => `"${s.name ?? s.id}"`).join(', ')}; delete them first`, volume.status);
        if (TRANSITIONAL_VOLUME_STATUSES.has(volume.status)) throw new ConflictError(`${volumeLabel(volume)} is ${volume.status}; wait until it settles`, volume.status);
        await sessionFor(ctx, ref.provider).blockStorage.deleteVolume(ref.region, ref.id);
        changed(ctx, ref, 'volumes');
        return { deletedId: String(args.id), operation: track(ctx, 'VOLUME_DELETE', ref) };
      }),
  }),
  attachVolume: t.field({
    type: AttachVolumePayload,
    description: 'Attaches an AVAILABLE volume to a server; it passes through ATTACHING to IN_USE.',
    args: { volumeId: t.arg.id({ required: true }), serverId: t.arg.id({ required: true }), device: t.arg.string({ required: false, description: 'e.g. /dev/vdc; the cloud picks when omitted' }) },
    resolve: (_, args, ctx) =>
      outcome<AttachResult>({ volume: null, server: null, device: null }, async () => {
        const ref = parseGlobalId(String(args.volumeId), 'Volume', ['volumeId']);
        const serverRef = parseGlobalId(String(args.serverId), 'Server', ['serverId']);
        sameRegion(ref, serverRef, ['serverId']);
        const device = args.device == null ? undefined : validate(z.string().regex(/^\/dev\/[a-z]+$/, 'must be a device name such as /dev/vdc'), args.device, ['device']);
        const session = sessionFor(ctx, ref.provider);
        const [volume, [server]] = await Promise.all([readVolume(ctx, ref), session.compute.getServers(serverRef.region, [serverRef.id])]);
        if (!server) throw new NotFoundError('Server', serverRef.id, `Server ${serverRef.id} does not exist in ${serverRef.region}`);
        if (volume.attachments.some((a) => a.serverId === server.id)) throw new ConflictError(`${volumeLabel(volume)} is already attached to server "${server.name}"`, volume.status);
        if (volume.attachments.length && !volume.multiattach) {
          throw new ConflictError(`${volumeLabel(volume)} is attached to ${await serverNames(ctx, ref, volume.attachments.map((a) => a.serverId))}`, volume.status);
        }
        if (volume.status !== 'AVAILABLE') throw new ConflictError(`${volumeLabel(volume)} is ${volume.status}, not AVAILABLE`, volume.status);
        const attachment = await session.blockStorage.attachVolume(ref.region, ref.id, serverRef.id, device);
        changed(ctx, ref, 'volumes');
        changed(ctx, ref, 'servers');
        const attaching = await readVolume(ctx, ref);
        return { volume: attaching, server, device: attachment.device, operation: track(ctx, 'VOLUME_ATTACH', ref, attaching.status) };
      }),
  }),
  detachVolume: t.field({
    type: VolumePayload,
    description: 'Detaches a volume from a server (its only one when serverId is omitted); it passes through DETACHING to AVAILABLE.',
    args: { volumeId: t.arg.id({ required: true }), serverId: t.arg.id({ required: false }) },
    resolve: (_, args, ctx) =>
      outcome<VolumeOutcome>({ volume: null }, async () => {
        const ref = parseGlobalId(String(args.volumeId), 'Volume', ['volumeId']);
        const serverRef = args.serverId == null ? undefined : parseGlobalId(String(args.serverId), 'Server', ['serverId']);
        if (serverRef) sameRegion(ref, serverRef, ['serverId']);
        const volume = await readVolume(ctx, ref);
        if (!volume.attachments.length) throw new ConflictError(`${volumeLabel(volume)} is not attached`, volume.status);
        const serverId = serverRef?.id ?? (volume.attachments.length === 1 ? volume.attachments[0]!.serverId : undefined);
        if (!serverId) throw new ValidationError(`${volumeLabel(volume)} is attached to several servers; give serverId`, ['serverId']);
        if (!volume.attachments.some((a) => a.serverId === serverId)) {
          throw new ConflictError(`${volumeLabel(volume)} is not attached to that server but to ${await serverNames(ctx, ref, volume.attachments.map((a) => a.serverId))}`, volume.status);
        }
        await sessionFor(ctx, ref.provider).blockStorage.detachVolume(ref.region, ref.id, serverId);
        changed(ctx, ref, 'volumes');
        changed(ctx, ref, 'servers');
        const detaching = await readVolume(ctx, ref);
        return { volume: detaching, operation: track(ctx, 'VOLUME_DETACH', ref, detaching.status) };
      }),
  }),
  createSnapshot: t.field({
    type: SnapshotPayload,
    description: 'Snapshots a volume (an attached one only with force: true); returns it CREATING.',
    args: { input: t.arg({ type: CreateSnapshotInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ snapshot: null as Snapshot | null }, async () => {
        const ref = parseGlobalId(String(input.volumeId), 'Volume', ['input', 'volumeId']);
        const name = validate(resourceName, input.name, ['input', 'name']);
        const desc = input.description == null ? undefined : validate(description, input.description, ['input', 'description']);
        const volume = await readVolume(ctx, ref);
        const force = input.force ?? false;
        if (!(volume.status === 'AVAILABLE' || (volume.status === 'IN_USE' && force))) {
          throw new ConflictError(
            volume.status === 'IN_USE' ? `${volumeLabel(volume)} is attached (IN_USE); pass force: true to snapshot it anyway` : `${volumeLabel(volume)} is ${volume.status}; wait until it is AVAILABLE`,
            volume.status,
          );
        }
        const session = sessionFor(ctx, ref.provider);
        const snapshot = await keyedCreate(ctx, session, ref, input, {
          kind: 'Snapshot',
          create: () => session.blockStorage.createSnapshot(ref.region, { volumeId: ref.id, name, description: desc, force }),
          id: (made) => made.id,
          read: async (id) => (await lists.snapshots(ctx, ref)).find((x) => x.id === id),
        });
        changed(ctx, ref, 'snapshots');
        return { snapshot };
      }),
  }),
  deleteSnapshot: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a snapshot; it passes through DELETING.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Snapshot', ['id']);
        const snapshot = (await lists.snapshots(ctx, ref)).find((s) => s.id === ref.id);
        if (!snapshot) throw new NotFoundError('Snapshot', ref.id, `Snapshot ${ref.id} does not exist in ${ref.region}`);
        if (snapshot.status !== 'AVAILABLE' && snapshot.status !== 'ERROR') throw new ConflictError(`Snapshot "${snapshot.name ?? snapshot.id}" is ${snapshot.status}`, snapshot.status);
        await sessionFor(ctx, ref.provider).blockStorage.deleteSnapshot(ref.region, ref.id);
        changed(ctx, ref, 'snapshots');
        return { deletedId: String(args.id) };
      }),
  }),
}));

registerNodeLoader('Volume', VolumeRef);
registerNodeLoader('Snapshot', SnapshotRef);
registerNodeLoader('VolumeType', VolumeTypeRef);
