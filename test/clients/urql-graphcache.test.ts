import { readFileSync } from 'node:fs';
import { Client, fetchExchange, subscriptionExchange, type AnyVariables, type OperationResult, type TypedDocumentNode } from '@urql/core';
import { cacheExchange, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphcacheKeys } from '../../src/client/graphcache-keys.js';
import { stopServer } from '../support/status-operations.js';
import { waitFor, wsUrlOf } from '../support/subscriptions.js';
import { baselinePolled } from '../support/watching.js';
import { useStack } from '../e2e/kit.js';
import { byName, recordingFetch, RegionServers, ServerStatusChanged, StopServer, Viewer } from './operations.js';

/**
 * urql with graphcache as an application uses it on Hanul: entities keyed by global `id`,
 * Hanul's `graphcacheKeys` for the keyless types, the schema for fragment matching, relay
 * pagination, and subscriptions over graphql-ws. Every warning graphcache logs is kept.
 */

// What a client gets from Hanul's published SDL.
const schema = introspectionFromSchema(buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')));

describe('urql with graphcache on Hanul', { timeout: 60_000 }, () => {
  const stack = useStack({ emulator: { transitionMs: 400 }, env: { WATCH_FAST_INTERVAL_MS: '100', WATCH_SLOW_INTERVAL_MS: '200' } });
  let ws: ReturnType<typeof createClient>;
  const logged: string[] = [];
  const opened: Client[] = [];

  beforeAll(() => {
    ws = createClient({ url: wsUrlOf(stack().hanul.graphqlUrl), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  });
  afterAll(async () => {
    await ws.dispose();
    expect(logged, 'graphcache warned of nothing in any test').toEqual([]);
  });

  /** A fresh client and cache; `options` replace Hanul's recommended graphcache settings. */
  function newClient(options: Partial<CacheExchangeOpts> = {}, log = logged) {
    const http = recordingFetch();
    const client = new Client({
      url: stack().hanul.graphqlUrl,
      fetch: http.fetch,
      preferGetMethod: false,
      exchanges: [
        cacheExchange({
          schema,
          keys: graphcacheKeys,
          resolvers: { Region: { servers: relayPagination() } },
          // Cache misses are reported as 'debug'; warnings and errors are what an application sees.
          logger: (severity, message) => void (severity !== 'debug' && log.push(`${severity}: ${message}`)),
          ...options,
        }),
        fetchExchange,
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
          }),
        }),
      ],
    });
    opened.push(client);
    return { client, sent: http.sent };
  }

  /** A query kept open on the cache, as a mounted component keeps it; `latest()` is what it shows now. */
  function watch<R, V extends AnyVariables>(client: Client, query: TypedDocumentNode<R, V>, variables: V) {
    const results: OperationResult<R, V>[] = [];
    const { unsubscribe } = client.query(query, variables).subscribe((r) => void results.push(r));
    return {
      latest: () => results.at(-1)?.data,
      async first() {
        await waitFor(() => results.some((r) => r.data || r.error), 'the first result');
        expect(results[0]!.error).toBeUndefined();
        return results[0]!.data!;
      },
      stop: unsubscribe,
    };
  }

  it('should update a watched query from a stopServer payload alone, without fetching the query again', async () => {
    const { client, sent } = newClient();
    const watched = watch(client, RegionServers, { first: 20 });
    try {
      const first = await watched.first();
      expect(byName(first.region!.servers!.edges).get('web-01')).toMatchObject({ status: 'ACTIVE', taskState: null });
      const id = first.region!.servers!.edges.find((e) => e.node.name === 'web-01')!.node.id;
      const sentBefore = sent.length;

      const { data, error } = await client.mutation(StopServer, { id }).toPromise();
      expect(error).toBeUndefined();
      expect(data!.stopServer.errors).toEqual([]);
      const payload = data!.stopServer.server!;
      expect([payload.status, payload.taskState]).not.toEqual(['ACTIVE', null]);

      await waitFor(() => byName(watched.latest()!.region!.servers!.edges).get('web-01')?.taskState === payload.taskState, 'the cache to take the payload');
      expect(byName(watched.latest()!.region!.servers!.edges).get('web-01')).toMatchObject({ status: payload.status, taskState: payload.taskState });
      expect(sent.slice(sentBefore)).toEqual(['ClientsStopServer']);
    } finally {
      watched.stop();
    }
  });

  it('should page through a connection with relayPagination and merge the pages into one list', async () => {
    const all = (await stack().client.query(RegionServers, { first: 100 }).toPromise()).data!.region!.servers!;
    expect(all.totalCount).toBeGreaterThan(4);
    const { client, sent } = newClient();
    let page = (await client.query(RegionServers, { first: 3 }).toPromise()).data!.region!.servers!;
    expect(page.edges).toHaveLength(3);
    while (page.pageInfo.hasNextPage) {
      const seen = page.edges.length;
      page = (await client.query(RegionServers, { first: 3, after: page.pageInfo.endCursor }).toPromise()).data!.region!.servers!;
      // graphcache answers each page with every page so far.
      expect(page.edges.length).toBe(Math.min(seen + 3, all.totalCount));
    }
    expect(page.edges.map((e) => e.node.name)).toEqual(all.edges.map((e) => e.node.name));
    expect(sent).toHaveLength(Math.ceil(all.totalCount / 3));
  });

  it('should update a watched query from a graphql-ws subscription event when the server is stopped elsewhere', async () => {
    const { hanul, client: other } = stack();
    const { client, sent } = newClient();
    const watched = watch(client, RegionServers, { first: 20 });
    const events: string[] = [];
    let sub: { unsubscribe(): void } | undefined;
    try {
      const first = await watched.first();
      const web02 = first.region!.servers!.edges.find((e) => e.node.name === 'web-02')!.node;
      expect(web02.status).toBe('ACTIVE');
      sub = client.subscription(ServerStatusChanged, { regionId: first.region!.id }).subscribe((r) => {
        if (r.data) events.push(`${r.data.serverStatusChanged.previousStatus}→${r.data.serverStatusChanged.status}`);
      });
      await baselinePolled(hanul.watchers, 1);
      const sentBefore = sent.length;

      // Stopped by another client: only the subscription can tell this cache.
      await stopServer(other, web02.id);
      await waitFor(() => byName(watched.latest()!.region!.servers!.edges).get('web-02')?.status === 'SHUTOFF', 'web-02 SHUTOFF in the cache', 20_000, () => events);
      expect(events).toContain('ACTIVE→SHUTOFF');
      expect(sent.slice(sentBefore)).toEqual([]);
    } finally {
      sub?.unsubscribe();
      watched.stop();
    }
  });

  it('should warn "Invalid key" for a keyless type without Hanul\'s keys, and not with them', async () => {
    const without: string[] = [];
    const bare = newClient({ keys: {} }, without).client;
    expect((await bare.query(Viewer, {}).toPromise()).data?.viewer.provider).toBe('NHN');
    expect(without.join('\n')).toContain('Invalid key');
    expect(without.join('\n')).toContain('`Viewer`');

    const { client } = newClient();
    expect((await client.query(Viewer, {}).toPromise()).data?.viewer.provider).toBe('NHN');
    expect(logged).toEqual([]);
  });
});
