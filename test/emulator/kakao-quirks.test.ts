import { describe, expect, it } from 'vitest';
import { call, eventually, kakaoToken, useEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

describe('KakaoCloud injected 429s', () => {
  const emulator = useEmulator({ injected429Rate: 0.5 });

  it('should answer every second service call 429 in the envelope with Retry-After', async () => {
    // The token request is the first call (not throttled); from then on every second one is.
    const token = await kakaoToken(emulator());
    const url = `${emulator().ctx.kakaoServiceUrl('bcs')}/api/v1/flavors`;
    const statuses: number[] = [];
    let throttled;
    for (let i = 0; i < 6; i++) {
      const reply = await call(url, { token });
      statuses.push(reply.status);
      if (reply.status === 429) throttled = reply;
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expectEnvelope(throttled!, 429);
    expect(throttled!.headers.get('retry-after')).toBe('1');
  });

  it('should stop throttling when the rate is set to 0 at run time', async () => {
    const set = await call(`${emulator().url}/_emulator/kakao-quirks`, { method: 'PUT', body: { injected429Rate: 0 } });
    expect(set.json.injected429Rate).toBe(0);
    const token = await kakaoToken(emulator());
    for (let i = 0; i < 4; i++) expect((await call(`${emulator().ctx.kakaoServiceUrl('vpc')}/api/v1/vpcs`, { token })).status).toBe(200);
  });
});

describe('KakaoCloud eventual consistency after create', () => {
  const emulator = useEmulator({ kakaoCreateVisibilityMs: 200 });
  const api = kakaoClient(emulator);

  it('should answer 404 for a new resource for a short while, then show it', async () => {
    const created = await api('network', '/api/v1/security-groups', { method: 'POST', body: { security_group: { name: 'late' } } });
    expect(created.status).toBe(201);
    const id = created.json.security_group.id;
    expectEnvelope(await api('network', `/api/v1/security-groups/${id}`), 404);
    await eventually(async () => ((await api('network', `/api/v1/security-groups/${id}`)).status === 200 ? true : undefined));
  });

  it('should hide name-addressed resources too', async () => {
    const created = await api('bcs', '/api/v1/keypairs', { method: 'POST', body: { keypair: { name: 'late-key' } } });
    expect(created.status).toBe(201);
    expectEnvelope(await api('bcs', '/api/v1/keypairs/late-key'), 404);
    await eventually(async () => ((await api('bcs', '/api/v1/keypairs/late-key')).status === 200 ? true : undefined));
  });
});

describe('KakaoCloud regions and routing', () => {
  const emulator = useEmulator();
  const api = kakaoClient(emulator);

  it('should keep each region apart under /kakao/{service}/{region}', async () => {
    const central1 = await api('vpc', '/api/v1/vpcs', { region: 'kr-central-1' });
    expect(central1.json.vpcs.map((v: { name: string }) => v.name)).toEqual(['legacy-vpc']);
    const instances = await api('bcs', '/api/v1/instances', { region: 'kr-central-1' });
    expect(instances.json.instances).toEqual([expect.objectContaining({ name: 'legacy-1', availability_zone: 'kr-central-1-a' })]);
    expect((await api('vpc', '/api/v1/vpcs', { region: 'kr-central-3' })).json).toEqual({ vpcs: [], pagination: { total: 0, offset: 0, limit: 20 } });
  });

  it('should answer an unknown region, service or path with the 404 envelope', async () => {
    expectEnvelope(await api('vpc', '/api/v1/vpcs', { region: 'us-east-1' }), 404);
    expectEnvelope(await api('load-balancer', '/api/v1/load-balancers'), 404);
    expectEnvelope(await api('vpc', '/api/v1/nothing-here'), 404);
  });

  it('should answer a wrong method with 405 in the envelope', async () => {
    expectEnvelope(await api('vpc', '/api/v1/vpcs', { method: 'PATCH' }), 405);
  });

  it('should refuse malformed JSON with a 400 envelope', async () => {
    expectEnvelope(await api('network', '/api/v1/security-groups', { method: 'POST', body: '{"security_group": ', headers: { 'content-type': 'application/json' } }), 400);
  });

  it('should ignore X-Api-Version', async () => {
    expect((await api('bcs', '/api/v1/flavors', { headers: { 'x-api-version': '1.3.0' } })).status).toBe(200);
  });
});
