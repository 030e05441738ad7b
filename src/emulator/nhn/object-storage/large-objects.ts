import { createHash } from 'node:crypto';
import { isoMicrosNoZone } from '../../clock.js';
import type { EmuRequest } from '../../router.js';
import { purgeExpired, type SwiftContainer, type SwiftObject } from './state.js';
import { SWIFT_TEXT, swiftError } from './swift-http.js';

/**
 * Swift large objects (nhn-object-storage §4.1): a DLO manifest names a segment prefix
 * (`X-Object-Manifest: {container}/{prefix}`), an SLO manifest lists its segments. Reading
 * either returns the segments joined; `?multipart-manifest=get` returns the manifest itself.
 */

/** One SLO segment as Swift stores it and answers `?multipart-manifest=get`. */
export interface SloSegment {
  /** `/{container}/{object}`. */
  name: string;
  hash: string;
  bytes: number;
  content_type: string;
  last_modified: string;
}

/** The SLO part of a manifest object: its segments and the totals Swift reports for it. */
export interface SloManifest {
  segments: SloSegment[];
  bytes: number;
  /** MD5 of the concatenated segment ETags, Swift's ETag of the whole object. */
  etag: string;
}

/** Swift's limit on the entries of one SLO manifest (§4.1). */
const MAX_SEGMENTS = 10_000;

type Containers = ReadonlyMap<string, SwiftContainer>;

export function multipartManifest(req: EmuRequest): string | undefined {
  return req.query.get('multipart-manifest') ?? undefined;
}

/** MD5 of the segments' ETags joined, as Swift computes a DLO's and an SLO's ETag. */
function etagOfEtags(etags: string[]): string {
  return createHash('md5').update(etags.join('')).digest('hex');
}

/** `{container}/{object}` with an optional leading `/`, percent-decoded. */
function splitPath(path: string): { container: string; object: string } | undefined {
  const trimmed = path.replace(/^\//, '');
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || slash === trimmed.length - 1) return undefined;
  try {
    return { container: decodeURIComponent(trimmed.slice(0, slash)), object: decodeURIComponent(trimmed.slice(slash + 1)) };
  } catch {
    return undefined;
  }
}

function find(containers: Containers, path: { container: string; object: string }, now: Date): SwiftObject | undefined {
  const container = containers.get(path.container);
  if (!container) return undefined;
  purgeExpired(container, now);
  return container.objects.get(path.object);
}

/**
 * Validates the JSON body of `PUT ?multipart-manifest=put` against the stored segments and
 * returns the manifest to keep. Every problem is listed in one plain-text 400, as Swift does.
 */
