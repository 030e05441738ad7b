import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorContext } from '../../context.js';
import type { EmuRequest, EmuResponse } from '../../router.js';
import { existingContainer, objectName, publicRead, storageState } from './access.js';
import { bulkDeleteReport, deleteSloSegments, joinedContent, multipartManifest, parseSloManifest, sloManifestBody } from './large-objects.js';
import { freshMeta, header, mergeMeta, metaHeaders, readMeta } from './metadata.js';
import { newObject, purgeExpired, type ObjectStorageState, type SwiftContainer, type SwiftObject } from './state.js';
import { httpDate, SWIFT_HTML, SWIFT_TEXT, swiftError, swiftTimestamp } from './swift-http.js';
import { enforceUploadPolicy } from './upload-policy.js';

const MAX_OBJECT_NAME_BYTES = 1024;
const DAY_SECONDS = 86_400;

interface ObjectPath {
  container: string;
  object: string;
}

function unixSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

function liveObject(ctx: EmulatorContext, container: SwiftContainer, name: string): SwiftObject {
  purgeExpired(container, ctx.now());
  const object = container.objects.get(name);
  if (!object) throw swiftError(404);
  return object;
}

/** The headers GET and HEAD answer with (nhn-object-storage §4). */
function objectHeaders(container: SwiftContainer, object: SwiftObject): Record<string, string> {
  const rfcEtags = container.settings.get('x-container-rfc-compliant-etags')?.toLowerCase() === 'true';
  const headers: Record<string, string> = {
    'content-type': object.contentType,
    etag: rfcEtags ? `"${object.etag}"` : object.etag,
    'last-modified': httpDate(object.modifiedAt),
    'x-timestamp': swiftTimestamp(object.modifiedAt),
    'accept-ranges': 'bytes',
    ...metaHeaders('object', object.meta),
  };
  if (object.deleteAt !== undefined) headers['x-delete-at'] = String(object.deleteAt);
  if (object.wormRetainUntil !== undefined) headers['x-object-worm-retain-until'] = String(object.wormRetainUntil);
  if (object.manifest !== undefined) headers['x-object-manifest'] = object.manifest;
  if (object.slo) {
    headers['x-static-large-object'] = 'True';
    headers['x-manifest-etag'] = object.etag;
  }
  return headers;
}

/**
 * The expiry a request asks for through `X-Delete-After` (seconds from now, which wins)
 * or `X-Delete-At` (unix seconds), with Swift's plain-text 400s for bad values.
 */
function requestedDeleteAt(headers: IncomingHttpHeaders, now: Date): number | undefined {
  const seconds = unixSeconds(now);
  const after = header(headers, 'x-delete-after');
  if (after !== undefined) {
    if (!/^\s*[-+]?\d+\s*$/.test(after)) throw swiftError(400, 'Non-integer X-Delete-After', SWIFT_TEXT);
    const at = seconds + Number(after);
    if (at <= seconds) throw swiftError(400, 'X-Delete-After in past', SWIFT_TEXT);
    return at;
  }
  const at = header(headers, 'x-delete-at');
  if (at === undefined) return undefined;
  if (!/^\s*[-+]?\d+\s*$/.test(at)) throw swiftError(400, 'Non-integer X-Delete-At', SWIFT_TEXT);
  if (Number(at) <= seconds) throw swiftError(400, 'X-Delete-At in past', SWIFT_TEXT);
  return Number(at);
}

/** [guess] The lock of a WORM object refuses overwrite and delete with Swift's stock 409. */
function checkNotLocked(ctx: EmulatorContext, object: SwiftObject | undefined): void {
  if (object?.wormRetainUntil !== undefined && object.wormRetainUntil > unixSeconds(ctx.now())) throw swiftError(409);
}

/**
 * Stores `object` in `container` after the checks every write shares: name length, upload
 * policy and object lock. Fills in the lifecycle expiry and lock date the container imposes.
 */
