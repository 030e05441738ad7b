import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { trackEventListeners, liveListeners } from '../support/listeners.js';
import {
  createServer,
  deleteServer,
  issueToken,
  regionView,
  ServerStatusChanged,
  StatusChanged,
  stopServer,
} from '../support/status-operations.js';
import { bearer, pause, record, waitFor, wsClient, type Recording } from '../support/subscriptions.js';
import { baselinePolled, expectEventShape, nothingLeft, serversDetail } from '../support/watching.js';
import { demoSubnetId, injectFault, regionCatalog, requestsTo } from './compute-fixtures.js';
import { useStack, type Stack } from './kit.js';

/**
 * Subscriptions over WebSocket with the real graphql-ws client, on the same port and path
 * as HTTP, against the real server and the emulator. Every test leaves no subscriber
 * behind, and `afterEach` proves it: no poller, no pub/sub listener.
 */

// Before any server starts, so every pub/sub registration is seen.
trackEventListeners();

/** Everything a test opened, closed after it whatever happened. */
const opened: { dispose(): void | Promise<void> }[] = [];
function client(stack: Stack, connectionParams?: Record<string, string>, lazy = true) {
  const c = wsClient(stack.hanul.graphqlUrl, { connectionParams, lazy });
  opened.push(c);
  return c;
}

/** After every test: all clients gone, and with them every poller and every listener. */
function expectNothingLeftBehind(stack: () => Stack) {
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.dispose()));
    await nothingLeft(stack().hanul.watchers);
  });
}

