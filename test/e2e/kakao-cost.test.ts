import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { kakaoClient } from '../emulator/kakao-client.js';
import { execute, useStack } from './kit.js';
import { kakaoCatalog } from './kakao-fixtures.js';

const stack = useStack({ env: { KAKAO_REGIONS: 'kr-central-2,kr-central-3' } });
const api = kakaoClient(() => stack().emulator);

// The demo project has 4 instances in kr-central-2 and none in kr-central-3; the set-up brings them to 5 and 50.
const SMALL = { region: 'kr-central-2', servers: 5 };
const LARGE = { region: 'kr-central-3', servers: 50 };

const CreateServer = graphql(`
  mutation KakaoCostCreateServer($input: CreateServerInput!) {
    createServer(input: $input) { server { id } errors { __typename message } }
  }
`);

const RegionServers = graphql(`
  query KakaoCostRegionServers($region: String!) {
    region(provider: KAKAO, name: $region) {
      servers(first: 100) { totalCount edges { node { id name flavor { name } image { name } keypair { name } } } }
    }
  }
`);

const ServerNodes = graphql(`
  query KakaoCostServerNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id ... on Server { name flavor { name } image { name } keypair { name } } }
  }
`);

/** A VPC with one subnet in `region`, made through the emulator's API as a cloud client would. */
async function subnetIn(region: string): Promise<void> {
  const vpc = await api('vpc', '/api/v1/vpcs', { method: 'POST', region, body: { vpc: { name: 'cost-vpc', cidr_block: '10.30.0.0/16', subnet: { cidr_block: '10.30.0.0/24', availability_zone: `${region}-a` } } } });
  expect(vpc.status, vpc.text).toBe(201);
  for (;;) {
    const subnets = await api('vpc', '/api/v1/subnets', { region });
    if (subnets.json.subnets.every((s: { provisioning_status: string }) => s.provisioning_status === 'ACTIVE') && subnets.json.subnets.length) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Fills a region up to `total` instances, with three flavors, three images and the demo key pair. */
async function fillRegion(region: string, total: number): Promise<void> {
  const { client } = stack();
  const catalog = await kakaoCatalog(client, region);
  const flavors = ['m2a.large', 'c2a.large', 't1i.small'].map(catalog.flavor);
  const images = ['Ubuntu 22.04', 'Ubuntu 24.04', 'Rocky Linux 9.4'].map(catalog.image);
  const existing = (await execute(client, RegionServers, { variables: { region } })).expectNoGraphQLErrors().region!.servers!.totalCount;
  const indexes = Array.from({ length: total - existing }, (_, i) => i);
  for (let start = 0; start < indexes.length; start += 10) {
    await Promise.all(
      indexes.slice(start, start + 10).map(async (i) => {
        const input = { regionId: catalog.regionId, name: `cost-${region}-${i}`, flavorId: flavors[i % 3]!, imageId: images[(i + 1) % 3]!, keypairId: catalog.keypair('hanul-demo-key') };
        const created = (await execute(client, CreateServer, { variables: { input } })).expectNoGraphQLErrors();
        expect(created.createServer.errors).toEqual([]);
      }),
    );
  }
}

beforeAll(async () => {
  await subnetIn(LARGE.region);
  await api('bcs', '/api/v1/keypairs', { method: 'POST', region: LARGE.region, body: { keypair: { name: 'hanul-demo-key' } } });
  // Every project has a `default` security group; the emulator seeds it only where the demo has resources.
  await api('network', '/api/v1/security-groups', { method: 'POST', region: LARGE.region, body: { security_group: { name: 'default' } } });
  await fillRegion(SMALL.region, SMALL.servers);
  await fillRegion(LARGE.region, LARGE.servers);
}, 60_000);

async function listRegion(region: string) {
  const r = await execute(stack().client, RegionServers, { variables: { region }, countCalls: true });
  const data = r.expectNoGraphQLErrors();
  return { servers: data.region!.servers, calls: r.extensions!.upstreamCalls as { total: number; byService: Record<string, number> } };
}

describe('upstream cost of KakaoCloud compute queries', () => {
  it('should list 5 or 50 instances with their flavor, image and key pair for the same few upstream calls', async () => {
    const small = await listRegion(SMALL.region);
    const large = await listRegion(LARGE.region);
    expect(small.servers!.totalCount).toBe(SMALL.servers);
    expect(large.servers!.totalCount).toBe(LARGE.servers);
    for (const { node } of [...small.servers!.edges, ...large.servers!.edges]) {
      expect(node.flavor?.name, node.name).toBeTruthy();
      expect(node.image?.name, node.name).toBeTruthy();
      expect(node.keypair?.name, node.name).toBeTruthy();
    }
    expect(new Set(small.servers!.edges.map((e) => e.node.image!.name)).size).toBe(3);
    expect(new Set(large.servers!.edges.map((e) => e.node.image!.name)).size).toBe(3);

    // One page of instances, one of flavors, one of key pairs, and a read per distinct image.
    expect(large.calls).toEqual(small.calls);
    expect(large.calls.byService).toEqual({ 'KAKAO bcs': 3, 'KAKAO image': 3 });
  });

  it('should resolve nodes(ids:) of 5 or 50 instances, with their references, for the same few upstream calls', async () => {
    const { client } = stack();
    const smallIds = (await listRegion(SMALL.region)).servers!.edges.map((e) => e.node.id);
    const largeIds = (await listRegion(LARGE.region)).servers!.edges.map((e) => e.node.id).reverse();
    const small = await execute(client, ServerNodes, { variables: { ids: smallIds }, countCalls: true });
    const large = await execute(client, ServerNodes, { variables: { ids: largeIds }, countCalls: true });
    expect(small.expectNoGraphQLErrors().nodes.map((n) => n?.id)).toEqual(smallIds);
    expect(large.expectNoGraphQLErrors().nodes.map((n) => n?.id)).toEqual(largeIds);
    expect(large.extensions!.upstreamCalls).toEqual(small.extensions!.upstreamCalls);
    expect(large.extensions!.upstreamCalls.total).toBeLessThanOrEqual(6);
  });
});