function store(ctx: EmulatorContext, container: SwiftContainer, object: SwiftObject): EmuResponse {
  const bytes = Buffer.byteLength(object.name);
  if (bytes > MAX_OBJECT_NAME_BYTES) {
    throw swiftError(400, `Object name length of ${bytes} longer than ${MAX_OBJECT_NAME_BYTES}`, SWIFT_TEXT);
  }
  enforceUploadPolicy(container, object.name);
  checkNotLocked(ctx, container.objects.get(object.name));
  const now = unixSeconds(object.modifiedAt);
  const lifecycle = container.settings.get('x-container-object-lifecycle');
  // The container lifecycle applies to objects uploaded after it was set (nhn-object-storage §3.3).
  if (object.deleteAt === undefined && lifecycle) object.deleteAt = now + Number(lifecycle) * DAY_SECONDS;
  if (container.wormRetentionDays !== undefined) object.wormRetainUntil ??= now + container.wormRetentionDays * DAY_SECONDS;
  else delete object.wormRetainUntil;
  container.objects.set(object.name, object);
  return {
    status: 201,
    headers: { etag: object.etag, 'last-modified': httpDate(object.modifiedAt), 'content-type': SWIFT_HTML },
  };
}

/**
 * `PUT /v1/{account}/{container}/{object}`: upload or overwrite (201), or a server-side
 * copy when `X-Copy-From` names a source.
 */
