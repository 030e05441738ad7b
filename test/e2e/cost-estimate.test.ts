import { describe, expect, it } from 'vitest';
import { measureCostAccuracy, ratio, readmeOperations } from '../../bench/cost-accuracy.js';
import { dashboardQuery } from '../../bench/dashboard.js';
import { useStack } from './kit.js';

const stack = useStack();

describe('upstream cost estimate', () => {
  it('should estimate the dashboard and every README example within 20 % of the calls they make', { timeout: 60_000 }, async () => {
    const { hanul } = stack();
    expect([...readmeOperations().keys()]).toEqual(['Dashboard', 'Catalog', 'Create', 'Stop']);
    const samples = await measureCostAccuracy(hanul.graphqlUrl, (await dashboardQuery(hanul.graphqlUrl)).query);
    expect(samples.map((s) => s.name)).toEqual(['bench dashboard', 'Dashboard', 'Catalog', 'Create', 'Stop']);
    for (const s of samples) {
      expect(s.actual, s.name).toBeGreaterThan(0);
      expect(Math.abs(s.estimated - s.actual), `${s.name}: estimated ${s.estimated}, actual ${s.actual}`).toBeLessThanOrEqual(0.2 * s.actual);
      expect(ratio(s)).toBeGreaterThan(0);
    }
  });
});

async function cost(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ estimatedUpstreamCalls: number; actualUpstreamCalls: number }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown[]; extensions: { cost: { estimatedUpstreamCalls: number; actualUpstreamCalls: number } } };
  expect(body.errors).toBeUndefined();
  return body.extensions.cost;
}

describe('the estimate follows the call patterns', () => {
  it('should count a list two fields share once, a batched relation once per region, and node ids once per type and region', async () => {
    const url = stack().hanul.graphqlUrl;
    const shared = await cost(url, '{ region(provider: NHN, name: "kr1") { servers(first: 5) { totalCount } again: servers(first: 1) { edges { node { id } } } } }');
    expect(shared).toMatchObject({ estimatedUpstreamCalls: 1, actualUpstreamCalls: 1 });

    const related = await cost(url, '{ region(provider: NHN, name: "jp1") { servers(first: 10) { edges { node { flavor { name } keypair { name } } } } } }');
    expect(related).toMatchObject({ estimatedUpstreamCalls: 3, actualUpstreamCalls: 3 });

    const ids = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ a: region(provider: NHN, name: "kr1") { servers(first: 2) { edges { node { id } } } } b: region(provider: NHN, name: "jp1") { servers(first: 1) { edges { node { id } } } } }' }) });
    const { data } = (await ids.json()) as { data: { a: any; b: any } };
    const serverIds = [...data.a.servers.edges, ...data.b.servers.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(serverIds).toHaveLength(3);
    const nodes = await cost(url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Server { name } } }', { ids: serverIds });
    expect(nodes.estimatedUpstreamCalls).toBe(2);
    expect(Math.abs(nodes.estimatedUpstreamCalls - nodes.actualUpstreamCalls)).toBeLessThanOrEqual(1);
  });
});
