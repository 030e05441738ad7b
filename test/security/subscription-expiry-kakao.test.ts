import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { execute, useStack } from '../e2e/kit.js';
import { KAKAO_REGION, kakaoBearer, kakaoRegionId, kakaoToken } from '../e2e/kakao-fixtures.js';
import { liveListeners, trackEventListeners } from '../support/listeners.js';
import { record, waitFor, wsClient } from '../support/subscriptions.js';
import { baselinePolled, nothingLeft } from '../support/watching.js';
import { setTokenLifetime } from './tokens.js';

/**
 * KakaoCloud tells Hanul when a client's token expires (IAM answers `expires_at`), so a
 * subscription on that token ends at that moment with UNAUTHENTICATED, even while a live
 * subscriber's token does the polling and the periodic re-check is an hour away. The token's
 * short life comes from the emulator's token lifetime control.
 */

trackEventListeners();

const stack = useStack({
  emulator: { transitionMs: 100 },
  env: { WATCH_FAST_INTERVAL_MS: '50', WATCH_SLOW_INTERVAL_MS: '100', WATCH_CREDENTIAL_CHECK_MS: '3600000' },
});

const Changes = graphql(`
  subscription SecurityKakaoStatusChanged($regionId: ID!) {
    serverStatusChanged(regionId: $regionId) { status node { id } }
  }
`);
const Servers = graphql(`
  query SecurityKakaoServers($region: String!) {
    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }
  }
`);
const Stop = graphql(`mutation SecurityKakaoStop($id: ID!) { stopServer(id: $id) { errors { __typename message } } }`);

const opened: { dispose(): void | Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.dispose()));
  await nothingLeft(stack().hanul.watchers);
});

describe('a KakaoCloud subscription whose token reaches its expiry', { timeout: 60_000 }, () => {
  it('should end with UNAUTHENTICATED at the expiry while the live subscriber sharing its poller keeps receiving', async () => {
    const s = stack();
    const live = await kakaoToken(s.client);
    await setTokenLifetime(s.emulator, 4000);
    let expiring: string;
    try {
      expiring = await kakaoToken(s.client);
    } finally {
      await setTokenLifetime(s.emulator, 12 * 3600_000);
    }
    const subscribe = (token: string) => {
      const c = wsClient(s.hanul.graphqlUrl, { connectionParams: kakaoBearer(token) });
      opened.push(c);
      return record(c, Changes, { regionId: kakaoRegionId() });
    };
    // The expiring one joins first, so the live token is the one the poller polls with.
    const expiredSub = subscribe(expiring);
    await waitFor(() => liveListeners('status:') === 1, 'the expiring subscriber joined');
    const liveSub = subscribe(live);
    await waitFor(() => liveListeners('status:') === 2, 'the live subscriber joined');
    await baselinePolled(s.hanul.watchers, 1);

    const errors = await expiredSub.failed(15_000);
    expect(errors).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(JSON.stringify(errors)).not.toContain(expiring);
    await expiredSub.until(() => (expiredSub.completed ? true : undefined), 'the stream to end');

    const servers = (await execute(s.client, Servers, { variables: { region: KAKAO_REGION }, headers: kakaoBearer(live) })).expectNoGraphQLErrors();
    const target = servers.region!.servers!.edges.map((e) => e.node).find((n) => n.status === 'ACTIVE')!;
    expect((await execute(s.client, Stop, { variables: { id: target.id }, headers: kakaoBearer(live) })).expectNoGraphQLErrors().stopServer.errors).toEqual([]);
    await liveSub.event((e) => e.serverStatusChanged.node.id === target.id && e.serverStatusChanged.status === 'SHUTOFF', 'the live stream to see the stop');
    expect(liveSub.errors).toEqual([]);
    expect(liveSub.completed).toBe(false);
  });
});
