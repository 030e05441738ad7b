import { dashboardQuery, type Dashboard } from './dashboard.js';
import { describeMachine, type Machine } from './machine.js';
import { startDirectRestProcess, startEmulatorProcess, startHanulProcess } from './processes.js';
import { progress } from './progress.js';
import { runOverhead, type LoadSettings, type OverheadResults } from './sections/overhead.js';
import { runRoundTrips, type RoundTripResults } from './sections/round-trips.js';
import { runStartup, type StartupResults } from './sections/startup.js';
import { runSubscriptions, type SubscriptionResults, type SubscriptionSettings } from './sections/subscriptions.js';
import { runSharedReads, runUpstreamCost, type SharedReadsResults, type UpstreamCostRow } from './sections/upstream-cost.js';
import { NhnRest } from './rest.js';
import { Agent } from 'undici';
import { runCostAccuracy } from './sections/cost-accuracy.js';
import type { CostSample } from './cost-accuracy.js';

export interface BenchSettings {
  overhead: LoadSettings & { fleetSize: number };
  fleetSizes: number[];
  /** Issue 17's goal 2; `freshReadsMs` is the window of the second Hanul measured beside the default one. */
  sharedReads: { fleetSize: number; users: number; latencyMs: number; freshReadsMs: number };
  roundTrips: { latencyMs: number; repetitions: number };
  subscriptions: SubscriptionSettings & { fleetSize: number };
  startupRuns: number;
}

/** `npm run bench`: about five minutes on 2 cores. */
export const FULL: BenchSettings = {
  overhead: { fleetSize: 100, connections: [1, 10], durationS: 10, warmupS: 3, upstreamLatencyMs: 20 },
  fleetSizes: [10, 100, 1000],
  sharedReads: { fleetSize: 100, users: 50, latencyMs: 20, freshReadsMs: 1000 },
  roundTrips: { latencyMs: 20, repetitions: 5 },
  subscriptions: { fleetSize: 10, counts: [1000, 5000], intervalMs: 100, windowMs: 3000, rounds: 3, settleMs: 1500 },
  startupRuns: 3,
};

/** `npm run bench -- --quick`: every section, tiny, to prove the harness works. */
export const QUICK: BenchSettings = {
  overhead: { fleetSize: 100, connections: [4], durationS: 1, warmupS: 0, upstreamLatencyMs: 20 },
  fleetSizes: [10, 20, 40],
  sharedReads: { fleetSize: 10, users: 50, latencyMs: 20, freshReadsMs: 1000 },
  roundTrips: { latencyMs: 20, repetitions: 1 },
  subscriptions: { fleetSize: 10, counts: [10, 30], intervalMs: 100, windowMs: 500, rounds: 1, settleMs: 200 },
  startupRuns: 1,
};

export interface BenchResults {
  mode: 'full' | 'quick';
  machine: Machine;
  settings: BenchSettings;
  dashboard: Dashboard;
  overhead: OverheadResults;
  upstreamCost: UpstreamCostRow[];
  sharedReads: SharedReadsResults;
  roundTrips: RoundTripResults;
  subscriptions: SubscriptionResults;
  startup: StartupResults;
  /** Estimated and actual upstream calls of the dashboard and each README example. */
  costAccuracy: CostSample[];
  durationS: number;
}

/**
 * Runs every section against processes started here (the emulator, Hanul, a Hanul with a
 * freshness window, the direct REST client; autocannon and the WebSocket clients run in this process) and
 * stops them all, even on failure. Progress goes to stderr.
 */
export async function runBench(options: { quick: boolean }): Promise<BenchResults> {
  const started = performance.now();
  const settings = options.quick ? QUICK : FULL;
  const emulator = await startEmulatorProcess();
  try {
    progress('gateway overhead');
    await emulator.setFleet(settings.overhead.fleetSize);
    const hanul = await startHanulProcess(emulator.url);
    let overhead: OverheadResults;
    let dashboard: Dashboard;
    let upstreamCost: UpstreamCostRow[];
    let sharedReads: SharedReadsResults;
    let roundTrips: RoundTripResults;
    let costAccuracy: CostSample[];
    try {
      const direct = await startDirectRestProcess(emulator.url);
      try {
        overhead = await runOverhead(emulator, hanul, direct, settings.overhead.fleetSize, settings.overhead);
      } finally {
        await direct.close();
      }
      dashboard = await dashboardQuery(hanul.graphqlUrl);
      progress('upstream cost');
      const pool = new Agent();
      try {
        upstreamCost = await runUpstreamCost(emulator, hanul, await new NhnRest(emulator.url, pool).login(), dashboard, settings.fleetSizes);
      } finally {
        await pool.close();
      }
      const { freshReadsMs } = settings.sharedReads;
      const fresh = await startHanulProcess(emulator.url, { UPSTREAM_FRESH_READS_MS: String(freshReadsMs) });
      try {
        sharedReads = await runSharedReads(emulator, [{ hanul, freshReadsMs: 0 }, { hanul: fresh, freshReadsMs }], dashboard, settings.sharedReads);
      } finally {
        await fresh.close();
      }
      progress('round trips');
      roundTrips = await runRoundTrips(emulator, hanul, dashboard, settings.fleetSizes, settings.roundTrips.latencyMs, settings.roundTrips.repetitions);
      costAccuracy = await runCostAccuracy(hanul, dashboard);
    } finally {
      await hanul.close();
    }
    progress('subscriptions');
    const subscriptions = await runSubscriptions(emulator, settings.subscriptions.fleetSize, settings.subscriptions);
    progress('start-up');
    const startup = await runStartup(settings.startupRuns);
    return {
      mode: options.quick ? 'quick' : 'full',
      machine: describeMachine(),
      settings,
      dashboard,
      overhead,
      upstreamCost,
      sharedReads,
      roundTrips,
      subscriptions,
      startup,
      costAccuracy,
      durationS: (performance.now() - started) / 1000,
    };
  } finally {
    await emulator.close();
  }
}
