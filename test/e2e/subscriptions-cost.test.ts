import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterEach, describe, expect, it } from 'vitest';
import { computeState } from '../../src/emulator/nhn/compute/state.js';
import { NETWORK_QUOTAS } from '../../src/emulator/nhn/network/quotas.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken } from '../emulator/helpers.js';
import { liveListeners, trackEventListeners } from '../support/listeners.js';
import { regionView, ServerStatusChanged, StatusChanged, stopServer } from '../support/status-operations.js';
import { pause, record, waitFor, wsClient, type Recording } from '../support/subscriptions.js';
import { nothingLeft, serversDetail } from '../support/watching.js';
import { globalId, regionCatalog, requestsTo } from './compute-fixtures.js';
import { useStack, type Stack } from './kit.js';

/**
 * Architecture rule 7: subscriptions cost the cloud O(watched kinds), not O(subscribers)
 * nor O(watched resources). Everything here is counted — the emulator's list calls
 * against the watchers' own poll counter as the clock — never timed.
 */

trackEventListeners();

const stack = useStack({ emulator: { transitionMs: 100 }, env: { WATCH_FAST_INTERVAL_MS: '200', WATCH_SLOW_INTERVAL_MS: '200' } });

const opened: { dispose(): void | Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.dispose()));
  await nothingLeft(stack().hanul.watchers, 10_000);
});

/** `n` subscriptions spread over a few multiplexed graphql-ws sockets (server-held credentials). */
function subscribeMany<R>(s: Stack, n: number, subscribe: (c: ReturnType<typeof wsClient>) => Recording<R>): Recording<R>[] {
  const sockets = Array.from({ length: Math.min(n, 4) }, () => {
    const c = wsClient(s.hanul.graphqlUrl, { lazy: false });
    opened.push(c);
    return c;
  });
  return Array.from({ length: n }, (_, i) => subscribe(sockets[i % sockets.length]!));
}

/**
 * The emulator's list calls of `region` over at least `polls` polls, sampled each time
 * right after a poll completed (so no call is in flight at either end).
 */
async function listCallsOver(s: Stack, region: string, polls: number): Promise<{ polls: number; listCalls: number }> {
  const { watchers } = s.hanul;
  const afterNextPoll = async () => {
    const seen = watchers.stats().polls;
    let sample: { polls: number; listCalls: number } | undefined;
    await waitFor(
      () => {
        const now = watchers.stats().polls;
        if (now === seen) return false;
        sample = { polls: now, listCalls: requestsTo(s.emulator, serversDetail(region)) };
        return true;
      },
      'the next poll',
      5000,
      () => watchers.stats(),
    );
    return sample!;
  };
  const start = await afterNextPoll();
  let end = start;
  while (end.polls - start.polls < polls) end = await afterNextPoll();
  return { polls: end.polls - start.polls, listCalls: end.listCalls - start.listCalls };
}

/** A subnet with room for 500 servers (a /22), made through the emulator's network API; its upstream id. */
async function bigSubnet(s: Stack, region: string, token: string): Promise<string> {
  const root = `${s.emulator.url}/nhn/${region}/network/v2.0`;
  const vpc = await call(`${root}/vpcs`, { method: 'POST', token, body: { vpc: { name: 'cost-vpc', cidrv4: '10.30.0.0/16' } } });
  expect(vpc.status, vpc.text).toBe(201);
  const subnet = await call(`${root}/vpcsubnets`, { method: 'POST', token, body: { vpcsubnet: { vpc_id: vpc.json.vpc.id, cidr: '10.30.0.0/22', name: 'cost-subnet' } } });
  expect(subnet.status, subnet.text).toBe(201);
  return subnet.json.vpcsubnet.id as string;
}

describe('the cost of subscribers', { timeout: 60_000 }, () => {
  it('should make the same number of list calls per poll with 1, 100 and 1,000 subscribers on one region', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr1');
    const perPoll: Record<number, { polls: number; listCalls: number }> = {};
    for (const n of [1, 100, 1000]) {
      const subs = subscribeMany(s, n, (c) => record(c, ServerStatusChanged, { regionId }));
      // Every subscriber joined (each holds one listener on the key's topic); still one poller.
      await waitFor(() => liveListeners('status:') === n, `${n} subscribers joined`, 20_000, () => ({ listeners: liveListeners('status:') }));
      expect(s.hanul.watchers.stats().pollers).toBe(1);

      perPoll[n] = await listCallsOver(s, 'kr1', 5);
      expect(s.hanul.watchers.stats().pollers).toBe(1);
      for (const sub of subs) sub.unsubscribe();
      await nothingLeft(s.hanul.watchers, 10_000);
    }
    // One list call per poll, whatever the number of subscribers.
    for (const n of [1, 100, 1000]) expect(perPoll[n]!.listCalls, `list calls over ${perPoll[n]!.polls} polls with ${n} subscribers`).toBe(perPoll[n]!.polls);
  });

  it('should deliver one change to all 1,000 subscribers from one poll', async () => {
    const s = stack();
    const view = await regionView(s.client, 'kr1');
    const target = view.server('web-01');
    const subs = subscribeMany(s, 1000, (c) => record(c, ServerStatusChanged, { regionId: view.regionId }));
    await waitFor(() => liveListeners('status:') === 1000, '1000 subscribers joined', 20_000, () => ({ listeners: liveListeners('status:') }));
    const before = requestsTo(s.emulator, serversDetail('kr1'));
    const polls = s.hanul.watchers.stats().polls;

    await stopServer(s.client, target.id);
    await Promise.all(subs.map((sub) => sub.event((e) => e.serverStatusChanged.node.id === target.id && e.serverStatusChanged.status === 'SHUTOFF', 'web-01 SHUTOFF', 20_000)));
    // However many subscribers, the cloud saw one list call per poll.
    const { polls: after } = s.hanul.watchers.stats();
    const listCalls = requestsTo(s.emulator, serversDetail('kr1')) - before;
    expect(listCalls - (after - polls)).toBeLessThanOrEqual(1); // at most the one in flight now
    expect(listCalls).toBeLessThan(50);
  });
});

