import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/emulator/clock.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { loadScenarioFile, parseScenario } from '../../src/emulator/scenario.js';
import { call, kakaoToken, nhnToken, useEmulator } from '../emulator/helpers.js';

/**
 * The emulator's fault API and scenario files, over real HTTP: faults after processing
 * apply the request and then lose its answer; a scenario runs on the emulator's clock,
 * which this file moves by hand (no sleeps).
 */

const clock = new ManualClock(Date.parse('2026-01-01T00:00:00Z'));
const emulator = useEmulator({ clock });
const advance = (seconds: number) => clock.advance(seconds * 1000);

const keypairsUrl = (region = 'kr1') => `${emulator().ctx.nhnServiceUrl(region, 'compute')}/v2/${DEMO_NHN.tenantId}/os-keypairs`;
const addFault = (rule: unknown) => call(`${emulator().url}/_emulator/faults`, { method: 'POST', body: rule });
const keypairNames = async (token: string) => ((await call(keypairsUrl(), { token })).json.keypairs as { keypair: { name: string } }[]).map((k) => k.keypair.name);
const createKeypair = (token: string, name: string) => call(keypairsUrl(), { method: 'POST', token, body: { keypair: { name } } });

afterEach(async () => {
  await call(`${emulator().url}/_emulator/faults`, { method: 'DELETE' });
});

describe('faults after processing', () => {
  it('should make the key pair and then reset the connection', async () => {
    const token = await nhnToken(emulator());
    await addFault({ kind: 'reset-after', method: 'POST', service: 'compute', match: '/os-keypairs' });
    await expect(createKeypair(token, 'lost-by-reset')).rejects.toThrow();
    expect(await keypairNames(token)).toContain('lost-by-reset');
  });

  it('should make the key pair and then answer 502 as a proxy would', async () => {
    const token = await nhnToken(emulator());
    await addFault({ kind: 'status-after', status: 502, method: 'POST', region: 'kr1', match: '/os-keypairs' });
    const reply = await createKeypair(token, 'lost-by-502');
    expect(reply.status).toBe(502);
    expect(reply.text).toContain('Bad Gateway');
    expect(await keypairNames(token)).toContain('lost-by-502');
  });

  it('should answer before processing by default, changing nothing', async () => {
    const token = await nhnToken(emulator());
    await addFault({ status: 503, method: 'POST', match: '/os-keypairs' });
    expect((await createKeypair(token, 'never-made')).status).toBe(503);
    expect(await keypairNames(token)).not.toContain('never-made');
  });

  it('should fire on every nth matching request only', async () => {
    const token = await nhnToken(emulator());
    await addFault({ kind: 'status-after', status: 502, method: 'POST', match: '/os-keypairs', every: 3 });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await createKeypair(token, `every-${i}`)).status);
    expect(statuses).toEqual([200, 200, 502, 200, 200, 502]);
    // Every create was applied, the lost answers included.
    expect((await keypairNames(token)).filter((n) => n.startsWith('every-'))).toHaveLength(6);
  });

  it('should match by region and leave other regions alone', async () => {
    const token = await nhnToken(emulator());
    await addFault({ status: 503, region: 'kr2', service: 'compute', times: 5 });
    expect((await call(`${keypairsUrl('kr2')}`, { token })).status).toBe(503);
    expect((await call(`${keypairsUrl('kr1')}`, { token })).status).toBe(200);
  });
});

describe('scenario files', () => {
  const load = (doc: unknown) => call(`${emulator().url}/_emulator/scenario`, { method: 'PUT', body: doc });

  it('should ship an example scenario that parses', () => {
    const scenario = parseScenario(JSON.parse(readFileSync(new URL('../../scenarios/incident-kr2.json', import.meta.url), 'utf8')));
    expect(scenario.faults.length).toBeGreaterThan(0);
  });

  it('should fail kr2 compute only inside its window on the emulator clock', async () => {
    const token = await nhnToken(emulator());
    expect((await load({ faults: [{ region: 'kr2', service: 'compute', status: 503, fromS: 10, untilS: 40 }] })).status).toBe(200);
    expect((await call(keypairsUrl('kr2'), { token })).status).toBe(200);
    advance(10);
    expect((await call(keypairsUrl('kr2'), { token })).status).toBe(503);
    expect((await call(keypairsUrl('kr2'), { token })).status).toBe(503);
    expect((await call(keypairsUrl('kr1'), { token })).status).toBe(200);
    advance(30);
    expect((await call(keypairsUrl('kr2'), { token })).status).toBe(200);
  });

  it('should expire tokens after the lifetime it sets', async () => {
    await load({ tokenLifetimeS: 60 });
    const token = await nhnToken(emulator());
    expect((await call(keypairsUrl(), { token })).status).toBe(200);
    advance(61);
    expect((await call(keypairsUrl(), { token })).status).toBe(401);
    await load({ tokenLifetimeS: 12 * 3600 });
  });

  it('should throttle KakaoCloud at its rate per second of the emulator clock', async () => {
    const token = await kakaoToken(emulator());
    await load({ throttle: [{ cloud: 'kakao', perSecond: 3 }] });
    const url = `${emulator().ctx.kakaoServiceUrl('bcs')}/api/v1/instances`;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(url, { headers: { 'x-auth-token': token } })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    advance(1);
    expect((await call(url, { headers: { 'x-auth-token': token } })).status).toBe(200);
  });

  it('should refuse a scenario with a bad entry and name it', async () => {
    const reply = await load({ faults: [{ kind: 'explode' }] });
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('faults[0]');
  });
});

describe('the shipped example scenario, loaded at start', () => {
  const t = new ManualClock(Date.parse('2026-01-01T00:00:00Z'));
  const started = useEmulator({ clock: t, scenario: loadScenarioFile(fileURLToPath(new URL('../../scenarios/incident-kr2.json', import.meta.url))) });

  it('should take kr2 compute down from 10 s to 40 s and leave kr1 up', async () => {
    const token = await nhnToken(started());
    const kr2 = `${started().ctx.nhnServiceUrl('kr2', 'compute')}/v2/${DEMO_NHN.tenantId}/flavors`;
    const kr1 = `${started().ctx.nhnServiceUrl('kr1', 'compute')}/v2/${DEMO_NHN.tenantId}/flavors`;
    expect((await call(kr2, { token })).status).toBe(200);
    t.advance(10_000);
    expect((await call(kr2, { token })).status).toBe(503);
    expect((await call(kr1, { token })).status).toBe(200);
    t.advance(30_000);
    expect((await call(kr2, { token })).status).toBe(200);
  });

  it('should expire a token after 60 s of the emulator clock', async () => {
    const token = await nhnToken(started());
    const url = `${started().ctx.nhnServiceUrl('kr1', 'compute')}/v2/${DEMO_NHN.tenantId}/flavors`;
    t.advance(59_000);
    expect((await call(url, { token })).status).toBe(200);
    t.advance(2_000);
    expect((await call(url, { token })).status).toBe(401);
  });
});
