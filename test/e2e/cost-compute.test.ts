import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { demoSubnetId, regionCatalog } from './compute-fixtures.js';
import { execute, useStack } from './kit.js';

const stack = useStack();

// The demo tenant has 2 servers in jp1 and 1 in us1; the set-up brings them to 5 and 50.
const SMALL = { region: 'jp1', servers: 5 };
const LARGE = { region: 'us1', servers: 50 };

const CreateServer = graphql(`
  mutation CostCreateServer($input: CreateServerInput!) {
    createServer(input: $input) { server { id } errors { __typename message } }
  }
`);

const CreateKeypair = graphql(`
  mutation CostCreateKeypair($input: CreateKeypairInput!) {
    createKeypair(input: $input) { keypair { id } errors { __typename message } }
  }
`);

const RegionServers = graphql(`
  query CostRegionServers($region: String!) {
    region(provider: NHN, name: $region) {
      servers(first: 100) {
        totalCount
        edges { node { id name flavor { name } image { name } keypair { name } } }
      }
    }
  }
`);

const ServerNodes = graphql(`
  query CostServerNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Server { name flavor { name } image { name } keypair { name } }
    }
  }
`);

/** An ed25519 public key line (any 32 bytes make a well-formed one). */
const SSH_KEY = (() => {
  const str = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([str(Buffer.from('ssh-ed25519')), str(Buffer.alloc(32, 7))]).toString('base64')} cost@hanul`;
})();

/** Fills a region up to `total` servers with a mix of flavors, images and key pairs. */
async function fillRegion(region: string, total: number): Promise<void> {
  const { client, emulator } = stack();
  const catalog = await regionCatalog(client, region);
  const subnet = await demoSubnetId(emulator, region);
  const key = (await execute(client, CreateKeypair, { variables: { input: { regionId: catalog.regionId, name: 'cost-key', publicKey: SSH_KEY } } })).expectNoGraphQLErrors();
  expect(key.createKeypair.errors).toEqual([]);

  const flavors = ['m2.c1m2', 't2.c1m1', 'm2.c2m4'].map(catalog.flavor);
  const images = ['Ubuntu Server 22.04', 'Ubuntu Server 24.04', 'Rocky Linux'].map(catalog.image);
  const keypairs = [catalog.keypair('demo-key'), key.createKeypair.keypair!.id];
  const existing = (await execute(client, RegionServers, { variables: { region } })).expectNoGraphQLErrors().region!.servers!.totalCount;

  const indexes = Array.from({ length: total - existing }, (_, i) => i);
  for (let start = 0; start < indexes.length; start += 10) {
    await Promise.all(
      indexes.slice(start, start + 10).map(async (i) => {
        const input = {
          regionId: catalog.regionId,
          name: `cost-${region}-${i}`,
          flavorId: flavors[i % flavors.length]!,
          imageId: images[i % images.length]!,
          keypairId: keypairs[i % keypairs.length]!,
          subnetIds: [subnet],
        };
        const created = (await execute(client, CreateServer, { variables: { input } })).expectNoGraphQLErrors();
        expect(created.createServer.errors).toEqual([]);
      }),
    );
  }
}

beforeAll(async () => {
  await fillRegion(SMALL.region, SMALL.servers);
  await fillRegion(LARGE.region, LARGE.servers);
});

async function listRegion(region: string) {
  const r = await execute(stack().client, RegionServers, { variables: { region }, countCalls: true });
  const data = r.expectNoGraphQLErrors();
  return { servers: data.region!.servers, calls: r.extensions!.upstreamCalls as { total: number; byService: Record<string, number> } };
}

describe('upstream cost of compute queries', () => {
  it('should list 5 or 50 servers with their flavor, image and key pair for the same few upstream calls', async () => {
    const small = await listRegion(SMALL.region);
    const large = await listRegion(LARGE.region);
    expect(small.servers!.totalCount).toBe(SMALL.servers);
    expect(large.servers!.totalCount).toBe(LARGE.servers);
    for (const { node } of [...small.servers!.edges, ...large.servers!.edges]) {
      expect(node.flavor?.name, node.name).toBeTruthy();
      expect(node.image?.name, node.name).toBeTruthy();
      expect(node.keypair?.name, node.name).toBeTruthy();
    }
    expect(new Set(large.servers!.edges.map((e) => e.node.keypair!.name))).toEqual(new Set(['demo-key', 'cost-key']));
    expect(new Set(large.servers!.edges.map((e) => e.node.flavor!.name)).size).toBeGreaterThanOrEqual(3);

    // One list each of servers, flavors and key pairs, and one batched image read.
    expect(large.calls.total).toBe(small.calls.total);
    expect(large.calls.byService).toEqual(small.calls.byService);
    expect(large.calls.total).toBeLessThanOrEqual(4);
  });

  it('should resolve nodes(ids:) of 5 or 50 servers, with their references, for the same few upstream calls', async () => {
    const { client } = stack();
    const smallIds = (await listRegion(SMALL.region)).servers!.edges.map((e) => e.node.id);
    const largeIds = (await listRegion(LARGE.region)).servers!.edges.map((e) => e.node.id).reverse();

    const small = await execute(client, ServerNodes, { variables: { ids: smallIds }, countCalls: true });
    const large = await execute(client, ServerNodes, { variables: { ids: largeIds }, countCalls: true });
    expect(small.expectNoGraphQLErrors().nodes.map((n) => n?.id)).toEqual(smallIds);
    const largeNodes = large.expectNoGraphQLErrors().nodes;
    expect(largeNodes.map((n) => n?.id)).toEqual(largeIds);
    for (const node of largeNodes) expect(node && 'keypair' in node && node.keypair?.name).toBeTruthy();

    expect(large.extensions!.upstreamCalls.total).toBe(small.extensions!.upstreamCalls.total);
    expect(large.extensions!.upstreamCalls.total).toBeLessThanOrEqual(4);

    // Two regions at once: one read per region, not one per id.
    const both = await execute(client, ServerNodes, { variables: { ids: [...smallIds, ...largeIds] }, countCalls: true });
    expect(both.expectNoGraphQLErrors().nodes).toHaveLength(smallIds.length + largeIds.length);
    expect(both.extensions!.upstreamCalls.total).toBeLessThanOrEqual(2 * large.extensions!.upstreamCalls.total);
  });

  it('should count upstream requests in hanul_upstream_requests_total on /metrics', async () => {
    const { hanul } = stack();
    const total = async () => {
      const text = await (await fetch(`${hanul.url}/metrics`)).text();
      const samples = text.split('\n').filter((line) => line.startsWith('hanul_upstream_requests_total{'));
      expect(samples.length).toBeGreaterThan(0);
      expect(samples.some((line) => line.includes('provider="NHN"') && line.includes('service="compute"') && line.includes('method="GET"'))).toBe(true);
      return samples.reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
    };
    const before = await total();
    const { calls } = await listRegion(LARGE.region);
    expect(calls.total).toBeGreaterThan(0);
    expect(await total()).toBe(before + calls.total);
  });
});
