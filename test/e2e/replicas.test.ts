import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { hanulEnvFor, metricValue, startHanulProcess, stopChild, type HanulProcess } from '../support/processes.js';
import { redisServerAvailable, startRedis, type RedisServer } from '../support/redis.js';
import { regionView, ServerStatusChanged, startServer, stopServer } from '../support/status-operations.js';
import { pause, record, waitFor, wsClient, type Recording } from '../support/subscriptions.js';
import { serversDetail } from '../support/watching.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken } from '../emulator/helpers.js';
import { requestsTo } from './compute-fixtures.js';

/** The upstream id inside a Hanul global id (`Server:NHN:kr1:{uuid}`, base64). */
const upstreamId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':').pop()!;

/**
 * Two real Hanul processes sharing a real Redis: events cross replicas through Redis
 * pub/sub, a Redis lease makes exactly one replica poll each key, and when that replica
 * dies the other takes the lease over. The emulator runs in this process so that its
 * request counts can be read directly.
 */

const available = redisServerAvailable();
if (!available) {
  console.warn('replicas.test.ts SKIPPED: no `redis-server` on the PATH. Install it (apt-get install redis-server) to run the replica tests; CI does (.ci/run).');
}

// A settled key polls every 500 ms; the lease outlives two of those (2 × 500 ms + 1 s, see app.ts).
const FAST_MS = 100;
const SLOW_MS = 500;

/** Upstream GETs of compute a replica made (its own /metrics): what its poller cost the cloud. */
const computeGets = (replica: HanulProcess) => metricValue(replica.url, 'hanul_upstream_requests_total', { provider: 'NHN', service: 'compute', method: 'GET' });

