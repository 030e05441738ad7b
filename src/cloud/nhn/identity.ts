import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { errorFromResponse, parseJson, send } from '../http.js';
import type { CallCounter, Upstream } from '../http.js';
import type { AccessToken } from '../token-source.js';
import type { NhnClient } from './client.js';
import { toDate } from './wire.js';

export interface KeystoneAccess {
  access: {
    token: { id: string; expires: string; tenant: { id: string; name?: string } };
    user?: { id?: string };
  };
}

export interface NhnTokenGrant extends AccessToken {
  expiresAt: Date;
  tenantId: string;
  tenantName: string | null;
  userId: string | null;
}

/**
 * `POST {identity}/tokens` with tenant, username and API password (nhn-notes §2.1).
 * The password goes to Keystone and nowhere else.
 */
export async function issueNhnToken(
  upstream: Upstream,
  identityUrl: string,
  credentials: { tenantId: string; username: string; password: string },
  counter?: CallCounter,
): Promise<NhnTokenGrant> {
  const req = {
    provider: 'NHN' as const,
    service: 'identity',
    method: 'POST' as const,
    url: `${identityUrl.replace(/\/$/, '')}/tokens`,
    body: { auth: { tenantId: credentials.tenantId, passwordCredentials: { username: credentials.username, password: credentials.password } } },
    counter,
  };
  const res = await send(upstream, req);
  if (res.status === 401) throw new UnauthenticatedError('NHN Cloud refused the tenant id, username or API password');
  if (res.status !== 200) throw errorFromResponse(res, req);
  const body = parseJson<KeystoneAccess>(res, req);
  return {
    token: body.access.token.id,
    expiresAt: toDate(body.access.token.expires) ?? new Date(Date.now() + 3600_000),
    tenantId: body.access.token.tenant.id,
    tenantName: body.access.token.tenant.name ?? null,
    userId: body.access.user?.id ?? null,
  };
}

/**
 * Proves that a token a client brought belongs to the tenant it claims (`X-Hanul-Tenant`).
 * NHN documents no token validation for users (nhn-notes §2.3), but compute paths carry
 * the tenant and the cloud refuses another tenant's token there (§5): one cheap call on
 * such a path (`/os-availability-zone`) settles it.
 */
export async function verifyNhnTenant(client: NhnClient, region: string | undefined): Promise<void> {
  if (!region) throw new ForbiddenError('No NHN region is configured to check the token against X-Hanul-Tenant');
  try {
    await client.raw('compute', region, { path: '/os-availability-zone' });
  } catch (err) {
    if (err instanceof ForbiddenError) throw new ForbiddenError(`The token does not belong to NHN tenant ${client.tenantId} (X-Hanul-Tenant)`);
    throw err;
  }
}
