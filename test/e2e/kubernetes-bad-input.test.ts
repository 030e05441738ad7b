import { beforeAll, describe, expect, it } from 'vitest';
import { demoSubnetId, globalId, MISSING_UUID, regionCatalog, type RegionCatalog } from './compute-fixtures.js';
import { allNksRequests, clusterNetwork, CreateCluster, nksRequests, type ClusterNetworkIds } from './kubernetes-fixtures.js';
import { execute, useStack } from './kit.js';

const stack = useStack();

const REGION = 'kr1';

let catalog: RegionCatalog;
let net: ClusterNetworkIds;

beforeAll(async () => {
  catalog = await regionCatalog(stack().client, REGION);
  net = await clusterNetwork(stack().client, REGION);
});

function input(extra: Record<string, unknown> = {}) {
  return {
    regionId: net.regionId,
    name: 'bad-input',
    vpcId: net.vpcId,
    subnetId: net.privateSubnetId,
    flavorId: catalog.flavor('m2.c2m4'),
    keypairId: catalog.keypair('demo-key'),
    ...extra,
  };
}

/** Creates with `extra` and returns the payload errors, asserting that the cloud was never asked to build. */
async function refused(extra: Record<string, unknown>) {
  const { client, emulator } = stack();
  const creates = nksRequests(emulator, REGION, 'POST', '/v1/clusters');
  const payload = (await execute(client, CreateCluster, { variables: { input: input(extra) } })).expectNoGraphQLErrors().createCluster;
  expect(payload.cluster).toBeNull();
  expect(nksRequests(emulator, REGION, 'POST', '/v1/clusters')).toBe(creates);
  return payload.errors;
}

describe('createCluster with bad input', () => {
  it.each([
    ['upper-case letters', 'Bad-Name'],
    ['an underscore', 'bad_name'],
    ['more than 20 characters', 'a-very-long-cluster-name'],
    ['a leading digit', '1cluster'],
    ['a trailing dash', 'cluster-'],
  ])('should refuse a name with %s as a ValidationError on input.name', async (_, name) => {
    const errors = await refused({ name });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', code: 'VALIDATION', field: ['input', 'name'] })]);
  });

  it.each([0, 11, -1])('should refuse nodeCount %i before calling the cloud', async (nodeCount) => {
    const { emulator } = stack();
    const before = allNksRequests(emulator, REGION);
    const errors = await refused({ nodeCount });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'nodeCount'] })]);
    expect(allNksRequests(emulator, REGION)).toBe(before);
  });

  it('should report an unknown VPC as NotFoundError', async () => {
    const errors = await refused({ vpcId: globalId('Vpc', 'NHN', REGION, MISSING_UUID) });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'Vpc', resourceId: MISSING_UUID })]);
  });

  it('should report an unknown subnet as NotFoundError', async () => {
    const errors = await refused({ subnetId: globalId('Subnet', 'NHN', REGION, MISSING_UUID) });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'Subnet', resourceId: MISSING_UUID })]);
  });

  it('should refuse a subnet of another VPC as a ValidationError on input.subnetId', async () => {
    const elsewhere = await demoSubnetId(stack().emulator, REGION);
    const errors = await refused({ subnetId: elsewhere });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'subnetId'] })]);
  });

  it('should report an unknown flavor as NotFoundError', async () => {
    const errors = await refused({ flavorId: globalId('Flavor', 'NHN', REGION, MISSING_UUID) });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'Flavor', resourceId: MISSING_UUID })]);
  });

  it('should report an unknown key pair as NotFoundError', async () => {
    const errors = await refused({ keypairId: globalId('Keypair', 'NHN', REGION, 'no-such-key') });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'Keypair', resourceId: 'no-such-key' })]);
  });

  it('should refuse a version that is not offered for new clusters, naming the ones that are', async () => {
    const errors = await refused({ kubernetesVersion: 'v1.23.3' });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'kubernetesVersion'] })]);
    expect(errors[0]!.message).toContain('v1.32.3');
  });

  it('should refuse an unknown availability zone', async () => {
    const errors = await refused({ availabilityZone: 'kr-pub-z' });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'availabilityZone'] })]);
  });

  it('should refuse a pod network smaller than /24', async () => {
    const errors = await refused({ podsNetworkCidr: '10.100.0.0/26' });
    expect(errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'podsNetworkCidr'] })]);
  });

  it('should refuse references to another region, and regions without Kubernetes', async () => {
    const cross = await refused({ flavorId: globalId('Flavor', 'NHN', 'kr2', MISSING_UUID) });
    expect(cross).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'flavorId'] })]);
    const jp1 = await refused({ regionId: globalId('Region', 'NHN', 'jp1') });
    expect(jp1).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'regionId'] })]);
  });

  it('should refuse a second cluster of the same name as a ConflictError from the cloud', async () => {
    const { client } = stack();
    const first = (await execute(client, CreateCluster, { variables: { input: input({ name: 'twice' }) } })).expectNoGraphQLErrors().createCluster;
    expect(first.errors).toEqual([]);
    const second = (await execute(client, CreateCluster, { variables: { input: input({ name: 'twice' }) } })).expectNoGraphQLErrors().createCluster;
    expect(second.cluster).toBeNull();
    expect(second.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError' })]);
  });

  it('should make one cluster for two creates with the same idempotency key', async () => {
    const { client, emulator } = stack();
    const creates = nksRequests(emulator, REGION, 'POST', '/v1/clusters');
    const variables = { input: input({ name: 'retried', idempotencyKey: 'create-retried-1' }) };
    const [a, b] = await Promise.all([execute(client, CreateCluster, { variables }), execute(client, CreateCluster, { variables })]);
    const first = a.expectNoGraphQLErrors().createCluster;
    const second = b.expectNoGraphQLErrors().createCluster;
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    expect(second.cluster!.id).toBe(first.cluster!.id);
    expect(nksRequests(emulator, REGION, 'POST', '/v1/clusters')).toBe(creates + 1);
  });
});