describe.skipIf(!available)('replicas sharing Redis', { timeout: 60_000 }, () => {
  let emulator: Emulator;
  let redis: RedisServer;
  let a: HanulProcess;
  let b: HanulProcess;
  const opened: { dispose(): void | Promise<void> }[] = [];
  const http = (replica: HanulProcess) => new Client({ url: replica.graphqlUrl, exchanges: [fetchExchange], requestPolicy: 'network-only', preferGetMethod: false });

  beforeAll(async () => {
    emulator = await startEmulator({ transitionMs: 150 });
    redis = await startRedis();
    const env = { ...hanulEnvFor(emulator.url), REDIS_URL: redis.url, WATCH_FAST_INTERVAL_MS: String(FAST_MS), WATCH_SLOW_INTERVAL_MS: String(SLOW_MS) };
    [a, b] = await Promise.all([startHanulProcess('hanul-a', env), startHanulProcess('hanul-b', env)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(opened.map((c) => c.dispose()));
    await Promise.all([stopChild(a), stopChild(b)]);
    await redis?.stop();
    await emulator?.close();
  });

  let subA: Recording<{ serverStatusChanged: { status: string; previousStatus?: string | null; node: { id: string } } }>;
  let subB: typeof subA;
  let target: { id: string };

  it('should deliver to a subscriber on replica A the change made by a mutation sent to replica B', async () => {
    const view = await regionView(http(a), 'kr1');
    target = view.server('web-01');
    expect(target).toMatchObject({ status: 'ACTIVE' });
    const clientA = wsClient(a.graphqlUrl, { lazy: false });
    const clientB = wsClient(b.graphqlUrl, { lazy: false });
    opened.push(clientA, clientB);
    subA = record(clientA, ServerStatusChanged, { regionId: view.regionId });
    subB = record(clientB, ServerStatusChanged, { regionId: view.regionId });
    // Both replicas took their baseline (the follower once, at join) and the lease holder polls on.
    const start = requestsTo(emulator, serversDetail('kr1'));
    await waitFor(() => requestsTo(emulator, serversDetail('kr1')) >= start + 3, 'the lease holder to poll');

    await stopServer(http(b), target.id);
    const isStop = (e: { serverStatusChanged: { status: string; node: { id: string } } }) => e.serverStatusChanged.node.id === target.id && e.serverStatusChanged.status === 'SHUTOFF';
    await subA.event(isStop, 'SHUTOFF on replica A');
    await subB.event(isStop, 'SHUTOFF on replica B');
    // Exactly once on each replica, though both have a poller for the key and both receive every Redis message.
    expect(subA.events.filter(isStop)).toHaveLength(1);
    expect(subB.events.filter(isStop)).toHaveLength(1);
  });

  let holder: HanulProcess;
  let survivor: HanulProcess;
  let survivorSub: typeof subA;

  it('should poll each key from one replica only, with subscribers on both', async () => {
    // Count over a window of at least six polls; the window ends between polls (no call in flight).
    const settled = async () => {
      for (;;) {
        const first = [requestsTo(emulator, serversDetail('kr1')), await computeGets(a), await computeGets(b)] as const;
        await pause(40);
        const second = [requestsTo(emulator, serversDetail('kr1')), await computeGets(a), await computeGets(b)] as const;
        if (first.every((v, i) => v === second[i])) return second;
      }
    };
    const [listStart, aStart, bStart] = await settled();
    await waitFor(() => requestsTo(emulator, serversDetail('kr1')) >= listStart + 6, 'six polls', 20_000);
    const [listEnd, aEnd, bEnd] = await settled();
    const byA = aEnd - aStart;
    const byB = bEnd - bStart;

    // Every list call the cloud saw came from one of the two replicas, and all from the same one.
    expect(byA + byB).toBe(listEnd - listStart);
    expect(Math.min(byA, byB)).toBe(0);
    expect(Math.max(byA, byB)).toBeGreaterThanOrEqual(6);
    [holder, survivor] = byA > 0 ? [a, b] : [b, a];
    survivorSub = byA > 0 ? subB : subA;
  });

  it('should keep the stream going on the other replica after the polling replica is killed, a change made while nobody polled included', async () => {
    holder.kill('SIGKILL');
    const exit = await holder.exited;
    expect(exit.signal).toBe('SIGKILL');
    const nobodyPolls = requestsTo(emulator, serversDetail('kr1'));

    // While the dead replica's lease still runs, nobody polls: change the server and let it settle.
    await startServer(http(survivor), target.id);
    const token = await nhnToken(emulator);
    await waitFor(async () => {
      const reply = await call(`${emulator.url}/nhn/kr1/compute/v2/${DEMO_NHN.tenantId}/servers/${upstreamId(target.id)}`, { token });
      return reply.json?.server?.status === 'ACTIVE';
    }, 'the server to be ACTIVE');
    expect(requestsTo(emulator, serversDetail('kr1')), 'no poll happened during the change').toBe(nobodyPolls);

    // The lease lapses and the survivor, which has a subscriber, takes the key over from the
    // last state the dead replica published: the change made in between is not lost.
    const isActive = (e: { serverStatusChanged: { status: string; node: { id: string } } }) => e.serverStatusChanged.node.id === target.id && e.serverStatusChanged.status === 'ACTIVE';
    const event = await survivorSub.event(isActive, 'SHUTOFF → ACTIVE on the surviving replica', 15_000);
    expect(event.serverStatusChanged.previousStatus).toBe('SHUTOFF');
    expect(requestsTo(emulator, serversDetail('kr1'))).toBeGreaterThan(nobodyPolls);

    // And the survivor keeps polling: the next change arrives too.
    await stopServer(http(survivor), target.id);
    await survivorSub.event((e) => e.serverStatusChanged.node.id === target.id && e.serverStatusChanged.status === 'SHUTOFF' && survivorSub.events.indexOf(e) > survivorSub.events.indexOf(event), 'SHUTOFF again', 15_000);
    expect(survivorSub.completed).toBe(false);
    expect(survivorSub.errors).toEqual([]);
  });
});
