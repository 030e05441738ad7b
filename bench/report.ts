import type { BenchResults } from './bench.js';
import type { LoadQuery, LoadRow } from './sections/overhead.js';
import { BROWSER_CONNECTIONS } from './sections/round-trips.js';
import { ratio as costRatio } from './cost-accuracy.js';

/** The goal of issue 7 for single-resource queries: Hanul's p50 within 1.3× of direct REST. */
export const OVERHEAD_GOAL = 1.3;
/**
 * Nova answers at most 1,000 servers a page (nhn-notes §3.3), and a full page costs one more
 * call to learn it was the last: 1,000 servers take two list calls, as for any Nova client.
 */
export const NOVA_PAGE = 1000;

const MiB = 1024 ** 2;
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const mib = (bytes: number) => fixed(bytes / MiB);
const kib = (bytes: number) => fixed(bytes / 1024);
const ratio = (a: number, b: number) => `${fixed(a / b, 2)}×`;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const byService = (calls: Record<string, number>) =>
  Object.entries(calls)
    .map(([service, n]) => `${service.replace(/^NHN /, '')} ${n}`)
    .join(', ');

const QUERY_NAMES: Record<LoadQuery, string> = { one: '1 server (node)', list: '100 servers (list)', emulator: 'emulator GET', floor: '{ __typename }' };

/** Pairs of (Hanul, direct REST) rows of the overhead section: same query, connections and upstream latency. */
export function overheadRatios(rows: LoadRow[]): { query: LoadQuery; label: string; connections: number; upstreamLatencyMs: number; hanul: LoadRow; direct: LoadRow }[] {
  return rows
    .filter((r) => r.contender === 'Hanul')
    .flatMap((hanul) => {
      const direct = rows.find((r) => r.contender === 'direct REST' && r.query === hanul.query && r.connections === hanul.connections && r.upstreamLatencyMs === hanul.upstreamLatencyMs);
      const label = `${QUERY_NAMES[hanul.query]}${hanul.upstreamLatencyMs ? `, ${hanul.upstreamLatencyMs} ms upstream latency` : ''}`;
      return direct ? [{ query: hanul.query, label, connections: hanul.connections, upstreamLatencyMs: hanul.upstreamLatencyMs, hanul, direct }] : [];
    });
}

/** Whether the issue's goals hold in these results. */
export function goals(results: BenchResults): { overheadMet: boolean; flatMet: boolean } {
  // The goal is about the gateway's own overhead: the emulator answering at once.
  const single = overheadRatios(results.overhead.rows).filter((p) => p.query === 'one' && p.upstreamLatencyMs === 0);
  // Paging aside: the region's server list takes one call per full Nova page.
  const totals = results.upstreamCost.map((r) => r.hanul.total - Math.floor(r.fleetSize / NOVA_PAGE));
  return {
    overheadMet: single.length > 0 && single.every((p) => p.hanul.p50Ms / p.direct.p50Ms <= OVERHEAD_GOAL),
    flatMet: totals.every((t) => t === totals[0]),
  };
}