describe('subscriptions over WebSocket (graphql-ws)', { timeout: 60_000 }, () => {
  const stack = useStack({ emulator: { transitionMs: 100 }, env: { WATCH_FAST_INTERVAL_MS: '100', WATCH_SLOW_INTERVAL_MS: '200' } });
  expectNothingLeftBehind(stack);

  let demoToken: string;
  let otherToken: string;
  beforeAll(async () => {
    demoToken = await issueToken(stack().client, DEMO_NHN);
    otherToken = await issueToken(stack().client, OTHER_NHN);
  });
  const demo = () => bearer(demoToken, DEMO_NHN.tenantId);
  const other = () => bearer(otherToken, OTHER_NHN.tenantId);

  it('should deliver ACTIVE → SHUTOFF on statusChanged(ids) after stopServer over HTTP, with the node resolvable to nested fields', async () => {
    const s = stack();
    const web01 = (await regionView(s.client, 'kr1', demo())).server('web-01');
    expect(web01.status).toBe('ACTIVE');
    const sub = record(client(s, demo()), StatusChanged, { ids: [web01.id] });
    await baselinePolled(s.hanul.watchers, 1);

    await stopServer(s.client, web01.id, demo());
    const event = (await sub.event((e) => e.statusChanged.status === 'SHUTOFF', 'web-01 SHUTOFF')).statusChanged;
    expect(event).toMatchObject({
      previousStatus: 'ACTIVE',
      status: 'SHUTOFF',
      node: { __typename: 'Server', id: web01.id, name: 'web-01', status: 'SHUTOFF', flavor: { name: 'm2.c2m4', vcpus: 2 }, region: { name: 'kr1' } },
    });
    expectEventShape(event);
    expect(sub.errors).toEqual([]);
    // ACTIVE → SHUTOFF is the first change the stream reports: nothing before it.
    expect(sub.events[0]!.statusChanged.status).toBe('SHUTOFF');
  });

  it('should show a created server on serverStatusChanged(regionId) as null → BUILD, then BUILD → ACTIVE, then → DELETED', async () => {
    const s = stack();
    const catalog = await regionCatalog(s.client, 'kr3');
    const subnetId = await demoSubnetId(s.emulator, 'kr3');
    const sub = record(client(s, demo()), ServerStatusChanged, { regionId: catalog.regionId });
    await baselinePolled(s.hanul.watchers, 1);

    const created = await createServer(
      s.client,
      { regionId: catalog.regionId, name: 'ws-watched', flavorId: catalog.flavor('m2.c1m2'), imageId: catalog.image('Ubuntu Server 24.04'), keypairId: catalog.keypair('demo-key'), subnetIds: [subnetId] },
      demo(),
    );
    expect(created.status).toBe('BUILD');
    const mine = () => sub.events.map((e) => e.serverStatusChanged).filter((e) => e.node.id === created.id);

    const appeared = (await sub.event((e) => e.serverStatusChanged.node.id === created.id, 'the new server')).serverStatusChanged;
    expect(appeared).toMatchObject({ previousStatus: null, status: 'BUILD', node: { id: created.id, name: 'ws-watched' } });
    expectEventShape(appeared);
    await sub.event((e) => e.serverStatusChanged.node.id === created.id && e.serverStatusChanged.status === 'ACTIVE', 'the new server ACTIVE');

    await deleteServer(s.client, created.id, demo());
    await sub.event((e) => e.serverStatusChanged.node.id === created.id && e.serverStatusChanged.status === 'DELETED', 'the new server DELETED');
    expect(mine().map((e) => [e.previousStatus, e.status])).toEqual([
      [null, 'BUILD'],
      ['BUILD', 'ACTIVE'],
      ['ACTIVE', 'DELETED'],
    ]);
    expect(sub.errors).toEqual([]);
  });

  it('should refuse a subscription whose connectionParams carry a bad token with UNAUTHENTICATED, starting no poller', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr1');
    const sub = record(client(s, bearer('not-a-real-token', DEMO_NHN.tenantId)), ServerStatusChanged, { regionId });
    const errors = await sub.failed();
    expect(errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(sub.events).toEqual([]);
    expect(s.hanul.watchers.stats().pollers).toBe(0);
  });

  it("should give each tenant only its own tenant's events", async () => {
    const s = stack();
    const demoKr1 = await regionView(s.client, 'kr1', demo());
    const otherKr1 = await regionView(s.client, 'kr1', other());
    // Same region, so the same region id: only the token tells the tenants apart.
    expect(otherKr1.regionId).toBe(demoKr1.regionId);
    const demoServer = demoKr1.server('web-02');
    const otherServer = otherKr1.server('other-app-01');
    expect(demoKr1.servers.map((x) => x.id)).not.toContain(otherServer.id);

    const demoSub = record(client(s, demo()), ServerStatusChanged, { regionId: demoKr1.regionId });
    const otherSub = record(client(s, other()), ServerStatusChanged, { regionId: otherKr1.regionId });
    // One poller per tenant: the tenants never share a watcher.
    await baselinePolled(s.hanul.watchers, 2);

    await stopServer(s.client, demoServer.id, demo());
    await stopServer(s.client, otherServer.id, other());
    await demoSub.event((e) => e.serverStatusChanged.node.id === demoServer.id && e.serverStatusChanged.status === 'SHUTOFF', 'demo server SHUTOFF');
    await otherSub.event((e) => e.serverStatusChanged.node.id === otherServer.id && e.serverStatusChanged.status === 'SHUTOFF', 'other server SHUTOFF');
    // Both changes happened and were published; give the wrong stream its chance to (wrongly) get them.
    await pause(300);

    const demoSeen = new Set(demoSub.events.map((e) => e.serverStatusChanged.node.id));
    const otherSeen = new Set(otherSub.events.map((e) => e.serverStatusChanged.node.id));
    expect([...demoSeen]).not.toContain(otherServer.id);
    expect([...otherSeen]).not.toContain(demoServer.id);
    for (const id of otherSeen) expect(otherKr1.servers.map((x) => x.id)).toContain(id);
    for (const id of demoSeen) expect(demoKr1.servers.map((x) => x.id)).toContain(id);
  });

  it('should stop the poller when the last subscriber unsubscribes, and not before', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr2');
    const c = client(s, demo());
    const first = record(c, ServerStatusChanged, { regionId });
    const second = record(c, ServerStatusChanged, { regionId });
    await waitFor(() => liveListeners('status:') === 2, 'both subscribers joined');
    expect(s.hanul.watchers.stats().pollers).toBe(1);

    first.unsubscribe();
    await waitFor(() => liveListeners('status:') === 1, 'the first subscriber left');
    expect(s.hanul.watchers.stats().pollers).toBe(1);

    second.unsubscribe();
    await waitFor(() => s.hanul.watchers.stats().pollers === 0, 'no poller', 5000, () => s.hanul.watchers.stats());
    // Stopped for good: it polls no more.
    const polls = s.hanul.watchers.stats().polls;
    await pause(400);
    expect(s.hanul.watchers.stats().polls).toBe(polls);
  });

  it('should stop the poller when the socket closes abruptly (no close frame)', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr2');
    const c = client(s, demo());
    const sub = record(c, ServerStatusChanged, { regionId });
    await baselinePolled(s.hanul.watchers, 1);

    c.sockets[0]!.terminate();
    await waitFor(() => s.hanul.watchers.stats().pollers === 0 && liveListeners('status:') === 0, 'the poller to stop', 5000, () => s.hanul.watchers.stats());
    expect(sub.completed).toBe(true);
  });

  it('should not leak a poller when the client disposes while the subscribe is still being set up (graphql-ws #532)', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr2');
    const verifyPath = serversDetail('kr2');
    const latencyMs = 600;
    // Slow every emulator answer so the subscribe (which first checks the token with one list call) is caught mid-way.
    await fetch(`${s.emulator.url}/_emulator/latency`, { method: 'PUT', body: JSON.stringify({ ms: latencyMs }) });
    try {
      const before = requestsTo(s.emulator, verifyPath);
      const c = client(s, demo());
      record(c, ServerStatusChanged, { regionId });
      // The server is inside the subscribe resolver once its token check reached the cloud.
      await waitFor(() => requestsTo(s.emulator, verifyPath) === before + 1, 'the subscribe to reach the cloud');
      await c.dispose();

      // Let the delayed check answer and the server finish setting up the subscription it no longer has a client for.
      await pause(latencyMs + 400);
      expect(s.hanul.watchers.stats().pollers).toBe(0);
      expect(liveListeners('status:')).toBe(0);
      // No poller ever started: the only list call was the token check.
      expect(requestsTo(s.emulator, verifyPath)).toBe(before + 1);
    } finally {
      await fetch(`${s.emulator.url}/_emulator/latency`, { method: 'PUT', body: JSON.stringify({ ms: 0 }) });
    }
  });

  it('should leave no poller and no listener after 200 subscribe/unsubscribe cycles (graphql-yoga PR #1399)', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr2');
    const { watchers } = s.hanul;
    // One socket for all cycles; server-held credentials.
    const c = client(s, undefined, false);
    for (let i = 0; i < 200; i += 1) {
      const sub: Recording<unknown> = record(c, ServerStatusChanged, { regionId });
      if (i % 2 === 0) {
        // Half of them fully joined (poller running, listener registered) before leaving…
        await waitFor(() => watchers.stats().pollers === 1 && liveListeners('status:') === 1, `cycle ${i}: joined`, 5000, () => watchers.stats());
        sub.unsubscribe();
        await waitFor(() => watchers.stats().pollers === 0, `cycle ${i}: poller stopped`, 5000, () => watchers.stats());
      } else {
        // …half leave at once, racing the server's set-up.
        sub.unsubscribe();
      }
    }
    await nothingLeft(watchers);
    // The socket itself is still fine: a new subscription works on it.
    const web03 = (await regionView(s.client, 'kr1')).server('web-03');
    const last = record(c, StatusChanged, { ids: [web03.id] });
    await baselinePolled(s.hanul.watchers, 1);
    await stopServer(s.client, web03.id);
    await last.event((e) => e.statusChanged.status === 'SHUTOFF', 'web-03 SHUTOFF');
  });

  it('should keep the stream alive through upstream 503s and deliver the next change', async () => {
    const s = stack();
    const view = await regionView(s.client, 'kr1', demo());
    const target = view.server('api-01');
    const sub = record(client(s, demo()), ServerStatusChanged, { regionId: view.regionId });
    await baselinePolled(s.hanul.watchers, 1);

    await injectFault(s.emulator, { match: 'GET /nhn/kr1/compute', status: 503, times: 5 });
    // From here on, the next five kr1 compute GETs are answered 503.
    const listCalls = requestsTo(s.emulator, serversDetail('kr1'));
    const polls = s.hanul.watchers.stats().polls;
    // The poller runs into all five faults (its retries included) before anything else touches kr1.
    await waitFor(() => requestsTo(s.emulator, serversDetail('kr1')) >= listCalls + 5, 'the poller to hit the faults');
    await waitFor(() => s.hanul.watchers.stats().polls > polls, 'a successful poll after the faults', 5000, () => s.hanul.watchers.stats());
    expect(sub.completed).toBe(false);
    expect(sub.errors).toEqual([]);

    await stopServer(s.client, target.id, demo());
    const event = await sub.event((e) => e.serverStatusChanged.node.id === target.id && e.serverStatusChanged.status === 'SHUTOFF', 'api-01 SHUTOFF after the faults');
    expect(event.serverStatusChanged.previousStatus).toBe('ACTIVE');
    expect(sub.completed).toBe(false);
  });
});

