import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { clusterReaches } from './kubernetes-fixtures.js';
import { eventually, execute, useStack } from './kit.js';

/**
 * Every endpoint of the third-party REST proxy in the seed document
 * (shared/reference/seeds/002_*.txt, "NHN Cloud API 명세서") has a Hanul operation; this
 * file runs each one through Hanul, the way a client of that proxy would, with the token
 * `issueToken` gives instead of the proxy's `X-NHN-Token`. docs/proxy-parity.md maps
 * each endpoint to the case below that covers it.
 */

const stack = useStack({ emulator: { transitionMs: 80 } });

// The proxy's default region in its examples.
const REGION = 'kr2';

const IssueToken = graphql(`
  mutation ParityIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token tenantId expiresAt errors { code message } }
  }
`);

const Catalog = graphql(`
  query ParityCatalog($region: String!) {
    region(provider: NHN, name: $region) {
      id
      flavors { id name vcpus ramMb diskGb }
      keypairs { id name publicKey fingerprint }
      images(first: 100) { edges { node { id name status createdAt } } }
      servers(first: 100) { edges { node { id name status addresses { address version } createdAt } } }
      subnets { id name cidr gatewayIp vpc { id } }
    }
  }
`);

const ServerNode = graphql(`
  query ParityServer($id: ID!) {
    node(id: $id) { ... on Server { id name status flavor { id } image { id } addresses { address } createdAt } }
  }
`);

const CreateServer = graphql(`
  mutation ParityCreateServer($input: CreateServerInput!) {
    createServer(input: $input) { server { id name status } errors { __typename message } }
  }
`);
const StartServer = graphql(`mutation ParityStart($id: ID!) { startServer(id: $id) { server { status } errors { message } } }`);
const StopServer = graphql(`mutation ParityStop($id: ID!) { stopServer(id: $id) { server { status } errors { message } } }`);
const RebootServer = graphql(`mutation ParityReboot($id: ID!) { rebootServer(id: $id) { server { status } errors { message } } }`);
const DeleteServer = graphql(`mutation ParityDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { message } } }`);

const Vpcs = graphql(`
  query ParityVpcs($region: String!) {
    region(provider: NHN, name: $region) { vpcs { id name cidr state } floatingIps { id address status port { id } } }
  }
`);
const CreateVpc = graphql(`
  mutation ParityCreateVpc($input: CreateVpcInput!) { createVpc(input: $input) { vpc { id name cidr } errors { message } } }
`);
const VpcNode = graphql(`query ParityVpc($id: ID!) { node(id: $id) { ... on Vpc { id name cidr state } } }`);
const DeleteVpc = graphql(`mutation ParityDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { message } } }`);
const CreateSubnet = graphql(`
  mutation ParityCreateSubnet($input: CreateSubnetInput!) {
    createSubnet(input: $input) { subnet { id name cidr gatewayIp vpc { id } } errors { message } }
  }
`);
const SubnetNode = graphql(`query ParitySubnet($id: ID!) { node(id: $id) { ... on Subnet { id name cidr gatewayIp vpc { id } } } }`);
const DeleteSubnet = graphql(`mutation ParityDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { message } } }`);

const Clusters = graphql(`
  query ParityClusters($region: String!) {
    region(provider: NHN, name: $region) { clusters { id name status nodeCount } }
  }
`);
const ClusterByName = graphql(`
  query ParityCluster($region: String!, $name: String!) {
    region(provider: NHN, name: $region) { cluster(name: $name) { id name status nodeCount kubernetesVersion } }
  }
`);
const ClusterConfig = graphql(`
  query ParityClusterConfig($region: String!, $name: String!) {
    region(provider: NHN, name: $region) { cluster(name: $name) { kubeconfig } }
  }
`);
const CreateCluster = graphql(`
  mutation ParityCreateCluster($input: CreateClusterInput!) {
    createCluster(input: $input) { cluster { id name status publicEndpoint externalNetworkId } errors { __typename message } }
  }
`);
const DeleteCluster = graphql(`mutation ParityDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { message } } }`);

const Containers = graphql(`
  query ParityContainers($region: String!) { region(provider: NHN, name: $region) { containers { id name } } }
`);
const ContainerObjects = graphql(`
  query ParityContainerObjects($region: String!, $name: String!) {
    region(provider: NHN, name: $region) { container(name: $name) { id objects(first: 1000) { edges { node { name } } } } }
  }
`);
const CreateContainer = graphql(`
  mutation ParityCreateContainer($input: CreateContainerInput!) { createContainer(input: $input) { container { id name } errors { message } } }
`);
const DeleteContainer = graphql(`mutation ParityDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { message } } }`);

/** The proxy's `X-NHN-Token` + `X-NHN-Tenant-ID` (+ `X-NHN-Storage-Account`), as Hanul headers. */
let headers: Record<string, string>;