export function parseSloManifest(containers: Containers, body: Buffer, now: Date): SloManifest {
  let entries: unknown;
  try {
    entries = JSON.parse(body.toString('utf8'));
  } catch {
    throw swiftError(400, 'Manifest must be valid JSON.\n', SWIFT_TEXT);
  }
  if (!Array.isArray(entries) || entries.length === 0) throw swiftError(400, 'Manifest must be a list of at least one segment.\n', SWIFT_TEXT);
  if (entries.length > MAX_SEGMENTS) throw swiftError(400, `Manifest has more than ${MAX_SEGMENTS} segments.\n`, SWIFT_TEXT);
  const errors: string[] = [];
  const segments: SloSegment[] = [];
  entries.forEach((entry: unknown, index) => {
    const e = (entry ?? {}) as { path?: unknown; etag?: unknown; size_bytes?: unknown };
    const path = typeof e.path === 'string' ? splitPath(e.path) : undefined;
    if (!path) {
      errors.push(`Index ${index}: path must be of the form /container/object`);
      return;
    }
    const label = `/${path.container}/${path.object}`;
    const segment = find(containers, path, now);
    if (!segment) return void errors.push(`${label}, 404 Not Found`);
    if (segment.slo) return void errors.push(`${label}, nested SLO segments are not emulated`);
    if (e.etag != null && String(e.etag).replace(/"/g, '').toLowerCase() !== segment.etag) errors.push(`${label}, Etag Mismatch`);
    if (e.size_bytes != null && Number(e.size_bytes) !== segment.data.length) errors.push(`${label}, Size Mismatch`);
    segments.push({ name: label, hash: segment.etag, bytes: segment.data.length, content_type: segment.contentType, last_modified: isoMicrosNoZone(segment.modifiedAt) });
  });
  // Swift's answer lists the failing segments one per line.
  if (errors.length > 0) throw swiftError(400, `Errors:\n${errors.join('\n')}\n`, SWIFT_TEXT);
  return { segments, bytes: segments.reduce((n, s) => n + s.bytes, 0), etag: etagOfEtags(segments.map((s) => s.hash)) };
}

/** What a GET of a large object answers: the joined bytes and the ETag of the whole. */
export interface Joined {
  data: Buffer;
  etag: string;
}

/** The bytes of a DLO: every object under its prefix, in name order (missing segments read as none). */
function joinDlo(containers: Containers, manifest: string, now: Date): Joined {
  const slash = manifest.indexOf('/');
  const containerName = decodeURIComponent(slash < 0 ? manifest : manifest.slice(0, slash));
  const prefix = slash < 0 ? '' : decodeURIComponent(manifest.slice(slash + 1));
  const container = containers.get(containerName);
  if (!container) return { data: Buffer.alloc(0), etag: etagOfEtags([]) };
  purgeExpired(container, now);
  const parts = [...container.objects.values()].filter((o) => o.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { data: Buffer.concat(parts.map((p) => p.data)), etag: etagOfEtags(parts.map((p) => p.etag)) };
}

/**
 * The bytes of an SLO. [guess] A segment deleted or changed since the manifest was written
 * answers 409 before any byte, where Swift would cut the stream short.
 */
function joinSlo(containers: Containers, slo: SloManifest, now: Date): Joined {
  const parts = slo.segments.map((s) => {
    const segment = find(containers, splitPath(s.name)!, now);
    if (!segment || segment.etag !== s.hash) throw swiftError(409, `Segment ${s.name} is missing or was changed.\n`, SWIFT_TEXT);
    return segment.data;
  });
  return { data: Buffer.concat(parts), etag: slo.etag };
}

/** The joined content of a manifest object, or undefined for a plain object. */
export function joinedContent(containers: Containers, object: SwiftObject, now: Date): Joined | undefined {
  if (object.slo) return joinSlo(containers, object.slo, now);
  if (object.manifest !== undefined) return joinDlo(containers, object.manifest, now);
  return undefined;
}

/** The manifest body `?multipart-manifest=get` answers, as Swift stores it. */
export function sloManifestBody(slo: SloManifest): Buffer {
  return Buffer.from(JSON.stringify(slo.segments));
}

/**
 * Deletes the segments of an SLO (`DELETE ?multipart-manifest=delete`) and answers with
 * Swift's bulk-delete report, in text or JSON as the client accepts.
 */
export function deleteSloSegments(containers: Containers, slo: SloManifest, now: Date): { deleted: number; notFound: number } {
  let deleted = 0;
  let notFound = 0;
  for (const s of slo.segments) {
    const path = splitPath(s.name)!;
    if (find(containers, path, now) && containers.get(path.container)!.objects.delete(path.object)) deleted += 1;
    else notFound += 1;
  }
  return { deleted, notFound };
}

/** Swift's bulk-delete report (`Number Deleted: …`), text by default, JSON on `Accept: application/json`. */
export function bulkDeleteReport(req: EmuRequest, counts: { deleted: number; notFound: number }): { body: string; contentType: string } {
  if ((req.headers.accept ?? '').includes('application/json')) {
    return {
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ 'Number Deleted': counts.deleted, 'Number Not Found': counts.notFound, 'Response Body': '', 'Response Status': '200 OK', Errors: [] }),
    };
  }
  return {
    contentType: 'text/plain; charset=utf-8',
    body: `Number Deleted: ${counts.deleted}\nNumber Not Found: ${counts.notFound}\nResponse Body: \nResponse Status: 200 OK\nErrors: \n`,
  };
}
