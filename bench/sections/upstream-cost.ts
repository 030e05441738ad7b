import { renderDashboardRest, type Dashboard } from '../dashboard.js';
import { graphql, type UpstreamCalls } from '../graphql.js';
import type { EmulatorProcess, HanulProcess } from '../processes.js';
import { progress } from '../progress.js';
import type { NhnRest } from '../rest.js';

export interface UpstreamCostRow {
  fleetSize: number;
  /** Servers the dashboard answered (a check that the fleet is what it says). */
  servers: number;
  hanul: UpstreamCalls;
  /** Wall time of the one measured operation, for scale (no injected latency). */
  hanulMs: number;
  /** Cloud calls of the same dashboard through the seed REST proxy's model: the per-object baseline. */
  rest: number;
}

async function cost(hanul: HanulProcess, query: string): Promise<{ calls: UpstreamCalls; ms: number; servers: number }> {
  const started = performance.now();
  const { data, upstreamCalls } = await graphql<{ regions: { servers: { totalCount: number } }[] }>(hanul.graphqlUrl, query, {}, true);
  const ms = performance.now() - started;
  if (!upstreamCalls) throw new Error('the answer carries no extensions.upstreamCalls');
  return { calls: upstreamCalls, ms, servers: data.regions.reduce((n, r) => n + r.servers.totalCount, 0) };
}

/**
 * Upstream calls per dashboard operation at each fleet size, for Hanul and for the seed
 * REST proxy's model (every object its own call; see `renderDashboardRest`).
 */
export async function runUpstreamCost(emulator: EmulatorProcess, hanul: HanulProcess, rest: NhnRest, dashboard: Dashboard, fleetSizes: number[]): Promise<UpstreamCostRow[]> {
  const rows: UpstreamCostRow[] = [];
  // One upstream call, so the server-held token is issued before anything is counted.
  await graphql(hanul.graphqlUrl, '{ region(provider: NHN, name: "kr1") { keypairs { name } } }');
  for (const fleetSize of fleetSizes) {
    progress(`upstream cost: ${fleetSize} servers`);
    await emulator.setFleet(fleetSize);
    const h = await cost(hanul, dashboard.query);
    if (h.servers !== fleetSize) throw new Error(`expected ${fleetSize} servers, Hanul saw ${h.servers}`);
    rows.push({ fleetSize, servers: h.servers, hanul: h.calls, hanulMs: h.ms, rest: await renderDashboardRest(rest) });
  }
  return rows;
}

export interface SharedReadsRow {
  /** What the Hanul process was started with (`UPSTREAM_FRESH_READS_MS`). */
  freshReadsMs: number;
  users: number;
  /** Cloud requests (as the emulator counts them) of one dashboard alone. */
  one: number;
  /** Cloud requests of `users` identical dashboards sent at once. */
  concurrent: number;
}

export interface SharedReadsResults {
  fleetSize: number;
  latencyMs: number;
  rows: SharedReadsRow[];
}

/**
 * Issue 17's goal 2: `users` users of one tenant open the same dashboard at once. Counted
 * at the emulator, so a shared read counts once however many operations it answered.
 * Each Hanul is warmed by one such burst first (a cold process compiles while the burst
 * arrives, and shares less: about 5× on the first burst), and every count starts after a
 * pause longer than the freshness window, so that the one dashboard alone pays its own calls.
 */
export async function runSharedReads(emulator: EmulatorProcess, hanuls: { hanul: HanulProcess; freshReadsMs: number }[], dashboard: Dashboard, settings: { fleetSize: number; users: number; latencyMs: number }): Promise<SharedReadsResults> {
  progress(`shared reads: ${settings.users} identical dashboards`);
  await emulator.setFleet(settings.fleetSize);
  await emulator.setLatency(settings.latencyMs);
  const rows: SharedReadsRow[] = [];
  const burst = (hanul: HanulProcess) => Promise.all(Array.from({ length: settings.users }, () => graphql(hanul.graphqlUrl, dashboard.query)));
  try {
    for (const { hanul, freshReadsMs } of hanuls) {
      await burst(hanul);
      await new Promise((r) => setTimeout(r, freshReadsMs + 50));
      const before = await emulator.requestCount();
      await graphql(hanul.graphqlUrl, dashboard.query);
      const one = (await emulator.requestCount()) - before;
      await new Promise((r) => setTimeout(r, freshReadsMs + 50));
      const start = await emulator.requestCount();
      await burst(hanul);
      rows.push({ freshReadsMs, users: settings.users, one, concurrent: (await emulator.requestCount()) - start });
    }
  } finally {
    await emulator.setLatency(0);
  }
  return { fleetSize: settings.fleetSize, latencyMs: settings.latencyMs, rows };
}
