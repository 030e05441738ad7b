import { describe, expect, it } from 'vitest';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken, useEmulator } from './helpers.js';

const emulator = useEmulator();

function issue(auth: unknown, init: { body?: unknown; method?: string; headers?: Record<string, string> } = {}) {
  return call(`${emulator().ctx.nhnIdentityUrl}/tokens`, { method: 'POST', body: { auth }, ...init });
}

function credentials(account: { tenantId: string; username: string; password: string } = DEMO_NHN, tenantId = account.tenantId) {
  return { tenantId, passwordCredentials: { username: account.username, password: account.password } };
}

describe('NHN identity: POST /v2.0/tokens', () => {
  it('should issue a 12-hour project token shaped like the guide example', async () => {
    const reply = await issue(credentials());
    expect(reply.status).toBe(200);
    const { token, user, metadata } = reply.json.access;
    expect(token.id).toMatch(/^[0-9a-f]{32}$/);
    expect(token.expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(token.issued_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    const lifetime = Date.parse(token.expires) - Date.parse(`${token.issued_at}Z`);
    expect(Math.abs(lifetime - 12 * 3600_000)).toBeLessThan(1000);
    expect(token.tenant).toMatchObject({ id: DEMO_NHN.tenantId, name: DEMO_NHN.tenantName, description: '', enabled: true, project_domain: 'NORMAL' });
    expect(token.tenant.groupId).toEqual(expect.any(String));
    expect(user).toMatchObject({ id: DEMO_NHN.userId, roles: [{ name: 'project_admin' }], roles_links: [] });
    expect(user.username).not.toBe(DEMO_NHN.username);
    expect(metadata).toEqual({ roles: [expect.stringMatching(/^[0-9a-f]{32}$/)], is_admin: 0 });
  });

  it('should issue a new token on every request', async () => {
    const [a, b] = await Promise.all([nhnToken(emulator()), nhnToken(emulator())]);
    expect(a).not.toBe(b);
  });

  it('should publish compute, image, identity, key-manager, volumev2 and network for all regions at the emulator', async () => {
    const { ctx } = emulator();
    const { serviceCatalog } = (await issue(credentials())).json.access;
    const byType = Object.fromEntries(serviceCatalog.map((e: { type: string }) => [e.type, e]));
    expect(Object.keys(byType).sort()).toEqual(['compute', 'identity', 'image', 'key-manager', 'network', 'volumev2']);
    expect(byType.compute.name).toBe('nova');
    expect(byType.identity.endpoints).toEqual([{ region: 'KR1', publicURL: ctx.nhnIdentityUrl }]);
    for (const region of ['kr1', 'kr2', 'kr3', 'jp1', 'us1']) {
      const url = (type: string) => byType[type].endpoints.find((e: { region: string }) => e.region === region.toUpperCase())?.publicURL;
      expect(url('compute')).toBe(`${ctx.nhnServiceUrl(region, 'compute')}/v2/${DEMO_NHN.tenantId}`);
      expect(url('volumev2')).toBe(`${ctx.nhnServiceUrl(region, 'volume')}/v2/${DEMO_NHN.tenantId}`);
      expect(url('image')).toBe(ctx.nhnServiceUrl(region, 'image'));
      expect(url('network')).toBe(ctx.nhnServiceUrl(region, 'network'));
      expect(url('key-manager')).toEqual(expect.any(String));
    }
  });

  it('should let the catalog URLs answer with the issued token in every region', async () => {
    const access = (await issue(credentials())).json.access;
    const compute = access.serviceCatalog.find((e: { type: string }) => e.type === 'compute');
    for (const endpoint of compute.endpoints) {
      const reply = await call(`${endpoint.publicURL}/flavors`, { token: access.token.id });
      expect(reply.status, endpoint.region).toBe(200);
    }
  });

  it('should give a storage-tenant token only an object-store entry for AUTH_{storageTenantId}', async () => {
    const { ctx } = emulator();
    const access = (await issue(credentials(DEMO_NHN, DEMO_NHN.storageTenantId))).json.access;
    expect(access.token.tenant).toMatchObject({ id: DEMO_NHN.storageTenantId, swift: true });
    expect(access.serviceCatalog.map((e: { type: string }) => e.type)).toEqual(['object-store']);
    expect(access.serviceCatalog[0].endpoints).toContainEqual({
      region: 'JP1',
      publicURL: `${ctx.nhnServiceUrl('jp1', 'object-storage')}/v1/AUTH_${DEMO_NHN.storageTenantId}`,
    });
  });

  it.each([
    ['a wrong API password', { ...credentials(), passwordCredentials: { username: DEMO_NHN.username, password: 'nope' } }, 'The request you have made requires authentication.'],
    ['an unknown user', { ...credentials(), passwordCredentials: { username: 'nobody@example.com', password: DEMO_NHN.password } }, 'Could not find user: nobody@example.com.'],
    ['a user of another tenant', credentials(OTHER_NHN, DEMO_NHN.tenantId), `User ${OTHER_NHN.username} is unauthorized for tenant ${DEMO_NHN.tenantId}`],
    ['an unknown tenant', credentials(DEMO_NHN, '0'.repeat(32)), 'The request you have made requires authentication.'],
  ])('should refuse %s with a Keystone 401', async (_case, auth, message) => {
    const reply = await issue(auth);
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ error: { message, code: 401, title: 'Unauthorized' } });
  });

  it('should refuse a disabled account with 401', async () => {
    const account = emulator().ctx.nhn.accounts.get(OTHER_NHN.tenantId)!;
    account.enabled = false;
    try {
      expect((await issue(credentials(OTHER_NHN))).status).toBe(401);
    } finally {
      account.enabled = true;
    }
  });

  it.each([
    ['malformed JSON', { body: '{"auth":', headers: { 'content-type': 'application/json' } }],
    ['a body without auth', { body: { passwordCredentials: {} } }],
    ['auth without passwordCredentials', { body: { auth: { tenantId: DEMO_NHN.tenantId } } }],
    ['auth without a password', { body: { auth: { tenantId: DEMO_NHN.tenantId, passwordCredentials: { username: DEMO_NHN.username } } } }],
  ])('should answer %s with a Keystone 400', async (_case, init) => {
    const reply = await call(`${emulator().ctx.nhnIdentityUrl}/tokens`, { method: 'POST', ...init });
    expect(reply.status).toBe(400);
    expect(reply.json.error).toMatchObject({ code: 400, title: 'Bad Request', message: expect.any(String) });
  });

  it('should answer 405 for a GET on /v2.0/tokens', async () => {
    const reply = await call(`${emulator().ctx.nhnIdentityUrl}/tokens`);
    expect(reply.status).toBe(405);
    expect(reply.json.error.code).toBe(405);
  });

  it('should stop accepting a token once it has expired', async () => {
    const { ctx } = emulator();
    const token = await nhnToken(emulator());
    const flavors = `${ctx.nhnServiceUrl('kr1', 'compute')}/v2/${DEMO_NHN.tenantId}/flavors`;
    expect((await call(flavors, { token })).status).toBe(200);
    ctx.nhn.tokens.get(token)!.expiresAt = new Date(Date.now() - 1);
    expect((await call(flavors, { token })).status).toBe(401);
  });
});
