import { createClient, type Client } from 'graphql-ws';
import { Agent } from 'undici';
import WebSocket from 'ws';
import { graphql } from '../graphql.js';
import { startHanulProcess, type EmulatorProcess, type HanulProcess } from '../processes.js';
import { progress } from '../progress.js';
import { NhnRest } from '../rest.js';
import { percentile } from '../stats.js';

export interface SubscriptionSettings {
  /** Subscriber counts whose memory is measured; the last one is also used for polls and latency. */
  counts: number[];
  /** The watcher's interval (fast and slow alike), ms. */
  intervalMs: number;
  /** How long upstream calls are counted for a polls-per-interval figure. */
  windowMs: number;
  /** Stop/start rounds whose delivery is timed (two events each). */
  rounds: number;
  /** Quiet time before memory is read. */
  settleMs: number;
}

export interface MemoryRow {
  subscribers: number;
  /** Status events every subscriber had received when memory was read (0: idle since subscribing). */
  events: number;
  rssBytes: number;
  heapUsedBytes: number;
  rssPerSubscriberBytes: number;
  heapPerSubscriberBytes: number;
  /** Time to open the connections of this step (connection_ack received). */
  openMs: number;
}

export interface SubscriptionResults {
  intervalMs: number;
  idle: { rssBytes: number; heapUsedBytes: number };
  memory: MemoryRow[];
  /** Upstream (emulator) requests per watcher interval, by number of subscribers. */
  polls: { subscribers: number; callsPerInterval: number }[];
  latency: { subscribers: number; events: number; expected: number; p50Ms: number; p99Ms: number; maxMs: number };
}

const SUBSCRIPTION = 'subscription Watch($r: ID!) { serverStatusChanged(regionId: $r) { status node { id } } }';

interface StatusEvent {
  serverStatusChanged: { status: string; node: { id: string } };
}

/** Opens `count` graphql-ws connections, each its own WebSocket with one subscription, 200 at a time. */
async function openSubscribers(wsUrl: string, regionId: string, count: number, onEvent: (index: number, e: StatusEvent) => void, first: number): Promise<Client[]> {
  const clients: Client[] = [];
  for (let start = 0; start < count; start += 200) {
    const batch = Array.from({ length: Math.min(200, count - start) }, (_, i) => {
      const index = first + start + i;
      return new Promise<Client>((resolve, reject) => {
        const client = createClient({
          url: wsUrl,
          webSocketImpl: WebSocket,
          lazy: false,
          retryAttempts: 0,
          on: { connected: () => resolve(client), error: reject },
        });
        client.subscribe<StatusEvent>(
          { query: SUBSCRIPTION, variables: { r: regionId } },
          { next: (r) => r.data && onEvent(index, r.data), error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))), complete: () => undefined },
        );
      });
    });
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Hanul's memory once settled: the least of a few readings (the heap shrinks only at GC). */
async function settledMemory(hanul: HanulProcess, settleMs: number): Promise<{ rssBytes: number; heapUsedBytes: number }> {
  await sleep(settleMs);
  const readings = [];
  for (let i = 0; i < 5; i += 1) {
    readings.push(await hanul.memory());
    await sleep(settleMs / 5);
  }
  return { rssBytes: Math.min(...readings.map((r) => r.rssBytes)), heapUsedBytes: Math.min(...readings.map((r) => r.heapUsedBytes)) };
}

/**
 * Idle subscribers: Hanul's memory per graphql-ws connection (Hanul in its own process,
 * read from its /metrics), the upstream polls per interval with 1 and with many
 * subscribers (from the emulator's request count), and the delay from a server's stop in
 * the emulator (through its REST API) to each subscriber's receipt of the event.
 */
