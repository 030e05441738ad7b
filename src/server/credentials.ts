import { ValidationError } from '../cloud/errors.js';
import type { ProviderName } from '../cloud/model.js';

/** What a request says about its credentials: a bearer token for one provider, or none. */
export type RequestCredentials =
  | { kind: 'server' }
  | { kind: 'token'; provider: ProviderName; token: string; tenantId: string };

/** Header lookup over HTTP headers or graphql-ws `connectionParams` (keys case-insensitive). */
export type HeaderLookup = (name: string) => string | undefined;

export function lookupParams(params: Record<string, unknown> | undefined): HeaderLookup {
  const lower = new Map(Object.entries(params ?? {}).map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : undefined]));
  return (name) => lower.get(name);
}

/**
 * Reads `Authorization: Bearer …`, `X-Hanul-Provider` and `X-Hanul-Tenant`. Without a
 * bearer token the request runs on the server-held credentials (if any are configured).
 */
export function readCredentials(get: HeaderLookup): RequestCredentials {
  const auth = get('authorization');
  if (!auth) return { kind: 'server' };
  const match = /^Bearer\s+(\S+)$/i.exec(auth.trim());
  if (!match) throw new ValidationError('Authorization must be "Bearer <upstream token>"', ['authorization']);
  const provider = (get('x-hanul-provider') ?? 'NHN').toUpperCase();
  if (provider !== 'NHN' && provider !== 'KAKAO') throw new ValidationError('X-Hanul-Provider must be NHN or KAKAO', ['x-hanul-provider']);
  const tenantId = get('x-hanul-tenant');
  if (!tenantId) throw new ValidationError('X-Hanul-Tenant is required with a bearer token (the NHN tenant id or KakaoCloud project id)', ['x-hanul-tenant']);
  return { kind: 'token', provider, token: match[1]!, tenantId };
}
