import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { eventually, execute, useStack } from './kit.js';

/**
 * Cluster, node group, network and port states normalised to one vocabulary for both clouds
 * (`state` / `status` enums), with the cloud's own word kept in `rawStatus` and the old
 * string fields unchanged, read from the demo seed of both clouds and followed through a resize.
 */
const stack = useStack({ emulator: { transitionMs: 150 } });

const RegionStates = graphql(`
  query NormalisedRegionStates($provider: CloudProvider!, $name: String!) {
    region(provider: $provider, name: $name) {
      clusters { name status state rawStatus nodeGroups { id name status state rawStatus } }
      vpcs { name external state status rawStatus }
      subnets { name state status rawStatus }
      routingTables { name state status rawStatus }
      internetGateways { name state status rawStatus }
      ports { id deviceId status state rawStatus }
    }
  }
`);
const ResizeGroup = graphql(`
  mutation NormalisedResize($id: ID!, $nodeCount: Int!) {
    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { id status state rawStatus } errors { __typename message } }
  }
`);
const GroupState = graphql(`
  query NormalisedGroupState($id: ID!) { node(id: $id) { id ... on NodeGroup { status state rawStatus } } }
`);

const CLOUDS = [
  { provider: 'NHN', region: 'kr1', cluster: 'hanul-demo', settled: 'CREATE_COMPLETE', network: 'available', busyGroup: 'UPDATE_IN_PROGRESS', busyState: 'UPDATING', doneGroup: 'UPDATE_COMPLETE', usedPort: 'ACTIVE' },
  { provider: 'KAKAO', region: 'kr-central-2', cluster: 'hanul-k8s', settled: 'Provisioned', network: 'ACTIVE', busyGroup: 'ScalingUp', busyState: 'SCALING', doneGroup: 'Running', usedPort: 'in_use' },
] as const;

const regionStates = async (provider: 'NHN' | 'KAKAO', name: string) =>
  (await execute(stack().client, RegionStates, { variables: { provider, name } })).expectNoGraphQLErrors().region!;

describe.each(CLOUDS)('normalised states on $provider', (cloud) => {
  it('should give the seeded cluster and its node groups one state vocabulary, the cloud’s word kept in status and rawStatus', async () => {
    const region = await regionStates(cloud.provider, cloud.region);
    const cluster = region.clusters!.find((c) => c.name === cloud.cluster)!;
    expect(cluster).toMatchObject({ status: cloud.settled, rawStatus: cloud.settled, state: 'ACTIVE' });
    expect(cluster.nodeGroups!.length).toBeGreaterThan(0);
    for (const g of cluster.nodeGroups!) expect(g).toMatchObject({ state: 'ACTIVE', rawStatus: g.status });
  });

  it('should say AVAILABLE for the seeded VPCs, subnets and routing tables whatever word the cloud uses', async () => {
    const region = await regionStates(cloud.provider, cloud.region);
    const resources = [...region.vpcs!.filter((v) => !v.external), ...region.subnets!, ...region.routingTables!];
    expect(resources.length).toBeGreaterThan(2);
    for (const r of resources) expect(r).toMatchObject({ state: cloud.network, rawStatus: cloud.network, status: 'AVAILABLE' });
    for (const g of region.internetGateways!) expect(g.rawStatus).toBe(g.state);
    expect(region.internetGateways!.map((g) => g.status)).not.toContain('UNKNOWN');
  });

  it('should say ACTIVE for a port a server uses and DOWN for a free one', async () => {
    const ports = (await regionStates(cloud.provider, cloud.region)).ports!;
    const used = ports.find((p) => p.deviceId !== '' && p.status === cloud.usedPort);
    expect(used, 'a port in use').toBeDefined();
    expect(used).toMatchObject({ state: 'ACTIVE', rawStatus: cloud.usedPort });
    for (const p of ports) expect(p.state).not.toBe('UNKNOWN');
  });

  it('should follow a node group resize through the normalised busy state back to ACTIVE', async () => {
    const region = await regionStates(cloud.provider, cloud.region);
    const group = region.clusters!.find((c) => c.name === cloud.cluster)!.nodeGroups!.find((g) => g.state === 'ACTIVE' && !/master/i.test(g.name))!;
    const resized = (await execute(stack().client, ResizeGroup, { variables: { id: group.id, nodeCount: 5 } })).expectNoGraphQLErrors().resizeNodeGroup;
    expect(resized.errors).toEqual([]);
    expect(resized.nodeGroup).toMatchObject({ status: cloud.busyGroup, state: cloud.busyState, rawStatus: cloud.busyGroup });
    const done = await eventually(async () => {
      const n = (await execute(stack().client, GroupState, { variables: { id: group.id } })).expectNoGraphQLErrors().node;
      return n && 'state' in n && n.state === 'ACTIVE' ? n : undefined;
    });
    expect(done).toMatchObject({ status: cloud.doneGroup, rawStatus: cloud.doneGroup });
  });
});

describe('the README example', () => {
  it('should answer the States query as pasted, with both seeded clusters ACTIVE', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const query = /```graphql\n(query States \{[\s\S]*?)```/.exec(readme)?.[1];
    expect(query, 'the States example in README.md').toBeDefined();
    const res = await fetch(stack().hanul.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown; data: Record<'nhn' | 'kakao', { clusters: { name: string; state: string; rawStatus: string }[] }> };
    expect(body.errors).toBeUndefined();
    expect(body.data.nhn.clusters).toContainEqual(expect.objectContaining({ name: 'hanul-demo', state: 'ACTIVE', rawStatus: expect.stringMatching(/_COMPLETE$/) }));
    expect(body.data.kakao.clusters).toContainEqual(expect.objectContaining({ name: 'hanul-k8s', state: 'ACTIVE', rawStatus: 'Provisioned' }));
  });
});