export function putObject(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const state = storageState(ctx, req);
  const target = { container: req.params.container!, object: objectName(req) };
  const copyFrom = header(req.headers, 'x-copy-from');
  if (copyFrom !== undefined) {
    if (req.rawBody.length > 0) throw swiftError(400, 'Copy requests require a zero byte body', SWIFT_TEXT);
    const source = parseObjectPath(copyFrom, 'X-Copy-From');
    return copy(ctx, req, state, source, target);
  }
  const container = existingContainer(state, target.container);
  const chunked = header(req.headers, 'transfer-encoding') === 'chunked';
  if (header(req.headers, 'content-length') === undefined && !chunked) {
    throw swiftError(411, 'Missing Content-Length header.', SWIFT_TEXT);
  }
  const now = ctx.now();
  // [guess] Swift's proxy fills a missing Content-Type in; NHN calls the header required.
  const contentType = header(req.headers, 'content-type') ?? 'application/octet-stream';
  const meta = freshMeta(readMeta(req.headers, 'object'));
  if (multipartManifest(req) === 'put') return putSloManifest(ctx, req, state, container, target.object, contentType, meta);
  const object = newObject(target.object, req.rawBody, contentType, now, meta);
  const expected = header(req.headers, 'etag')?.replace(/"/g, '').toLowerCase();
  if (expected !== undefined && expected !== object.etag) throw swiftError(422);
  object.deleteAt = requestedDeleteAt(req.headers, now);
  const dlo = header(req.headers, 'x-object-manifest');
  if (dlo !== undefined) object.manifest = dlo.replace(/^\//, '');
  return store(ctx, container, object);
}

/**
 * `PUT ?multipart-manifest=put`: stores an SLO manifest once every listed segment checks
 * out. The answer's ETag is the whole object's (quoted, as Swift sends it).
 */
function putSloManifest(
  ctx: EmulatorContext,
  req: EmuRequest,
  state: ObjectStorageState,
  container: SwiftContainer,
  name: string,
  contentType: string,
  meta: Map<string, string>,
): EmuResponse {
  const now = ctx.now();
  const slo = parseSloManifest(state.containers, req.rawBody, now);
  const object = newObject(name, sloManifestBody(slo), contentType, now, meta);
  object.slo = slo;
  object.deleteAt = requestedDeleteAt(req.headers, now);
  const answer = store(ctx, container, object);
  answer.headers = { ...answer.headers, etag: `"${slo.etag}"` };
  return answer;
}

/** `COPY /v1/{account}/{container}/{object}` with `Destination: {container}/{object}`: 201. */
export function copyObject(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const state = storageState(ctx, req);
  const destination = header(req.headers, 'destination');
  if (destination === undefined) throw swiftError(412, 'Destination header required');
  const target = parseObjectPath(destination, 'Destination');
  return copy(ctx, req, state, { container: req.params.container!, object: objectName(req) }, target);
}

/** `{container}/{object}` of `Destination` or `X-Copy-From` (a leading `/` and a `; multipart-manifest=get` suffix allowed). */
function parseObjectPath(value: string, headerName: string): ObjectPath {
  const path = value.split(';')[0]!.trim().replace(/^\//, '');
  const slash = path.indexOf('/');
  const malformed = () => swiftError(412, `${headerName} header must be of the form <container name>/<object name>`);
  if (slash <= 0 || slash === path.length - 1) throw malformed();
  try {
    return { container: decodeURIComponent(path.slice(0, slash)), object: decodeURIComponent(path.slice(slash + 1)) };
  } catch {
    throw malformed();
  }
}

/**
 * Copies an object within the account. The copy keeps the source's metadata and expiry
 * unless `X-Fresh-Metadata: true`; request headers add to or override them. A lock date
 * is carried over and cannot be changed (nhn-object-storage §4).
 */
function copy(ctx: EmulatorContext, req: EmuRequest, state: ObjectStorageState, from: ObjectPath, to: ObjectPath): EmuResponse {
  const source = liveObject(ctx, existingContainer(state, from.container), from.object);
  const target = existingContainer(state, to.container);
  const fresh = header(req.headers, 'x-fresh-metadata')?.toLowerCase() === 'true';
  const meta = fresh ? new Map<string, string>() : new Map(source.meta);
  mergeMeta(meta, readMeta(req.headers, 'object'));
  const now = ctx.now();
  // A manifest is copied as the joined object, or as itself with `multipart-manifest=get` (§4).
  const manifestOnly = multipartManifest(req) === 'get' || /multipart-manifest=get/.test(header(req.headers, 'x-copy-from') ?? '');
  const joined = manifestOnly ? undefined : joinedContent(state.containers, source, now);
  const object = newObject(to.object, joined?.data ?? source.data, header(req.headers, 'content-type') ?? source.contentType, now, meta);
  if (manifestOnly) {
    object.manifest = source.manifest;
    object.slo = source.slo;
  }
  object.deleteAt = requestedDeleteAt(req.headers, now) ?? (fresh ? undefined : source.deleteAt);
  object.wormRetainUntil = source.wormRetainUntil;
  const answer = store(ctx, target, object);
  answer.headers = {
    ...answer.headers,
    'x-copied-from': `${encodeURIComponent(from.container)}/${encodeURIComponent(from.object)}`,
    'x-copied-from-last-modified': httpDate(source.modifiedAt),
  };
  return answer;
}

/** `GET` (and `HEAD`) of an object: its bytes and headers; public when the read ACL has `.r:*`. */
export function getObject(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const name = req.params.container!;
  const state = storageState(ctx, req, (s) => publicRead(s, name, false));
  const container = existingContainer(state, name);
  const object = liveObject(ctx, container, objectName(req));
  const headers = objectHeaders(container, object);
  if (multipartManifest(req) === 'get') {
    if (object.slo) headers['content-type'] = 'application/json; charset=utf-8';
    return { status: 200, headers, body: object.data };
  }
  // A large object reads as its segments joined; HEAD reports their total size and ETag.
  const joined = joinedContent(state.containers, object, ctx.now());
  if (!joined) return { status: 200, headers, body: object.data };
  return { status: 200, headers: { ...headers, etag: `"${joined.etag}"` }, body: joined.data };
}

/**
 * `POST` on an object: replaces its custom metadata (Swift semantics), its expiry and
 * content type when given, and extends a WORM lock. 202.
 */
export function updateObject(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const container = existingContainer(storageState(ctx, req), req.params.container!);
  const object = liveObject(ctx, container, objectName(req));
  const meta = freshMeta(readMeta(req.headers, 'object'));
  const deleteAt = requestedDeleteAt(req.headers, ctx.now());
  const retain = header(req.headers, 'x-object-worm-retain-until');
  if (retain !== undefined) {
    // [guess] NHN: only in object-lock containers, and the date may only move later.
    if (object.wormRetainUntil === undefined || !/^\d+$/.test(retain) || Number(retain) < object.wormRetainUntil) {
      throw swiftError(400);
    }
    object.wormRetainUntil = Number(retain);
  }
  object.meta = meta;
  if (deleteAt !== undefined) object.deleteAt = deleteAt;
  object.contentType = header(req.headers, 'content-type') ?? object.contentType;
  object.modifiedAt = ctx.now();
  return { status: 202 };
}

/** `DELETE` on an object: 204; 409 while a WORM lock holds it. */
export function deleteObject(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const state = storageState(ctx, req);
  const container = existingContainer(state, req.params.container!);
  const object = liveObject(ctx, container, objectName(req));
  checkNotLocked(ctx, object);
  container.objects.delete(object.name);
  if (multipartManifest(req) !== 'delete' || !object.slo) return { status: 204 };
  // The manifest and its segments go together; the report counts both.
  const counts = deleteSloSegments(state.containers, object.slo, ctx.now());
  const report = bulkDeleteReport(req, { ...counts, deleted: counts.deleted + 1 });
  return { status: 200, headers: { 'content-type': report.contentType }, body: report.body };
}
