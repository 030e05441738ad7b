import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { execute, useStack } from './kit.js';
import { kakaoCatalog, kakaoGone, kakaoRegionId, nodeReaching, type KakaoCatalog } from './kakao-fixtures.js';

/**
 * The Kubernetes mutations of the schema against KakaoCloud Kubernetes Engine: clusters
 * (the control plane) and node pools as node groups, both addressed by name. The tests of
 * this file build on each other, in order.
 */
const stack = useStack({ emulator: { transitionMs: 60 } });

const Versions = graphql(`
  query KakaoKubeVersions { region(provider: KAKAO, name: "kr-central-2") { kubernetesVersions { version creatable } clusters { id name status nodeCount } } }
`);
const ClusterNode = graphql(`
  query KakaoClusterNode($id: ID!) {
    node(id: $id) {
      id
      ... on Cluster { name status kubernetesVersion nodeCount publicEndpoint cniDriver apiAddress kubeconfig vpc { id } subnet { id } nodeGroups { id name status nodeCount } }
    }
  }
`);
const NodeGroupNode = graphql(`
  query KakaoNodeGroupNode($id: ID!) {
    node(id: $id) { id ... on NodeGroup { name status nodeCount kubernetesVersion flavor { name } cluster { id } } }
  }
`);
const CreateCluster = graphql(`
  mutation KakaoCreateCluster($input: CreateClusterInput!) {
    createCluster(input: $input) { cluster { id name status kubernetesVersion nodeCount publicEndpoint region { provider } } errors { ...KakaoUserErrors } }
  }
`);
const DeleteCluster = graphql(`mutation KakaoDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const UpgradeCluster = graphql(`
  mutation KakaoUpgradeCluster($id: ID!, $version: String!) { upgradeCluster(id: $id, kubernetesVersion: $version) { cluster { id kubernetesVersion } errors { ...KakaoUserErrors } } }
`);
const CreateNodeGroup = graphql(`
  mutation KakaoCreateNodeGroup($input: CreateNodeGroupInput!) {
    createNodeGroup(input: $input) { nodeGroup { id name status nodeCount flavor { name } cluster { id } } errors { ...KakaoUserErrors } }
  }
`);
const ResizeNodeGroup = graphql(`
  mutation KakaoResizeNodeGroup($id: ID!, $count: Int!) { resizeNodeGroup(id: $id, nodeCount: $count) { nodeGroup { id status nodeCount } errors { ...KakaoUserErrors } } }
`);
const UpgradeNodeGroup = graphql(`
  mutation KakaoUpgradeNodeGroup($id: ID!) { upgradeNodeGroup(id: $id) { nodeGroup { id status kubernetesVersion } errors { ...KakaoUserErrors } } }
`);
const DeleteNodeGroup = graphql(`mutation KakaoDeleteNodeGroup($id: ID!) { deleteNodeGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);

let catalog: KakaoCatalog;
const made: { cluster?: string; group?: string; version?: string } = {};

beforeAll(async () => {
  catalog = await kakaoCatalog(stack().client);
});

const clusterReaching = (id: string, status: string) => nodeReaching(stack().client, ClusterNode, id, status);
const groupReaching = (id: string, status: string) => nodeReaching(stack().client, NodeGroupNode, id, status);

describe('KakaoCloud Kubernetes Engine clusters', () => {
  it('should list the versions in Hanul’s form and the seeded cluster with its nodes counted', async () => {
    const region = (await execute(stack().client, Versions)).expectNoGraphQLErrors().region!;
    expect(region.kubernetesVersions).toContainEqual({ version: 'v1.31.4', creatable: true });
    expect(region.kubernetesVersions).toContainEqual({ version: 'v1.29.10', creatable: false });
    expect(region.clusters).toContainEqual({ id: expect.any(String), name: 'hanul-k8s', status: 'Provisioned', nodeCount: 4 });
  });

  it('should create a cluster (Provisioning, then Provisioned) whose kubeconfig appears once the control plane is up', async () => {
    const { client } = stack();
    const created = (
      await execute(client, CreateCluster, {
        variables: {
          input: {
            regionId: kakaoRegionId(),
            name: 'kk-cluster',
            vpcId: catalog.vpc('hanul-vpc'),
            subnetId: catalog.subnet('hanul-public-a'),
            flavorId: catalog.flavor('m2a.large'),
            keypairId: catalog.keypair('ops-key'),
            kubernetesVersion: 'v1.30.8',
            publicEndpoint: true,
          },
        },
      })
    ).expectNoGraphQLErrors().createCluster;
    expect(created.errors).toEqual([]);
    // The control plane only: KakaoCloud adds workers as node pools.
    expect(created.cluster).toMatchObject({ name: 'kk-cluster', status: 'Provisioning', kubernetesVersion: 'v1.30.8', nodeCount: 0, publicEndpoint: true, region: { provider: 'KAKAO' } });
    made.cluster = created.cluster!.id;
    const pending = (await execute(client, ClusterNode, { variables: { id: made.cluster } })).expectNoGraphQLErrors().node;
    expect(pending && 'kubeconfig' in pending ? pending.kubeconfig : 'missing').toBeNull();

    const ready = await clusterReaching(made.cluster, 'Provisioned');
    expect(ready).toMatchObject({ cniDriver: 'calico', vpc: { id: catalog.vpc('hanul-vpc') }, subnet: { id: catalog.subnet('hanul-public-a') }, nodeGroups: [] });
    expect(ready.apiAddress).toMatch(/^https:\/\//);
    expect(ready.kubeconfig).toContain('kind: Config');
  });

  it('should refuse an upgrade to anything but the next minor version with ValidationError', async () => {
    const refused = (await execute(stack().client, UpgradeCluster, { variables: { id: made.cluster!, version: 'v1.32.1' } })).expectNoGraphQLErrors().upgradeCluster;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['kubernetesVersion'] });
  });
});

