import type { Client } from '@urql/core';
import { expect } from 'vitest';
import { graphql } from '../gql/index.js';
import { execute } from '../e2e/kit.js';

/** The operations the subscription, cost, replica and shutdown tests share, and thin helpers over them. */

export const StatusChanged = graphql(`
  subscription StatusOpsStatusChanged($ids: [ID!]!) {
    statusChanged(ids: $ids) {
      previousStatus
      status
      at
      node {
        id
        __typename
        ... on Server { name status flavor { name vcpus } region { name } }
      }
    }
  }
`);

export const ServerStatusChanged = graphql(`
  subscription StatusOpsServerStatusChanged($regionId: ID!) {
    serverStatusChanged(regionId: $regionId) {
      previousStatus
      status
      at
      node { id ... on Server { name } }
    }
  }
`);

const IssueToken = graphql(`
  mutation StatusOpsIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token tenantId errors { code message } }
  }
`);

const RegionServers = graphql(`
  query StatusOpsRegionServers($region: String!) {
    region(provider: NHN, name: $region) {
      id
      servers(first: 100) { edges { node { id name status } } }
    }
  }
`);

const StopServer = graphql(`
  mutation StatusOpsStop($id: ID!) { stopServer(id: $id) { server { id status } errors { __typename message } } }
`);

const StartServer = graphql(`
  mutation StatusOpsStart($id: ID!) { startServer(id: $id) { server { id status } errors { __typename message } } }
`);

const CreateServer = graphql(`
  mutation StatusOpsCreate($input: CreateServerInput!) {
    createServer(input: $input) { server { id name status } errors { __typename message } }
  }
`);

const DeleteServer = graphql(`
  mutation StatusOpsDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }
`);

/** A token from the `issueToken` mutation, as a client without server-held credentials gets one. */
export async function issueToken(client: Client, account: { tenantId: string; username: string; password: string }): Promise<string> {
  const data = (
    await execute(client, IssueToken, { variables: { input: { provider: 'NHN', tenantId: account.tenantId, username: account.username, password: account.password } } })
  ).expectNoGraphQLErrors();
  expect(data.issueToken.errors).toEqual([]);
  return data.issueToken.token!;
}

export interface RegionView {
  regionId: string;
  servers: { id: string; name: string; status: string }[];
  /** The server of that name (fails the test when missing). */
  server(name: string): { id: string; name: string; status: string };
}

/** A region's global id and its servers, read over HTTP with the given headers (server-held credentials without). */
export async function regionView(client: Client, region: string, headers: Record<string, string> = {}): Promise<RegionView> {
  const data = (await execute(client, RegionServers, { variables: { region }, headers })).expectNoGraphQLErrors();
  const servers = data.region!.servers!.edges.map((e) => e.node);
  return {
    regionId: data.region!.id,
    servers,
    server(name) {
      const found = servers.find((s) => s.name === name);
      expect(found, `server ${name} in ${region}`).toBeDefined();
      return found!;
    },
  };
}

export async function stopServer(client: Client, id: string, headers: Record<string, string> = {}): Promise<void> {
  const data = (await execute(client, StopServer, { variables: { id }, headers })).expectNoGraphQLErrors();
  expect(data.stopServer.errors).toEqual([]);
}

export async function startServer(client: Client, id: string, headers: Record<string, string> = {}): Promise<void> {
  const data = (await execute(client, StartServer, { variables: { id }, headers })).expectNoGraphQLErrors();
  expect(data.startServer.errors).toEqual([]);
}

export interface NewServer {
  regionId: string;
  name: string;
  flavorId: string;
  imageId: string;
  subnetIds: string[];
  keypairId: string;
}

/** Creates a server through Hanul and returns it as the mutation answered (BUILD). */
export async function createServer(client: Client, input: NewServer, headers: Record<string, string> = {}): Promise<{ id: string; status: string }> {
  const data = (await execute(client, CreateServer, { variables: { input }, headers })).expectNoGraphQLErrors();
  expect(data.createServer.errors).toEqual([]);
  return data.createServer.server!;
}

export async function deleteServer(client: Client, id: string, headers: Record<string, string> = {}): Promise<void> {
  const data = (await execute(client, DeleteServer, { variables: { id }, headers })).expectNoGraphQLErrors();
  expect(data.deleteServer.errors).toEqual([]);
}
