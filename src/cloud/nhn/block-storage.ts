import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import {
  SNAPSHOT_STATUSES,
  VOLUME_STATUSES,
  type CreateSnapshotSpec,
  type CreateVolumeSpec,
  type Snapshot,
  type SnapshotStatus,
  type Volume,
  type VolumeAttachment,
  type VolumeStatus,
  type VolumeType,
} from '../model.js';
import type { BlockStorageApi } from '../provider.js';
import type { NhnCall, NhnClient, NhnService } from './client.js';
import { toDate } from './wire.js';
import { segment } from '../url.js';

// --- Cinder v2 wire shapes (nhn-block-storage.md; only the fields Hanul reads) ---

interface CinderVolume {
  id: string;
  name?: string | null;
  description?: string | null;
  size: number;
  status: string;
  volume_type?: string | null;
  availability_zone?: string | null;
  /** A string (`"true"`/`"false"`), not a boolean (nhn-block-storage §3.2). */
  bootable?: string | boolean | null;
  encrypted?: boolean;
  multiattach?: boolean;
  attachments?: { server_id: string; attachment_id?: string | null; device?: string | null }[];
  snapshot_id?: string | null;
  source_volid?: string | null;
  metadata?: Record<string, string> | null;
  created_at?: string | null;
  updated_at?: string | null;
}

interface CinderSnapshot {
  id: string;
  name?: string | null;
  description?: string | null;
  status: string;
  size: number;
  volume_id: string;
  metadata?: Record<string, string> | null;
  created_at?: string | null;
  /** A percentage string, `"100%"`. */
  'os-extended-snapshot-attributes:progress'?: string | null;
}

interface CinderVolumeType {
  id: string;
  name: string;
  description?: string | null;
  'os-volume-type-access:is_public'?: boolean;
  extra_specs?: { volume_backend_name?: string } | null;
}

interface NovaVolumeAttachment {
  id: string;
  serverId: string;
  volumeId: string;
  device?: string | null;
}

/** Cinder's `limit` ceiling and default (nhn-block-storage §3.3). */
const PAGE = 1000;
/** Above this many ids in one region, one list call is cheaper than one GET per id. */
const LIST_INSTEAD_OF_GETS = 4;

/** `in-use` → `IN_USE`, `error_backing-up` → `ERROR_BACKING_UP`. */
function normalise<T extends string>(raw: string, known: readonly T[]): T {
  const upper = raw.toUpperCase().replaceAll('-', '_');
  return (known as readonly string[]).includes(upper) ? (upper as T) : ('UNKNOWN' as T);
}


/**
 * NHN block storage (Cinder v2, `/v2/{tenantId}/…`) for one tenant, plus the compute
 * calls that attach and detach volumes (`os-volume_attachments`, nhn-notes §3.8).
 */
export class NhnBlockStorage implements BlockStorageApi {
  constructor(private readonly client: NhnClient) {}

  async listVolumeTypes(region: string): Promise<VolumeType[]> {
    const body = await this.call<{ volume_types: CinderVolumeType[] }>('volume', region, { path: '/types' });
    return body.volume_types.map((t) => ({
      provider: 'NHN',
      region,
      id: t.id,
      name: t.name,
      description: t.description ?? null,
      isPublic: t['os-volume-type-access:is_public'] ?? true,
      backendName: t.extra_specs?.volume_backend_name ?? null,
    }));
  }

  async listVolumes(region: string): Promise<Volume[]> {
    const volumes = await this.pages<CinderVolume>(region, '/volumes/detail', 'volumes');
    return volumes.map((v) => this.volume(region, v));
  }

  async getVolumes(region: string, ids: readonly string[]): Promise<Volume[]> {
    if (ids.length > LIST_INSTEAD_OF_GETS) {
      const wanted = new Set(ids);
      return (await this.listVolumes(region)).filter((v) => wanted.has(v.id));
    }
    const found = await Promise.all(
      ids.map(async (id) => {
        try {
          const body = await this.call<{ volume: CinderVolume }>('volume', region, { path: `/volumes/${segment(id)}`, resourceType: 'Volume', resourceId: id });
          return this.volume(region, body.volume);
        } catch (err) {
          if (err instanceof NotFoundError) return null;
          throw err;
        }
      }),
    );
    return found.filter((v): v is Volume => v !== null);
  }

