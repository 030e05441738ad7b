import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { trackEventListeners } from '../support/listeners.js';
import { record, waitFor, wsClient } from '../support/subscriptions.js';
import { baselinePolled, expectEventShape, nothingLeft } from '../support/watching.js';
import { regionCatalog, type RegionCatalog } from './compute-fixtures.js';
import { clusterNetwork, clusterReaches, CreateCluster, DeleteCluster, nksRequests, type ClusterNetworkIds } from './kubernetes-fixtures.js';
import { execute, useStack } from './kit.js';

/**
 * clusterStatusChanged over WebSocket with the real graphql-ws client: a cluster's whole
 * life (created, built, deleted, gone) reaches the subscriber from one poller per region.
 */

trackEventListeners();

const stack = useStack({ emulator: { transitionMs: 200 }, env: { WATCH_FAST_INTERVAL_MS: '50', WATCH_SLOW_INTERVAL_MS: '100' } });

const REGION = 'kr3';

const ClusterStatusChanged = graphql(`
  subscription KubernetesClusterStatusChanged($regionId: ID!) {
    clusterStatusChanged(regionId: $regionId) {
      previousStatus
      status
      at
      node { id __typename ... on Cluster { name status nodeCount } }
    }
  }
`);

const StatusChanged = graphql(`
  subscription KubernetesStatusChanged($ids: [ID!]!) {
    statusChanged(ids: $ids) {
      previousStatus
      status
      node { id __typename ... on NodeGroup { name nodeCount } }
    }
  }
`);

const ClusterGroups = graphql(`
  query KubernetesClusterGroups($id: ID!) {
    node(id: $id) { ... on Cluster { nodeGroups { id name } } }
  }
`);

const Resize = graphql(`
  mutation KubernetesSubscriptionResize($id: ID!, $nodeCount: Int!) {
    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { status } errors { message } }
  }
`);

const opened: { dispose(): void | Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.dispose()));
  await nothingLeft(stack().hanul.watchers);
});

let catalog: RegionCatalog;
let net: ClusterNetworkIds;
beforeAll(async () => {
  catalog = await regionCatalog(stack().client, REGION);
  net = await clusterNetwork(stack().client, REGION);
});

