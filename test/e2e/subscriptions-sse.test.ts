import { createClient as createSseClient } from 'graphql-sse';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { liveListeners, trackEventListeners } from '../support/listeners.js';
import {
  createServer,
  deleteServer,
  issueToken,
  regionView,
  ServerStatusChanged,
  startServer,
  StatusChanged,
  stopServer,
} from '../support/status-operations.js';
import { bearer, pause, record, waitFor, type Recording } from '../support/subscriptions.js';
import { baselinePolled, expectEventShape, nothingLeft, serversDetail } from '../support/watching.js';
import { demoSubnetId, injectFault, regionCatalog, requestsTo } from './compute-fixtures.js';
import { useStack, type Stack } from './kit.js';

/**
 * The same subscriptions over Server-Sent Events, with the real graphql-sse client in
 * "distinct connections" mode (one HTTP request per subscription) against yoga's built-in
 * SSE support. Credentials travel as HTTP headers.
 */

trackEventListeners();

const stack = useStack({ emulator: { transitionMs: 100 }, env: { WATCH_FAST_INTERVAL_MS: '100', WATCH_SLOW_INTERVAL_MS: '200' } });

const opened: { dispose(): void }[] = [];
function sseClient(s: Stack, headers: Record<string, string> = {}) {
  const c = createSseClient({ url: s.hanul.graphqlUrl, singleConnection: false, headers, retryAttempts: 0 });
  opened.push(c);
  return c;
}

afterEach(async () => {
  for (const c of opened.splice(0)) c.dispose();
  await nothingLeft(stack().hanul.watchers);
});

let demoToken: string;
let otherToken: string;
beforeAll(async () => {
  demoToken = await issueToken(stack().client, DEMO_NHN);
  otherToken = await issueToken(stack().client, OTHER_NHN);
});
const demo = () => bearer(demoToken, DEMO_NHN.tenantId);
const other = () => bearer(otherToken, OTHER_NHN.tenantId);