function run<R, V extends Record<string, unknown>>(document: Parameters<typeof execute<R, V>>[1], variables: V) {
  return execute(stack().client, document, { variables, headers }).then((r) => r.expectNoGraphQLErrors());
}

beforeAll(async () => {
  const { client } = stack();
  const issue = async (tenantId: string) => {
    const issued = (await execute(client, IssueToken, { variables: { input: { tenantId, username: DEMO_NHN.username, password: DEMO_NHN.password } } })).expectNoGraphQLErrors()
      .issueToken;
    expect(issued.errors).toEqual([]);
    return issued.token!;
  };
  headers = {
    authorization: `Bearer ${await issue(DEMO_NHN.tenantId)}`,
    'x-hanul-tenant': DEMO_NHN.tenantId,
    'x-hanul-storage-token': await issue(DEMO_NHN.storageTenantId),
    'x-hanul-storage-tenant': DEMO_NHN.storageTenantId,
  };
});

describe('proxy parity: token', () => {
  it('POST /api/nhn/token/ → issueToken', async () => {
    const issued = (
      await execute(stack().client, IssueToken, { variables: { input: { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password: DEMO_NHN.password } } })
    ).expectNoGraphQLErrors().issueToken;
    expect(issued).toMatchObject({ token: expect.any(String), tenantId: DEMO_NHN.tenantId, expiresAt: expect.any(String), errors: [] });
    const refused = (await execute(stack().client, IssueToken, { variables: { input: { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password: 'wrong' } } })).errors;
    expect(refused[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('proxy parity: compute', () => {
  it('GET compute/flavors/, keypairs/, images/, instances/ → Region.flavors, keypairs, images, servers', async () => {
    const region = (await run(Catalog, { region: REGION })).region!;
    expect(region.flavors!.length).toBeGreaterThan(0);
    expect(region.keypairs!.map((k) => k.name)).toContain('demo-key');
    expect(region.images!.edges.length).toBeGreaterThan(0);
    expect(region.servers!.edges.length).toBeGreaterThan(0);
  });

  it('POST instances/create/, GET instances/{id}/, POST instances/{id}/action/ (start, stop, reboot), DELETE instances/{id}/ → createServer, node, startServer/stopServer/rebootServer, deleteServer', async () => {
    const region = (await run(Catalog, { region: REGION })).region!;
    const subnet = region.subnets!.find((s) => s.name === 'Default Network')!;
    const created = (
      await run(CreateServer, {
        input: {
          regionId: region.id,
          name: 'parity-vm',
          imageId: region.images!.edges.find((e) => e.node.name.startsWith('Ubuntu Server 24.04'))!.node.id,
          flavorId: region.flavors!.find((f) => f.name === 'm2.c2m4')!.id,
          subnetIds: [subnet.id],
          keypairId: region.keypairs!.find((k) => k.name === 'demo-key')!.id,
          bootVolumeSizeGb: 50,
          securityGroupNames: ['default'],
          availabilityZone: 'kr2-pub-a',
        },
      })
    ).createServer;
    expect(created.errors).toEqual([]);
    const id = created.server!.id;
    const status = async () => {
      const n = (await run(ServerNode, { id })).node;
      return n && 'status' in n ? n.status : null;
    };
    await eventually(async () => ((await status()) === 'ACTIVE' ? true : undefined));
    expect((await run(StopServer, { id })).stopServer.errors).toEqual([]);
    await eventually(async () => ((await status()) === 'SHUTOFF' ? true : undefined));
    expect((await run(StartServer, { id })).startServer.errors).toEqual([]);
    await eventually(async () => ((await status()) === 'ACTIVE' ? true : undefined));
    expect((await run(RebootServer, { id })).rebootServer.errors).toEqual([]);
    await eventually(async () => ((await status()) === 'ACTIVE' ? true : undefined));
    expect((await run(DeleteServer, { id })).deleteServer).toEqual({ deletedId: id, errors: [] });
    await eventually(async () => ((await status()) === null ? true : undefined));
  });
});

describe('proxy parity: VPC, subnets, floating IPs', () => {
  it('GET vpc/, POST vpc/create/, GET vpc/{id}/, DELETE vpc/{id}/, and the same for subnet/ → Region.vpcs, createVpc, node, deleteVpc; Region.subnets, createSubnet, node, deleteSubnet', async () => {
    const regionId = (await run(Catalog, { region: REGION })).region!.id;
    expect((await run(Vpcs, { region: REGION })).region!.vpcs!.map((v) => v.name)).toContain('Default Network');

    const vpc = (await run(CreateVpc, { input: { regionId, name: 'parity-vpc', cidr: '10.0.0.0/16' } })).createVpc;
    expect(vpc.errors).toEqual([]);
    const vpcId = vpc.vpc!.id;
    expect((await run(VpcNode, { id: vpcId })).node).toMatchObject({ name: 'parity-vpc', cidr: '10.0.0.0/16' });

    const subnet = (await run(CreateSubnet, { input: { vpcId, name: 'parity-subnet', cidr: '10.0.1.0/24' } })).createSubnet;
    expect(subnet.errors).toEqual([]);
    const subnetId = subnet.subnet!.id;
    expect((await run(Catalog, { region: REGION })).region!.subnets!.map((s) => s.id)).toContain(subnetId);
    expect((await run(SubnetNode, { id: subnetId })).node).toMatchObject({ name: 'parity-subnet', cidr: '10.0.1.0/24', vpc: { id: vpcId } });

    expect((await run(DeleteSubnet, { id: subnetId })).deleteSubnet).toEqual({ deletedId: subnetId, errors: [] });
    expect((await run(DeleteVpc, { id: vpcId })).deleteVpc).toEqual({ deletedId: vpcId, errors: [] });
    expect((await run(VpcNode, { id: vpcId })).node).toBeNull();
  });

  it('GET floatingip/ → Region.floatingIps', async () => {
    const ips = (await run(Vpcs, { region: REGION })).region!.floatingIps;
    expect(ips!.length).toBeGreaterThan(0);
    for (const ip of ips!) expect(ip.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});

describe('proxy parity: NKS', () => {
  it('GET nks/clusters/, POST nks/clusters/create/, GET nks/clusters/{name}/, GET …/{name}/config/, DELETE nks/clusters/{name}/ → Region.clusters, createCluster, Region.cluster(name), Cluster.kubeconfig, deleteCluster', async () => {
    const region = (await run(Catalog, { region: REGION })).region!;
    const subnet = region.subnets!.find((s) => s.name === 'Default Network')!;
    // The proxy's body: cluster_name, vpc_id, subnet_id, instance_type, keypair_name,
    // kubernetes_version, availability_zone, is_public (+ external ids, looked up by Hanul),
    // node_count, boot_volume_size, boot_volume_type.
    const created = (
      await run(CreateCluster, {
        input: {
          regionId: region.id,
          name: 'parity-k8s',
          vpcId: subnet.vpc!.id,
          subnetId: subnet.id,
          flavorId: region.flavors!.find((f) => f.name === 'm2.c4m8')!.id,
          keypairId: region.keypairs!.find((k) => k.name === 'demo-key')!.id,
          kubernetesVersion: 'v1.32.3',
          availabilityZone: 'kr2-pub-a',
          publicEndpoint: true,
          nodeCount: 3,
          bootVolumeSizeGb: 50,
          bootVolumeType: 'General SSD',
        },
      })
    ).createCluster;
    expect(created.errors).toEqual([]);
    expect(created.cluster).toMatchObject({ name: 'parity-k8s', status: 'CREATE_IN_PROGRESS', publicEndpoint: true, externalNetworkId: expect.any(String) });

    expect((await run(Clusters, { region: REGION })).region!.clusters!.map((c) => c.name)).toContain('parity-k8s');
    expect((await run(ClusterByName, { region: REGION, name: 'parity-k8s' })).region!.cluster).toMatchObject({ name: 'parity-k8s', nodeCount: 3, kubernetesVersion: 'v1.32.3' });

    await clusterReaches(stack().client, created.cluster!.id, 'CREATE_COMPLETE');
    const config = (await run(ClusterConfig, { region: REGION, name: 'parity-k8s' })).region!.cluster!.kubeconfig;
    expect(config).toMatch(/^apiVersion: v1/);

    expect((await run(DeleteCluster, { id: created.cluster!.id })).deleteCluster).toEqual({ deletedId: created.cluster!.id, errors: [] });
    await clusterReaches(stack().client, created.cluster!.id, null);
  });
});

describe('proxy parity: object storage', () => {
  it('GET storage/containers/, POST storage/containers/create/, GET storage/containers/{name}/, DELETE storage/containers/{name}/ → Region.containers, createContainer, Region.container(name).objects, deleteContainer', async () => {
    const regionId = (await run(Catalog, { region: REGION })).region!.id;
    expect((await run(Containers, { region: REGION })).region!.containers!.map((c) => c.name)).toContain('hanul-reports');

    const created = (await run(CreateContainer, { input: { regionId, name: 'parity-container' } })).createContainer;
    expect(created.errors).toEqual([]);
    expect((await run(Containers, { region: REGION })).region!.containers!.map((c) => c.name)).toContain('parity-container');

    const reports = (await run(ContainerObjects, { region: REGION, name: 'hanul-reports' })).region!.container!;
    expect(reports.objects!.edges.map((e) => e.node.name)).toEqual(['q1/usage.json', 'summary.txt']);

    expect((await run(DeleteContainer, { id: created.container!.id })).deleteContainer).toEqual({ deletedId: created.container!.id, errors: [] });
    expect((await run(ContainerObjects, { region: REGION, name: 'parity-container' })).region!.container).toBeNull();
  });
});
