import { isoMicrosNoZone } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { HttpError } from '../../errors.js';
import { unauthorized } from '../../nhn/auth.js';
import { objectName, publicRead } from '../../nhn/object-storage/access.js';
import { applySettings, settingHeaders } from '../../nhn/object-storage/containers.js';
import { bulkDeleteReport, deleteSloSegments, joinedContent, multipartManifest, parseSloManifest, sloManifestBody } from '../../nhn/object-storage/large-objects.js';
import { listingQuery, pageListing, renderListing } from '../../nhn/object-storage/listing.js';
import { freshMeta, header, metaHeaders, readMeta } from '../../nhn/object-storage/metadata.js';
import { containerUsage, newContainer, newObject, type SwiftContainer } from '../../nhn/object-storage/state.js';
import { httpDate, swiftAnswer, swiftError, swiftTimestamp } from '../../nhn/object-storage/swift-http.js';
import type { EmuRequest, EmuResponse, Handler, Router } from '../../router.js';
import { authToken } from '../auth.js';
import type { KakaoRegion, KakaoRegionState } from '../state.js';

/**
 * A bucket: a Swift container plus the class and encryption the `v1_ext` API sets (§10).
 * The Swift side is NHN's (both clouds run Swift), shared from `nhn/object-storage`.
 */
export interface ContainerRecord extends SwiftContainer {
  bucketType: 'STANDARD';
  useEncryption: boolean;
}

/** A new, empty bucket. */
export function newBucket(name: string, now: Date, useEncryption = false): ContainerRecord {
  return { ...newContainer(name, 'Standard', now), bucketType: 'STANDARD', useEncryption };
}

/**
 * The project's storage for a Swift call. The account in the path is the project id as
 * it is, without `AUTH_` (§10); a token of another project gets Swift's 403. Without a
 * token, a container whose read ACL is public admits reads (`anonymousListing` says
 * whether the call lists the container, which `.rlistings` must allow).
 */
function projectStorage(ctx: EmulatorContext, req: EmuRequest, anonymousListing?: boolean): KakaoRegionState {
  const project = ctx.kakao.projects.get(req.params.account ?? '');
  if (project && anonymousListing !== undefined && header(req.headers, 'x-auth-token') === undefined) {
    const state = ctx.kakao.region(project.id, req.region as KakaoRegion);
    if (publicRead(state, req.params.container!, anonymousListing)) return state;
  }
  const token = ctx.kakao.validToken(authToken(req), ctx.now());
  if (!token) throw new HttpError(unauthorized(ctx, 'html'));
  if (token.project.id !== req.params.account) throw swiftError(403);
  return ctx.kakao.region(token.project.id, req.region as KakaoRegion);
}

function existing(state: KakaoRegionState, name: string): ContainerRecord {
  const container = state.containers.get(name);
  if (!container) throw swiftError(404);
  return container;
}

function containerHeaders(ctx: EmulatorContext, container: ContainerRecord): Record<string, string> {
  const usage = containerUsage(container, ctx.now());
  return {
    'X-Container-Object-Count': String(usage.objects),
    'X-Container-Bytes-Used': String(usage.bytes),
    'X-Timestamp': swiftTimestamp(container.createdAt),
    'Last-Modified': httpDate(container.modifiedAt),
    ...metaHeaders('container', container.meta),
    ...settingHeaders(container),
  };
}

function accountHeaders(ctx: EmulatorContext, state: KakaoRegionState): Record<string, string> {
  let objects = 0;
  let bytes = 0;
  for (const container of state.containers.values()) {
    const usage = containerUsage(container, ctx.now());
    objects += usage.objects;
    bytes += usage.bytes;
  }
  return {
    'X-Account-Container-Count': String(state.containers.size),
    'X-Account-Object-Count': String(objects),
    'X-Account-Bytes-Used': String(bytes),
  };
}

type SwiftHandler = (req: EmuRequest, state: KakaoRegionState) => EmuResponse;

/** Which reads a public container admits without a token: listing, or one object. */
type Anonymous = 'listing' | 'object' | undefined;

