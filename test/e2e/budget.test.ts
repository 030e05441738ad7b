import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeOperations } from '../../bench/cost-accuracy.js';
import { loadConfig } from '../../src/config.js';
import { withEmulator } from '../../src/demo.js';
import { OTHER_NHN } from '../../src/emulator/seed.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import type { HanulApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { redisServerAvailable, startRedis, type RedisServer } from '../support/redis.js';
import { startHanulServer, useStack } from './kit.js';

const LIMIT = 30;
/** The budget's clock, one second into a minute: the test owns the window. */
const MINUTE = Date.UTC(2026, 0, 1, 0, 0, 0);
let now = MINUTE + 1000;
const clock = () => now;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[]; extensions?: { cost?: any } };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

/** The README's dashboard: about 25 calls on the demo tenant, so a second one does not fit in 30. */
const DASHBOARD = readmeOperations().get('Dashboard')!;
const RATE_LIMIT = '{ rateLimit { limit used remaining resetAt } }';
const ISSUE = `mutation Issue($input: IssueTokenInput!) { issueToken(input: $input) { token errors { message } } }`;

const stack = useStack({ env: { TENANT_UPSTREAM_BUDGET_PER_MINUTE: String(LIMIT) }, configure: (c) => ({ ...c, budget: { ...c.budget, now: clock } }) });

describe('per-tenant upstream budget', () => {
  let dashboard: string;
  let otherToken: string;
  beforeAll(async () => {
    const { hanul } = stack();
    dashboard = DASHBOARD;
    const issued = await post(hanul.graphqlUrl, ISSUE, { input: { tenantId: OTHER_NHN.tenantId, username: OTHER_NHN.username, password: OTHER_NHN.password } });
    otherToken = issued.body.data.issueToken.token;
    expect(otherToken).toBeTruthy();
  });

  it('should refuse an operation whose estimate exceeds what is left, before calling the cloud, and leave other tenants alone', async () => {
    const { hanul, emulator } = stack();
    const first = await post(hanul.graphqlUrl, dashboard);
    expect(first.body.errors).toBeUndefined();
    const spent = first.body.extensions!.cost.actualUpstreamCalls as number;
    expect(spent).toBeGreaterThan(LIMIT / 2);

    const state = (await post(hanul.graphqlUrl, RATE_LIMIT)).body.data.rateLimit;
    expect(state).toMatchObject({ limit: LIMIT, remaining: LIMIT - state.used, resetAt: new Date(MINUTE + 60_000).toISOString() });
    expect(state.used).toBeGreaterThanOrEqual(spent);

    const before = emulator.requestCount();
    const refused = await post(hanul.graphqlUrl, dashboard);
    expect(emulator.requestCount()).toBe(before);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe('59');
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 59 });
    expect(refused.body.extensions!.cost).toMatchObject({ actualUpstreamCalls: 0, budget: { limit: LIMIT, remaining: state.remaining } });
    expect(refused.body.extensions!.cost.estimatedUpstreamCalls).toBeGreaterThan(state.remaining);

    // Another tenant (a bearer token of another NHN tenant) has a budget of its own.
    const other = await post(hanul.graphqlUrl, dashboard, {}, { authorization: `Bearer ${otherToken}`, 'x-hanul-tenant': OTHER_NHN.tenantId });
    expect(other.body.errors).toBeUndefined();
    expect(other.body.extensions!.cost.budget.remaining).toBe(LIMIT - other.body.extensions!.cost.actualUpstreamCalls);

    // The next minute the budget is whole again.
    now += 60_000;
    const again = await post(hanul.graphqlUrl, dashboard);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.extensions!.cost.budget.resetAt).toBe(new Date(MINUTE + 120_000).toISOString());
  });

  it('should put extensions.cost on every answer: queries, mutations, refused mutations and invalid documents', async () => {
    const { hanul } = stack();
    const query = await post(hanul.graphqlUrl, '{ regions { name } }');
    expect(query.body.extensions!.cost).toMatchObject({ estimatedUpstreamCalls: 0, actualUpstreamCalls: 0, budget: { limit: LIMIT } });
    const mutation = await post(hanul.graphqlUrl, 'mutation { stopServer(id: "nope") { errors { __typename } } }');
    expect(mutation.body.data.stopServer.errors).toHaveLength(1);
    expect(mutation.body.extensions!.cost).toMatchObject({ actualUpstreamCalls: 0, budget: { limit: LIMIT } });
    expect(mutation.body.extensions!.cost.estimatedUpstreamCalls).toBeGreaterThan(0);
    const invalid = await post(hanul.graphqlUrl, '{ noSuchField }');
    expect(invalid.body.errors?.[0]?.message).toMatch(/noSuchField/);
    expect(invalid.body.extensions!.cost).toEqual({ estimatedUpstreamCalls: 0, actualUpstreamCalls: 0, budget: null });
  });
});

const available = redisServerAvailable();
if (!available) console.warn('budget.test.ts replicas SKIPPED: no `redis-server` on the PATH (CI installs it).');

describe.skipIf(!available)('the budget across two replicas sharing a real redis-server', () => {
  let emulator: Emulator;
  let redis: RedisServer;
  const replicas: HanulApp[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({ transitionMs: 60 });
    redis = await startRedis();
    const config = withEmulator(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', REDIS_URL: redis.url, TENANT_UPSTREAM_BUDGET_PER_MINUTE: String(LIMIT) }),
      emulator.url,
    );
    // Their own minute, far from the other describe's, so the Redis keys are theirs.
    const shared = { ...config, budget: { ...config.budget, now: () => MINUTE + 3_600_000 } };
    for (let i = 0; i < 2; i++) replicas.push(await startHanulServer(shared, createLogger('silent')));
  });
  afterAll(async () => {
    for (const r of replicas) await r.close();
    await emulator?.close();
    await redis?.stop();
  });

  it('should refuse on one replica what the tenant spent on the other', async () => {
    const [a, b] = replicas as [HanulApp, HanulApp];
    const dashboard = DASHBOARD;
    const spent = await post(a.graphqlUrl, dashboard);
    expect(spent.body.errors).toBeUndefined();
    const used = (await post(b.graphqlUrl, RATE_LIMIT)).body.data.rateLimit.used;
    expect(used).toBeGreaterThanOrEqual(spent.body.extensions!.cost.actualUpstreamCalls);
    const before = emulator.requestCount();
    const refused = await post(b.graphqlUrl, dashboard);
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(emulator.requestCount()).toBe(before);
  });
});
