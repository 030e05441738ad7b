import { decodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { regionCatalog, type RegionCatalog } from './compute-fixtures.js';
import { clusterNetwork, clusterReaches, clusterStatus, ClusterNode, CreateCluster, DeleteCluster, nksRequests, type ClusterNetworkIds } from './kubernetes-fixtures.js';
import { eventually, execute, useStack } from './kit.js';

// Slow enough that the transitional state a mutation answers with is still the cloud's
// state when Hanul reads it back; cluster creation takes two transitions in the emulator.
const stack = useStack({ emulator: { transitionMs: 250 } });

const REGION = 'kr2';

/** The upstream id inside a global id (`Cluster:NHN:kr2:{uuid}` → uuid). */
function upstreamId(globalId: string): string {
  return decodeGlobalID(globalId).id.split(':').slice(2).join(':');
}

const ClusterDetail = graphql(`
  query KubernetesClusterDetail($id: ID!) {
    node(id: $id) {
      ... on Cluster {
        name
        status
        apiAddress
        createdAt
        vpc { id name }
        subnet { id name }
        labels { key value }
        events { type state resourceType }
      }
    }
  }
`);

const ClusterWithKubeconfig = graphql(`
  query KubernetesClusterKubeconfig($id: ID!) {
    node(id: $id) { ... on Cluster { name status kubeconfig } }
  }
`);

const ClusterWithoutKubeconfig = graphql(`
  query KubernetesClusterNoKubeconfig($id: ID!) {
    node(id: $id) { ... on Cluster { name status } }
  }
`);

const RegionClusters = graphql(`
  query KubernetesRegionClusters($name: String!) {
    region(provider: NHN, name: $name) {
      kubernetesAvailable
      clusters { id name status nodeCount }
      kubernetesVersions { version creatable }
    }
  }
`);

const CreateNodeGroup = graphql(`
  mutation KubernetesCreateNodeGroup($input: CreateNodeGroupInput!) {
    createNodeGroup(input: $input) {
      nodeGroup { id name status nodeCount isDefault flavor { name } cluster { id } availabilityZone }
      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }
    }
  }
`);

const ResizeNodeGroup = graphql(`
  mutation KubernetesResizeNodeGroup($id: ID!, $nodeCount: Int!) {
    resizeNodeGroup(id: $id, nodeCount: $nodeCount) {
      nodeGroup { id name status nodeCount }
      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }
    }
  }
`);

const DeleteNodeGroup = graphql(`
  mutation KubernetesDeleteNodeGroup($id: ID!) {
    deleteNodeGroup(id: $id) { deletedId errors { __typename code message } }
  }
`);

const NodeGroupNode = graphql(`
  query KubernetesNodeGroupNode($id: ID!) {
    node(id: $id) { id ... on NodeGroup { name status nodeCount nodeAddresses kubernetesVersion } }
  }
`);

const UpgradeCluster = graphql(`
  mutation KubernetesUpgradeCluster($id: ID!, $version: String!) {
    upgradeCluster(id: $id, kubernetesVersion: $version) {
      cluster { id status kubernetesVersion }
      errors { __typename code message ... on ConflictError { currentStatus } }
    }
  }
`);

const UpgradeNodeGroup = graphql(`
  mutation KubernetesUpgradeNodeGroup($id: ID!) {
    upgradeNodeGroup(id: $id) {
      nodeGroup { id status }
      errors { __typename code message }
    }
  }
`);

let catalog: RegionCatalog;
let net: ClusterNetworkIds;

beforeAll(async () => {
  catalog = await regionCatalog(stack().client, REGION);
  net = await clusterNetwork(stack().client, REGION);
});

function clusterInput(name: string, extra: Record<string, unknown> = {}) {
  return {
    regionId: net.regionId,
    name,
    vpcId: net.vpcId,
    subnetId: net.privateSubnetId,
    flavorId: catalog.flavor('m2.c4m8'),
    keypairId: catalog.keypair('demo-key'),
    ...extra,
  };
}

describe('cluster lifecycle', () => {
  it('should create a cluster in CREATE_IN_PROGRESS that reaches CREATE_COMPLETE, with its default worker group', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateCluster, { variables: { input: clusterInput('life-a', { nodeCount: 2 }) } })).expectNoGraphQLErrors().createCluster;
    expect(created.errors).toEqual([]);
    const cluster = created.cluster!;
    expect(cluster).toMatchObject({
      name: 'life-a',
      status: 'CREATE_IN_PROGRESS',
      nodeCount: 2,
      publicEndpoint: false,
      externalNetworkId: null,
      externalSubnetIds: [],
      bootVolumeSizeGb: 50,
      autoscaling: false,
      vpc: { id: net.vpcId },
      subnet: { id: net.privateSubnetId },
      flavor: { name: 'm2.c4m8' },
      keypair: { name: 'demo-key' },
    });
    // The newest creatable version, as the region lists it.
    const listing = (await execute(client, RegionClusters, { variables: { name: REGION } })).expectNoGraphQLErrors().region!;
    expect(cluster.kubernetesVersion).toBe(listing.kubernetesVersions!.find((v) => v.creatable)!.version);
    expect(listing.clusters!.map((c) => c.id)).toContain(cluster.id);

    await clusterReaches(client, cluster.id, 'CREATE_COMPLETE');
    const node = (await execute(client, ClusterNode, { variables: { id: cluster.id } })).expectNoGraphQLErrors().node;
    expect(node).toMatchObject({ status: 'CREATE_COMPLETE', health: 'HEALTHY', nodeCount: 2 });
    expect(node && 'nodeGroups' in node ? node.nodeGroups : []).toEqual([
      // NHN reports is_default false even for default-worker (its own examples): the name is what counts.
      expect.objectContaining({ name: 'default-worker', status: 'CREATE_COMPLETE', nodeCount: 2 }),
    ]);

    const detail = (await execute(client, ClusterDetail, { variables: { id: cluster.id } })).expectNoGraphQLErrors().node;
    expect(detail).toMatchObject({ vpc: { id: net.vpcId, name: 'Default Network' }, subnet: { id: net.privateSubnetId, name: 'private-subnet' } });
    expect(detail && 'apiAddress' in detail ? detail.apiAddress : null).toMatch(/^https:\/\//);
    expect(detail && 'events' in detail ? detail.events : []).toContainEqual({ type: 'CLUSTER_CREATE', state: 'SUCCESS', resourceType: 'cluster' });
    expect(detail && 'labels' in detail ? detail.labels : []).toContainEqual({ key: 'master_lb_floating_ip_enabled', value: 'False' });
  });

  it('should fetch the kubeconfig only when it is selected', async () => {
    const { client, emulator } = stack();
    const created = (await execute(client, CreateCluster, { variables: { input: clusterInput('kube-cfg') } })).expectNoGraphQLErrors().createCluster.cluster!;
    const configPath = `/v1/clusters/${upstreamId(created.id)}/config`;
    // Until the control plane is up there is no kubeconfig: null, not an error.
    const early = (await execute(client, ClusterWithKubeconfig, { variables: { id: created.id } })).expectNoGraphQLErrors().node;
    expect(early).toMatchObject({ status: 'CREATE_IN_PROGRESS', kubeconfig: null });
    await clusterReaches(client, created.id, 'CREATE_COMPLETE');

    const before = nksRequests(emulator, REGION, 'GET', configPath);
    const without = await execute(client, ClusterWithoutKubeconfig, { variables: { id: created.id }, countCalls: true });
    without.expectNoGraphQLErrors();
    expect(nksRequests(emulator, REGION, 'GET', configPath)).toBe(before);
    expect(without.extensions?.upstreamCalls).toEqual({ total: 1, byService: { 'NHN kubernetes': 1 } });

    const withConfig = await execute(client, ClusterWithKubeconfig, { variables: { id: created.id }, countCalls: true });
    const node = withConfig.expectNoGraphQLErrors().node;
    expect(nksRequests(emulator, REGION, 'GET', configPath)).toBe(before + 1);
    expect(withConfig.extensions?.upstreamCalls).toEqual({ total: 2, byService: { 'NHN kubernetes': 2 } });
    const kubeconfig = node && 'kubeconfig' in node ? node.kubeconfig : null;
    expect(kubeconfig).toContain('apiVersion: v1');
    expect(kubeconfig).toContain('current-context: default');
  });

  it('should delete a cluster: DELETE_IN_PROGRESS, then gone', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateCluster, { variables: { input: clusterInput('doomed') } })).expectNoGraphQLErrors().createCluster.cluster!;
    await clusterReaches(client, created.id, 'CREATE_COMPLETE');
    const deleted = (await execute(client, DeleteCluster, { variables: { id: created.id } })).expectNoGraphQLErrors().deleteCluster;
    expect(deleted).toEqual({ deletedId: created.id, errors: [] });
    expect(await clusterStatus(client, created.id)).toBe('DELETE_IN_PROGRESS');
    // A second delete while the first runs is refused by the cloud, with the status it is in.
    const again = (await execute(client, DeleteCluster, { variables: { id: created.id } })).expectNoGraphQLErrors().deleteCluster;
    expect(again.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', currentStatus: 'DELETE_IN_PROGRESS' })]);
    await clusterReaches(client, created.id, null);
    const listing = (await execute(client, RegionClusters, { variables: { name: REGION } })).expectNoGraphQLErrors().region!;
    expect(listing.clusters!.map((c) => c.id)).not.toContain(created.id);
  });

  it('should look the external network up for a public endpoint and for a subnet routed to the internet', async () => {
    const { client } = stack();
    const publicOne = (
      await execute(client, CreateCluster, { variables: { input: clusterInput('public-api', { publicEndpoint: true }) } })
    ).expectNoGraphQLErrors().createCluster;
    expect(publicOne.errors).toEqual([]);
    expect(publicOne.cluster).toMatchObject({ publicEndpoint: true, externalNetworkId: expect.any(String) });
    expect(publicOne.cluster!.externalSubnetIds.length).toBeGreaterThan(0);

    const routed = (
      await execute(client, CreateCluster, { variables: { input: clusterInput('igw-subnet', { subnetId: net.internetSubnetId }) } })
    ).expectNoGraphQLErrors().createCluster;
    expect(routed.errors).toEqual([]);
    expect(routed.cluster).toMatchObject({ publicEndpoint: false, externalNetworkId: publicOne.cluster!.externalNetworkId, subnet: { id: net.internetSubnetId } });
  });
});

