import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_KAKAO } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { trackEventListeners } from '../support/listeners.js';
import { record, waitFor, wsClient } from '../support/subscriptions.js';
import { baselinePolled, expectEventShape, nothingLeft } from '../support/watching.js';
import { execute, useStack, type Stack } from './kit.js';
import { KAKAO_REGION, kakaoBearer, kakaoCatalog, kakaoRegionId, kakaoRequests, kakaoToken, type KakaoCatalog } from './kakao-fixtures.js';

/**
 * serverStatusChanged for a KakaoCloud region over WebSocket (graphql-ws), against the
 * real server and the emulator: the watcher polls BCS through the neutral compute API.
 */

trackEventListeners();

const KakaoServerStatusChanged = graphql(`
  subscription KakaoServerStatusChanged($regionId: ID!) {
    serverStatusChanged(regionId: $regionId) {
      previousStatus
      status
      at
      node { id __typename ... on Server { name status rawStatus region { provider name } flavor { name } } }
    }
  }
`);

const KakaoServerIds = graphql(`
  query KakaoSubscriptionServers($region: String!) {
    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }
  }
`);

const Stop = graphql(`mutation KakaoSubStop($id: ID!) { stopServer(id: $id) { server { status } errors { __typename message } } }`);
const Start = graphql(`mutation KakaoSubStart($id: ID!) { startServer(id: $id) { server { status } errors { __typename message } } }`);
const Create = graphql(`mutation KakaoSubCreate($input: CreateServerInput!) { createServer(input: $input) { server { id status } errors { __typename message } } }`);
const Delete = graphql(`mutation KakaoSubDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }`);

const KakaoClusterStatusChanged = graphql(`
  subscription KakaoClusterStatusChanged($regionId: ID!) {
    clusterStatusChanged(regionId: $regionId) { previousStatus status node { id ... on Cluster { name status } } }
  }
`);
const CreateCluster = graphql(`
  mutation KakaoSubCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id status } errors { __typename message } } }
`);

const opened: { dispose(): void | Promise<void> }[] = [];
function client(stack: Stack, connectionParams?: Record<string, string>) {
  const c = wsClient(stack.hanul.graphqlUrl, { connectionParams });
  opened.push(c);
  return c;
}

