import { createHash } from 'node:crypto';
import type { ApiCall } from './authorized.js';
import { ConflictError, NotFoundError } from './errors.js';
import type { UpstreamResponse } from './http.js';
import type {
  Container,
  ContainerDetails,
  ObjectListing,
  ObjectListingEntry,
  ObjectListQuery,
  ProviderName,
  StorageObject,
  StorageUsage,
  StoredObjectContent,
} from './model.js';
import type { ObjectStorageApi } from './provider.js';
import { segment, segments } from './url.js';
import { toDate } from './wire.js';

/** One call on a Swift account, relative to `/v1/{account}`. */
export type SwiftCall = ApiCall;

/** Sends a call on the account of one region and returns the 2xx answer (the cloud's client: token, URL, errors). */
export type SwiftTransport = (region: string, call: SwiftCall) => Promise<UpstreamResponse>;

/** Swift returns at most this many names per listing page (nhn-object-storage §3.2). */
const SWIFT_PAGE = 10_000;

// --- Swift wire shapes (`format=json`) ---

interface SwiftContainer {
  name: string;
  count: number;
  bytes: number;
  last_modified?: string;
}

type SwiftListingEntry = { subdir: string } | { name: string; hash?: string; bytes: number; content_type?: string; last_modified?: string };

type Headers = UpstreamResponse['headers'];

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function counter(headers: Headers, name: string): number {
  const n = Number(header(headers, name) ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** `X-{scope}-Meta-*` headers as a map; keys are case-insensitive in Swift and come back lower-case. */
function metadata(headers: Headers, scope: 'container' | 'object'): Record<string, string> {
  const prefix = `x-${scope}-meta-`;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!lower.startsWith(prefix) || value === undefined) continue;
    // Settings NHN files under the meta prefix are not user metadata.
    const key = lower.slice(prefix.length);
    if (scope === 'container' && (key === 'temp-url-key' || key === 'temp-url-key-2')) continue;
    out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Metadata as request headers: a value sets the key, an empty value removes it (`X-Remove-…-Meta-*`). */
function metadataHeaders(scope: 'container' | 'object', meta: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value === '') out[`x-remove-${scope}-meta-${key}`] = 'x';
    else out[`x-${scope}-meta-${key}`] = value;
  }
  return out;
}

/** An object name in a path: each `/`-separated part percent-encoded, the slashes kept. */
function objectPath(container: string, name: string): string {
  return `/${segment(container)}/${segments(name)}`;
}

