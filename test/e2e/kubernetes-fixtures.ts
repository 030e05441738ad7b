import type { Client } from '@urql/core';
import { expect } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { graphql } from '../gql/index.js';
import { eventually, execute } from './kit.js';

/** Shared set-up of the Kubernetes e2e tests: the seeded network, cluster documents, emulator counters. */

const ClusterNetwork = graphql(`
  query KubernetesFixtureNetwork($name: String!) {
    region(provider: NHN, name: $name) {
      id
      vpcs { id name external }
      subnets { id name vpc { id } }
    }
  }
`);

/** The seeded `Default Network` VPC, its internet-routed subnet and its private one. */
export interface ClusterNetworkIds {
  regionId: string;
  vpcId: string;
  /** `Default Network`: its routing table has an internet gateway, so NKS needs the external network. */
  internetSubnetId: string;
  /** `private-subnet`: no internet gateway. */
  privateSubnetId: string;
}

export async function clusterNetwork(client: Client, region: string): Promise<ClusterNetworkIds> {
  const r = (await execute(client, ClusterNetwork, { variables: { name: region } })).expectNoGraphQLErrors().region!;
  const vpc = r.vpcs!.find((v) => v.name === 'Default Network' && !v.external);
  expect(vpc, `Default Network VPC in ${region}`).toBeDefined();
  const subnet = (name: string) => {
    const found = r.subnets!.find((s) => s.name === name && s.vpc?.id === vpc!.id);
    expect(found, `subnet ${name} in ${region}`).toBeDefined();
    return found!.id;
  };
  return { regionId: r.id, vpcId: vpc!.id, internetSubnetId: subnet('Default Network'), privateSubnetId: subnet('private-subnet') };
}

export const CreateCluster = graphql(`
  mutation KubernetesCreateCluster($input: CreateClusterInput!) {
    createCluster(input: $input) {
      cluster {
        id
        name
        status
        kubernetesVersion
        nodeCount
        publicEndpoint
        externalNetworkId
        externalSubnetIds
        availabilityZone
        bootVolumeSizeGb
        autoscaling
        vpc { id }
        subnet { id }
        flavor { id name }
        keypair { name }
      }
      errors {
        __typename
        code
        message
        ... on ValidationError { field }
        ... on NotFoundError { resourceType resourceId }
        ... on ConflictError { currentStatus }
      }
    }
  }
`);

export const ClusterNode = graphql(`
  query KubernetesClusterNode($id: ID!) {
    node(id: $id) {
      id
      ... on Cluster {
        name
        status
        health
        nodeCount
        kubernetesVersion
        nodeGroups { id name status nodeCount isDefault }
      }
    }
  }
`);

export const DeleteCluster = graphql(`
  mutation KubernetesDeleteCluster($id: ID!) {
    deleteCluster(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } } }
  }
`);

/** The cluster's status, or null once it is gone. */
export async function clusterStatus(client: Client, id: string): Promise<string | null> {
  const node = (await execute(client, ClusterNode, { variables: { id } })).expectNoGraphQLErrors().node;
  return node && 'status' in node ? node.status : null;
}

/** Waits until the cluster reaches `status` (null: until it is gone). */
export async function clusterReaches(client: Client, id: string, status: string | null, timeoutMs = 10_000): Promise<void> {
  await eventually(async () => ((await clusterStatus(client, id)) === status ? true : undefined), timeoutMs);
}

/** How many requests reached the emulator for `METHOD /path`, where the path is on a region's NKS host. */
export function nksRequests(emulator: Emulator, region: string, method: string, path: string): number {
  return emulator.requests.get(`${method} /nhn/${region}/kubernetes${path}`) ?? 0;
}

/** Every request that reached a region's NKS host. */
export function allNksRequests(emulator: Emulator, region: string): number {
  let n = 0;
  for (const [key, count] of emulator.requests) if (key.split(' ')[1]?.startsWith(`/nhn/${region}/kubernetes/`)) n += count;
  return n;
}
