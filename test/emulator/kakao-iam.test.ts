import { describe, expect, it } from 'vitest';
import { DEMO_KAKAO, OTHER_KAKAO } from '../../src/emulator/seed.js';
import { call, kakaoToken, useEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

const emulator = useEmulator();
const iam = (): string => `${emulator().ctx.kakaoServiceUrl('iam')}/identity/v3`;
const byId = (id: string, secret: string) => ({ auth: { identity: { methods: ['application_credential'], application_credential: { id, secret } } } });

describe('KakaoCloud IAM tokens', () => {
  it('should issue a token for an access key id and secret with 201 and X-Subject-Token', async () => {
    const reply = await call(`${iam()}/auth/tokens`, { method: 'POST', body: byId(DEMO_KAKAO.accessKeyId, DEMO_KAKAO.secretAccessKey) });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('x-subject-token')).toMatch(/^gAAAAA/);
    const token = reply.json.token;
    expect(token.methods).toEqual(['application_credential']);
    expect(token.project).toMatchObject({ id: DEMO_KAKAO.projectId, name: DEMO_KAKAO.projectName, domain: { id: DEMO_KAKAO.domainId } });
    expect(token.user).toMatchObject({ id: DEMO_KAKAO.userId, domain: { name: DEMO_KAKAO.domainName } });
    expect(token.catalog).toEqual([]);
    const lifetime = Date.parse(token.expires_at) - Date.parse(token.issued_at);
    expect(lifetime).toBe(12 * 3600_000);
  });

  it('should issue a token for an access key name, secret and user id', async () => {
    const reply = await call(`${iam()}/auth/tokens`, {
      method: 'POST',
      body: { auth: { identity: { methods: ['application_credential'], application_credential: {
        name: DEMO_KAKAO.accessKeyName, secret: DEMO_KAKAO.secretAccessKey, user: { id: DEMO_KAKAO.userId },
      } } } },
    });
    expect(reply.status).toBe(201);
    expect(reply.json.token.application_credential).toMatchObject({ id: DEMO_KAKAO.accessKeyId, name: DEMO_KAKAO.accessKeyName });
  });

  it('should refuse a wrong secret with 401 in the Keystone shape', async () => {
    const reply = await call(`${iam()}/auth/tokens`, { method: 'POST', body: byId(DEMO_KAKAO.accessKeyId, 'wrong') });
    expect(reply.status).toBe(401);
    expect(reply.headers.get('x-subject-token')).toBeNull();
    expect(reply.json.error).toMatchObject({ code: 401, title: 'Unauthorized' });
  });

  it('should refuse a key name presented with another user id', async () => {
    const reply = await call(`${iam()}/auth/tokens`, {
      method: 'POST',
      body: { auth: { identity: { methods: ['application_credential'], application_credential: {
        name: DEMO_KAKAO.accessKeyName, secret: DEMO_KAKAO.secretAccessKey, user: { id: OTHER_KAKAO.userId },
      } } } },
    });
    expect(reply.status).toBe(401);
  });

  it('should refuse a token request without Content-Type: application/json', async () => {
    const body = JSON.stringify(byId(DEMO_KAKAO.accessKeyId, DEMO_KAKAO.secretAccessKey));
    const plain = await call(`${iam()}/auth/tokens`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(400);
    expect(plain.headers.get('x-subject-token')).toBeNull();
    const res = await fetch(`${iam()}/auth/tokens`, { method: 'POST', body: new Blob([body]) });
    expect(res.status).toBe(400);
  });

  it('should refuse a malformed token request with 400', async () => {
    const reply = await call(`${iam()}/auth/tokens`, { method: 'POST', body: { auth: { identity: { methods: ['password'] } } } });
    expect(reply.status).toBe(400);
  });

  it('should validate a token with X-Subject-Token and tell its project', async () => {
    const token = await kakaoToken(emulator());
    const reply = await call(`${iam()}/auth/tokens`, { token, headers: { 'x-subject-token': token } });
    expect(reply.status).toBe(200);
    expect(reply.json.token.project.id).toBe(DEMO_KAKAO.projectId);
  });

  it('should answer 404 when the subject token is unknown and 401 without a caller token', async () => {
    const token = await kakaoToken(emulator());
    expect((await call(`${iam()}/auth/tokens`, { token, headers: { 'x-subject-token': 'nope' } })).status).toBe(404);
    expect((await call(`${iam()}/auth/tokens`, { headers: { 'x-subject-token': token } })).status).toBe(401);
  });

  it("should list the user's projects and refuse another user's", async () => {
    const token = await kakaoToken(emulator());
    const mine = await call(`${iam()}/users/${DEMO_KAKAO.userId}/projects`, { token });
    expect(mine.status).toBe(200);
    expect(mine.json.projects).toEqual([expect.objectContaining({ id: DEMO_KAKAO.projectId, name: DEMO_KAKAO.projectName, enabled: true, is_domain: false })]);
    expect(mine.json.links).toMatchObject({ next: null, previous: null });
    expect((await call(`${iam()}/users/${OTHER_KAKAO.userId}/projects`, { token })).status).toBe(403);
  });
});

describe('KakaoCloud service authentication', () => {
  const api = kakaoClient(emulator);
  const reads: [string, string][] = [
    ['bcs', '/api/v1/instances'],
    ['volume', '/api/v1/volumes'],
    ['image', '/api/v1/images'],
    ['vpc', '/api/v1/vpcs'],
    ['network', '/api/v1/security-groups'],
    ['kubernetes-engine', '/api/v1/clusters'],
  ];

  it.each(reads)('should answer %s %s without X-Auth-Token with the 401 envelope', async (service, path) => {
    expectEnvelope(await api(service, path, { token: '' }), 401);
  });

  it.each(reads)('should answer %s %s with a made-up token with the 401 envelope', async (service, path) => {
    expectEnvelope(await api(service, path, { token: 'gAAAAAforged' }), 401);
  });

  it('should accept the header name in any case', async () => {
    const token = await kakaoToken(emulator());
    const reply = await call(`${emulator().ctx.kakaoServiceUrl('bcs')}/api/v1/flavors`, { headers: { 'X-Auth-token': token } });
    expect(reply.status).toBe(200);
  });

  it('should refuse a token once its access key is deleted', async () => {
    const token = await kakaoToken(emulator(), OTHER_KAKAO);
    const key = emulator().ctx.kakao.accessKeys.get(OTHER_KAKAO.accessKeyId)!;
    emulator().ctx.kakao.accessKeys.delete(key.id);
    try {
      expectEnvelope(await api('bcs', '/api/v1/instances', { token }), 401);
    } finally {
      emulator().ctx.kakao.addAccessKey(key);
    }
  });
});

describe('KakaoCloud token expiry', () => {
  const shortLived = useEmulator({ tokenLifetimeMs: 100 });

  it('should refuse a token after its lifetime', async () => {
    const token = await kakaoToken(shortLived());
    const url = `${shortLived().ctx.kakaoServiceUrl('bcs')}/api/v1/flavors`;
    expect((await call(url, { token })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 150));
    expectEnvelope(await call(url, { token }), 401);
  });
});
