import type { Dashboard } from '../dashboard.js';
import { graphql, type UpstreamCalls } from '../graphql.js';
import type { EmulatorProcess, HanulProcess } from '../processes.js';
import { progress } from '../progress.js';

export interface UpstreamCostRow {
  fleetSize: number;
  /** Servers the dashboard answered (a check that the fleet is what it says). */
  servers: number;
  hanul: UpstreamCalls;
  naive: UpstreamCalls;
  /** Wall time of the one measured operation, for scale (no injected latency). */
  hanulMs: number;
  naiveMs: number;
}

async function cost(hanul: HanulProcess, query: string): Promise<{ calls: UpstreamCalls; ms: number; servers: number }> {
  const started = performance.now();
  const { data, upstreamCalls } = await graphql<{ regions: { servers: { totalCount: number } }[] }>(hanul.graphqlUrl, query, {}, true);
  const ms = performance.now() - started;
  if (!upstreamCalls) throw new Error('the answer carries no extensions.upstreamCalls');
  return { calls: upstreamCalls, ms, servers: data.regions.reduce((n, r) => n + r.servers.totalCount, 0) };
}

/**
 * Upstream calls per dashboard operation at each fleet size, for Hanul and for the same
 * schema run with HANUL_BENCH_NAIVE=true (no batching, no per-operation list memo).
 */
export async function runUpstreamCost(emulator: EmulatorProcess, hanul: HanulProcess, naive: HanulProcess, dashboard: Dashboard, fleetSizes: number[]): Promise<UpstreamCostRow[]> {
  const rows: UpstreamCostRow[] = [];
  for (const fleetSize of fleetSizes) {
    progress(`upstream cost: ${fleetSize} servers`);
    await emulator.setFleet(fleetSize);
    // One upstream call each, so the server-held token is issued before anything is counted.
    for (const server of [hanul, naive]) await graphql(server.graphqlUrl, '{ region(provider: NHN, name: "kr1") { keypairs { name } } }');
    const h = await cost(hanul, dashboard.query);
    const n = await cost(naive, dashboard.query);
    if (h.servers !== fleetSize || n.servers !== fleetSize) throw new Error(`expected ${fleetSize} servers, Hanul saw ${h.servers}, naive ${n.servers}`);
    rows.push({ fleetSize, servers: h.servers, hanul: h.calls, naive: n.calls, hanulMs: h.ms, naiveMs: n.ms });
  }
  return rows;
}
