import { ValidationError } from '../errors.js';
import { orNull, pickByIds } from '../lookup.js';
import {
  enumFrom,
  SNAPSHOT_STATUSES,
  VOLUME_STATUSES,
  type CreateSnapshotSpec,
  type CreateVolumeSpec,
  type Snapshot,
  type Volume,
  type VolumeAttachment,
  type VolumeType,
} from '../model.js';
import type { BlockStorageApi } from '../provider.js';
import { toDate } from '../wire.js';
import type { KakaoCall, KakaoClient, KakaoService } from './client.js';
import { markedDescription, readMark } from './idempotency-mark.js';
import { segment } from '../url.js';

// --- Volume service wire shapes (kakaocloud §4; only what Hanul reads, nearly all nullable) ---

interface KakaoVolume {
  id: string;
  name?: string | null;
  description?: string | null;
  size: number;
  /** Lower case, with `in_use` (an underscore, unlike Cinder's `in-use`). */
  status: string;
  /** The type's name. */
  volume_type?: string | null;
  type?: string | null;
  availability_zone?: string | null;
  is_bootable?: boolean | null;
  is_encrypted?: boolean | null;
  instance_id?: string | null;
  mount_point?: string | null;
  attachments?: { id?: string | null; instance_id: string; device?: string | null }[] | null;
  snapshot_id?: string | null;
  source_volume_id?: string | null;
  metadata?: Record<string, string> | null;
  created_at?: string | null;
  updated_at?: string | null;
}

interface KakaoSnapshot {
  id: string;
  name?: string | null;
  description?: string | null;
  status: string;
  volume_id: string;
  size?: number | null;
  created_at?: string | null;
}

interface KakaoVolumeType {
  id: string;
  name: string;
  description?: string | null;
}


/**
 * KakaoCloud block storage for one project: volumes, volume types and snapshots on the
 * volume service, attachments on the bcs host (`/instances/{id}/volumes/{volume_id}`,
 * kakaocloud §3.3, §4). Returns the neutral model.
 */
export class KakaoBlockStorage implements BlockStorageApi {
  constructor(private readonly client: KakaoClient) {}

  /** Unpaged (kakaocloud §1.4). */
  async listVolumeTypes(region: string): Promise<VolumeType[]> {
    const body = await this.client.json<{ volume_types: KakaoVolumeType[] }>('volume', region, { path: '/api/v1/volumes/types' });
    return body.volume_types.map((t) => ({ provider: 'KAKAO', region, id: t.id, name: t.name, description: t.description ?? null, isPublic: true, backendName: null }));
  }

  async listVolumes(region: string): Promise<Volume[]> {
    return (await this.client.list<KakaoVolume>('volume', region, '/api/v1/volumes', 'volumes')).map((v) => this.volume(region, v));
  }

  async getVolumes(region: string, ids: readonly string[]): Promise<Volume[]> {
    return pickByIds(ids, () => this.listVolumes(region), (id) => this.getVolume(region, id));
  }

  /**
   * A volume lives in one availability zone, which KakaoCloud requires. From a snapshot,
   * the snapshot is restored (`POST /snapshots/{id}/restore`) and the new volume takes its
   * size (a larger size is refused rather than silently shrunk). Volumes carry no metadata
   * on create: the idempotency key goes into the description.
   */
  async createVolume(region: string, spec: CreateVolumeSpec): Promise<Volume> {
    if (!spec.availabilityZone) {
      throw new ValidationError('A KakaoCloud volume lives in one availability zone: give availabilityZone (Region.availabilityZones lists them)', ['input', 'availabilityZone']);
    }
    const typeId = spec.volumeTypeName ? await this.volumeTypeId(region, spec.volumeTypeName) : undefined;
    const typed = typeId ? { volume_type_id: typeId } : {};
    if (spec.snapshotId) {
      await this.requireSnapshotSize(region, spec.snapshotId, spec.sizeGb);
      const body = await this.json<{ volume?: KakaoVolume }>(region, 'volume', {
        method: 'POST',
        path: `/api/v1/snapshots/${segment(spec.snapshotId)}/restore`,
        body: { restore: { name: spec.name, availability_zone: spec.availabilityZone, ...typed } },
      }, 'Snapshot', spec.snapshotId);
      if (body.volume) return this.volume(region, body.volume);
      throw new ValidationError('KakaoCloud restored the snapshot without saying which volume it made', ['input', 'snapshotId']);
    }
    const body = await this.client.json<{ volume: KakaoVolume }>('volume', region, {
      method: 'POST',
      path: '/api/v1/volumes',
      body: {
        volume: {
          name: spec.name,
          size: spec.sizeGb,
          availability_zone: spec.availabilityZone,
          // Volumes carry no metadata on create: the idempotency key rides in the description.
          description: markedDescription(spec.description, spec.metadata),
          ...typed,
        },
      },
    });
    return this.volume(region, body.volume);
  }

