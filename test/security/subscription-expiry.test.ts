import { createClient as createSseClient } from 'graphql-sse';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { requestsTo } from '../e2e/compute-fixtures.js';
import { useStack, type Stack } from '../e2e/kit.js';
import { liveListeners, trackEventListeners } from '../support/listeners.js';
import { issueToken, regionView, ServerStatusChanged, StatusChanged, startServer, stopServer } from '../support/status-operations.js';
import { bearer, record, waitFor, wsClient, type Recording, type SubscribingClient } from '../support/subscriptions.js';
import { baselinePolled, nothingLeft } from '../support/watching.js';
import { expireTokens } from './tokens.js';

/**
 * A subscription lives no longer than the credentials it was opened with. A subscriber whose
 * own token expires gets one UNAUTHENTICATED error and its stream ends, whether it is alone on
 * its poller or shares it with a live subscriber (who keeps receiving); a stream on server-held
 * credentials never ends, Hanul renews their token. Over graphql-ws and SSE, with the real
 * clients; tokens are expired at the emulator (its admin API), never waited out.
 */

trackEventListeners();

const stack = useStack({
  emulator: { transitionMs: 100 },
  env: { WATCH_FAST_INTERVAL_MS: '50', WATCH_SLOW_INTERVAL_MS: '100', WATCH_CREDENTIAL_CHECK_MS: '200' },
});

const opened: { dispose(): void | Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.dispose()));
  await nothingLeft(stack().hanul.watchers);
});

const transports: [string, (s: Stack, headers: Record<string, string>) => SubscribingClient][] = [
  [
    'graphql-ws',
    (s, headers) => {
      const c = wsClient(s.hanul.graphqlUrl, { connectionParams: headers });
      opened.push(c);
      return c;
    },
  ],
  [
    'SSE',
    (s, headers) => {
      const c = createSseClient({ url: s.hanul.graphqlUrl, singleConnection: false, headers, retryAttempts: 0 });
      opened.push(c);
      return c;
    },
  ],
];

type Event = { serverStatusChanged: { status: string; node: { id: string } } };

/** Waits for the stream's UNAUTHENTICATED error and its end; the token is nowhere in what the client got. */
async function endsUnauthenticated(sub: Recording<Event>, token: string): Promise<void> {
  const errors = await sub.failed();
  expect(errors).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
  expect(errors[0]!.message).toMatch(/token|credentials|authentication/i);
  await sub.until(() => (sub.completed ? true : undefined), 'the stream to end');
  expect(JSON.stringify({ errors, events: sub.events })).not.toContain(token);
}

/** Stops a running server or starts a stopped one; resolves with the status it is heading to. */
async function toggle(s: Stack, region: string, name: string, headers: Record<string, string>): Promise<{ id: string; status: string }> {
  const server = (await regionView(s.client, region, headers)).server(name);
  if (server.status === 'ACTIVE') {
    await stopServer(s.client, server.id, headers);
    return { id: server.id, status: 'SHUTOFF' };
  }
  await startServer(s.client, server.id, headers);
  return { id: server.id, status: 'ACTIVE' };
}

