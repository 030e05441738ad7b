import { describe, expect, it } from 'vitest';
import { runBench } from '../bench/bench.js';
import { renderMarkdown } from '../bench/report.js';

/**
 * Runs `npm run bench -- --quick` in-process: every section, tiny. It proves the harness
 * works; it asserts counts, never timings (this machine may be busy with other tests).
 */
describe('npm run bench -- --quick', () => {
  it('should produce every section, with Hanul upstream calls flat across fleet sizes', { timeout: 240_000 }, async () => {
    const results = await runBench({ quick: true });
    const markdown = renderMarkdown(results);
    for (const heading of ['### 1. Gateway overhead', '### 2. Upstream calls', 'Identical dashboards sent at once', '### Goals', '### 3. Client round trips', '### 4. Subscriptions', '### 5. Memory and start-up', '### 6. Upstream calls estimated']) {
      expect(markdown).toContain(heading);
    }

    // 1. Every contender answered every query it was given, and none failed.
    const contenders = new Set(results.overhead.rows.map((r) => `${r.contender} ${r.query} ${r.upstreamLatencyMs}`));
    expect([...contenders].sort()).toEqual(['Hanul floor 0', 'Hanul list 0', 'Hanul one 0', 'Hanul one 20', 'direct REST list 0', 'direct REST one 0', 'direct REST one 20', 'emulator emulator 0']);
    for (const row of results.overhead.rows) {
      expect(row.failures, row.target).toBe(0);
      expect(row.requests, row.target).toBeGreaterThan(0);
    }

    // 2. Hanul's cost does not depend on the fleet; the per-object REST model's does.
    const cost = results.upstreamCost;
    expect(cost.map((r) => r.fleetSize)).toEqual(results.settings.fleetSizes);
    expect(new Set(cost.map((r) => r.hanul.total)).size).toBe(1);
    expect(cost.at(-1)!.rest).toBeGreaterThan(cost[0]!.rest);
    expect(cost[0]!.rest).toBeGreaterThan(cost[0]!.hanul.total);
    // Issue 17's goal 2: 50 identical dashboards at once cost at most twice one's calls, with and without a freshness window.
    expect(results.sharedReads.rows.map((r) => r.freshReadsMs)).toEqual([0, results.settings.sharedReads.freshReadsMs]);
    for (const row of results.sharedReads.rows) expect(row.concurrent, `UPSTREAM_FRESH_READS_MS=${row.freshReadsMs}`).toBeLessThanOrEqual(2 * row.one);

    // 3. One request through Hanul; one per server and more through the REST model.
    for (const row of results.roundTrips.rows) {
      expect(row.hanulRoundTrips).toBe(1);
      expect(row.restRoundTrips).toBeGreaterThan(row.fleetSize);
    }

    // 4. Every subscriber saw every change; idle subscribers cost no extra polls.
    const s = results.subscriptions;
    const counts = results.settings.subscriptions.counts;
    expect(s.memory.map((m) => m.subscribers)).toEqual([...counts, counts.at(-1)]);
    expect(s.latency.events).toBe(s.latency.expected);
    expect(s.polls[0]).toEqual({ subscribers: 0, callsPerInterval: 0 });

    // 6. The dashboard and every README example, each estimated within 20 % of what it made.
    expect(results.costAccuracy.map((s) => s.name)).toEqual(['bench dashboard', 'Dashboard', 'Catalog', 'Create', 'Stop']);
    for (const s of results.costAccuracy) expect(Math.abs(s.estimated - s.actual), `${s.name}: ${s.estimated} vs ${s.actual}`).toBeLessThanOrEqual(0.2 * s.actual);

    // 5. The demo started and answered.
    expect(results.startup.runsMs).toHaveLength(results.settings.startupRuns);
  });
});
