import { isoMicrosNoZone } from '../../clock.js';
import { parseIpv4 } from '../../../ipv4.js';
import type { EmulatorContext } from '../../context.js';
import type { EmuRequest, EmuResponse } from '../../router.js';
import { existingContainer, publicRead, storageState } from './access.js';
import { listingQuery, pageListing, renderListing } from './listing.js';
import { header, mergeMeta, metaHeaders, readMeta, titleCase } from './metadata.js';
import {
  accountUsage,
  containerUsage,
  newContainer,
  purgeExpired,
  STORAGE_POLICIES,
  type ObjectStorageState,
  type StoragePolicy,
  type SwiftContainer,
} from './state.js';
import { httpDate, SWIFT_TEXT, swiftError, swiftTimestamp } from './swift-http.js';
import { checkUploadPolicySettings, UPLOAD_POLICY_HEADERS } from './upload-policy.js';

/** Container settings kept as headers and echoed back (nhn-object-storage §3.3; meta headers aside). */
const SETTING_HEADERS = [
  'x-container-read',
  'x-container-write',
  'x-container-view',
  'x-container-ip-acl-allowed-list',
  'x-container-ip-acl-denied-list',
  'x-container-ip-acl-service-gateway-control',
  'x-container-object-lifecycle',
  'x-container-object-transfer-to',
  'x-history-location',
  'x-versions-retention',
  'x-container-rfc-compliant-etags',
  ...UPLOAD_POLICY_HEADERS,
];
/** Settings whose value must be a whole number of days. */
const DAY_SETTINGS = ['x-container-object-lifecycle', 'x-versions-retention'];
const WORM_HEADER = 'x-container-worm-retention-day';
const MAX_CONTAINER_NAME_BYTES = 256;

// ---- account ---------------------------------------------------------------------------

function accountHeaders(ctx: EmulatorContext, state: ObjectStorageState): Record<string, string> {
  const usage = accountUsage(state, ctx.now());
  return {
    'X-Account-Container-Count': String(usage.containers),
    'X-Account-Object-Count': String(usage.objects),
    'X-Account-Bytes-Used': String(usage.bytes),
    'X-Timestamp': swiftTimestamp(state.createdAt),
    ...metaHeaders('account', state.meta),
  };
}

/** `HEAD /v1/{account}`: 200 with the usage counters (NHN documents 200 where Swift sends 204). */
export function headAccount(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const state = storageState(ctx, req);
  return { status: 200, headers: { ...accountHeaders(ctx, state), 'content-type': 'text/plain; charset=utf-8' } };
}

/** `GET /v1/{account}`: the container listing, with the account counters in the headers. */
export function listContainers(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const state = storageState(ctx, req);
  const q = listingQuery(req);
  const rows = pageListing(state.containers.values(), q);
  return renderListing(
    rows,
    q,
    {
      root: 'account',
      rootName: req.params.account ?? '',
      item: 'container',
      toJson: (c) => {
        const usage = containerUsage(c, ctx.now());
        return { name: c.name, count: usage.objects, bytes: usage.bytes, last_modified: isoMicrosNoZone(c.modifiedAt) };
      },
    },
    accountHeaders(ctx, state),
  );
}

/** `POST /v1/{account}`: sets or removes `X-Account-Meta-*`. */
export function updateAccount(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const state = storageState(ctx, req);
  mergeMeta(state.meta, readMeta(req.headers, 'account'));
  return { status: 204 };
}

// ---- containers ------------------------------------------------------------------------

function containerHeaders(ctx: EmulatorContext, container: SwiftContainer): Record<string, string> {
  const usage = containerUsage(container, ctx.now());
  const headers: Record<string, string> = {
    'X-Container-Object-Count': String(usage.objects),
    'X-Container-Bytes-Used': String(usage.bytes),
    // The policy comes back lower-case although it is created as `Standard` (nhn-object-storage §3.2).
    'X-Storage-Policy': container.policy.toLowerCase(),
    'X-Timestamp': swiftTimestamp(container.createdAt),
    'Last-Modified': httpDate(container.modifiedAt),
    ...metaHeaders('container', container.meta),
  };
  Object.assign(headers, settingHeaders(container));
  if (container.wormRetentionDays !== undefined) headers['X-Container-Worm-Retention-Day'] = String(container.wormRetentionDays);
  return headers;
}

/** The container's settings as the Title-Case headers HEAD and GET answer with. */
export function settingHeaders(container: SwiftContainer): Record<string, string> {
  return Object.fromEntries([...container.settings].map(([name, value]) => [titleCase(name), value]));
}