/** Swift HTTP dates (`Last-Modified`) and its zone-less ISO listings are both UTC. */
function swiftDate(value: string | undefined): Date | null {
  if (!value) return null;
  if (/^\d{4}-\d\d-\d\dT/.test(value)) return toDate(value);
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * OpenStack Swift object storage for one account, as both clouds run it: NHN under
 * `/v1/AUTH_{storageTenantId}` (nhn-object-storage), KakaoCloud under `/v1/{project id}`
 * (kakaocloud §10). The transport knows the cloud's URLs and tokens; this knows the wire
 * format and returns the provider-neutral model.
 */
export class SwiftObjectStorage implements ObjectStorageApi {
  constructor(
    private readonly provider: ProviderName,
    private readonly transport: SwiftTransport,
  ) {}

  async usage(region: string): Promise<StorageUsage> {
    const res = await this.transport(region, { method: 'HEAD', path: '' });
    return {
      provider: this.provider,
      region,
      containerCount: counter(res.headers, 'x-account-container-count'),
      objectCount: counter(res.headers, 'x-account-object-count'),
      bytesUsed: counter(res.headers, 'x-account-bytes-used'),
    };
  }

  async listContainers(region: string, prefix?: string): Promise<Container[]> {
    const containers: Container[] = [];
    let marker: string | undefined;
    for (;;) {
      const res = await this.transport(region, { path: '', query: { format: 'json', limit: SWIFT_PAGE, prefix: prefix || undefined, marker } });
      const page = this.jsonArray<SwiftContainer>(res);
      containers.push(
        ...page.map((c) => ({ provider: this.provider, region, name: c.name, objectCount: c.count, bytesUsed: c.bytes, lastModified: swiftDate(c.last_modified) })),
      );
      if (page.length < SWIFT_PAGE) return containers;
      marker = page[page.length - 1]!.name;
    }
  }

  async getContainer(region: string, name: string): Promise<ContainerDetails | null> {
    try {
      const res = await this.transport(region, { method: 'HEAD', path: `/${segment(name)}`, resourceType: 'Container', resourceId: name });
      return {
        metadata: metadata(res.headers, 'container'),
        readAcl: header(res.headers, 'x-container-read') ?? null,
        writeAcl: header(res.headers, 'x-container-write') ?? null,
        storagePolicy: header(res.headers, 'x-storage-policy') ?? null,
        objectCount: counter(res.headers, 'x-container-object-count'),
        bytesUsed: counter(res.headers, 'x-container-bytes-used'),
      };
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  async createContainer(region: string, name: string, options: { storagePolicy?: string; metadata: Record<string, string>; readAcl?: string }): Promise<void> {
    await this.transport(region, {
      method: 'PUT',
      path: `/${segment(name)}`,
      headers: {
        ...(options.storagePolicy ? { 'x-storage-policy': options.storagePolicy } : {}),
        ...(options.readAcl ? { 'x-container-read': options.readAcl } : {}),
        ...metadataHeaders('container', options.metadata),
      },
    });
  }

  async updateContainer(region: string, name: string, change: { metadata: Record<string, string>; readAcl?: string }): Promise<void> {
    await this.transport(region, {
      method: 'POST',
      path: `/${segment(name)}`,
      resourceType: 'Container',
      resourceId: name,
      headers: {
        // An empty value removes the setting (nhn-object-storage §3.3).
        ...(change.readAcl !== undefined ? { 'x-container-read': change.readAcl } : {}),
        ...metadataHeaders('container', change.metadata),
      },
    });
  }

  async deleteContainer(region: string, name: string): Promise<void> {
    try {
      await this.transport(region, { method: 'DELETE', path: `/${segment(name)}`, resourceType: 'Container', resourceId: name });
    } catch (err) {
      // Swift's 409 here always means "not empty" (nhn-object-storage §3.4).
      if (err instanceof ConflictError) throw new ConflictError(`Container ${name} is not empty: delete its objects first`, 'NOT_EMPTY');
      throw err;
    }
  }

  async listObjects(region: string, container: string, query: ObjectListQuery): Promise<ObjectListing> {
    const res = await this.transport(region, {
      path: `/${segment(container)}`,
      query: {
        format: 'json',
        limit: Math.min(query.limit, SWIFT_PAGE),
        prefix: query.prefix || undefined,
        delimiter: query.delimiter || undefined,
        marker: query.marker || undefined,
      },
      resourceType: 'Container',
      resourceId: container,
    });
    const entries = this.jsonArray<SwiftListingEntry>(res);
    return {
      entries: entries.map((e): ObjectListingEntry =>
        'subdir' in e
          ? { kind: 'folder', name: e.subdir }
          : {
              kind: 'object',
              object: {
                provider: this.provider,
                region,
                container,
                name: e.name,
                size: e.bytes,
                contentType: e.content_type ?? null,
                etag: e.hash ?? null,
                lastModified: swiftDate(e.last_modified),
              },
            },
      ),
    };
  }

  async headObject(region: string, container: string, name: string): Promise<{ object: StorageObject; metadata: Record<string, string> } | null> {
    try {
      const res = await this.transport(region, { method: 'HEAD', path: objectPath(container, name), resourceType: 'StorageObject', resourceId: `${container}/${name}` });
      return { object: this.objectFromHeaders(region, container, name, res.headers), metadata: metadata(res.headers, 'object') };
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  async getObject(region: string, container: string, name: string, maxBytes: number): Promise<StoredObjectContent | null> {
    const head = await this.headObject(region, container, name);
    if (!head) return null;
    if (head.object.size > maxBytes) return { ...head, body: null };
    try {
      const res = await this.transport(region, { path: objectPath(container, name), resourceType: 'StorageObject', resourceId: `${container}/${name}` });
      return { object: this.objectFromHeaders(region, container, name, res.headers), metadata: metadata(res.headers, 'object'), body: res.bytes };
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  async putObject(region: string, container: string, name: string, body: Buffer, options: { contentType: string; metadata: Record<string, string> }): Promise<StorageObject> {
    const etag = createHash('md5').update(body).digest('hex');
    const res = await this.transport(region, {
      method: 'PUT',
      path: objectPath(container, name),
      body,
      resourceType: 'Container',
      resourceId: container,
      headers: {
        'content-type': options.contentType,
        // Swift checks the body against it and answers 422 on a mismatch.
        etag,
        ...metadataHeaders('object', options.metadata),
      },
    });
    return {
      provider: this.provider,
      region,
      container,
      name,
      size: body.length,
      contentType: options.contentType,
      etag: header(res.headers, 'etag')?.replace(/"/g, '') ?? etag,
      lastModified: swiftDate(header(res.headers, 'last-modified')) ?? new Date(),
    };
  }

  async deleteObject(region: string, container: string, name: string): Promise<void> {
    await this.transport(region, { method: 'DELETE', path: objectPath(container, name), resourceType: 'StorageObject', resourceId: `${container}/${name}` });
  }

  private objectFromHeaders(region: string, container: string, name: string, headers: Headers): StorageObject {
    return {
      provider: this.provider,
      region,
      container,
      name,
      size: counter(headers, 'content-length'),
      contentType: header(headers, 'content-type') ?? null,
      etag: header(headers, 'etag')?.replace(/"/g, '') ?? null,
      lastModified: swiftDate(header(headers, 'last-modified')),
    };
  }

  /** A JSON listing; Swift may answer an empty one with 204 and no body. */
  private jsonArray<T>(res: UpstreamResponse): T[] {
    if (res.status === 204 || !res.text.trim()) return [];
    const parsed = JSON.parse(res.text) as unknown;
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  }
}