describe('serverStatusChanged for a KakaoCloud region over graphql-ws', { timeout: 60_000 }, () => {
  const stack = useStack({ emulator: { transitionMs: 100 }, env: { WATCH_FAST_INTERVAL_MS: '100', WATCH_SLOW_INTERVAL_MS: '200' } });
  let catalog: KakaoCatalog;
  beforeAll(async () => {
    catalog = await kakaoCatalog(stack().client);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.dispose()));
    await nothingLeft(stack().hanul.watchers);
  });

  async function serverId(name: string): Promise<string> {
    const data = (await execute(stack().client, KakaoServerIds, { variables: { region: KAKAO_REGION } })).expectNoGraphQLErrors();
    return data.region!.servers!.edges.find((e) => e.node.name === name)!.node.id;
  }

  it('should deliver ACTIVE → SHUTOFF → ACTIVE when an instance is stopped and started, with the node resolvable', async () => {
    const s = stack();
    const id = await serverId('web-1');
    const sub = record(client(s), KakaoServerStatusChanged, { regionId: kakaoRegionId() });
    await baselinePolled(s.hanul.watchers, 1);

    expect((await execute(s.client, Stop, { variables: { id } })).expectNoGraphQLErrors().stopServer.errors).toEqual([]);
    const stopped = (await sub.event((e) => e.serverStatusChanged.node.id === id && e.serverStatusChanged.status === 'SHUTOFF', 'web-1 SHUTOFF')).serverStatusChanged;
    expect(stopped).toMatchObject({
      previousStatus: 'ACTIVE',
      status: 'SHUTOFF',
      node: { __typename: 'Server', id, name: 'web-1', status: 'SHUTOFF', rawStatus: 'stopped', region: { provider: 'KAKAO', name: KAKAO_REGION }, flavor: { name: 'm2a.large' } },
    });
    expectEventShape(stopped);

    expect((await execute(s.client, Start, { variables: { id } })).expectNoGraphQLErrors().startServer.errors).toEqual([]);
    await sub.event((e) => e.serverStatusChanged.node.id === id && e.serverStatusChanged.status === 'ACTIVE', 'web-1 ACTIVE again');
    expect(sub.errors).toEqual([]);
  });

  it('should show a created instance as null → BUILD → ACTIVE, then DELETED, on a client token’s stream', async () => {
    const s = stack();
    const token = await kakaoToken(s.client);
    const sub = record(client(s, kakaoBearer(token)), KakaoServerStatusChanged, { regionId: kakaoRegionId() });
    await baselinePolled(s.hanul.watchers, 1);

    const input = { regionId: catalog.regionId, name: 'watched-kakao', flavorId: catalog.flavor('t1i.small'), imageId: catalog.image('Ubuntu 24.04'), keypairId: catalog.keypair('hanul-demo-key') };
    const created = (await execute(s.client, Create, { variables: { input }, headers: kakaoBearer(token) })).expectNoGraphQLErrors().createServer;
    expect(created).toMatchObject({ errors: [], server: { status: 'BUILD' } });
    const id = created.server!.id;
    await sub.event((e) => e.serverStatusChanged.node.id === id && e.serverStatusChanged.status === 'ACTIVE', 'the new instance ACTIVE');
    expect((await execute(s.client, Delete, { variables: { id }, headers: kakaoBearer(token) })).expectNoGraphQLErrors().deleteServer.errors).toEqual([]);
    await sub.event((e) => e.serverStatusChanged.node.id === id && e.serverStatusChanged.status === 'DELETED', 'the new instance DELETED');

    const mine = sub.events.map((e) => e.serverStatusChanged).filter((e) => e.node.id === id);
    expect(mine[0]).toMatchObject({ previousStatus: null, status: 'BUILD' });
    expect(mine.map((e) => e.status)).toContain('ACTIVE');
    expect(mine.at(-1)).toMatchObject({ status: 'DELETED' });
    expect(sub.errors).toEqual([]);
  });

  it('should poll one list call per interval however many subscribers watch the region', async () => {
    const s = stack();
    const subs = [record(client(s), KakaoServerStatusChanged, { regionId: kakaoRegionId() }), record(client(s), KakaoServerStatusChanged, { regionId: kakaoRegionId() })];
    await baselinePolled(s.hanul.watchers, 1);
    expect(s.hanul.watchers.stats().pollers).toBe(1);
    const polls = s.hanul.watchers.stats().polls;
    const lists = kakaoRequests(s.emulator, 'GET', 'bcs', '/api/v1/instances');
    await waitFor(() => s.hanul.watchers.stats().polls >= polls + 3, 'three more polls', 10_000, () => s.hanul.watchers.stats());
    const pollsMade = s.hanul.watchers.stats().polls - polls;
    expect(kakaoRequests(s.emulator, 'GET', 'bcs', '/api/v1/instances') - lists).toBeLessThanOrEqual(pollsMade + 1);
    for (const sub of subs) expect(sub.errors).toEqual([]);
  });

  it('should follow a new cluster on clusterStatusChanged: null → Provisioning → Provisioned (KakaoCloud phases poll fast)', async () => {
    const s = stack();
    const sub = record(client(s), KakaoClusterStatusChanged, { regionId: kakaoRegionId() });
    await baselinePolled(s.hanul.watchers, 1);
    const input = {
      regionId: kakaoRegionId(),
      name: 'watched-k8s',
      vpcId: catalog.vpc('hanul-vpc'),
      subnetId: catalog.subnet('hanul-private-b'),
      flavorId: catalog.flavor('m2a.large'),
      keypairId: catalog.keypair('ops-key'),
    };
    const created = (await execute(s.client, CreateCluster, { variables: { input } })).expectNoGraphQLErrors().createCluster;
    expect(created).toMatchObject({ errors: [], cluster: { status: 'Provisioning' } });
    await sub.event((e) => e.clusterStatusChanged.node.id === created.cluster!.id && e.clusterStatusChanged.status === 'Provisioned', 'the cluster Provisioned');
    const mine = sub.events.map((e) => e.clusterStatusChanged).filter((e) => e.node.id === created.cluster!.id);
    expect(mine.map((e) => [e.previousStatus, e.status])).toEqual([
      [null, 'Provisioning'],
      ['Provisioning', 'Provisioned'],
    ]);
  });

  it('should refuse a client token that claims another project with FORBIDDEN, starting no poller', async () => {
    const s = stack();
    const token = await kakaoToken(s.client);
    const sub = record(client(s, kakaoBearer(token, OTHER_KAKAO.projectId)), KakaoServerStatusChanged, { regionId: kakaoRegionId() });
    const errors = await sub.failed();
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(s.hanul.watchers.stats().pollers).toBe(0);
  });
});
