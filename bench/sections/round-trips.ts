import { Agent } from 'undici';
import { renderDashboardRest, type Dashboard } from '../dashboard.js';
import { graphql } from '../graphql.js';
import type { EmulatorProcess, HanulProcess } from '../processes.js';
import { progress } from '../progress.js';
import { NhnRest } from '../rest.js';
import { median, timeEach } from '../stats.js';

/** What a browser opens to one origin over HTTP/1.1: the REST client's parallelism. */
export const BROWSER_CONNECTIONS = 6;

export interface RoundTripRow {
  fleetSize: number;
  hanulRoundTrips: number;
  restRoundTrips: number;
  /** Median wall time of one dashboard render, with the injected upstream latency. */
  hanulMs: number;
  restMs: number;
}

export interface RoundTripResults {
  latencyMs: number;
  repetitions: number;
  rows: RoundTripRow[];
}

/**
 * Client round trips and wall time to render the dashboard through Hanul (one request)
 * and through the seed proxy's REST model (see `renderDashboardRest`), with `latencyMs`
 * added by the emulator to every answer.
 */
export async function runRoundTrips(emulator: EmulatorProcess, hanul: HanulProcess, dashboard: Dashboard, fleetSizes: number[], latencyMs: number, repetitions: number): Promise<RoundTripResults> {
  const pool = new Agent({ connections: BROWSER_CONNECTIONS });
  const rest = await new NhnRest(emulator.url, pool).login();
  const rows: RoundTripRow[] = [];
  try {
    await emulator.setLatency(latencyMs);
    for (const fleetSize of fleetSizes) {
      progress(`round trips: ${fleetSize} servers`);
      await emulator.setFleet(fleetSize);
      // Warm both paths once (Hanul's token, the pool's connections).
      await graphql(hanul.graphqlUrl, dashboard.query);
      const restRoundTrips = await renderDashboardRest(rest);
      const hanulMs = median(await timeEach(repetitions, () => graphql(hanul.graphqlUrl, dashboard.query)));
      const restMs = median(await timeEach(repetitions, () => renderDashboardRest(rest)));
      rows.push({ fleetSize, hanulRoundTrips: 1, restRoundTrips, hanulMs, restMs });
    }
  } finally {
    await emulator.setLatency(0);
    await pool.close();
  }
  return { latencyMs, repetitions, rows };
}