describe('clusterStatusChanged over graphql-ws', () => {
  it('should report CREATE_IN_PROGRESS → CREATE_COMPLETE → DELETE_IN_PROGRESS → DELETED for a cluster of the region', async () => {
    const s = stack();
    const ws = wsClient(s.hanul.graphqlUrl);
    opened.push(ws);
    const sub = record(ws, ClusterStatusChanged, { regionId: net.regionId });
    await baselinePolled(s.hanul.watchers, 1);

    const created = (
      await execute(s.client, CreateCluster, {
        variables: {
          input: {
            regionId: net.regionId,
            name: 'watched',
            vpcId: net.vpcId,
            subnetId: net.privateSubnetId,
            flavorId: catalog.flavor('m2.c2m4'),
            keypairId: catalog.keypair('demo-key'),
          },
        },
      })
    ).expectNoGraphQLErrors().createCluster.cluster!;
    const mine = (status: string) => (e: { clusterStatusChanged: { status: string; node: { id: string } } }) =>
      e.clusterStatusChanged.node.id === created.id && e.clusterStatusChanged.status === status;

    const appeared = (await sub.event(mine('CREATE_IN_PROGRESS'), 'the new cluster')).clusterStatusChanged;
    expect(appeared.previousStatus).toBeNull();
    expectEventShape(appeared);
    expect(appeared.node).toMatchObject({ __typename: 'Cluster', name: 'watched', status: 'CREATE_IN_PROGRESS' });

    const built = (await sub.event(mine('CREATE_COMPLETE'), 'the cluster built')).clusterStatusChanged;
    expect(built.previousStatus).toBe('CREATE_IN_PROGRESS');

    (await execute(s.client, DeleteCluster, { variables: { id: created.id } })).expectNoGraphQLErrors();
    const deleting = (await sub.event(mine('DELETE_IN_PROGRESS'), 'the delete started')).clusterStatusChanged;
    expect(deleting.previousStatus).toBe('CREATE_COMPLETE');
    const gone = (await sub.event(mine('DELETED'), 'the cluster gone')).clusterStatusChanged;
    expect(gone.previousStatus).toBe('DELETE_IN_PROGRESS');
    expect(gone.node).toMatchObject({ name: 'watched' });
    expect(sub.errors).toEqual([]);
  });

  it('should serve many subscribers of one region from one poller, one list call per poll', async () => {
    const s = stack();
    const lists = nksRequests(s.emulator, REGION, 'GET', '/v1/clusters');
    const calls = s.hanul.watchers.stats().upstreamCalls;
    const clients = [wsClient(s.hanul.graphqlUrl), wsClient(s.hanul.graphqlUrl), wsClient(s.hanul.graphqlUrl)];
    const subs = clients.map((c) => record(c, ClusterStatusChanged, { regionId: net.regionId }));
    await baselinePolled(s.hanul.watchers, 1);
    expect(s.hanul.watchers.stats().pollers).toBe(1);
    const polls = s.hanul.watchers.stats().polls;
    await waitFor(() => s.hanul.watchers.stats().polls >= polls + 3, 'three more polls', 10_000, () => s.hanul.watchers.stats());
    expect(subs.every((sub) => sub.errors.length === 0)).toBe(true);
    await Promise.all(clients.map((c) => c.dispose()));
    // No poller left also means no poll in flight: Hanul counts a call when it sends it, the
    // emulator when it arrives, so comparing while one travels would be off by one.
    await nothingLeft(s.hanul.watchers);
    // Every upstream call of the watcher was one cluster list, whatever the number of subscribers.
    const polled = s.hanul.watchers.stats().upstreamCalls - calls;
    expect(polled).toBeGreaterThanOrEqual(2);
    expect(nksRequests(s.emulator, REGION, 'GET', '/v1/clusters') - lists).toBe(polled);
  });

  it('should report a node group resize on statusChanged(ids) with the node group id', async () => {
    const s = stack();
    const created = (
      await execute(s.client, CreateCluster, {
        variables: {
          input: {
            regionId: net.regionId,
            name: 'watched-groups',
            vpcId: net.vpcId,
            subnetId: net.privateSubnetId,
            flavorId: catalog.flavor('m2.c2m4'),
            keypairId: catalog.keypair('demo-key'),
          },
        },
      })
    ).expectNoGraphQLErrors().createCluster.cluster!;
    await clusterReaches(s.client, created.id, 'CREATE_COMPLETE');
    const node = (await execute(s.client, ClusterGroups, { variables: { id: created.id } })).expectNoGraphQLErrors().node;
    const group = node && 'nodeGroups' in node ? node.nodeGroups![0]! : undefined;

    const ws = wsClient(s.hanul.graphqlUrl);
    opened.push(ws);
    const sub = record(ws, StatusChanged, { ids: [group!.id] });
    await baselinePolled(s.hanul.watchers, 1);
    expect((await execute(s.client, Resize, { variables: { id: group!.id, nodeCount: 2 } })).expectNoGraphQLErrors().resizeNodeGroup.errors).toEqual([]);

    const updating = (await sub.event((e) => e.statusChanged.status === 'UPDATE_IN_PROGRESS', 'the resize started')).statusChanged;
    expect(updating).toMatchObject({ previousStatus: 'CREATE_COMPLETE', node: { __typename: 'NodeGroup', id: group!.id, name: 'default-worker', nodeCount: 2 } });
    const done = (await sub.event((e) => e.statusChanged.status === 'UPDATE_COMPLETE', 'the resize done')).statusChanged;
    expect(done.previousStatus).toBe('UPDATE_IN_PROGRESS');
    (await execute(s.client, DeleteCluster, { variables: { id: created.id } })).expectNoGraphQLErrors();
  });
});