describe('subscriptions over SSE (graphql-sse, distinct connections)', { timeout: 60_000 }, () => {
  it('should keep the stream open after the first event: stop, start and stop again arrive in order (graphql-yoga #3268)', async () => {
    const s = stack();
    const server = (await regionView(s.client, 'kr1', demo())).server('api-02');
    expect(server.status).toBe('ACTIVE');
    const sub = record(sseClient(s, demo()), StatusChanged, { ids: [server.id] });
    await baselinePolled(s.hanul.watchers, 1);

    await stopServer(s.client, server.id, demo());
    const first = (await sub.event((e) => e.statusChanged.status === 'SHUTOFF', 'SHUTOFF')).statusChanged;
    expect(first).toMatchObject({
      previousStatus: 'ACTIVE',
      status: 'SHUTOFF',
      node: { __typename: 'Server', id: server.id, name: 'api-02', flavor: { name: 'm2.c4m8' }, region: { name: 'kr1' } },
    });
    expectEventShape(first);

    await startServer(s.client, server.id, demo());
    await sub.event((e) => e.statusChanged.status === 'ACTIVE', 'ACTIVE again');
    await stopServer(s.client, server.id, demo());
    await sub.until(() => (sub.events.length >= 3 ? true : undefined), 'a third event');

    expect(sub.events.map((e) => [e.statusChanged.previousStatus, e.statusChanged.status])).toEqual([
      ['ACTIVE', 'SHUTOFF'],
      ['SHUTOFF', 'ACTIVE'],
      ['ACTIVE', 'SHUTOFF'],
    ]);
    expect(sub.completed).toBe(false);
    expect(sub.errors).toEqual([]);
  });

  it('should show a created server appear (null → BUILD), become ACTIVE and be DELETED', async () => {
    const s = stack();
    const catalog = await regionCatalog(s.client, 'kr3');
    const subnetId = await demoSubnetId(s.emulator, 'kr3');
    const sub = record(sseClient(s, demo()), ServerStatusChanged, { regionId: catalog.regionId });
    await baselinePolled(s.hanul.watchers, 1);

    const created = await createServer(
      s.client,
      { regionId: catalog.regionId, name: 'sse-watched', flavorId: catalog.flavor('m2.c1m2'), imageId: catalog.image('Ubuntu Server 24.04'), keypairId: catalog.keypair('demo-key'), subnetIds: [subnetId] },
      demo(),
    );
    const isMine = (status: string) => (e: { serverStatusChanged: { status: string; node: { id: string } } }) =>
      e.serverStatusChanged.node.id === created.id && e.serverStatusChanged.status === status;
    const appeared = (await sub.event(isMine('BUILD'), 'BUILD')).serverStatusChanged;
    expect(appeared).toMatchObject({ previousStatus: null, status: 'BUILD', node: { name: 'sse-watched' } });
    expectEventShape(appeared);
    await sub.event(isMine('ACTIVE'), 'ACTIVE');
    await deleteServer(s.client, created.id, demo());
    const deleted = (await sub.event(isMine('DELETED'), 'DELETED')).serverStatusChanged;
    expect(deleted.previousStatus).toBe('ACTIVE');
    expect(sub.errors).toEqual([]);
  });

  it('should refuse a bad bearer token with UNAUTHENTICATED and start no poller', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr1');
    const sub = record(sseClient(s, bearer('not-a-real-token', DEMO_NHN.tenantId)), ServerStatusChanged, { regionId });
    const errors = await sub.failed();
    expect(errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(sub.events).toEqual([]);
    expect(s.hanul.watchers.stats().pollers).toBe(0);
  });

  it("should give each tenant only its own tenant's events", async () => {
    const s = stack();
    const demoKr1 = await regionView(s.client, 'kr1', demo());
    const otherKr1 = await regionView(s.client, 'kr1', other());
    const demoServer = demoKr1.server('db-master');
    const otherServer = otherKr1.server('other-app-01');
    const demoSub = record(sseClient(s, demo()), ServerStatusChanged, { regionId: demoKr1.regionId });
    const otherSub = record(sseClient(s, other()), ServerStatusChanged, { regionId: otherKr1.regionId });
    await baselinePolled(s.hanul.watchers, 2);

    await stopServer(s.client, demoServer.id, demo());
    await stopServer(s.client, otherServer.id, other());
    await demoSub.event((e) => e.serverStatusChanged.node.id === demoServer.id && e.serverStatusChanged.status === 'SHUTOFF', 'demo SHUTOFF');
    await otherSub.event((e) => e.serverStatusChanged.node.id === otherServer.id && e.serverStatusChanged.status === 'SHUTOFF', 'other SHUTOFF');
    await pause(300);
    const demoIds = new Set(demoKr1.servers.map((x) => x.id));
    const otherIds = new Set(otherKr1.servers.map((x) => x.id));
    for (const e of demoSub.events) expect(demoIds.has(e.serverStatusChanged.node.id), `demo saw ${e.serverStatusChanged.node.id}`).toBe(true);
    for (const e of otherSub.events) expect(otherIds.has(e.serverStatusChanged.node.id), `other saw ${e.serverStatusChanged.node.id}`).toBe(true);
  });

  it('should stop the poller when the SSE request is aborted (unsubscribe)', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr2');
    const c = sseClient(s, demo());
    const first = record(c, ServerStatusChanged, { regionId });
    const second = record(c, ServerStatusChanged, { regionId });
    await waitFor(() => liveListeners('status:') === 2, 'both subscribers joined');
    expect(s.hanul.watchers.stats().pollers).toBe(1);
    first.unsubscribe();
    await waitFor(() => liveListeners('status:') === 1, 'the first subscriber left');
    expect(s.hanul.watchers.stats().pollers).toBe(1);
    second.unsubscribe();
    await nothingLeft(s.hanul.watchers);
  });

  it('should leave nothing behind after 200 subscribe/abort cycles (graphql-yoga PR #1399)', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr2');
    const { watchers } = s.hanul;
    const c = sseClient(s);
    for (let i = 0; i < 200; i += 1) {
      const sub: Recording<unknown> = record(c, ServerStatusChanged, { regionId });
      if (i % 2 === 0) {
        await waitFor(() => watchers.stats().pollers === 1 && liveListeners('status:') === 1, `cycle ${i}: joined`, 5000, () => watchers.stats());
        sub.unsubscribe();
        await waitFor(() => watchers.stats().pollers === 0, `cycle ${i}: poller stopped`, 5000, () => watchers.stats());
      } else {
        sub.unsubscribe();
      }
    }
    await nothingLeft(watchers);
  });

  it('should keep the stream alive through upstream 503s and deliver the next change', async () => {
    const s = stack();
    const view = await regionView(s.client, 'kr1', demo());
    const target = view.server('api-01');
    const sub = record(sseClient(s, demo()), ServerStatusChanged, { regionId: view.regionId });
    await baselinePolled(s.hanul.watchers, 1);

    await injectFault(s.emulator, { match: 'GET /nhn/kr1/compute', status: 503, times: 5 });
    const listCalls = requestsTo(s.emulator, serversDetail('kr1'));
    const polls = s.hanul.watchers.stats().polls;
    await waitFor(() => requestsTo(s.emulator, serversDetail('kr1')) >= listCalls + 5, 'the poller to hit the faults');
    await waitFor(() => s.hanul.watchers.stats().polls > polls, 'a successful poll after the faults', 5000, () => s.hanul.watchers.stats());

    await stopServer(s.client, target.id, demo());
    await sub.event((e) => e.serverStatusChanged.node.id === target.id && e.serverStatusChanged.status === 'SHUTOFF', 'api-01 SHUTOFF after the faults');
    expect(sub.completed).toBe(false);
    expect(sub.errors).toEqual([]);
  });
});