/** Checks a name against NHN's container-name rules and Swift's length limit. */
function checkContainerName(name: string): void {
  const bytes = Buffer.byteLength(name);
  if (bytes > MAX_CONTAINER_NAME_BYTES) {
    throw swiftError(400, `Container name length of ${bytes} longer than ${MAX_CONTAINER_NAME_BYTES}`, SWIFT_TEXT);
  }
  // NHN forbids these characters, spaces, relative-path names and IP-address names; [guess] the 400 body.
  if (/['"`<>;\s/]/.test(name) || name === '.' || name === '..' || parseIpv4(name) !== undefined) throw swiftError(400);
}

function parsePolicy(value: string | undefined): StoragePolicy {
  if (value === undefined) return 'Standard';
  const policy = STORAGE_POLICIES.find((p) => p.toLowerCase() === value.toLowerCase());
  if (!policy) throw swiftError(400, `Invalid X-Storage-Policy '${value}'`, SWIFT_TEXT);
  return policy;
}

/** A positive whole number of days, or Swift's generic 400 ([guess] NHN documents no body). */
function parseDays(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw swiftError(400);
  return Number(value);
}

/** Applies the meta and settings headers of a PUT or POST; an empty value removes a setting. */
export function applySettings(ctx: EmulatorContext, container: SwiftContainer, req: EmuRequest): void {
  const meta = readMeta(req.headers, 'container');
  const settings = new Map(container.settings);
  for (const name of SETTING_HEADERS) {
    const value = header(req.headers, name);
    if (value === undefined) continue;
    if (value.trim() === '') settings.delete(name);
    else {
      if (DAY_SETTINGS.includes(name)) parseDays(value);
      settings.set(name, value.trim());
    }
  }
  checkUploadPolicySettings(settings);
  mergeMeta(container.meta, meta);
  container.settings = settings;
  container.modifiedAt = ctx.now();
}

/**
 * `PUT /v1/{account}/{container}`: 201 when created, 202 when it already existed. The
 * storage class and the object-lock kind are fixed at creation: asking for another is 409.
 */
export function createContainer(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const state = storageState(ctx, req);
  const name = req.params.container!;
  checkContainerName(name);
  const policyHeader = header(req.headers, 'x-storage-policy');
  const wormHeader = header(req.headers, WORM_HEADER);
  const existing = state.containers.get(name);
  if (existing) {
    if (policyHeader !== undefined && parsePolicy(policyHeader) !== existing.policy) throw swiftError(409);
    // [guess] a normal container never becomes an object-lock one (nor back): refused like a policy change.
    if (wormHeader !== undefined && existing.wormRetentionDays === undefined) throw swiftError(409);
    applySettings(ctx, existing, req);
    return { status: 202 };
  }
  const container = newContainer(name, parsePolicy(policyHeader), ctx.now());
  if (wormHeader !== undefined) container.wormRetentionDays = parseDays(wormHeader);
  applySettings(ctx, container, req);
  state.containers.set(name, container);
  return { status: 201 };
}

/** `POST /v1/{account}/{container}`: metadata and settings, 204. */
export function updateContainer(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const container = existingContainer(storageState(ctx, req), req.params.container!);
  const worm = header(req.headers, WORM_HEADER);
  // [guess] NHN: only object-lock containers take a lock period, and it cannot be turned off.
  if (worm !== undefined && container.wormRetentionDays === undefined) throw swiftError(400);
  const days = worm === undefined ? undefined : parseDays(worm);
  applySettings(ctx, container, req);
  if (days !== undefined) container.wormRetentionDays = days;
  return { status: 204 };
}

/** `HEAD /v1/{account}/{container}`: the container's counters and settings, 204 as in Swift. */
export function headContainer(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const container = existingContainer(storageState(ctx, req), req.params.container!);
  return { status: 204, headers: { ...containerHeaders(ctx, container), 'content-type': 'text/plain; charset=utf-8' } };
}

/** `GET /v1/{account}/{container}`: the object listing; public when the read ACL has `.r:*,.rlistings`. */
export function listObjects(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const name = req.params.container!;
  const container = existingContainer(
    storageState(ctx, req, (state) => publicRead(state, name, true)),
    name,
  );
  const q = listingQuery(req);
  purgeExpired(container, ctx.now());
  const rows = pageListing(container.objects.values(), q);
  return renderListing(
    rows,
    q,
    {
      root: 'container',
      rootName: name,
      item: 'object',
      toJson: (o) => ({
        name: o.name,
        // An SLO is listed with the size and ETag of the whole object, as Swift lists it.
        hash: o.slo?.etag ?? o.etag,
        bytes: o.slo?.bytes ?? o.data.length,
        content_type: o.contentType,
        last_modified: isoMicrosNoZone(o.modifiedAt),
      }),
    },
    containerHeaders(ctx, container),
  );
}

/** `DELETE /v1/{account}/{container}`: 204, or 409 while it still holds objects. */
export function deleteContainer(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const state = storageState(ctx, req);
  const container = existingContainer(state, req.params.container!);
  if (containerUsage(container, ctx.now()).objects > 0) throw swiftError(409);
  state.containers.delete(container.name);
  return { status: 204 };
}
