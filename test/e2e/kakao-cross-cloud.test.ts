import { describe, expect, it } from 'vitest';
import { DEMO_KAKAO, DEMO_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { execute, useStack } from './kit.js';
import { kakaoBearer, kakaoToken } from './kakao-fixtures.js';

// Two KakaoCloud regions next to NHN's five: the demo project has instances in both.
const stack = useStack({ env: { KAKAO_REGIONS: 'kr-central-1,kr-central-2' } });

const BothClouds = graphql(`
  query KakaoBothClouds {
    regions {
      id
      provider
      name
      displayName
      servers(first: 100) { totalCount edges { node { id name status region { provider name } flavor { name } } } }
    }
    viewers { provider tenantId }
  }
`);

const OneCloud = graphql(`
  query KakaoOneCloud($provider: CloudProvider!) { regions(provider: $provider) { provider name } }
`);

const NodesAcross = graphql(`
  query KakaoNodesAcross($ids: [ID!]!) { nodes(ids: $ids) { id ... on Server { name region { provider name } } } }
`);

describe('one query across NHN Cloud and KakaoCloud', () => {
  it('should list the regions of both clouds side by side, each with its own servers', async () => {
    const data = (await execute(stack().client, BothClouds)).expectNoGraphQLErrors();
    const regions = data.regions.map((r) => [r.provider, r.name, r.displayName]);
    expect(regions).toEqual([
      ['NHN', 'kr1', 'Korea (Pangyo)'],
      ['NHN', 'kr2', 'Korea (Pyeongchon)'],
      ['NHN', 'kr3', 'Korea (Gwangju)'],
      ['NHN', 'jp1', 'Japan (Tokyo)'],
      ['NHN', 'us1', 'USA (California)'],
      ['KAKAO', 'kr-central-1', 'Korea Central 1'],
      ['KAKAO', 'kr-central-2', 'Korea Central 2'],
    ]);
    const byRegion = new Map(data.regions.map((r) => [`${r.provider}:${r.name}`, r.servers]));
    expect(byRegion.get('KAKAO:kr-central-2')!.totalCount).toBe(4);
    expect(byRegion.get('KAKAO:kr-central-1')!.edges.map((e) => e.node.name)).toEqual(['legacy-1']);
    expect(byRegion.get('NHN:kr1')!.totalCount).toBeGreaterThan(0);
    for (const region of data.regions) {
      for (const { node } of region.servers!.edges) expect(node.region).toEqual({ provider: region.provider, name: region.name });
    }
    // Region ids are distinct across clouds, so client caches keep them apart.
    expect(new Set(data.regions.map((r) => r.id)).size).toBe(data.regions.length);
    expect(data.viewers).toEqual([
      { provider: 'NHN', tenantId: DEMO_NHN.tenantId },
      { provider: 'KAKAO', tenantId: DEMO_KAKAO.projectId },
    ]);
  });

  it('should resolve nodes of both clouds in one nodes(ids:) call', async () => {
    const { client } = stack();
    const data = (await execute(client, BothClouds)).expectNoGraphQLErrors();
    const ids = data.regions.filter((r) => r.name === 'kr1' || r.name === 'kr-central-2').flatMap((r) => r.servers!.edges.slice(0, 2).map((e) => e.node.id));
    const nodes = (await execute(client, NodesAcross, { variables: { ids } })).expectNoGraphQLErrors().nodes;
    expect(nodes.map((n) => n?.id)).toEqual(ids);
    expect(new Set(nodes.map((n) => (n && 'region' in n ? n.region.provider : null)))).toEqual(new Set(['NHN', 'KAKAO']));
  });

  it('should list one cloud’s regions when asked, and only KakaoCloud’s for a KakaoCloud token', async () => {
    const { client } = stack();
    const kakao = (await execute(client, OneCloud, { variables: { provider: 'KAKAO' } })).expectNoGraphQLErrors();
    expect(kakao.regions).toEqual([
      { provider: 'KAKAO', name: 'kr-central-1' },
      { provider: 'KAKAO', name: 'kr-central-2' },
    ]);
    const token = await kakaoToken(client);
    const nhnOnToken = (await execute(client, OneCloud, { variables: { provider: 'NHN' }, headers: kakaoBearer(token) })).expectNoGraphQLErrors();
    expect(nhnOnToken.regions).toEqual([]);
  });
});
