import autocannon from 'autocannon';
import { Agent } from 'undici';
import { graphql } from '../graphql.js';
import type { EmulatorProcess, HanulProcess, ServerProcess } from '../processes.js';
import { progress } from '../progress.js';
import { NhnRest } from '../rest.js';
import { percentile } from '../stats.js';

export interface LoadSettings {
  /** Concurrent connections of each run (one run per entry). */
  connections: number[];
  durationS: number;
  /** An unmeasured run before the first measured one of each target, to warm the JIT and pools. */
  warmupS: number;
  /** The single-server runs are repeated with this much latency on every emulator answer. */
  upstreamLatencyMs: number;
}

/**
 * What a row measured: one server with flavor and image, 100 such servers, one bare emulator
 * GET, or Hanul's floor (`{ __typename }`: HTTP and GraphQL with no upstream call at all).
 */
export type LoadQuery = 'one' | 'list' | 'emulator' | 'floor';

export interface LoadRow {
  target: string;
  query: LoadQuery;
  contender: 'Hanul' | 'direct REST' | 'emulator';
  /** Latency the emulator added to each of its answers during the run. */
  upstreamLatencyMs: number;
  connections: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers and transport errors: must be 0 for the row to mean anything. */
  failures: number;
}

export interface OverheadResults {
  fleetSize: number;
  rows: LoadRow[];
  /** Hanul's resident memory while idle and the most seen during the 100-server load. */
  memory: { idleRssBytes: number; loadRssBytes: number; idleHeapBytes: number; loadHeapBytes: number };
}

interface Target {
  name: string;
  query: LoadQuery;
  contender: LoadRow['contender'];
  request: { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };
  /** Checks one answer's body, so a run never measures errors. */
  check: (body: any) => boolean;
}

const ONE = `query One($id: ID!) { node(id: $id) { ... on Server { id name status flavor { name } image { name } } } }`;
const LIST = `query List { region(provider: NHN, name: "kr1") { servers(first: 100) { edges { node { id name status flavor { name } image { name } } } } } }`;

/** One autocannon run; latencies are taken from each response (autocannon's histogram rounds to whole ms). */
async function load(target: Target, connections: number, durationS: number, upstreamLatencyMs: number): Promise<LoadRow> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...target.request, connections, duration: durationS, pipelining: 1 }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status < 300) latencies.push(ms);
    });
  });
  return {
    target: target.name,
    query: target.query,
    contender: target.contender,
    upstreamLatencyMs,
    connections,
    requestsPerSec: result.requests.total / (result.duration || durationS),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

async function checkOnce(target: Target): Promise<void> {
  const { url, method = 'GET', headers, body } = target.request;
  const res = await fetch(url, { method, headers, body });
  const answer = await res.json();
  if (res.status !== 200 || !target.check(answer)) throw new Error(`${target.name} answered ${res.status}: ${JSON.stringify(answer).slice(0, 300)}`);
}

/**
 * Gateway overhead: the same data (one server with its flavor and image names; 100 servers
 * with theirs) from Hanul, from the direct REST client, and one server detail from the
 * emulator alone, each driven by autocannon the same way. Expects a fleet of 100 servers.
 */
export async function runOverhead(emulator: EmulatorProcess, hanul: HanulProcess, direct: ServerProcess, fleetSize: number, settings: LoadSettings): Promise<OverheadResults> {
  const { data } = await graphql<{ region: { servers: { edges: { node: { id: string; name: string } }[] } } }>(
    hanul.graphqlUrl,
    `{ region(provider: NHN, name: "kr1") { servers(filter: { name: "web-01" }) { edges { node { id name } } } } }`,
  );
  const globalId = data.region.servers.edges[0]!.node.id;
  // `Server:NHN:kr1:{uuid}`: the upstream id is what the REST clients ask for.
  const upstreamId = Buffer.from(globalId, 'base64').toString('utf8').split(':').at(-1)!;
  const pool = new Agent();
  const rest = await new NhnRest(emulator.url, pool).login();
  const json = { 'content-type': 'application/json' };
  const targets: Target[] = [
    {
      name: 'Hanul node(id): 1 server + flavor + image',
      query: 'one',
      contender: 'Hanul',
      request: { url: hanul.graphqlUrl, method: 'POST', headers: json, body: JSON.stringify({ query: ONE, variables: { id: globalId } }) },
      check: (b) => Boolean(b.data?.node?.flavor?.name && b.data.node.image?.name),
    },
    {
      name: 'Hanul { __typename }: no upstream call',
      query: 'floor',
      contender: 'Hanul',
      request: { url: hanul.graphqlUrl, method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }' }) },
      check: (b) => b.data?.__typename === 'Query',
    },
    {
      name: 'direct REST: 1 server + flavor + image',
      query: 'one',
      contender: 'direct REST',
      request: { url: `${direct.url}/servers/${upstreamId}` },
      check: (b) => Boolean(b.server?.flavor?.name && b.server.image?.name),
    },
    {
      name: 'Hanul: 100 servers with flavor + image names',
      query: 'list',
      contender: 'Hanul',
      request: { url: hanul.graphqlUrl, method: 'POST', headers: json, body: JSON.stringify({ query: LIST }) },
      check: (b) => b.data?.region?.servers?.edges?.length === Math.min(100, fleetSize),
    },
    {
      name: 'direct REST: 100 servers with flavor + image names',
      query: 'list',
      contender: 'direct REST',
      request: { url: `${direct.url}/servers?limit=100` },
      check: (b) => b.servers?.length === Math.min(100, fleetSize),
    },
    {
      name: 'emulator alone: GET server detail',
      query: 'emulator',
      contender: 'emulator',
      request: { url: rest.url('compute', `/servers/${upstreamId}`), headers: { 'x-auth-token': rest.authToken } },
      check: (b) => b.server?.id === upstreamId,
    },
  ];
  await pool.close();

  const rows: LoadRow[] = [];
  const idle = await hanul.memory();
  let loadRss = idle.rssBytes;
  let loadHeap = idle.heapUsedBytes;
  for (const target of targets) {
    await checkOnce(target);
    if (settings.warmupS > 0) await load(target, Math.max(...settings.connections), settings.warmupS, 0);
    for (const connections of settings.connections) {
      progress(`overhead: ${target.name}, ${connections} connection(s)`);
      // While Hanul serves the heaviest load, sample its memory once a second.
      const sampling = target.query === 'list' && target.contender === 'Hanul'
        ? setInterval(() => {
            void hanul.memory().then((m) => {
              loadRss = Math.max(loadRss, m.rssBytes);
              loadHeap = Math.max(loadHeap, m.heapUsedBytes);
            });
          }, 1000)
        : undefined;
      rows.push(await load(target, connections, settings.durationS, 0));
      clearInterval(sampling);
    }
  }
  // The same single-server query when each upstream answer takes a realistic while.
  await emulator.setLatency(settings.upstreamLatencyMs);
  try {
    for (const target of targets.filter((t) => t.query === 'one')) {
      for (const connections of settings.connections) {
        progress(`overhead: ${target.name}, ${connections} connection(s), ${settings.upstreamLatencyMs} ms upstream latency`);
        rows.push(await load(target, connections, settings.durationS, settings.upstreamLatencyMs));
      }
    }
  } finally {
    await emulator.setLatency(0);
  }
  return { fleetSize, rows, memory: { idleRssBytes: idle.rssBytes, idleHeapBytes: idle.heapUsedBytes, loadRssBytes: loadRss, loadHeapBytes: loadHeap } };
}