describe('node groups', () => {
  it('should create, resize and delete a node group, each passing through its transitional state', async () => {
    const { client } = stack();
    const cluster = (await execute(client, CreateCluster, { variables: { input: clusterInput('groups') } })).expectNoGraphQLErrors().createCluster.cluster!;
    await clusterReaches(client, cluster.id, 'CREATE_COMPLETE');

    const created = (
      await execute(client, CreateNodeGroup, {
        variables: { input: { clusterId: cluster.id, name: 'batch', flavorId: catalog.flavor('m2.c4m8'), nodeCount: 1 } },
      })
    ).expectNoGraphQLErrors().createNodeGroup;
    expect(created.errors).toEqual([]);
    const group = created.nodeGroup!;
    expect(group).toMatchObject({ name: 'batch', status: 'CREATE_IN_PROGRESS', nodeCount: 1, isDefault: false, cluster: { id: cluster.id } });
    expect(group.availabilityZone).toMatch(/^kr2-pub-/);

    // Refused by the cloud while the group is being built: a conflict carrying the current status.
    const busy = (await execute(client, ResizeNodeGroup, { variables: { id: group.id, nodeCount: 2 } })).expectNoGraphQLErrors().resizeNodeGroup;
    expect(busy.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', currentStatus: 'CREATE_IN_PROGRESS' })]);

    const groupStatus = async () => {
      const n = (await execute(client, NodeGroupNode, { variables: { id: group.id } })).expectNoGraphQLErrors().node;
      return n && 'status' in n ? n : null;
    };
    await eventually(async () => ((await groupStatus())?.status === 'CREATE_COMPLETE' ? true : undefined));

    const resized = (await execute(client, ResizeNodeGroup, { variables: { id: group.id, nodeCount: 3 } })).expectNoGraphQLErrors().resizeNodeGroup;
    expect(resized.errors).toEqual([]);
    expect(resized.nodeGroup).toMatchObject({ status: 'UPDATE_IN_PROGRESS', nodeCount: 3 });
    await eventually(async () => ((await groupStatus())?.status === 'UPDATE_COMPLETE' ? true : undefined));
    expect((await groupStatus())?.nodeAddresses).toHaveLength(3);

    const tooMany = (await execute(client, ResizeNodeGroup, { variables: { id: group.id, nodeCount: 11 } })).expectNoGraphQLErrors().resizeNodeGroup;
    expect(tooMany.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['nodeCount'] })]);

    const node = (await execute(client, ClusterNode, { variables: { id: cluster.id } })).expectNoGraphQLErrors().node;
    expect(node && 'nodeCount' in node ? node.nodeCount : 0).toBe(4);

    const deleted = (await execute(client, DeleteNodeGroup, { variables: { id: group.id } })).expectNoGraphQLErrors().deleteNodeGroup;
    expect(deleted).toEqual({ deletedId: group.id, errors: [] });
    expect((await groupStatus())?.status).toBe('DELETE_IN_PROGRESS');
    await eventually(async () => ((await groupStatus()) === null ? true : undefined));

    const defaultGroup = node && 'nodeGroups' in node ? node.nodeGroups!.find((g) => g.name === 'default-worker')! : undefined;
    const refused = (await execute(client, DeleteNodeGroup, { variables: { id: defaultGroup!.id } })).expectNoGraphQLErrors().deleteNodeGroup;
    expect(refused.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError' })]);
  });

  it('should upgrade the control plane, then a worker group to its version', async () => {
    const { client } = stack();
    const cluster = (
      await execute(client, CreateCluster, { variables: { input: clusterInput('upgrade', { kubernetesVersion: 'v1.31.4' }) } })
    ).expectNoGraphQLErrors().createCluster.cluster!;
    expect(cluster.kubernetesVersion).toBe('v1.31.4');
    await clusterReaches(client, cluster.id, 'CREATE_COMPLETE');

    const upgraded = (await execute(client, UpgradeCluster, { variables: { id: cluster.id, version: 'v1.32.3' } })).expectNoGraphQLErrors().upgradeCluster;
    expect(upgraded.errors).toEqual([]);
    expect(upgraded.cluster!.status).toBe('UPDATE_IN_PROGRESS');
    await clusterReaches(client, cluster.id, 'UPDATE_COMPLETE');
    const node = (await execute(client, ClusterNode, { variables: { id: cluster.id } })).expectNoGraphQLErrors().node;
    expect(node && 'kubernetesVersion' in node ? node.kubernetesVersion : null).toBe('v1.32.3');

    const worker = node && 'nodeGroups' in node ? node.nodeGroups![0]! : undefined;
    const workerUpgrade = (await execute(client, UpgradeNodeGroup, { variables: { id: worker!.id } })).expectNoGraphQLErrors().upgradeNodeGroup;
    expect(workerUpgrade.errors).toEqual([]);
    expect(workerUpgrade.nodeGroup!.status).toBe('UPDATE_IN_PROGRESS');
    await eventually(async () => {
      const g = (await execute(client, NodeGroupNode, { variables: { id: worker!.id } })).expectNoGraphQLErrors().node;
      return g && 'kubernetesVersion' in g && g.kubernetesVersion === 'v1.32.3' && g.status === 'UPDATE_COMPLETE' ? true : undefined;
    });
  });
});

describe('regions without Kubernetes', () => {
  it('should list no clusters and no versions in jp1 without calling the cloud', async () => {
    const { client } = stack();
    const result = await execute(client, RegionClusters, { variables: { name: 'jp1' }, countCalls: true });
    expect(result.expectNoGraphQLErrors().region).toEqual({ kubernetesAvailable: false, clusters: [], kubernetesVersions: [] });
    expect(result.extensions?.upstreamCalls).toEqual({ total: 0, byService: {} });
  });
});
