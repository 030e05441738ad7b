import { meros } from 'meros/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { wsClient } from '../support/subscriptions.js';
import { clearFaults, injectFault } from './compute-fixtures.js';
import { useStack } from './kit.js';

/**
 * @defer and @stream (issue 13): a dashboard defers each region's servers so the fast
 * regions render first, over HTTP incremental delivery (multipart/mixed, read with meros)
 * and over graphql-ws. kr2 is slowed in the emulator; the test asserts the order of the
 * chunks, never their timing.
 */

// Plain strings: codegen validates against schema.graphql, which has no @defer/@stream
// (yoga's plugin adds the directives at run time).
const DEFERRED_DASHBOARD = `
  query DeferredDashboard {
    regions {
      provider
      name
      ... @defer(label: "servers") {
        servers(first: 10) { totalCount edges { node { name flavor { name } } } }
      }
    }
  }
`;

const STREAMED_SERVERS = `
  query StreamedServers {
    region(provider: NHN, name: "kr1") {
      servers(first: 10) { totalCount edges @stream(initialCount: 1) { node { name } } }
    }
  }
`;

interface Region {
  provider: string;
  name: string;
  servers?: { totalCount: number } | null;
}

/** One payload of an incremental answer (the initial one has `data`, later ones `incremental`). */
interface Payload {
  data?: { regions?: Region[]; region?: { servers: { totalCount: number; edges: unknown[] } } };
  incremental?: { data?: { servers?: { totalCount: number } | null }; items?: unknown[]; path: (string | number)[]; label?: string }[];
  errors?: unknown[];
  hasNext?: boolean;
}

async function overHttp(url: string, query: string): Promise<Payload[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
    body: JSON.stringify({ query }),
  });
  expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed/);
  const parts = await meros<Payload>(response);
  if (parts instanceof Response) throw new Error(`not an incremental answer: ${await parts.text()}`);
  const payloads: Payload[] = [];
  for await (const part of parts) {
    if (!part.json) throw new Error(`a part that is not JSON: ${String(part.body)}`);
    payloads.push(part.body);
  }
  return payloads;
}

/** Which region (by name) each payload delivered its deferred servers for, in arrival order. */
function arrivals(payloads: Payload[]): string[][] {
  const regions = payloads[0]!.data!.regions!;
  return payloads.slice(1).map((p) =>
    (p.incremental ?? []).map((inc) => {
      expect(inc.path.slice(0, 1)).toEqual(['regions']);
      expect(inc.data?.servers, `servers of ${String(inc.path[1])}`).toBeDefined();
      return regions[inc.path[1] as number]!.name;
    }),
  );
}

/** The order a dashboard sees: every region's servers once, kr2's alone and last. */
function expectSlowRegionLast(payloads: Payload[]): void {
  const first = payloads[0]!;
  expect(first.hasNext).toBe(true);
  const names = first.data!.regions!.map((r) => r.name);
  expect(names).toEqual(expect.arrayContaining(['kr1', 'kr2', 'kr-central-2']));
  // The initial payload carries the regions at once, without the deferred servers.
  for (const r of first.data!.regions!) expect(r.servers).toBeUndefined();
  const order = arrivals(payloads);
  expect(order.flat().sort()).toEqual([...names].sort());
  expect(order.filter((names) => names.length).at(-1)).toEqual(['kr2']);
  expect(payloads.at(-1)!.hasNext).toBe(false);
}

describe('@defer and @stream', () => {
  const stack = useStack();
  afterEach(() => clearFaults(stack().emulator));

  /** kr2's compute answers an empty list, late: after every other region has. */
  async function slowKr2(): Promise<void> {
    await injectFault(stack().emulator, { match: 'GET /nhn/kr2/compute', status: 200, delayMs: 1500, body: JSON.stringify({ servers: [] }), times: 10 });
  }

  describe('over HTTP incremental delivery (multipart/mixed)', () => {
    it('should send the regions first, then each region as it is ready, the slow one last', async () => {
      await slowKr2();
      const payloads = await overHttp(stack().hanul.graphqlUrl, DEFERRED_DASHBOARD);
      expectSlowRegionLast(payloads);
    });

    it('should stream the edges of a connection after the first one', async () => {
      const payloads = await overHttp(stack().hanul.graphqlUrl, STREAMED_SERVERS);
      const servers = payloads[0]!.data!.region!.servers;
      expect(servers.edges).toHaveLength(1);
      const streamed = payloads.flatMap((p) => p.incremental ?? []).flatMap((inc) => inc.items ?? []);
      expect(1 + streamed.length).toBe(Math.min(10, servers.totalCount));
      expect(servers.totalCount).toBeGreaterThan(1);
    });

    it('should refuse (406) a deferred query from a client that accepts one JSON answer only, naming what it can send', async () => {
      const response = await fetch(stack().hanul.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: DEFERRED_DASHBOARD }),
      });
      expect(response.status).toBe(406);
      expect(response.headers.get('accept')).toMatch(/multipart\/mixed/);
    });
  });

  describe('over graphql-ws', () => {
    it('should send the same sequence as next messages, the slow region last', async () => {
      await slowKr2();
      const ws = wsClient(stack().hanul.graphqlUrl);
      try {
        const payloads: Payload[] = [];
        for await (const result of ws.iterate({ query: DEFERRED_DASHBOARD })) payloads.push(result as Payload);
        expectSlowRegionLast(payloads);
      } finally {
        await ws.dispose();
      }
    });
  });
});