  /**
   * The restore call takes no size (kakaocloud §4): the volume comes out at the snapshot's
   * size, so asking for more is refused before anything is made.
   */
  private async requireSnapshotSize(region: string, snapshotId: string, sizeGb: number): Promise<void> {
    const read = await this.client.json<{ snapshot: KakaoSnapshot }>('volume', region, { path: `/api/v1/snapshots/${segment(snapshotId)}`, resourceType: 'Snapshot', resourceId: snapshotId });
    const size = read.snapshot.size;
    if (size != null && sizeGb > size) {
      throw new ValidationError(
        `KakaoCloud restores a snapshot at its own size, ${size} GB: ask for ${size} GB, then extend the volume to ${sizeGb} GB once it is available`,
        ['input', 'sizeGb'],
      );
    }
  }

  /** The update takes the name every time (kakaocloud §4): the current one is kept when only the description changes. */
  async updateVolume(region: string, id: string, change: { name?: string; description?: string }): Promise<Volume> {
    const name = change.name ?? (await this.getVolume(region, id)).name ?? '';
    const body = await this.json<{ volume?: KakaoVolume }>(region, 'volume', {
      method: 'PUT',
      path: `/api/v1/volumes/${segment(id)}`,
      body: { volume: { name, ...(change.description !== undefined ? { description: change.description } : {}) } },
    }, 'Volume', id);
    return body.volume ? this.volume(region, body.volume) : this.getVolume(region, id);
  }

  async extendVolume(region: string, id: string, sizeGb: number): Promise<void> {
    await this.send(region, 'volume', { method: 'POST', path: `/api/v1/volumes/${segment(id)}/size`, body: { volume: { new_size: sizeGb } } }, 'Volume', id);
  }

  async deleteVolume(region: string, id: string): Promise<void> {
    await this.send(region, 'volume', { method: 'DELETE', path: `/api/v1/volumes/${segment(id)}` }, 'Volume', id);
  }

  /** The cloud picks the device (`mount_point`); a device asked for has no counterpart. The volume stays when the server is deleted. */
  async attachVolume(region: string, volumeId: string, serverId: string): Promise<VolumeAttachment> {
    const body = await this.client.maybeJson<{ volume?: { mount_point?: string | null } }>('bcs', region, {
      method: 'POST',
      path: `/api/v1/instances/${segment(serverId)}/volumes/${segment(volumeId)}`,
      body: { volume: { is_delete_on_termination: false } },
      resourceType: 'Volume',
      resourceId: volumeId,
    });
    return { serverId, device: body?.volume?.mount_point ?? null, attachmentId: null };
  }

  async detachVolume(region: string, volumeId: string, serverId: string): Promise<void> {
    await this.send(region, 'bcs', { method: 'DELETE', path: `/api/v1/instances/${segment(serverId)}/volumes/${segment(volumeId)}` }, 'Volume', volumeId);
  }

  async listSnapshots(region: string): Promise<Snapshot[]> {
    return (await this.client.list<KakaoSnapshot>('volume', region, '/api/v1/snapshots', 'snapshots')).map((s) => this.snapshot(region, s));
  }