/** Swift's core calls on `/v1/{project_id}[/{bucket}[/{object}]]`. */
export function addSwiftRoutes(router: Router, ctx: EmulatorContext): void {
  // Every Swift answer, errors included, carries a transaction id; errors are HTML, not JSON.
  const swift = (handler: SwiftHandler, anonymous?: Anonymous): Handler => (req) => {
    try {
      return swiftAnswer(handler(req, projectStorage(ctx, req, anonymous === undefined ? undefined : anonymous === 'listing')), ctx.now());
    } catch (err) {
      if (err instanceof HttpError) return swiftAnswer(err.response, ctx.now());
      throw err;
    }
  };
  const account = '/v1/:account';
  const container = `${account}/:container`;
  const object = `${container}/*object`;

  router.head(account, swift((_req, state) => ({ status: 204, headers: accountHeaders(ctx, state) })));
  router.get(account, swift((req, state) => {
    const q = listingQuery(req);
    return renderListing(pageListing(state.containers.values(), q), q, {
      root: 'account',
      rootName: req.params.account!,
      item: 'container',
      toJson: (c) => {
        const usage = containerUsage(c, ctx.now());
        return { name: c.name, count: usage.objects, bytes: usage.bytes, last_modified: isoMicrosNoZone(c.modifiedAt) };
      },
    }, accountHeaders(ctx, state));
  }));
  router.put(container, swift((req, state) => {
    const name = req.params.container!;
    const existingBucket = state.containers.get(name);
    // Metadata and ACL headers apply on create and on a repeated PUT, as in Swift.
    const bucket = existingBucket ?? newBucket(name, ctx.now());
    applySettings(ctx, bucket, req);
    if (existingBucket) return { status: 202 };
    state.containers.set(name, bucket);
    return { status: 201 };
  }));
  // Metadata update (§10): `X-Container-Meta-*` (empty value or `X-Remove-…` removes) and the read ACL.
  router.post(container, swift((req, state) => {
    applySettings(ctx, existing(state, req.params.container!), req);
    return { status: 204 };
  }));
  router.head(container, swift((req, state) => ({ status: 204, headers: containerHeaders(ctx, existing(state, req.params.container!)) })));
  router.get(container, swift((req, state) => {
    const bucket = existing(state, req.params.container!);
    const q = listingQuery(req);
    return renderListing(pageListing(bucket.objects.values(), q), q, {
      root: 'container',
      rootName: bucket.name,
      item: 'object',
      toJson: (o) => ({ name: o.name, hash: o.slo?.etag ?? o.etag, bytes: o.slo?.bytes ?? o.data.length, content_type: o.contentType, last_modified: isoMicrosNoZone(o.modifiedAt) }),
    }, containerHeaders(ctx, bucket));
  }, 'listing'));
  router.delete(container, swift((req, state) => {
    const bucket = existing(state, req.params.container!);
    if (bucket.objects.size > 0) throw swiftError(409);
    state.containers.delete(bucket.name);
    return { status: 204 };
  }));
  router.put(object, swift((req, state) => {
    const bucket = existing(state, req.params.container!);
    // Folders are objects with `Content-Type: application/directory` (§10).
    const contentType = header(req.headers, 'content-type') ?? 'application/octet-stream';
    const meta = freshMeta(readMeta(req.headers, 'object'));
    // Large objects as in NHN's Swift (§10 lists SLO and DLO manifests).
    const slo = multipartManifest(req) === 'put' ? parseSloManifest(state.containers, req.rawBody, ctx.now()) : undefined;
    const stored = newObject(objectName(req), slo ? sloManifestBody(slo) : req.rawBody, contentType, ctx.now(), meta);
    if (slo) stored.slo = slo;
    const dlo = header(req.headers, 'x-object-manifest');
    if (dlo !== undefined && !slo) stored.manifest = dlo.replace(/^\//, '');
    bucket.objects.set(stored.name, stored);
    bucket.modifiedAt = stored.modifiedAt;
    return { status: 201, headers: { etag: slo ? `"${slo.etag}"` : stored.etag, 'last-modified': httpDate(stored.modifiedAt) } };
  }));
  router.get(object, swift((req, state) => {
    const stored = existing(state, req.params.container!).objects.get(objectName(req));
    if (!stored) throw swiftError(404);
    const joined = multipartManifest(req) === 'get' ? undefined : joinedContent(state.containers, stored, ctx.now());
    return {
      status: 200,
      body: joined?.data ?? stored.data,
      headers: {
        'content-type': stored.contentType,
        etag: joined ? `"${joined.etag}"` : stored.etag,
        'last-modified': httpDate(stored.modifiedAt),
        'x-timestamp': swiftTimestamp(stored.modifiedAt),
        ...metaHeaders('object', stored.meta),
        ...(stored.manifest !== undefined ? { 'x-object-manifest': stored.manifest } : {}),
        ...(stored.slo ? { 'x-static-large-object': 'True' } : {}),
      },
    };
  }, 'object'));
  router.delete(object, swift((req, state) => {
    const bucket = existing(state, req.params.container!);
    const stored = bucket.objects.get(objectName(req));
    if (!stored) throw swiftError(404);
    bucket.objects.delete(stored.name);
    if (multipartManifest(req) !== 'delete' || !stored.slo) return { status: 204 };
    const counts = deleteSloSegments(state.containers, stored.slo, ctx.now());
    const report = bulkDeleteReport(req, { ...counts, deleted: counts.deleted + 1 });
    return { status: 200, headers: { 'content-type': report.contentType }, body: report.body };
  }));
}
