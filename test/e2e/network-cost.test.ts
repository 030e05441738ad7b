import { beforeAll, describe, expect, it } from 'vitest';
import { computeState } from '../../src/emulator/nhn/compute/state.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { regionCatalog } from './compute-fixtures.js';
import { eventually, execute, useStack } from './kit.js';

const stack = useStack();

// The demo tenant has 2 servers in jp1 and 1 in us1; the set-up brings them to 10 and 100.
const SMALL = { region: 'jp1', servers: 10 };
const LARGE = { region: 'us1', servers: 100 };
/** Servers of each region that get a floating IP in the set-up, besides the seeded one. */
const WITH_FLOATING_IP = 4;

const CreateServer = graphql(`
  mutation NetCostCreateServer($input: CreateServerInput!) {
    createServer(input: $input) { server { id } errors { __typename message } }
  }
`);
const CreateFloatingIp = graphql(`
  mutation NetCostCreateFloatingIp($input: CreateFloatingIpInput!) {
    createFloatingIp(input: $input) { floatingIp { id } errors { __typename message } }
  }
`);
const DeleteSnapshot = graphql(`
  mutation NetCostDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { message } } }
`);
const DeleteVolume = graphql(`
  mutation NetCostDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }
`);

const StandaloneVolumes = graphql(`
  query NetCostVolumes($region: String!) {
    region(provider: NHN, name: $region) { volumes(first: 1000) { edges { node { id attachments { device } } } } snapshots { id } }
  }
`);

const ServersWithNetworking = graphql(`
  query NetCostServers($region: String!) {
    region(provider: NHN, name: $region) {
      servers(first: 1000) {
        totalCount
        edges {
          node {
            id
            name
            addresses { address type subnet { id name cidr } }
            subnets { id name }
            securityGroups { id name }
            volumes { id status }
            floatingIps { id address }
            ports { id status }
          }
        }
      }
    }
  }
`);

/** Fills a region up to `total` servers (no subnet named: the region's default subnet is used), some with floating IPs. */
async function fillRegion(region: string, total: number): Promise<void> {
  const { client, emulator } = stack();
  // Room for 100 servers: raise the emulated project's compute quota, and free volume
  // quota by removing the seeded standalone volumes (every new server boots from one).
  computeState(emulator.ctx, DEMO_NHN.tenantId, region as 'us1').quota = { instances: 200, cores: 1000 };
  const storage = async () => (await execute(client, StandaloneVolumes, { variables: { region } })).expectNoGraphQLErrors().region!;
  for (const { id } of (await storage()).snapshots!) expect((await execute(client, DeleteSnapshot, { variables: { id } })).expectNoGraphQLErrors().deleteSnapshot.errors).toEqual([]);
  await eventually(async () => ((await storage()).snapshots!.length === 0 ? true : undefined));
  const standalone = (await storage()).volumes!.edges.filter((e) => e.node.attachments.length === 0);
  for (const { node } of standalone) expect((await execute(client, DeleteVolume, { variables: { id: node.id } })).expectNoGraphQLErrors().deleteVolume.errors).toEqual([]);

  const catalog = await regionCatalog(client, region);
  const existing = (await execute(client, ServersWithNetworking, { variables: { region } })).expectNoGraphQLErrors().region!.servers!.totalCount;
  const images = ['Ubuntu Server 22.04', 'Ubuntu Server 24.04'].map(catalog.image);
  const ids: string[] = [];
  const indexes = Array.from({ length: total - existing }, (_, i) => i);
  for (let start = 0; start < indexes.length; start += 10) {
    await Promise.all(
      indexes.slice(start, start + 10).map(async (i) => {
        const input = {
          regionId: catalog.regionId,
          name: `netcost-${region}-${i}`,
          flavorId: catalog.flavor('m2.c1m2'),
          imageId: images[i % images.length]!,
          keypairId: catalog.keypair('demo-key'),
          bootVolumeSizeGb: 20,
          ...(i % 3 === 0 ? { securityGroupNames: ['default', 'web'] } : {}),
        };
        const created = (await execute(client, CreateServer, { variables: { input } })).expectNoGraphQLErrors();
        expect(created.createServer.errors).toEqual([]);
        ids.push(created.createServer.server!.id);
      }),
    );
  }
  for (const serverId of ids.slice(0, WITH_FLOATING_IP)) {
    const fip = (await execute(client, CreateFloatingIp, { variables: { input: { regionId: catalog.regionId, serverId } } })).expectNoGraphQLErrors();
    expect(fip.createFloatingIp.errors).toEqual([]);
  }
}

beforeAll(async () => {
  await fillRegion(SMALL.region, SMALL.servers);
  await fillRegion(LARGE.region, LARGE.servers);
}, 120_000);

async function listRegion(region: string) {
  const r = await execute(stack().client, ServersWithNetworking, { variables: { region }, countCalls: true });
  const data = r.expectNoGraphQLErrors();
  return { servers: data.region!.servers, calls: r.extensions!.upstreamCalls as { total: number; byService: Record<string, number> } };
}

describe('upstream cost of servers with their networking and volumes', () => {
  it('should list 10 or 100 servers with addresses, subnets, security groups, volumes and floating IPs for the same few upstream calls', async () => {
    const small = await listRegion(SMALL.region);
    const large = await listRegion(LARGE.region);
    expect(small.servers!.totalCount).toBe(SMALL.servers);
    expect(large.servers!.totalCount).toBe(LARGE.servers);

    for (const { node } of [...small.servers!.edges, ...large.servers!.edges]) {
      expect(node.ports!.length, node.name).toBeGreaterThan(0);
      expect(node.subnets!.map((s) => s.name), node.name).toEqual(['Default Network']);
      expect(node.addresses.filter((a) => a.type === 'FIXED').every((a) => a.subnet?.name === 'Default Network'), node.name).toBe(true);
      expect(node.securityGroups!.map((g) => g.name), node.name).toContain('default');
      expect(node.volumes!.length, node.name).toBeGreaterThan(0);
    }
    const withFloating = large.servers!.edges.filter((e) => e.node.floatingIps!.length > 0);
    expect(withFloating.length).toBe(WITH_FLOATING_IP + 1);
    for (const { node } of withFloating) expect(node.addresses.filter((a) => a.type === 'FLOATING').map((a) => a.address)).toEqual(node.floatingIps!.map((f) => f.address));
    expect(large.servers!.edges.filter((e) => e.node.securityGroups!.some((g) => g.name === 'web')).length).toBeGreaterThan(30);

    // One list each: servers (compute), ports, subnets, security groups and floating IPs (network), volumes (block storage).
    expect(large.calls.byService).toEqual(small.calls.byService);
    expect(large.calls.total).toBe(small.calls.total);
    expect(large.calls.byService).toEqual({ 'NHN compute': 1, 'NHN network': 4, 'NHN volume': 1 });
  });
});
