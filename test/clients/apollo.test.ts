import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { Kind, OperationTypeNode } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServer } from '../support/status-operations.js';
import { waitFor, wsUrlOf } from '../support/subscriptions.js';
import { baselinePolled } from '../support/watching.js';
import { useStack } from '../e2e/kit.js';
import type { ClientsRegionServersQuery } from '../gql/graphql.js';
import { byName, recordingFetch, RegionServers, ServerStatusChanged, StopServer } from './operations.js';

/**
 * Apollo Client 4 as an application uses it on Hanul: InMemoryCache normalising by global
 * `id`, relay-style pagination, queries over HTTP and subscriptions over graphql-ws.
 */
describe('Apollo Client 4 on Hanul', { timeout: 60_000 }, () => {
  // Transitions long enough that a stop's payload still shows the task (powering-off).
  const stack = useStack({ emulator: { transitionMs: 400 }, env: { WATCH_FAST_INTERVAL_MS: '100', WATCH_SLOW_INTERVAL_MS: '200' } });
  let client: ApolloClient;
  let ws: ReturnType<typeof createClient>;
  const http = recordingFetch();

  beforeAll(() => {
    const { hanul } = stack();
    ws = createClient({ url: wsUrlOf(hanul.graphqlUrl), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const isSubscription = ({ query }: ApolloLink.Operation) => {
      const main = getMainDefinition(query);
      return main.kind === Kind.OPERATION_DEFINITION && main.operation === OperationTypeNode.SUBSCRIPTION;
    };
    client = new ApolloClient({
      link: ApolloLink.split(isSubscription, new GraphQLWsLink(ws), new HttpLink({ uri: hanul.graphqlUrl, fetch: http.fetch })),
      cache: new InMemoryCache({ typePolicies: { Region: { fields: { servers: relayStylePagination(['filter']) } } } }),
    });
  });
  afterAll(async () => {
    client.stop();
    await ws.dispose();
  });

  /** Watches the kr1 servers query from the cache; `latest()` is what the application shows now. */
  function watchServers(first: number) {
    const results: ClientsRegionServersQuery[] = [];
    const query = client.watchQuery({ query: RegionServers, variables: { first } });
    const subscription = query.subscribe((result) => {
      if (result.data && result.dataState === 'complete') results.push(result.data);
    });
    return {
      query,
      latest: () => results.at(-1),
      async first() {
        await waitFor(() => results.length > 0, 'the first result');
        return results[0]!;
      },
      stop: () => subscription.unsubscribe(),
    };
  }

  it('should update a watched query from a stopServer payload alone, without fetching the query again', async () => {
    const watched = watchServers(20);
    try {
      const before = byName((await watched.first()).region!.servers!.edges);
      expect(before.get('web-01')).toMatchObject({ status: 'ACTIVE', taskState: null });
      const id = (await watched.first()).region!.servers!.edges.find((e) => e.node.name === 'web-01')!.node.id;
      const sentBefore = http.sent.length;

      const { data } = await client.mutate({ mutation: StopServer, variables: { id } });
      expect(data?.stopServer.errors).toEqual([]);
      const payload = data!.stopServer.server!;
      expect([payload.status, payload.taskState]).not.toEqual(['ACTIVE', null]);

      await waitFor(() => byName(watched.latest()!.region!.servers!.edges).get('web-01')?.taskState === payload.taskState, 'the cache to take the payload');
      expect(byName(watched.latest()!.region!.servers!.edges).get('web-01')).toMatchObject({ status: payload.status, taskState: payload.taskState });
      expect(http.sent.slice(sentBefore)).toEqual(['ClientsStopServer']);
    } finally {
      watched.stop();
    }
  });

  it('should page through a connection with fetchMore and merge the pages into one list', async () => {
    const all = (await client.query({ query: RegionServers, variables: { first: 100 }, fetchPolicy: 'network-only' })).data!.region!.servers!;
    expect(all.totalCount).toBeGreaterThan(4);
    // A cache of its own, so the pages are not answered from the full list above.
    const paging = new ApolloClient({ link: client.link, cache: new InMemoryCache({ typePolicies: { Region: { fields: { servers: relayStylePagination(['filter']) } } } }) });
    const query = paging.watchQuery({ query: RegionServers, variables: { first: 3 } });
    let latest: ClientsRegionServersQuery | undefined;
    const sub = query.subscribe((r) => void (r.dataState === 'complete' && (latest = r.data)));
    try {
      await waitFor(() => latest !== undefined, 'the first page');
      expect(latest!.region!.servers!.edges).toHaveLength(3);
      let pages = 1;
      while (latest!.region!.servers!.pageInfo.hasNextPage) {
        const seen = latest!.region!.servers!.edges.length;
        await query.fetchMore({ variables: { after: latest!.region!.servers!.pageInfo.endCursor } });
        await waitFor(() => latest!.region!.servers!.edges.length > seen, `page ${pages + 1} merged`);
        pages++;
      }
      const names = latest!.region!.servers!.edges.map((e) => e.node.name);
      expect(names).toEqual(all.edges.map((e) => e.node.name));
      expect(new Set(names).size).toBe(all.totalCount);
      expect(pages).toBe(Math.ceil(all.totalCount / 3));
    } finally {
      sub.unsubscribe();
      paging.stop();
    }
  });

  it('should update a watched query from a graphql-ws subscription event when the server is stopped elsewhere', async () => {
    const { hanul, client: other } = stack();
    const watched = watchServers(20);
    const events: string[] = [];
    let sub: { unsubscribe(): void } | undefined;
    try {
      const first = await watched.first();
      const web02 = first.region!.servers!.edges.find((e) => e.node.name === 'web-02')!.node;
      expect(web02.status).toBe('ACTIVE');
      sub = client
        .subscribe({ query: ServerStatusChanged, variables: { regionId: first.region!.id } })
        .subscribe((r) => void (r.data && events.push(`${r.data.serverStatusChanged.previousStatus}→${r.data.serverStatusChanged.status}`)));
      await baselinePolled(hanul.watchers, 1);
      const sentBefore = http.sent.length;

      // Stopped by another client: only the subscription can tell this cache.
      await stopServer(other, web02.id);
      await waitFor(() => byName(watched.latest()!.region!.servers!.edges).get('web-02')?.status === 'SHUTOFF', 'web-02 SHUTOFF in the cache', 20_000, () => events);
      expect(events).toContain('ACTIVE→SHUTOFF');
      expect(http.sent.slice(sentBefore)).toEqual([]);
    } finally {
      sub?.unsubscribe();
      watched.stop();
    }
  });
});
