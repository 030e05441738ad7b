import { describe, expect, it } from 'vitest';
import { useStack } from '../e2e/kit.js';
import { gql, raw } from './raw.js';

const serverGets = (stack: ReturnType<ReturnType<typeof useStack>>) =>
  [...stack.emulator.requests.entries()].filter(([k]) => k.startsWith('GET ') && k.includes('/compute/')).reduce((n, [, v]) => n + v, 0);

describe('the total work of one operation is bounded before it runs', () => {
  const stack = useStack();

  it('should refuse 30 aliases of every region with 1,000 servers each, before any upstream call', async () => {
    const before = stack().emulator.requestCount();
    const alias = (i: number) => `r${i}: regions { servers(first: 1000) { edges { node { id name status flavor { name } } } } }`;
    const { body } = await gql(stack().hanul.graphqlUrl, `{ ${Array.from({ length: 30 }, (_, i) => alias(i)).join(' ')} }`);
    expect(body.data ?? null).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', max: 1_000_000 });
    expect(stack().emulator.requestCount()).toBe(before);
  });

  it('should run one such list (the cost of a legitimate large page)', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, '{ regions(provider: NHN) { servers(first: 1000) { edges { node { id name status flavor { name } } } } } }');
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data.regions.length).toBeGreaterThan(0);
  });

  it('should refuse nodes(ids:) over MAX_NODES_IDS without looking any of them up', async () => {
    const list = await gql(stack().hanul.graphqlUrl, '{ region(provider: NHN, name: "kr1") { servers(first: 1) { edges { node { id } } } } }');
    const id = list.body.data.region.servers.edges[0].node.id as string;
    const before = serverGets(stack());
    const { body } = await gql(stack().hanul.graphqlUrl, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 50_000 }, () => id) });
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'nodes', max: 100 });
    expect(serverGets(stack())).toBe(before);
    const ok = await gql(stack().hanul.graphqlUrl, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 100 }, () => id) });
    expect(ok.body.data.nodes).toHaveLength(100);
  });
});

describe('EXECUTION_TIMEOUT_MS', () => {
  const stack = useStack({ env: { EXECUTION_TIMEOUT_MS: '300', UPSTREAM_RETRIES: '0' }, emulator: { latencyMs: 5000 } });

  it('should cut an operation whose upstream calls hang, with a coded error, while /health answers', async () => {
    const pending = gql(stack().hanul.graphqlUrl, '{ region(provider: NHN, name: "kr1") { servers(first: 5) { totalCount } } }');
    expect((await raw(`${stack().hanul.url}/health`)).status).toBe(200);
    const { body } = await pending;
    expect(body.errors![0]!.extensions!.code).toBe('EXECUTION_TIMEOUT');
  });
});
