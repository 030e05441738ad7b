import type { EmulatorContext } from '../../context.js';
import type { EmuRequest } from '../../router.js';
import { requireToken } from '../auth.js';
import type { NhnAccount, NhnRegion } from '../state.js';
import { header } from './metadata.js';
import type { ObjectStorageState, SwiftContainer } from './state.js';
import { swiftError } from './swift-http.js';

/** The account whose Object Storage tenant is `storageTenantId`, if any. */
function storageOwner(ctx: EmulatorContext, storageTenantId: string): NhnAccount | undefined {
  return [...ctx.nhn.accounts.values()].find((a) => a.storageTenantId === storageTenantId);
}

/**
 * Authorises a call on `/v1/AUTH_{tenant}/…` and returns that storage account's state.
 * The token must be scoped to the *storage* tenant (nhn-object-storage §1.2): a project
 * token, even of the same account, gets 403. Without any token, `anonymous` may admit
 * the call (a public-read container ACL); otherwise Swift's HTML 401 answers.
 */
export function storageState(
  ctx: EmulatorContext,
  req: EmuRequest,
  anonymous?: (state: ObjectStorageState) => boolean,
): ObjectStorageState {
  const account = req.params.account ?? '';
  const tenantId = account.startsWith('AUTH_') ? account.slice('AUTH_'.length) : '';
  const owner = storageOwner(ctx, tenantId);
  // The server only mounts valid region names.
  const state = owner && ctx.nhn.region(owner.tenantId, req.region as NhnRegion).objectStorage;
  if (state && anonymous && header(req.headers, 'x-auth-token') === undefined && anonymous(state)) return state;
  // [guess] keystoneauth answers a valid token of another tenant with 403, not 401.
  requireToken(ctx, req, 'html', { tenantId, mismatch: () => swiftError(403).response });
  if (!state) throw swiftError(403);
  return state;
}

/** The container named in the path, or Swift's 404. */
export function existingContainer(state: ObjectStorageState, name: string): SwiftContainer {
  const container = state.containers.get(name);
  if (!container) throw swiftError(404);
  return container;
}

/**
 * True when the container's read ACL lets anyone in: `.r:*` for objects, plus
 * `.rlistings` for listing the container (Swift's referrer ACL syntax).
 */
export function publicRead(state: { containers: ReadonlyMap<string, SwiftContainer> }, containerName: string, listing: boolean): boolean {
  const acl = state.containers.get(containerName)?.settings.get('x-container-read');
  if (!acl) return false;
  const rules = acl.split(',').map((r) => r.trim());
  return rules.includes('.r:*') && (!listing || rules.includes('.rlistings'));
}

/**
 * The object name of an object path, taken from the raw path rather than the router's
 * `*object` capture, which drops empty segments: `folder/` and `a//b` are names of their own.
 */
export function objectName(req: EmuRequest): string {
  // ['', 'v1', account, container, ...name]
  return req.path.split('/').slice(4).map(decodeURIComponent).join('/');
}
