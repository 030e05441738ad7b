import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { execute, useStack } from './kit.js';

const stack = useStack();

const RegionServers = graphql(`
  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {
    region(provider: $provider, name: $name) {
      id
      name
      displayName
      servers(first: $first) {
        totalCount
        edges {
          node {
            id
            name
            status
            flavor { id name vcpus ramMb }
            image { id name }
            keypair { id name }
          }
        }
      }
    }
  }
`);

describe('listing servers', () => {
  it('should list the seeded servers of a region with their flavor, image and key pair', async () => {
    const { client } = stack();
    const data = (await execute(client, RegionServers, { variables: { provider: 'NHN', name: 'kr1', first: 50 } })).expectNoGraphQLErrors();
    const servers = data.region!.servers!.edges.map((e) => e.node);
    expect(data.region!.displayName).toBe('Korea (Pangyo)');
    expect(servers.length).toBeGreaterThan(3);
    expect(data.region!.servers!.totalCount).toBe(servers.length);
    for (const s of servers) {
      expect(s.flavor?.name).toMatch(/^[a-z0-9]+\.c\d+m\d+$/);
      expect(s.image?.name).toBeTruthy();
    }
    expect(new Set(servers.map((s) => s.status))).toContain('ACTIVE');
  });
});

const NodeLookup = graphql(`
  query NodeLookup($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Server { name status region { name } }
    }
  }
`);

describe('node(id:)', () => {
  it('should resolve a server by its global id and return null for an unknown one', async () => {
    const { client } = stack();
    const list = (await execute(client, RegionServers, { variables: { provider: 'NHN', name: 'kr2', first: 1 } })).expectNoGraphQLErrors();
    const first = list.region!.servers!.edges[0]!.node;
    const found = (await execute(client, NodeLookup, { variables: { id: first.id } })).expectNoGraphQLErrors();
    expect(found.node).toMatchObject({ __typename: 'Server', id: first.id, name: first.name, region: { name: 'kr2' } });

    const missingId = Buffer.from('Server:NHN:kr2:00000000-0000-0000-0000-000000000000').toString('base64');
    const missing = (await execute(client, NodeLookup, { variables: { id: missingId } })).expectNoGraphQLErrors();
    expect(missing.node).toBeNull();
  });
});