describe('the cost of watched resources', { timeout: 60_000 }, () => {
  it('should watch 500 servers with statusChanged(ids) for one poll per interval, one list call each, and no per-server call', async () => {
    const s = stack();
    const region = 'jp1';
    const tenant = DEMO_NHN.tenantId;
    const catalog = await regionCatalog(s.client, region);
    const upstream = (id: string) => decodeGlobalID(id).id.split(':').pop()!;
    const token = await nhnToken(s.emulator);
    const subnet = await bigSubnet(s, region, token);
    const unwatched = (await regionView(s.client, region)).server('web-jp-01').id;

    // 500 servers, made as a cloud client would (ten per request, NHN's maximum), after raising
    // the quotas: compute's per tenant and region, the network's port quota (one port per server;
    // a module-wide constant of this in-process emulator, so only this test file's emulator sees it).
    computeState(s.emulator.ctx, tenant, region).quota = { instances: 1000, cores: 10_000 };
    (NETWORK_QUOTAS as { port: number }).port = 2000;
    const compute = `${s.emulator.url}/nhn/${region}/compute/v2/${tenant}`;
    const body = (batch: number) => ({
      server: {
        name: `cost-${batch}`,
        flavorRef: upstream(catalog.flavor('u2.c2m4')),
        imageRef: upstream(catalog.image('Ubuntu Server 24.04')),
        key_name: 'demo-key',
        networks: [{ subnet }],
        min_count: 10,
        max_count: 10,
      },
    });
    for (let batch = 0; batch < 50; batch += 10) {
      const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => call(`${compute}/servers`, { method: 'POST', token, body: body(batch + i) })));
      for (const r of replies) expect(r.status, r.text).toBe(202);
    }
    const listed = await call(`${compute}/servers/detail?limit=1000`, { token });
    const mine = (listed.json.servers as { id: string; name: string }[]).filter((x) => x.name.startsWith('cost-'));
    expect(mine).toHaveLength(500);
    await waitFor(async () => {
      const now = await call(`${compute}/servers/detail?limit=1000`, { token });
      return (now.json.servers as { name: string; status: string }[]).filter((x) => x.name.startsWith('cost-')).every((x) => x.status === 'ACTIVE');
    }, 'the 500 servers to be ACTIVE');

    const ids = mine.map((x) => globalId('Server', 'NHN', region, x.id));
    const c = wsClient(s.hanul.graphqlUrl, { lazy: false });
    opened.push(c);
    const sub = record(c, StatusChanged, { ids });
    await waitFor(() => s.hanul.watchers.stats().pollers === 1 && liveListeners('status:') === 1, 'the subscription joined', 10_000, () => s.hanul.watchers.stats());

    const serverGets = () => [...s.emulator.requests].filter(([route]) => route.startsWith(`GET /nhn/${region}/compute/v2/${tenant}/servers/`) && !route.endsWith('/detail')).reduce((n, [, c]) => n + c, 0);
    const getsBefore = serverGets();
    const cost = await listCallsOver(s, region, 5);
    expect(cost.listCalls, `list calls over ${cost.polls} polls`).toBe(cost.polls);
    expect(serverGets() - getsBefore).toBe(0);
    expect(s.hanul.watchers.stats().pollers).toBe(1);

    // It is live and filtered: a watched server's change arrives, an unwatched one's does not.
    const watched = globalId('Server', 'NHN', region, mine[123]!.id);
    await stopServer(s.client, unwatched);
    await stopServer(s.client, watched);
    await sub.event((e) => e.statusChanged.node.id === watched && e.statusChanged.status === 'SHUTOFF', 'the watched server SHUTOFF');
    await pause(300);
    expect(sub.events.map((e) => e.statusChanged.node.id)).not.toContain(unwatched);
    expect(sub.events.every((e) => ids.includes(e.statusChanged.node.id))).toBe(true);
  });
});
