import { createHash } from 'node:crypto';
import type { SloManifest } from './large-objects.js';

/** What one storage account holds in one region: containers, their objects and metadata. */

/** The storage classes NHN offers (nhn-object-storage §3.1); fixed at container creation. */
export const STORAGE_POLICIES = ['Standard', 'Economy'] as const;
export type StoragePolicy = (typeof STORAGE_POLICIES)[number];

export interface SwiftObject {
  name: string;
  data: Buffer;
  /** MD5 of `data`, lower-case hex. */
  etag: string;
  contentType: string;
  /** Time of the last PUT or POST: drives `Last-Modified`, `X-Timestamp` and listings. */
  modifiedAt: Date;
  /** `X-Object-Meta-*` values by lower-case key (the part after the prefix). */
  meta: Map<string, string>;
  /** Unix seconds after which the object is gone (`X-Delete-At`). */
  deleteAt?: number;
  /** Unix seconds before which a WORM object may not be overwritten or deleted. */
  wormRetainUntil?: number;
  /** DLO manifest: `X-Object-Manifest`, `{container}/{prefix}` of the segments (§4.1). */
  manifest?: string;
  /** SLO manifest: the segments listed at `?multipart-manifest=put` (§4.1). */
  slo?: SloManifest;
}

export interface SwiftContainer {
  name: string;
  createdAt: Date;
  /** Time of the last PUT or POST on the container (its `Last-Modified`). */
  modifiedAt: Date;
  policy: StoragePolicy;
  /** Set only on object-lock (WORM) containers; a container never switches kind. */
  wormRetentionDays?: number;
  /** `X-Container-Meta-*` values by lower-case key. */
  meta: Map<string, string>;
  /** The other settings headers of nhn-object-storage §3.3, by lower-case header name. */
  settings: Map<string, string>;
  objects: Map<string, SwiftObject>;
}

export interface ObjectStorageState {
  createdAt: Date;
  /** `X-Account-Meta-*` values by lower-case key. */
  meta: Map<string, string>;
  containers: Map<string, SwiftContainer>;
}

export function createObjectStorageState(): ObjectStorageState {
  return { createdAt: new Date(), meta: new Map(), containers: new Map() };
}

/** An empty container of the given storage class. */
export function newContainer(name: string, policy: StoragePolicy, now: Date): SwiftContainer {
  return { name, createdAt: now, modifiedAt: now, policy, meta: new Map(), settings: new Map(), objects: new Map() };
}

/** An object holding `data`, its ETag computed as Swift does (MD5 hex). */
export function newObject(name: string, data: Buffer, contentType: string, now: Date, meta = new Map<string, string>()): SwiftObject {
  return { name, data, etag: createHash('md5').update(data).digest('hex'), contentType, modifiedAt: now, meta };
}

/** Drops the objects whose `X-Delete-At` has passed, as Swift's expirer would. */
export function purgeExpired(container: SwiftContainer, now: Date): void {
  const seconds = now.getTime() / 1000;
  for (const [name, object] of container.objects) {
    if (object.deleteAt !== undefined && object.deleteAt <= seconds) container.objects.delete(name);
  }
}

export interface Usage {
  objects: number;
  bytes: number;
}

export function containerUsage(container: SwiftContainer, now: Date): Usage {
  purgeExpired(container, now);
  let bytes = 0;
  for (const object of container.objects.values()) bytes += object.data.length;
  return { objects: container.objects.size, bytes };
}

export function accountUsage(state: ObjectStorageState, now: Date): Usage & { containers: number } {
  const total = { containers: state.containers.size, objects: 0, bytes: 0 };
  for (const container of state.containers.values()) {
    const usage = containerUsage(container, now);
    total.objects += usage.objects;
    total.bytes += usage.bytes;
  }
  return total;
}
