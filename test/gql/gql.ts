/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment LifecycleActionResult on ServerActionPayload {\n    server { id status taskState flavor { id name } }\n    errors {\n      __typename\n      code\n      message\n      ... on ConflictError { currentStatus }\n    }\n  }\n": typeof types.LifecycleActionResultFragmentDoc,
    "\n  mutation LifecycleCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status flavor { name } image { name } keypair { name } region { name } }\n      errors { __typename code message }\n    }\n  }\n": typeof types.LifecycleCreateServerDocument,
    "\n  query LifecycleServerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Server { name status taskState updatedAt flavor { id name } }\n    }\n  }\n": typeof types.LifecycleServerNodeDocument,
    "\n  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }\n": typeof types.LifecycleStopDocument,
    "\n  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }\n": typeof types.LifecycleStartDocument,
    "\n  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }\n": typeof types.LifecycleRebootDocument,
    "\n  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }\n": typeof types.LifecycleResizeDocument,
    "\n  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }\n": typeof types.LifecycleShelveDocument,
    "\n  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }\n": typeof types.LifecycleUnshelveDocument,
    "\n  mutation LifecycleDelete($id: ID!) {\n    deleteServer(id: $id) { deletedId errors { __typename code message } }\n  }\n": typeof types.LifecycleDeleteDocument,
    "\n  query LifecycleServersNamed($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }\n    }\n  }\n": typeof types.LifecycleServersNamedDocument,
    "\n  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) {\n      keypair { id name fingerprint publicKey region { name } }\n      privateKey\n      errors { __typename code message }\n    }\n  }\n": typeof types.LifecycleCreateKeypairDocument,
    "\n  mutation LifecycleDeleteKeypair($id: ID!) {\n    deleteKeypair(id: $id) { deletedId errors { __typename code message } }\n  }\n": typeof types.LifecycleDeleteKeypairDocument,
    "\n  query LifecycleRegionKeypairs($region: String!) {\n    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }\n  }\n": typeof types.LifecycleRegionKeypairsDocument,
    "\n  query LifecycleKeypairNode($id: ID!) {\n    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }\n  }\n": typeof types.LifecycleKeypairNodeDocument,
    "\n  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {\n    region(provider: $provider, name: $name) {\n      id\n      name\n      displayName\n      servers(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            flavor { id name vcpus ramMb }\n            image { id name }\n            keypair { id name }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionServersDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Server { name status region { name } }\n    }\n  }\n": typeof types.NodeLookupDocument,
    "\n  query FixtureCatalog($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n    }\n  }\n": typeof types.FixtureCatalogDocument,
};
const documents: Documents = {
    "\n  fragment LifecycleActionResult on ServerActionPayload {\n    server { id status taskState flavor { id name } }\n    errors {\n      __typename\n      code\n      message\n      ... on ConflictError { currentStatus }\n    }\n  }\n": types.LifecycleActionResultFragmentDoc,
    "\n  mutation LifecycleCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status flavor { name } image { name } keypair { name } region { name } }\n      errors { __typename code message }\n    }\n  }\n": types.LifecycleCreateServerDocument,
    "\n  query LifecycleServerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Server { name status taskState updatedAt flavor { id name } }\n    }\n  }\n": types.LifecycleServerNodeDocument,
    "\n  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }\n": types.LifecycleStopDocument,
    "\n  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }\n": types.LifecycleStartDocument,
    "\n  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }\n": types.LifecycleRebootDocument,
    "\n  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }\n": types.LifecycleResizeDocument,
    "\n  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }\n": types.LifecycleShelveDocument,
    "\n  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }\n": types.LifecycleUnshelveDocument,
    "\n  mutation LifecycleDelete($id: ID!) {\n    deleteServer(id: $id) { deletedId errors { __typename code message } }\n  }\n": types.LifecycleDeleteDocument,
    "\n  query LifecycleServersNamed($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }\n    }\n  }\n": types.LifecycleServersNamedDocument,
    "\n  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) {\n      keypair { id name fingerprint publicKey region { name } }\n      privateKey\n      errors { __typename code message }\n    }\n  }\n": types.LifecycleCreateKeypairDocument,
    "\n  mutation LifecycleDeleteKeypair($id: ID!) {\n    deleteKeypair(id: $id) { deletedId errors { __typename code message } }\n  }\n": types.LifecycleDeleteKeypairDocument,
    "\n  query LifecycleRegionKeypairs($region: String!) {\n    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }\n  }\n": types.LifecycleRegionKeypairsDocument,
    "\n  query LifecycleKeypairNode($id: ID!) {\n    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }\n  }\n": types.LifecycleKeypairNodeDocument,
    "\n  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {\n    region(provider: $provider, name: $name) {\n      id\n      name\n      displayName\n      servers(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            flavor { id name vcpus ramMb }\n            image { id name }\n            keypair { id name }\n          }\n        }\n      }\n    }\n  }\n": types.RegionServersDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Server { name status region { name } }\n    }\n  }\n": types.NodeLookupDocument,
    "\n  query FixtureCatalog($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n    }\n  }\n": types.FixtureCatalogDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleActionResult on ServerActionPayload {\n    server { id status taskState flavor { id name } }\n    errors {\n      __typename\n      code\n      message\n      ... on ConflictError { currentStatus }\n    }\n  }\n"): (typeof documents)["\n  fragment LifecycleActionResult on ServerActionPayload {\n    server { id status taskState flavor { id name } }\n    errors {\n      __typename\n      code\n      message\n      ... on ConflictError { currentStatus }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status flavor { name } image { name } keypair { name } region { name } }\n      errors { __typename code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status flavor { name } image { name } keypair { name } region { name } }\n      errors { __typename code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleServerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Server { name status taskState updatedAt flavor { id name } }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleServerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Server { name status taskState updatedAt flavor { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleDelete($id: ID!) {\n    deleteServer(id: $id) { deletedId errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation LifecycleDelete($id: ID!) {\n    deleteServer(id: $id) { deletedId errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleServersNamed($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleServersNamed($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) {\n      keypair { id name fingerprint publicKey region { name } }\n      privateKey\n      errors { __typename code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) {\n      keypair { id name fingerprint publicKey region { name } }\n      privateKey\n      errors { __typename code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleDeleteKeypair($id: ID!) {\n    deleteKeypair(id: $id) { deletedId errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation LifecycleDeleteKeypair($id: ID!) {\n    deleteKeypair(id: $id) { deletedId errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleRegionKeypairs($region: String!) {\n    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }\n  }\n"): (typeof documents)["\n  query LifecycleRegionKeypairs($region: String!) {\n    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleKeypairNode($id: ID!) {\n    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }\n  }\n"): (typeof documents)["\n  query LifecycleKeypairNode($id: ID!) {\n    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {\n    region(provider: $provider, name: $name) {\n      id\n      name\n      displayName\n      servers(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            flavor { id name vcpus ramMb }\n            image { id name }\n            keypair { id name }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {\n    region(provider: $provider, name: $name) {\n      id\n      name\n      displayName\n      servers(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            flavor { id name vcpus ramMb }\n            image { id name }\n            keypair { id name }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Server { name status region { name } }\n    }\n  }\n"): (typeof documents)["\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Server { name status region { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FixtureCatalog($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n    }\n  }\n"): (typeof documents)["\n  query FixtureCatalog($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;