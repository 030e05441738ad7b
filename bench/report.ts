import type { BenchResults } from './bench.js';
import type { LoadQuery, LoadRow } from './sections/overhead.js';
import { BROWSER_CONNECTIONS } from './sections/round-trips.js';
import { ratio as costRatio } from './cost-accuracy.js';

/** Issue 17's goals, each a bound on one ratio of one run. */
export const GOALS = {
  /** Single resource, 1 connection: Hanul p50 ÷ direct at most this. */
  singleLatency: 1.2,
  /** Single resource, 10 connections: Hanul req/s ÷ direct at least this. */
  singleThroughput: 0.8,
  /** 100-server list, 10 connections: Hanul req/s ÷ direct at least this. */
  listThroughput: 1.0,
  /** N concurrent identical dashboards ÷ one dashboard's upstream calls, at most this. */
  sharedReads: 2,
  /** Subscription delivery p99 at most the poll interval plus this, ms. */
  deliverySlackMs: 150,
  /** Heap per idle subscriber at most this, KiB (the unit of section 4's table). */
  idleSubscriberHeapKiB: 30,
} as const;
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

export interface Goal {
  text: string;
  /** undefined: this run did not measure it (the quick run has no 1- or 10-connection runs). */
  met: boolean | undefined;
}

/** Issue 17's goals (and issue 7's flat upstream cost), each with the ratio this run measured. */
export function goals(results: BenchResults): Goal[] {
  const pairs = overheadRatios(results.overhead.rows).filter((p) => p.upstreamLatencyMs === 0);
  const pair = (query: LoadQuery, connections: number) => pairs.find((p) => p.query === query && p.connections === connections);
  const bound = (text: string, value: number | undefined, ok: (v: number) => boolean, unit = '×'): Goal =>
    value === undefined ? { text: `${text} (not measured in this run)`, met: undefined } : { text: `${text}: ${fixed(value, 2)}${unit}`, met: ok(value) };

  const one1 = pair('one', 1);
  const one10 = pair('one', 10);
  const list10 = pair('list', 10);
  const shared = results.sharedReads.rows.map((row) => ({ row, value: row.concurrent / row.one }));
  const inflight = shared.find((s) => s.row.freshReadsMs === 0);
  const windowed = shared.find((s) => s.row.freshReadsMs > 0);
  const subs = results.subscriptions;
  const idle = subs.memory.filter((m) => m.events === 0).at(-1);
  // Paging aside: the region's server list takes one call per full Nova page.
  const totals = results.upstreamCost.map((r) => r.hanul.total - Math.floor(r.fleetSize / NOVA_PAGE));
  return [
    bound(`1a. single resource, 1 connection: p50 Hanul ÷ direct ≤ ${GOALS.singleLatency}×`, one1 && one1.hanul.p50Ms / one1.direct.p50Ms, (v) => v <= GOALS.singleLatency),
    bound(`1b. single resource, 10 connections: req/s Hanul ÷ direct ≥ ${GOALS.singleThroughput}×`, one10 && one10.hanul.requestsPerSec / one10.direct.requestsPerSec, (v) => v >= GOALS.singleThroughput),
    bound(`1c. 100-server list, 10 connections: req/s Hanul ÷ direct ≥ ${GOALS.listThroughput}×`, list10 && list10.hanul.requestsPerSec / list10.direct.requestsPerSec, (v) => v >= GOALS.listThroughput),
    bound(`2. ${inflight?.row.users ?? 50} concurrent identical dashboards ÷ one's upstream calls ≤ ${GOALS.sharedReads}×, reads in flight shared (default)`, inflight?.value, (v) => v <= GOALS.sharedReads),
    bound(`2. the same with UPSTREAM_FRESH_READS_MS=${windowed?.row.freshReadsMs ?? 0}`, windowed?.value, (v) => v <= GOALS.sharedReads),
    bound(`3. subscription delivery p99 at ${subs.latency.subscribers} subscribers ≤ ${subs.intervalMs + GOALS.deliverySlackMs} ms (interval + ${GOALS.deliverySlackMs})`, subs.latency.p99Ms, (v) => v <= subs.intervalMs + GOALS.deliverySlackMs, ' ms'),
    bound(`4. heap per idle subscriber at ${idle?.subscribers ?? 0} subscribers ≤ ${GOALS.idleSubscriberHeapKiB} KiB`, idle && idle.heapPerSubscriberBytes / 1024, (v) => v <= GOALS.idleSubscriberHeapKiB, ' KiB'),
    { text: `issue 7: Hanul's upstream calls flat across fleet sizes (${results.upstreamCost.map((x) => x.hanul.total).join(', ')}; one more list call per full page of ${NOVA_PAGE} servers)`, met: totals.every((t) => t === totals[0]) },
  ];
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
      ['servers', 'Hanul calls', 'REST-proxy model calls', 'REST model ÷ Hanul', 'Hanul ms', 'Hanul calls by service'],
      r.upstreamCost.map((row) => [row.fleetSize, row.hanul.total, row.rest, ratio(row.rest, row.hanul.total), fixed(row.hanulMs, 0), byService(row.hanul.byService)]),
    ),
  );
  const sr = r.sharedReads;
  out.push(`Identical dashboards sent at once by one tenant (${sr.fleetSize} servers, ${sr.latencyMs} ms upstream latency; cloud requests as the emulator counts them):`);
  out.push(
    table(
      ['UPSTREAM_FRESH_READS_MS', 'one dashboard', 'dashboards at once', 'their calls', 'calls ÷ one dashboard\'s'],
      sr.rows.map((row) => [row.freshReadsMs, row.one, row.users, row.concurrent, ratio(row.concurrent, row.one)]),
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

  const floor = o.rows.find((row) => row.query === 'floor' && row.connections === Math.min(...r.settings.overhead.connections));
  const directOne = o.rows.find((row) => row.query === 'one' && row.contender === 'direct REST' && row.upstreamLatencyMs === 0 && row.connections === floor?.connections);
  out.push(`### Goals`);
  out.push(
    [
      ...goals(r).map((g) => `- ${g.text}: ${g.met === undefined ? 'n/a' : g.met ? 'met' : 'NOT met'}`),
      ...(floor && directOne
        ? [`- for scale: Hanul's floor (\`{ __typename }\`, no upstream call) at ${floor.connections} connection(s) has p50 ${fixed(floor.p50Ms, 2)} ms, ${ratio(floor.p50Ms, directOne.p50Ms)} direct REST's whole single-server p50 (${fixed(directOne.p50Ms, 2)} ms)`]
        : []),
    ].join('\n'),
  );
  return out.join('\n\n') + '\n';
}