  /**
   * A full (not incremental) snapshot; KakaoCloud snapshots attached volumes too, so
   * `force` has no counterpart. The answer names only the id: the snapshot is read back,
   * or, while the cloud does not show it yet, given as it was accepted (`CREATING`).
   */
  async createSnapshot(region: string, spec: CreateSnapshotSpec): Promise<Snapshot> {
    const body = await this.json<{ snapshot: { id: string; name?: string | null } }>(region, 'volume', {
      method: 'POST',
      path: `/api/v1/volumes/${segment(spec.volumeId)}/snapshots`,
      body: { snapshot: { name: spec.name, ...(spec.description !== undefined ? { description: spec.description } : {}), is_incremental: false } },
    }, 'Volume', spec.volumeId);
    const id = body.snapshot.id;
    const read = await orNull(this.client.json<{ snapshot: KakaoSnapshot }>('volume', region, { path: `/api/v1/snapshots/${segment(id)}`, resourceType: 'Snapshot', resourceId: id }));
    return this.snapshot(region, read?.snapshot ?? { id, name: spec.name, description: spec.description ?? null, status: 'creating', volume_id: spec.volumeId, created_at: new Date().toISOString() });
  }

  async deleteSnapshot(region: string, id: string): Promise<void> {
    await this.send(region, 'volume', { method: 'DELETE', path: `/api/v1/snapshots/${segment(id)}` }, 'Snapshot', id);
  }

  private async getVolume(region: string, id: string): Promise<Volume> {
    return this.volume(region, (await this.json<{ volume: KakaoVolume }>(region, 'volume', { path: `/api/v1/volumes/${segment(id)}` }, 'Volume', id)).volume);
  }

  /** Volumes name their type; creates take its id. */
  private async volumeTypeId(region: string, name: string): Promise<string> {
    const type = (await this.listVolumeTypes(region)).find((t) => t.name === name);
    if (!type) throw new ValidationError(`${region} has no volume type "${name}"`, ['input', 'volumeTypeName']);
    return type.id;
  }

  private json<T>(region: string, service: KakaoService, call: KakaoCall, resourceType: string, resourceId: string): Promise<T> {
    return this.client.json<T>(service, region, { ...call, resourceType, resourceId });
  }

  private async send(region: string, service: KakaoService, call: KakaoCall, resourceType: string, resourceId: string): Promise<void> {
    await this.client.raw(service, region, { ...call, resourceType, resourceId });
  }

  private volume(region: string, v: KakaoVolume): Volume {
    const attachments = v.attachments?.length
      ? v.attachments.map((a) => ({ serverId: a.instance_id, device: a.device ?? null, attachmentId: a.id ?? null }))
      : v.instance_id
        ? [{ serverId: v.instance_id, device: v.mount_point ?? null, attachmentId: null }]
        : [];
    return {
      provider: 'KAKAO',
      region,
      id: v.id,
      name: v.name ?? null,
      description: readMark(v.description).description,
      sizeGb: v.size,
      status: enumFrom(v.status, VOLUME_STATUSES, 'UNKNOWN'),
      rawStatus: v.status,
      volumeTypeName: v.volume_type ?? v.type ?? null,
      availabilityZone: v.availability_zone ?? null,
      bootable: v.is_bootable ?? false,
      rawBootable: v.is_bootable === undefined || v.is_bootable === null ? null : String(v.is_bootable),
      encrypted: v.is_encrypted ?? false,
      multiattach: false,
      attachments,
      snapshotId: v.snapshot_id ?? null,
      sourceVolumeId: v.source_volume_id ?? null,
      metadata: { ...v.metadata, ...readMark(v.description).metadata },
      createdAt: toDate(v.created_at),
      updatedAt: toDate(v.updated_at),
    };
  }

  private snapshot(region: string, s: KakaoSnapshot): Snapshot {
    return {
      provider: 'KAKAO',
      region,
      id: s.id,
      name: s.name ?? null,
      description: s.description ?? null,
      status: enumFrom(s.status, SNAPSHOT_STATUSES, 'UNKNOWN'),
      rawStatus: s.status,
      sizeGb: s.size ?? 0,
      volumeId: s.volume_id,
      progress: null,
      rawProgress: null,
      metadata: {},
      createdAt: toDate(s.created_at),
    };
  }
}