  async createVolume(region: string, spec: CreateVolumeSpec): Promise<Volume> {
    const body = await this.call<{ volume: CinderVolume }>('volume', region, {
      method: 'POST',
      path: '/volumes',
      body: {
        volume: {
          size: spec.sizeGb,
          name: spec.name,
          ...(spec.description === undefined ? {} : { description: spec.description }),
          ...(spec.volumeTypeName ? { volume_type: spec.volumeTypeName } : {}),
          ...(spec.availabilityZone ? { availability_zone: spec.availabilityZone } : {}),
          ...(spec.snapshotId ? { snapshot_id: spec.snapshotId } : {}),
          metadata: spec.metadata,
        },
      },
      resourceType: spec.snapshotId ? 'Snapshot' : undefined,
      resourceId: spec.snapshotId,
    });
    return this.volume(region, body.volume);
  }

  async updateVolume(region: string, id: string, change: { name?: string; description?: string }): Promise<Volume> {
    const body = await this.call<{ volume: CinderVolume }>('volume', region, {
      method: 'PUT',
      path: `/volumes/${segment(id)}`,
      body: { volume: change },
      resourceType: 'Volume',
      resourceId: id,
    });
    return this.volume(region, body.volume);
  }

  async extendVolume(region: string, id: string, sizeGb: number): Promise<void> {
    // Cinder v2's `os-extend` (NHN documents the `extending` status; the call is upstream Cinder's).
    await this.send('volume', region, { method: 'POST', path: `/volumes/${segment(id)}/action`, body: { 'os-extend': { new_size: sizeGb } }, resourceType: 'Volume', resourceId: id });
  }

  async deleteVolume(region: string, id: string): Promise<void> {
    await this.send('volume', region, { method: 'DELETE', path: `/volumes/${segment(id)}`, resourceType: 'Volume', resourceId: id });
  }

  async attachVolume(region: string, volumeId: string, serverId: string, device?: string): Promise<VolumeAttachment> {
    try {
      const body = await this.call<{ volumeAttachment: NovaVolumeAttachment }>('compute', region, {
        method: 'POST',
        path: `/servers/${segment(serverId)}/os-volume_attachments`,
        body: { volumeAttachment: { volumeId, ...(device ? { device } : {}) } },
      });
      return { serverId: body.volumeAttachment.serverId, device: body.volumeAttachment.device ?? null, attachmentId: body.volumeAttachment.id };
    } catch (err) {
      throw whichIsMissing(err, volumeId, serverId);
    }
  }

  async detachVolume(region: string, volumeId: string, serverId: string): Promise<void> {
    try {
      await this.send('compute', region, { method: 'DELETE', path: `/servers/${segment(serverId)}/os-volume_attachments/${segment(volumeId)}` });
    } catch (err) {
      throw whichIsMissing(err, volumeId, serverId);
    }
  }

  async listSnapshots(region: string): Promise<Snapshot[]> {
    const snapshots = await this.pages<CinderSnapshot>(region, '/snapshots/detail', 'snapshots');
    return snapshots.map((s) => this.snapshot(region, s));
  }

  async createSnapshot(region: string, spec: CreateSnapshotSpec): Promise<Snapshot> {
    const body = await this.call<{ snapshot: CinderSnapshot }>('volume', region, {
      method: 'POST',
      path: '/snapshots',
      body: {
        snapshot: {
          volume_id: spec.volumeId,
          name: spec.name,
          force: spec.force,
          ...(spec.description === undefined ? {} : { description: spec.description }),
        },
      },
      resourceType: 'Volume',
      resourceId: spec.volumeId,
    });
    return this.snapshot(region, body.snapshot);
  }

  async deleteSnapshot(region: string, id: string): Promise<void> {
    await this.send('volume', region, { method: 'DELETE', path: `/snapshots/${segment(id)}`, resourceType: 'Snapshot', resourceId: id });
  }