describe('KakaoCloud node pools (node groups)', () => {
  it('should ask for a key pair on a cluster without pools, then add a pool (Pending, then Running)', async () => {
    const { client } = stack();
    const input = { clusterId: made.cluster!, name: 'kk-pool', flavorId: catalog.flavor('m2a.xlarge'), nodeCount: 2 };
    const keyless = (await execute(client, CreateNodeGroup, { variables: { input } })).expectNoGraphQLErrors().createNodeGroup;
    expect(keyless.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['input', 'keypairId'] });

    const created = (await execute(client, CreateNodeGroup, { variables: { input: { ...input, keypairId: catalog.keypair('ops-key') } } })).expectNoGraphQLErrors().createNodeGroup;
    expect(created.errors).toEqual([]);
    expect(created.nodeGroup).toMatchObject({ name: 'kk-pool', status: 'Pending', nodeCount: 2, flavor: { name: 'm2a.xlarge' }, cluster: { id: made.cluster } });
    made.group = created.nodeGroup!.id;
    await groupReaching(made.group, 'Running');
    expect(await clusterReaching(made.cluster!, 'Provisioned')).toMatchObject({ nodeCount: 2, nodeGroups: [{ name: 'kk-pool', nodeCount: 2 }] });
  });

  it('should take the key of the cluster’s other pools when none is given', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateNodeGroup, { variables: { input: { clusterId: made.cluster!, name: 'kk-pool-2', flavorId: catalog.flavor('c2a.large') } } })).expectNoGraphQLErrors()
      .createNodeGroup;
    expect(created).toMatchObject({ errors: [], nodeGroup: { name: 'kk-pool-2', nodeCount: 1 } });
    await groupReaching(created.nodeGroup!.id, 'Running');
    expect((await execute(client, DeleteNodeGroup, { variables: { id: created.nodeGroup!.id } })).expectNoGraphQLErrors().deleteNodeGroup.errors).toEqual([]);
    await kakaoGone(client, created.nodeGroup!.id);
  });

  it('should resize a pool (ScalingUp, then Running with the new count)', async () => {
    const resized = (await execute(stack().client, ResizeNodeGroup, { variables: { id: made.group!, count: 3 } })).expectNoGraphQLErrors().resizeNodeGroup;
    expect(resized).toMatchObject({ errors: [], nodeGroup: { status: 'ScalingUp', nodeCount: 3 } });
    expect(await groupReaching(made.group!, 'Running')).toMatchObject({ nodeCount: 3 });
  });

  // Upgrades run once a pool exists, so that the pool has a version to catch up with.
  it('should refuse to upgrade a pool already on the control plane’s version with ConflictError', async () => {
    const refused = (await execute(stack().client, UpgradeNodeGroup, { variables: { id: made.group! } })).expectNoGraphQLErrors().upgradeNodeGroup;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ConflictError' });
    expect(await groupReaching(made.group!, 'Running')).toMatchObject({ kubernetesVersion: 'v1.30' });
  });

  it('should upgrade the control plane to its next minor version with upgradeCluster (Updating, then Provisioned)', async () => {
    const { client, emulator } = stack();
    const upgraded = (await execute(client, UpgradeCluster, { variables: { id: made.cluster!, version: 'v1.31.4' } })).expectNoGraphQLErrors().upgradeCluster;
    expect(upgraded.errors).toEqual([]);
    expect(emulator.requests.get('POST /kakao/kubernetes-engine/kr-central-2/api/v1/clusters/kk-cluster/upgrade')).toBe(1);
    expect(await clusterReaching(made.cluster!, 'Provisioned')).toMatchObject({ kubernetesVersion: 'v1.31.4' });
    // The workers stay where they were until their own upgrade.
    expect(await groupReaching(made.group!, 'Running')).toMatchObject({ kubernetesVersion: 'v1.30' });
  });

  it('should move a node pool to the control plane’s version with upgradeNodeGroup (Updating, then Running)', async () => {
    const upgraded = (await execute(stack().client, UpgradeNodeGroup, { variables: { id: made.group! } })).expectNoGraphQLErrors().upgradeNodeGroup;
    expect(upgraded).toMatchObject({ errors: [], nodeGroup: { status: 'Updating' } });
    expect(await groupReaching(made.group!, 'Running')).toMatchObject({ kubernetesVersion: 'v1.31', nodeCount: 3 });
  });

  it('should delete the pool, then the cluster', async () => {
    const { client } = stack();
    const deleted = (await execute(client, DeleteNodeGroup, { variables: { id: made.group! } })).expectNoGraphQLErrors().deleteNodeGroup;
    expect(deleted).toEqual({ deletedId: made.group, errors: [] });
    await kakaoGone(client, made.group!);

    const gone = (await execute(client, DeleteCluster, { variables: { id: made.cluster! } })).expectNoGraphQLErrors().deleteCluster;
    expect(gone).toEqual({ deletedId: made.cluster, errors: [] });
    await kakaoGone(client, made.cluster!);
  });
});