export async function runSubscriptions(emulator: EmulatorProcess, fleetSize: number, settings: SubscriptionSettings): Promise<SubscriptionResults> {
  await emulator.setFleet(fleetSize);
  const interval = String(settings.intervalMs);
  const hanul = await startHanulProcess(emulator.url, { WATCH_FAST_INTERVAL_MS: interval, WATCH_SLOW_INTERVAL_MS: interval });
  const pool = new Agent();
  const clients: Client[] = [];
  try {
    const rest = await new NhnRest(emulator.url, pool).login();
    const { data } = await graphql<{ region: { id: string; servers: { edges: { node: { id: string } }[] } } }>(
      hanul.graphqlUrl,
      `{ region(provider: NHN, name: "kr1") { id servers(filter: { name: "api-01" }) { edges { node { id } } } } }`,
    );
    const regionId = data.region.id;
    const targetId = data.region.servers.edges[0]!.node.id;
    const upstreamId = Buffer.from(targetId, 'base64').toString('utf8').split(':').at(-1)!;
    const wsUrl = hanul.graphqlUrl.replace(/^http/, 'ws');

    // Receipts of the current round: subscriber index → ms after the stop/start was sent.
    let round: { status: string; sentAt: number; receipts: Map<number, number> } | undefined;
    const onEvent = (index: number, e: StatusEvent) => {
      const c = e.serverStatusChanged;
      if (round && c.node.id === targetId && c.status === round.status && !round.receipts.has(index)) round.receipts.set(index, performance.now() - round.sentAt);
    };
    const callsPerInterval = async () => {
      const before = await emulator.requestCount();
      await sleep(settings.windowMs);
      return ((await emulator.requestCount()) - before) / (settings.windowMs / settings.intervalMs);
    };

    const idle = await settledMemory(hanul, settings.settleMs);
    const polls = [{ subscribers: 0, callsPerInterval: await callsPerInterval() }];
    clients.push(...(await openSubscribers(wsUrl, regionId, 1, onEvent, 0)));
    await sleep(500);
    polls.push({ subscribers: 1, callsPerInterval: await callsPerInterval() });

    const memory: MemoryRow[] = [];
    for (const count of settings.counts) {
      progress(`subscriptions: ${count} connections`);
      const started = performance.now();
      clients.push(...(await openSubscribers(wsUrl, regionId, count - clients.length, onEvent, clients.length)));
      const openMs = performance.now() - started;
      const m = await settledMemory(hanul, settings.settleMs);
      memory.push({
        subscribers: count,
        events: 0,
        ...m,
        rssPerSubscriberBytes: (m.rssBytes - idle.rssBytes) / count,
        heapPerSubscriberBytes: (m.heapUsedBytes - idle.heapUsedBytes) / count,
        openMs,
      });
    }
    polls.push({ subscribers: clients.length, callsPerInterval: await callsPerInterval() });

    // Stop, then start again, the same server; every subscriber should see each change.
    const samples: number[] = [];
    for (let r = 0; r < settings.rounds; r += 1) {
      for (const [action, status] of [['os-stop', 'SHUTOFF'], ['os-start', 'ACTIVE']] as const) {
        round = { status, sentAt: performance.now(), receipts: new Map() };
        await rest.post('compute', `/servers/${upstreamId}/action`, { [action]: null });
        const deadline = Date.now() + 10_000;
        while (round.receipts.size < clients.length && Date.now() < deadline) await sleep(20);
        samples.push(...round.receipts.values());
        // Let the watcher settle before the next change.
        await sleep(settings.intervalMs * 3);
      }
    }
    round = undefined;
    const expected = settings.rounds * 2 * clients.length;
    // The same subscribers once they have each been sent every event: what stays behind.
    const after = await settledMemory(hanul, settings.settleMs);
    memory.push({
      subscribers: clients.length,
      events: settings.rounds * 2,
      ...after,
      rssPerSubscriberBytes: (after.rssBytes - idle.rssBytes) / clients.length,
      heapPerSubscriberBytes: (after.heapUsedBytes - idle.heapUsedBytes) / clients.length,
      openMs: Number.NaN,
    });
    return {
      intervalMs: settings.intervalMs,
      idle,
      memory,
      polls,
      latency: { subscribers: clients.length, events: samples.length, expected, p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99), maxMs: Math.max(...samples) },
    };
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await pool.close();
    await hanul.close();
  }
}
