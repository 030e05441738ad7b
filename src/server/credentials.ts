import { ValidationError } from '../cloud/errors.js';
import type { ProviderName } from '../cloud/model.js';

/** What a request says about its credentials: a bearer token for one provider, or none. */
export type RequestCredentials =
  | { kind: 'server' }
  | {
      kind: 'token';
      provider: ProviderName;
      token: string;
      tenantId: string;
      /** A second token for object storage when it lives in a tenant of its own (NHN). */
      storage?: { token: string; tenantId: string };
    };

/**
 * Tenant and project ids as both clouds make them (32 hex digits; a little wider here).
 * The tenant goes into upstream paths (`/v2/{tenantId}`, `AUTH_{tenant}`): nothing else may.
 */
const TENANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Header lookup over HTTP headers or graphql-ws `connectionParams` (keys case-insensitive). */
export type HeaderLookup = (name: string) => string | undefined;

export function lookupParams(params: Record<string, unknown> | undefined): HeaderLookup {
  const lower = new Map(Object.entries(params ?? {}).map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : undefined]));
  return (name) => lower.get(name);
}

/**
 * Reads `Authorization: Bearer …`, `X-Hanul-Provider` and `X-Hanul-Tenant`. Without a
 * bearer token the request runs on the server-held credentials (if any are configured).
 *
 * NHN Object Storage has a tenant of its own and refuses the project's token
 * (nhn-object-storage §1.2). A bearer-token request that uses containers and objects
 * therefore also sends `X-Hanul-Storage-Token` (a token issued for the storage tenant,
 * e.g. by `issueToken` with that tenant id) and `X-Hanul-Storage-Tenant` (the storage
 * tenant id, the `AUTH_…` account without its prefix). Both or neither.
 */
export function readCredentials(get: HeaderLookup): RequestCredentials {
  const auth = get('authorization');
  if (!auth) {
    if (get('x-hanul-storage-token')) throw new ValidationError('X-Hanul-Storage-Token is read only with "Authorization: Bearer <token>"', ['x-hanul-storage-token']);
    return { kind: 'server' };
  }
  const match = /^Bearer\s+(\S+)$/i.exec(auth.trim());
  if (!match) throw new ValidationError('Authorization must be "Bearer <upstream token>"', ['authorization']);
  const provider = (get('x-hanul-provider') ?? 'NHN').toUpperCase();
  if (provider !== 'NHN' && provider !== 'KAKAO') throw new ValidationError('X-Hanul-Provider must be NHN or KAKAO', ['x-hanul-provider']);
  const tenantId = get('x-hanul-tenant')?.trim();
  if (!tenantId) throw new ValidationError('X-Hanul-Tenant is required with a bearer token (the NHN tenant id or KakaoCloud project id)', ['x-hanul-tenant']);
  if (!TENANT_ID.test(tenantId)) throw new ValidationError('X-Hanul-Tenant must be a tenant or project id (letters, digits, "-" and "_")', ['x-hanul-tenant']);
  const storageToken = get('x-hanul-storage-token')?.trim();
  const storageTenant = get('x-hanul-storage-tenant')?.trim();
  if (Boolean(storageToken) !== Boolean(storageTenant)) {
    throw new ValidationError('X-Hanul-Storage-Token and X-Hanul-Storage-Tenant go together (the object-storage token and its tenant id)', [
      storageToken ? 'x-hanul-storage-tenant' : 'x-hanul-storage-token',
    ]);
  }
  const storageTenantId = storageTenant?.replace(/^AUTH_/, '');
  if (storageTenantId !== undefined && !TENANT_ID.test(storageTenantId)) {
    throw new ValidationError('X-Hanul-Storage-Tenant must be a tenant id (letters, digits, "-" and "_")', ['x-hanul-storage-tenant']);
  }
  const storage = storageToken && storageTenantId ? { token: storageToken, tenantId: storageTenantId } : undefined;
  return { kind: 'token', provider, token: match[1]!, tenantId, ...(storage ? { storage } : {}) };
}