  // --- transport ---

  /** A whole Cinder list: `limit` pages, following `{key}_links` next links with `marker`. */
  private async pages<T extends { id: string }>(region: string, path: string, key: string): Promise<T[]> {
    const items: T[] = [];
    let marker: string | undefined;
    for (;;) {
      const body = await this.call<Record<string, unknown>>('volume', region, { path, query: { limit: PAGE, marker } });
      const page = (body[key] ?? []) as T[];
      items.push(...page);
      const next = (body[`${key}_links`] as { rel: string; href: string }[] | undefined)?.find((l) => l.rel === 'next');
      if (!next || page.length === 0) return items;
      // Never follow the link itself: NHN's links name legacy hosts (nhn-block-storage §1).
      marker = new URL(next.href).searchParams.get('marker') ?? page[page.length - 1]!.id;
    }
  }

  private async call<T>(service: NhnService, region: string, call: NhnCall): Promise<T> {
    try {
      return await this.client.json<T>(service, region, call);
    } catch (err) {
      throw refine(err);
    }
  }

  private async send(service: NhnService, region: string, call: NhnCall): Promise<void> {
    try {
      await this.client.raw(service, region, call);
    } catch (err) {
      throw refine(err);
    }
  }

  // --- mappers ---

  private volume(region: string, v: CinderVolume): Volume {
    const rawBootable = v.bootable === undefined || v.bootable === null ? null : String(v.bootable);
    return {
      provider: 'NHN',
      region,
      id: v.id,
      name: v.name ?? null,
      description: v.description ?? null,
      sizeGb: v.size,
      status: normalise<VolumeStatus>(v.status, VOLUME_STATUSES),
      rawStatus: v.status,
      volumeTypeName: v.volume_type ?? null,
      availabilityZone: v.availability_zone ?? null,
      bootable: rawBootable?.toLowerCase() === 'true',
      rawBootable,
      encrypted: v.encrypted ?? false,
      multiattach: v.multiattach ?? false,
      attachments: (v.attachments ?? []).map((a) => ({ serverId: a.server_id, device: a.device ?? null, attachmentId: a.attachment_id ?? null })),
      snapshotId: v.snapshot_id ?? null,
      sourceVolumeId: v.source_volid ?? null,
      metadata: v.metadata ?? {},
      createdAt: toDate(v.created_at),
      updatedAt: toDate(v.updated_at),
    };
  }

  private snapshot(region: string, s: CinderSnapshot): Snapshot {
    const rawProgress = s['os-extended-snapshot-attributes:progress'] ?? null;
    const progress = rawProgress === null ? null : Number.parseInt(rawProgress, 10);
    return {
      provider: 'NHN',
      region,
      id: s.id,
      name: s.name ?? null,
      description: s.description ?? null,
      status: normalise<SnapshotStatus>(s.status, SNAPSHOT_STATUSES),
      rawStatus: s.status,
      sizeGb: s.size,
      volumeId: s.volume_id,
      progress: progress === null || Number.isNaN(progress) ? null : progress,
      rawProgress,
      metadata: s.metadata ?? {},
      createdAt: toDate(s.created_at),
    };
  }
}

/**
 * Cinder (and Nova relaying it) answers 400 `Invalid volume: … status must be …` when the
 * volume's state forbids the action: attached, has snapshots, busy. That is a conflict
 * with the current state, not bad input.
 */
function refine(err: unknown): unknown {
  if (err instanceof ValidationError && /^Invalid (volume|snapshot)|status must|root device|in-use|attached/i.test(err.message)) {
    return new ConflictError(err.message);
  }
  return err;
}

/** A 404 of an attachment call may be the server or the volume: the message says which. */
function whichIsMissing(err: unknown, volumeId: string, serverId: string): unknown {
  if (!(err instanceof NotFoundError)) return err;
  if (/volume/i.test(err.message)) return new NotFoundError('Volume', volumeId);
  return new NotFoundError('Server', serverId);
}