describe.each(transports)('a subscription over %s whose token expires', { timeout: 60_000 }, (_, open) => {
  it('should end with UNAUTHENTICATED when it is alone on its poller (it used to hang with no event and no error)', async () => {
    const s = stack();
    const token = await issueToken(s.client, DEMO_NHN);
    const headers = bearer(token, DEMO_NHN.tenantId);
    const { regionId } = await regionView(s.client, 'kr1', headers);
    const sub = record<Event, { regionId: string }>(open(s, headers), ServerStatusChanged, { regionId });
    await baselinePolled(s.hanul.watchers, 1);

    await expireTokens(s.emulator, token);
    await endsUnauthenticated(sub, token);
    // Its poller had nobody else: it stopped.
    await nothingLeft(s.hanul.watchers);
  });

  it.each([
    ['joined first (the live one polls)', true],
    ['joined last (its token polls)', false],
  ])('should end only the expired subscriber when it %s, and keep the live one sharing its poller receiving', async (_, expiredFirst) => {
    const s = stack();
    const expiring = await issueToken(s.client, DEMO_NHN);
    const live = await issueToken(s.client, DEMO_NHN);
    const { regionId } = await regionView(s.client, 'kr1', bearer(live, DEMO_NHN.tenantId));
    const subscribe = (token: string) => record<Event, { regionId: string }>(open(s, bearer(token, DEMO_NHN.tenantId)), ServerStatusChanged, { regionId });
    let expiredSub: Recording<Event>;
    let liveSub: Recording<Event>;
    // Joined one after the other, so which of the two the poller polls with is known.
    if (expiredFirst) {
      expiredSub = subscribe(expiring);
      await waitFor(() => liveListeners('status:') === 1, 'the first subscriber');
      liveSub = subscribe(live);
    } else {
      liveSub = subscribe(live);
      await waitFor(() => liveListeners('status:') === 1, 'the first subscriber');
      expiredSub = subscribe(expiring);
    }
    await waitFor(() => liveListeners('status:') === 2, 'both subscribers');
    await baselinePolled(s.hanul.watchers, 1);

    await expireTokens(s.emulator, expiring);
    await endsUnauthenticated(expiredSub, expiring);
    // The live subscriber still has its poller, and gets the next change.
    await waitFor(() => liveListeners('status:') === 1, 'the expired subscriber gone');
    expect(s.hanul.watchers.stats().pollers).toBe(1);
    const change = await toggle(s, 'kr1', 'api-02', bearer(live, DEMO_NHN.tenantId));
    await liveSub.event((e) => e.serverStatusChanged.node.id === change.id && e.serverStatusChanged.status === change.status, `api-02 ${change.status}`);
    expect(liveSub.errors).toEqual([]);
    expect(liveSub.completed).toBe(false);
    expect(expiredSub.events.filter((e) => e.serverStatusChanged.node.id === change.id)).toEqual([]);
  });
});

describe('statusChanged(ids) whose token expires', { timeout: 60_000 }, () => {
  it('should end with UNAUTHENTICATED too, though it watches several regions', async () => {
    const s = stack();
    const token = await issueToken(s.client, DEMO_NHN);
    const headers = bearer(token, DEMO_NHN.tenantId);
    const ids = [(await regionView(s.client, 'kr1', headers)).server('web-01').id, (await regionView(s.client, 'jp1', headers)).server('web-jp-01').id];
    const sub = record(transports[0]![1](s, headers), StatusChanged, { ids });
    await baselinePolled(s.hanul.watchers, 2);

    await expireTokens(s.emulator, token);
    const errors = await sub.failed();
    expect(errors).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
    await sub.until(() => (sub.completed ? true : undefined), 'the stream to end');
    // One error for the subscription, not one per region; both pollers stopped.
    expect(errors).toHaveLength(1);
    await nothingLeft(s.hanul.watchers);
  });
});

describe('a subscription on server-held credentials', { timeout: 60_000 }, () => {
  it('should keep going when their token expires: Hanul issues a new one and the stream sees the next change', async () => {
    const s = stack();
    const { regionId } = await regionView(s.client, 'kr2');
    const sub = record<Event, { regionId: string }>(transports[0]![1](s, {}), ServerStatusChanged, { regionId });
    await baselinePolled(s.hanul.watchers, 1);

    const issued = requestsTo(s.emulator, 'POST /nhn/identity/v2.0/tokens');
    await expireTokens(s.emulator);
    // The poller's next call is refused, and Hanul renews the token by itself.
    await waitFor(() => requestsTo(s.emulator, 'POST /nhn/identity/v2.0/tokens') > issued, 'the server-held token to be renewed');
    const polls = s.hanul.watchers.stats().polls;
    await waitFor(() => s.hanul.watchers.stats().polls > polls, 'a poll on the renewed token', 10_000, () => s.hanul.watchers.stats());

    const change = await toggle(s, 'kr2', 'web-kr2-02', {});
    await sub.event((e) => e.serverStatusChanged.node.id === change.id && e.serverStatusChanged.status === change.status, `web-kr2-02 ${change.status}`);
    expect(sub.errors).toEqual([]);
    expect(sub.completed).toBe(false);
  });
});