/** The results as the markdown `npm run bench` prints (and BENCHMARKS.md quotes). */
export function renderMarkdown(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`## Results (${r.mode} run, ${fixed(r.durationS, 0)} s)`);
  out.push(table(['CPU', 'cores', 'memory', 'Node', 'OS'], [[m.cpu, m.cores, `${m.memoryGiB} GiB`, m.node, m.os]]));

  const o = r.overhead;
  out.push(`### 1. Gateway overhead (${o.fleetSize} servers in kr1; autocannon, ${r.settings.overhead.durationS} s per run)`);
  out.push(
    table(
      ['target', 'upstream latency ms', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failures'],
      o.rows.map((row) => [row.target, row.upstreamLatencyMs, row.connections, fixed(row.requestsPerSec, 0), fixed(row.p50Ms, 2), fixed(row.p99Ms, 2), row.requests, row.failures]),
    ),
  );
  out.push(
    table(
      ['query', 'connections', 'req/s Hanul ÷ direct', 'p50 Hanul ÷ direct', 'p99 Hanul ÷ direct', 'p50 Hanul − direct ms'],
      overheadRatios(o.rows).map((p) => [
        p.label,
        p.connections,
        ratio(p.hanul.requestsPerSec, p.direct.requestsPerSec),
        ratio(p.hanul.p50Ms, p.direct.p50Ms),
        ratio(p.hanul.p99Ms, p.direct.p99Ms),
        fixed(p.hanul.p50Ms - p.direct.p50Ms, 2),
      ]),
    ),
  );

  out.push(`### 2. Upstream calls per dashboard operation`);
  out.push(`Dashboard: every region's servers with flavor, image, addresses${r.dashboard.includes.length ? `, ${r.dashboard.includes.join(', ')}` : ''}.`);
  out.push(
    table(
      ['servers', 'Hanul calls', 'naive calls', 'naive ÷ Hanul', 'Hanul ms', 'naive ms', 'Hanul calls by service'],
      r.upstreamCost.map((row) => [
        row.fleetSize,
        row.hanul.total,
        row.naive.total,
        ratio(row.naive.total, row.hanul.total),
        fixed(row.hanulMs, 0),
        fixed(row.naiveMs, 0),
        byService(row.hanul.byService),
      ]),
    ),
  );

  const t = r.roundTrips;
  out.push(`### 3. Client round trips for the dashboard (${t.latencyMs} ms upstream latency; median of ${t.repetitions})`);
  out.push(
    table(
      ['servers', 'Hanul round trips', `REST-proxy model round trips`, 'Hanul ms', `REST model ms (${BROWSER_CONNECTIONS} connections)`, 'REST ÷ Hanul time'],
      t.rows.map((row) => [row.fleetSize, row.hanulRoundTrips, row.restRoundTrips, fixed(row.hanulMs, 0), fixed(row.restMs, 0), ratio(row.restMs, row.hanulMs)]),
    ),
  );

  const s = r.subscriptions;
  out.push(`### 4. Subscriptions (serverStatusChanged over graphql-ws, one WebSocket each; watcher interval ${s.intervalMs} ms)`);
  out.push(
    table(
      ['subscribers', 'events received', 'RSS MiB', 'heap used MiB', 'RSS per subscriber KiB', 'heap per subscriber KiB', 'connect time s'],
      [
        [0, 0, mib(s.idle.rssBytes), mib(s.idle.heapUsedBytes), '–', '–', '–'],
        ...s.memory.map((row) => [
          row.subscribers,
          row.events,
          mib(row.rssBytes),
          mib(row.heapUsedBytes),
          kib(row.rssPerSubscriberBytes),
          kib(row.heapPerSubscriberBytes),
          row.events ? '–' : fixed(row.openMs / 1000, 1),
        ]),
      ],
    ),
  );
  out.push(table(['subscribers', 'upstream calls per interval'], s.polls.map((p) => [p.subscribers, fixed(p.callsPerInterval, 2)])));
  const l = s.latency;
  out.push(
    table(
      ['subscribers', 'events received / expected', 'delivery p50 ms', 'delivery p99 ms', 'max ms'],
      [[l.subscribers, `${l.events} / ${l.expected}`, fixed(l.p50Ms, 0), fixed(l.p99Ms, 0), fixed(l.maxMs, 0)]],
    ),
  );

  out.push(`### 5. Memory and start-up`);
  out.push(
    table(
      ['Hanul RSS idle MiB', 'RSS under load MiB', 'heap idle MiB', 'heap under load MiB', 'npm start → first answered query, median ms', 'runs ms'],
      [[mib(o.memory.idleRssBytes), mib(o.memory.loadRssBytes), mib(o.memory.idleHeapBytes), mib(o.memory.loadHeapBytes), fixed(r.startup.medianMs, 0), r.startup.runsMs.map((x) => fixed(x, 0)).join(', ')]],
    ),
  );

  out.push(`### 6. Upstream calls estimated before execution ÷ made (extensions.cost)`);
  out.push(
    table(
      ['operation', 'estimated', 'actual', 'estimated ÷ actual', 'within ±20 %'],
      r.costAccuracy.map((s) => [s.name, s.estimated, s.actual, fixed(costRatio(s), 2), Math.abs(s.estimated - s.actual) <= 0.2 * s.actual ? 'yes' : 'NO']),
    ),
  );

  const g = goals(r);
  const floor = o.rows.find((row) => row.query === 'floor' && row.connections === Math.min(...r.settings.overhead.connections));
  const directOne = o.rows.find((row) => row.query === 'one' && row.contender === 'direct REST' && row.upstreamLatencyMs === 0 && row.connections === floor?.connections);
  out.push(`### Goals`);
  out.push(
    [
      `- single-resource p50 within ${OVERHEAD_GOAL}× of direct REST: ${g.overheadMet ? 'met' : 'NOT met'}`,
      ...(floor && directOne
        ? [`  - Hanul's floor (\`{ __typename }\`, no upstream call) at ${floor.connections} connection(s): p50 ${fixed(floor.p50Ms, 2)} ms, ${ratio(floor.p50Ms, directOne.p50Ms)} direct REST's whole single-server p50 (${fixed(directOne.p50Ms, 2)} ms)`]
        : []),
      ...overheadRatios(o.rows)
        .filter((p) => p.query === 'one')
        .map((p) => `  - single server, ${p.upstreamLatencyMs} ms upstream latency, ${p.connections} connection(s): p50 Hanul ÷ direct ${ratio(p.hanul.p50Ms, p.direct.p50Ms)}`),
      `- Hanul's upstream calls flat across fleet sizes (${r.upstreamCost.map((x) => x.hanul.total).join(', ')}; one more list call per full page of ${NOVA_PAGE} servers): ${g.flatMet ? 'met' : 'NOT met'}`,
    ].join('\n'),
  );
  return out.join('\n\n') + '\n';
}