describe('a mutation through Hanul makes the watcher poll at once', { timeout: 60_000 }, () => {
  // Intervals far longer than the test: any event it sees comes from a poll the mutation asked for.
  const stack = useStack({ emulator: { transitionMs: 100 }, env: { WATCH_FAST_INTERVAL_MS: '60000', WATCH_SLOW_INTERVAL_MS: '60000' } });
  expectNothingLeftBehind(stack);

  it('should publish a created server after exactly one extra poll, not at the next interval', async () => {
    const s = stack();
    const { watchers } = s.hanul;
    const catalog = await regionCatalog(s.client, 'kr3');
    const subnetId = await demoSubnetId(s.emulator, 'kr3');
    const token = await issueToken(s.client, DEMO_NHN);
    const sub = record(client(s, bearer(token, DEMO_NHN.tenantId)), ServerStatusChanged, { regionId: catalog.regionId });
    // The join polls once (the baseline), then would sleep for a minute.
    await waitFor(() => watchers.stats().polls === 1, 'the baseline poll', 5000, () => watchers.stats());
    const before = { ...watchers.stats(), listCalls: requestsTo(s.emulator, serversDetail('kr3')) };

    const created = await createServer(s.client, {
      regionId: catalog.regionId,
      name: 'poked',
      flavorId: catalog.flavor('m2.c1m2'),
      imageId: catalog.image('Ubuntu Server 24.04'),
      keypairId: catalog.keypair('demo-key'),
      subnetIds: [subnetId],
    });
    const event = await sub.event((e) => e.serverStatusChanged.node.id === created.id, 'the created server');
    expect(event.serverStatusChanged).toMatchObject({ previousStatus: null, status: 'BUILD' });

    const after = watchers.stats();
    expect(after.polls - before.polls).toBe(1);
    expect(after.upstreamCalls - before.upstreamCalls).toBe(1);
    expect(requestsTo(s.emulator, serversDetail('kr3')) - before.listCalls).toBe(1);
    expect(after.pollers).toBe(1);
  });
});
