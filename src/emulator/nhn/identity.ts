import { isoMicrosNoZone, isoSeconds } from '../clock.js';
import type { EmulatorContext } from '../context.js';
import { HttpError } from '../errors.js';
import { stableHex, stableUuid } from '../ids.js';
import { json, Router, type EmuRequest, type EmuResponse } from '../router.js';
import { NHN_REGIONS, type NhnRegion } from './state.js';

const AUTH_REQUIRED = 'The request you have made requires authentication.';

interface CatalogEntry {
  type: string;
  name: string;
  endpoints: { region: string; publicURL: string }[];
}

/** Keystone v2.0 as NHN runs it: `POST /v2.0/tokens` with tenant id and API password (nhn-notes §2). */
export function identityRouter(ctx: EmulatorContext): Router {
  return new Router().post('/v2.0/tokens', (req) => issueToken(ctx, req));
}

function issueToken(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const { tenantId, username, password } = credentials(req);
  const account = ctx.nhn.accountFor(tenantId);
  if (!account) throw keystoneError(401, AUTH_REQUIRED);
  if (account.username !== username) {
    // A user that exists elsewhere is "unauthorized for tenant"; one that does not is "not found" [guess/tf].
    const known = [...ctx.nhn.accounts.values()].some((a) => a.username === username);
    throw keystoneError(401, known ? `User ${username} is unauthorized for tenant ${tenantId}` : `Could not find user: ${username}.`);
  }
  if (account.password !== password || !account.enabled) throw keystoneError(401, AUTH_REQUIRED);

  const token = ctx.nhn.issueToken(account, tenantId, ctx.now());
  const isStorageTenant = tenantId === account.storageTenantId;
  return json(200, {
    access: {
      token: {
        id: token.id,
        expires: isoSeconds(token.expiresAt),
        tenant: {
          id: tenantId,
          name: account.tenantName,
          groupId: stableHex(16, 'nhn-group', account.tenantId),
          description: '',
          enabled: account.enabled,
          project_domain: 'NORMAL',
          ...(isStorageTenant ? { swift: true } : {}),
        },
        issued_at: isoMicrosNoZone(token.issuedAt),
      },
      serviceCatalog: isStorageTenant ? storageCatalog(ctx, tenantId) : infrastructureCatalog(ctx, tenantId),
      user: {
        id: account.userId,
        // NHN shows an internal uuid here, not the e-mail (nhn-notes §2.1).
        username: stableUuid('nhn-user', account.userId),
        name: stableUuid('nhn-user', account.userId),
        roles: [{ name: 'project_admin' }],
        roles_links: [],
      },
      metadata: { roles: [stableHex(32, 'nhn-role', 'project_admin')], is_admin: 0 },
    },
  });
}

/** The request's tenant, user and API password, or Keystone's 400 for a malformed body. */
function credentials(req: EmuRequest): { tenantId: string; username: string; password: string } {
  if (req.bodyInvalid) throw keystoneError(400, 'Malformed request body: the request body is not valid JSON.');
  const auth = (req.body as { auth?: unknown } | undefined)?.auth;
  if (typeof auth !== 'object' || auth === null) throw keystoneError(400, expecting('auth', 'request body'));
  const { tenantId, passwordCredentials } = auth as { tenantId?: unknown; passwordCredentials?: unknown };
  if (typeof passwordCredentials !== 'object' || passwordCredentials === null) throw keystoneError(400, expecting('passwordCredentials', 'auth'));
  const { username, password } = passwordCredentials as { username?: unknown; password?: unknown };
  if (typeof username !== 'string' || !username) throw keystoneError(400, expecting('username', 'passwordCredentials'));
  if (typeof password !== 'string' || !password) throw keystoneError(400, expecting('password', 'passwordCredentials'));
  // [guess] Keystone would issue an unscoped token; NHN only documents project-scoped ones.
  if (typeof tenantId !== 'string' || !tenantId) throw keystoneError(400, expecting('tenantId', 'auth'));
  return { tenantId, username, password };
}

function expecting(field: string, where: string): string {
  return `Expecting to find ${field} in ${where} - the server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.`;
}

/** Keystone's error envelope (nhn-notes §2.2). */
function keystoneError(code: 400 | 401, message: string): HttpError {
  return new HttpError(json(code, { error: { message, code, title: code === 400 ? 'Bad Request' : 'Unauthorized' } }));
}

/** compute, image, identity, key-manager, volumev2 and network in every region (the guide's example). */
function infrastructureCatalog(ctx: EmulatorContext, tenantId: string): CatalogEntry[] {
  return [
    entry('compute', 'nova', (r) => `${ctx.nhnServiceUrl(r, 'compute')}/v2/${tenantId}`),
    entry('image', 'glance', (r) => ctx.nhnServiceUrl(r, 'image')),
    { type: 'identity', name: 'keystone', endpoints: [{ region: 'KR1', publicURL: ctx.nhnIdentityUrl }] },
    entry('key-manager', 'barbican', (r) => ctx.nhnServiceUrl(r, 'key-manager')),
    entry('volumev2', 'cinderv2', (r) => `${ctx.nhnServiceUrl(r, 'volume')}/v2/${tenantId}`),
    entry('network', 'neutron', (r) => ctx.nhnServiceUrl(r, 'network')),
  ];
}

/** A storage tenant's token lists Object Storage (nhn-notes §2.1). */
function storageCatalog(ctx: EmulatorContext, storageTenantId: string): CatalogEntry[] {
  return [entry('object-store', 'swift', (r) => `${ctx.nhnServiceUrl(r, 'object-storage')}/v1/AUTH_${storageTenantId}`)];
}

function entry(type: string, name: string, url: (region: NhnRegion) => string): CatalogEntry {
  return { type, name, endpoints: NHN_REGIONS.map((r) => ({ region: r.toUpperCase(), publicURL: url(r) })) };
}
