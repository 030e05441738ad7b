import { isoMicrosNoZone, isoSeconds } from '../clock.js';
import type { EmulatorContext } from '../context.js';
import { HttpError } from '../errors.js';
import { stableHex, stableUuid } from '../ids.js';
import { json, Router, type EmuRequest, type EmuResponse } from '../router.js';
import { requireToken } from './auth.js';
import { NHN_REGIONS, type NhnRegion } from './state.js';
import { mediaTypes, versionLinks } from './versions.js';

const AUTH_REQUIRED = 'The request you have made requires authentication.';

interface CatalogEntry {
  type: string;
  name: string;
  endpoints: { region: string; publicURL: string }[];
}

/** Keystone v2.0 as NHN runs it: `POST /v2.0/tokens` with tenant id and API password (nhn-notes §2). */
export function identityRouter(ctx: EmulatorContext): Router {
  return new Router({ unmatched: (_req, kind) => keystoneError(kind === 'method-not-allowed' ? 405 : 404, kind === 'method-not-allowed' ? 'The method is not allowed for the requested URL.' : 'The resource could not be found.').response })
    // keystoneauth's `password` plugin reads these before it picks v2.0 (openstack-discovery §1.2).
    // [guess] NHN documents v2.0 only, so the root lists no v3: a domain-scoped config fails to find a version.
    .get('/', () => json(300, { versions: { values: [v2Version(ctx)] } }))
    .get('/v2.0', () => json(200, { version: v2Version(ctx) }))
    .post('/v2.0/tokens', (req) => issueToken(ctx, req))
    .get('/v2.0/tenants', (req) => listTenants(ctx, req));
}

/** Keystone's v2.0 version entry (openstack-discovery §1.3). */
function v2Version(ctx: EmulatorContext): Record<string, unknown> {
  return {
    id: 'v2.0',
    status: 'stable',
    updated: '2014-04-17T00:00:00Z',
    'media-types': mediaTypes('application/vnd.openstack.identity-v2.0+json'),
    links: versionLinks(`${ctx.nhnIdentityUrl}/`),
  };
}

/** `GET /v2.0/tenants`: the token's own project, which `--project NAME` looks names up in. */
function listTenants(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const token = requireToken(ctx, req, 'json');
  const account = token.account;
  return json(200, { tenants: [{ id: token.tenantId, name: account.tenantName, description: '', enabled: account.enabled }], tenants_links: [] });
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

const TITLES = { 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 405: 'Method Not Allowed' } as const;

/** Keystone's error envelope (nhn-notes §2.2); `title` is the HTTP reason phrase. */
function keystoneError(code: keyof typeof TITLES, message: string): HttpError {
  return new HttpError(json(code, { error: { message, code, title: TITLES[code] } }));
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
