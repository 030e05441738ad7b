import { readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';

/** What `extensions.cost` says about one answer. */
export interface CostSample {
  name: string;
  estimated: number;
  actual: number;
}

/** The named operations of the README's ```graphql blocks, by name (subscriptions left out: they are charged per poll, not per operation). */
export function readmeOperations(readmePath = new URL('../README.md', import.meta.url)): Map<string, string> {
  const text = readFileSync(readmePath, 'utf8');
  const section = text.slice(text.indexOf('## Example operations'), text.indexOf('## Using Hanul'));
  const operations = new Map<string, string>();
  for (const [, block] of section.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    for (const def of parse(block!).definitions) {
      if (def.kind === Kind.OPERATION_DEFINITION && def.name && def.operation !== 'subscription') operations.set(def.name.value, print(def as OperationDefinitionNode));
    }
  }
  return operations;
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<{ data: any; cost: { estimatedUpstreamCalls: number; actualUpstreamCalls: number } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[]; extensions?: { cost?: { estimatedUpstreamCalls: number; actualUpstreamCalls: number } } };
  if (body.errors?.length || !body.extensions?.cost) throw new Error(`answered ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}\nin operation:\n${query}`);
  return { data: body.data, cost: body.extensions.cost };
}

/**
 * Runs the dashboard and every README example against a Hanul on the demo tenant, in
 * README order, with variables taken from the answers before (the Catalog's ids for
 * Create, an ACTIVE server of the Dashboard for Stop), and answers their estimated and
 * actual upstream calls. The first operation warms the server-held token up.
 */
export async function measureCostAccuracy(graphqlUrl: string, dashboard: string): Promise<CostSample[]> {
  await post(graphqlUrl, '{ region(provider: NHN, name: "kr1") { keypairs { name } } }', {});
  const samples: CostSample[] = [];
  const run = async (name: string, query: string, variables: Record<string, unknown> = {}) => {
    const { data, cost } = await post(graphqlUrl, query, variables);
    samples.push({ name, estimated: cost.estimatedUpstreamCalls, actual: cost.actualUpstreamCalls });
    return data;
  };
  await run('bench dashboard', dashboard);
  const examples = readmeOperations();
  const catalogVariables = (catalog: any) => ({
    regionId: catalog.region.id,
    flavorId: catalog.region.flavors[0].id,
    imageId: catalog.region.images.edges[0].node.id,
    keypairId: catalog.region.keypairs[0]?.id,
  });
  let catalog: any;
  let dashboardData: any;
  for (const [name, query] of examples) {
    if (name === 'Create') await run(name, query, catalogVariables(catalog));
    else if (name === 'Stop') {
      const active = dashboardData.regions.flatMap((r: any) => r.servers.edges.map((e: any) => e.node)).find((s: any) => s.status === 'ACTIVE');
      await run(name, query, { id: active.id });
    } else {
      const data = await run(name, query);
      if (name === 'Catalog') catalog = data;
      if (name === 'Dashboard') dashboardData = data;
    }
  }
  return samples;
}

/** estimated / actual, 1 when both are 0. */
export function ratio(s: CostSample): number {
  return s.actual === 0 ? (s.estimated === 0 ? 1 : Infinity) : s.estimated / s.actual;
}
