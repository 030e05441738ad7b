import { isoMicrosNoZone } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { HttpError } from '../../errors.js';
import { unauthorized } from '../../nhn/auth.js';
import { objectName } from '../../nhn/object-storage/access.js';
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
 * it is, without `AUTH_` (§10); a token of another project gets Swift's 403.
 */
function projectStorage(ctx: EmulatorContext, req: EmuRequest): KakaoRegionState {
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

/** Swift's core calls on `/v1/{project_id}[/{bucket}[/{object}]]`. */
export function addSwiftRoutes(router: Router, ctx: EmulatorContext): void {
  // Every Swift answer, errors included, carries a transaction id; errors are HTML, not JSON.
  const swift = (handler: SwiftHandler): Handler => (req) => {
    try {
      return swiftAnswer(handler(req, projectStorage(ctx, req)), ctx.now());
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
    if (state.containers.has(name)) return { status: 202 };
    state.containers.set(name, newBucket(name, ctx.now()));
    return { status: 201 };
  }));
  router.head(container, swift((req, state) => ({ status: 204, headers: containerHeaders(ctx, existing(state, req.params.container!)) })));
  router.get(container, swift((req, state) => {
    const bucket = existing(state, req.params.container!);
    const q = listingQuery(req);
    return renderListing(pageListing(bucket.objects.values(), q), q, {
      root: 'container',
      rootName: bucket.name,
      item: 'object',
      toJson: (o) => ({ name: o.name, hash: o.etag, bytes: o.data.length, content_type: o.contentType, last_modified: isoMicrosNoZone(o.modifiedAt) }),
    }, containerHeaders(ctx, bucket));
  }));
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
    const stored = newObject(objectName(req), req.rawBody, contentType, ctx.now(), freshMeta(readMeta(req.headers, 'object')));
    bucket.objects.set(stored.name, stored);
    bucket.modifiedAt = stored.modifiedAt;
    return { status: 201, headers: { etag: stored.etag, 'last-modified': httpDate(stored.modifiedAt) } };
  }));
  router.get(object, swift((req, state) => {
    const stored = existing(state, req.params.container!).objects.get(objectName(req));
    if (!stored) throw swiftError(404);
    return {
      status: 200,
      body: stored.data,
      headers: {
        'content-type': stored.contentType,
        etag: stored.etag,
        'last-modified': httpDate(stored.modifiedAt),
        'x-timestamp': swiftTimestamp(stored.modifiedAt),
        ...metaHeaders('object', stored.meta),
      },
    };
  }));
  router.delete(object, swift((req, state) => {
    const bucket = existing(state, req.params.container!);
    if (!bucket.objects.delete(objectName(req))) throw swiftError(404);
    return { status: 204 };
  }));
}
