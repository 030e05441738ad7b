import { graphql } from '../gql/index.js';

/** What the Apollo Client and urql tests ask, as an application on Hanul would. */

export const RegionServers = graphql(`
  query ClientsRegionServers($first: Int!, $after: String) {
    region(provider: NHN, name: "kr1") {
      id
      name
      servers(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id name status taskState flavor { id name } addresses { address type } } }
      }
    }
  }
`);

export const StopServer = graphql(`
  mutation ClientsStopServer($id: ID!) {
    stopServer(id: $id) {
      server { id status taskState }
      errors { __typename message }
    }
  }
`);

export const ServerStatusChanged = graphql(`
  subscription ClientsServerStatusChanged($regionId: ID!) {
    serverStatusChanged(regionId: $regionId) {
      previousStatus
      status
      node { id ... on Server { status taskState } }
    }
  }
`);

export const Viewer = graphql(`
  query ClientsViewer { viewer { provider tenantId } }
`);

/** The servers of a query result, by name. */
export function byName(edges: readonly { node: { name: string; status: string; taskState?: string | null } }[]): Map<string, { status: string; taskState?: string | null }> {
  return new Map(edges.map((e) => [e.node.name, e.node]));
}

/** The real fetch, with the name of every operation it sent kept in `sent` (to prove what did not go out). */
export function recordingFetch(): { fetch: typeof fetch; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    fetch: (input, init) => {
      if (typeof init?.body === 'string') sent.push(String(JSON.parse(init.body).operationName));
      return fetch(input, init);
    },
  };
}
