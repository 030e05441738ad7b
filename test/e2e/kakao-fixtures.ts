import type { Client, TypedDocumentNode } from '@urql/core';
import { expect } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { DEMO_KAKAO } from '../../src/emulator/seed.js';
import { call } from '../emulator/helpers.js';
import { graphql } from '../gql/index.js';
import { globalId } from './compute-fixtures.js';
import { eventually, execute } from './kit.js';

/** Shared set-up of the KakaoCloud e2e tests: ids, tokens, a region's catalog, emulator switches. */

export const KAKAO_REGION = 'kr-central-2';

/** The errors every Kakao e2e payload selects. */
graphql(`
  fragment KakaoUserErrors on UserError {
    __typename
    code
    message
    ... on ValidationError { field }
    ... on ConflictError { currentStatus }
  }
`);

/** The global id of a KakaoCloud region. */
export function kakaoRegionId(region: string = KAKAO_REGION): string {
  return globalId('Region', 'KAKAO', region);
}

/** `X-Hanul-*` headers of a request made on a KakaoCloud token the client brought. */
export function kakaoBearer(token: string, projectId: string = DEMO_KAKAO.projectId): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'x-hanul-provider': 'KAKAO', 'x-hanul-tenant': projectId };
}

const IssueKakaoToken = graphql(`
  mutation KakaoFixtureIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message } }
  }
`);

/** A token from `issueToken` with an access key id and secret, as a client without server-held credentials gets one. */
export async function kakaoToken(client: Client, key: { accessKeyId: string; secretAccessKey: string } = DEMO_KAKAO): Promise<string> {
  const data = (
    await execute(client, IssueKakaoToken, { variables: { input: { provider: 'KAKAO', username: key.accessKeyId, password: key.secretAccessKey } } })
  ).expectNoGraphQLErrors();
  expect(data.issueToken.errors).toEqual([]);
  return data.issueToken.token!;
}

/** Switches the emulator's KakaoCloud quirks (`PUT /_emulator/kakao-quirks`). */
export async function kakaoQuirks(emulator: Emulator, quirks: { injected429Rate?: number; createVisibilityMs?: number }): Promise<void> {
  const reply = await call(`${emulator.url}/_emulator/kakao-quirks`, { method: 'PUT', body: quirks });
  if (reply.status !== 200) throw new Error(`quirks not accepted: ${reply.status} ${reply.text}`);
}

/** How many requests reached the emulator's KakaoCloud `service` in `region` for `METHOD /api/v1/...`. */
export function kakaoRequests(emulator: Emulator, method: string, service: string, path: string, region: string = KAKAO_REGION): number {
  return emulator.requests.get(`${method} /kakao/${service}/${region}${path}`) ?? 0;
}

/** Token issues the emulator's IAM answered (or refused). */
export function iamTokenRequests(emulator: Emulator): number {
  return emulator.requests.get('POST /kakao/iam/identity/v3/auth/tokens') ?? 0;
}

const KakaoCatalog = graphql(`
  query KakaoFixtureCatalog($name: String!) {
    region(provider: KAKAO, name: $name) {
      id
      flavors { id name }
      images(first: 100) { edges { node { id name } } }
      keypairs { id name }
      vpcs { id name state subnets { id name availabilityZone } }
      securityGroups { id name }
    }
  }
`);

/** What a test needs to build things in one KakaoCloud region, by name. */
export interface KakaoCatalog {
  regionId: string;
  flavor(name: string): string;
  image(name: string): string;
  keypair(name: string): string;
  subnet(name: string): string;
  vpc(name: string): string;
  securityGroup(name: string): string;
}

/** Reads a region's catalog and network through Hanul (server-held credentials unless `headers` say otherwise). */
export async function kakaoCatalog(client: Client, region: string = KAKAO_REGION, headers?: Record<string, string>): Promise<KakaoCatalog> {
  const r = (await execute(client, KakaoCatalog, { variables: { name: region }, headers })).expectNoGraphQLErrors().region!;
  const pick = (list: { id: string; name: string }[], name: string, what: string) => {
    const found = list.find((x) => x.name === name);
    expect(found, `${what} ${name} in ${region}`).toBeDefined();
    return found!.id;
  };
  return {
    regionId: r.id,
    flavor: (name) => pick(r.flavors!, name, 'flavor'),
    image: (name) => pick(r.images!.edges.map((e) => e.node), name, 'image'),
    keypair: (name) => pick(r.keypairs!, name, 'key pair'),
    subnet: (name) => pick(r.vpcs!.flatMap((v) => v.subnets!), name, 'subnet'),
    vpc: (name) => pick(r.vpcs!, name, 'VPC'),
    securityGroup: (name) => pick(r.securityGroups!, name, 'security group'),
  };
}

const KakaoServerNode = graphql(`
  query KakaoFixtureServerNode($id: ID!) {
    node(id: $id) { id ... on Server { name status rawStatus taskState flavor { id name } } }
  }
`);

/** Polls node(id) until the server is in `status` with no task running, and returns it. */
export function kakaoServerReaching(client: Client, id: string, status: string, headers?: Record<string, string>) {
  return eventually(async () => {
    const node = (await execute(client, KakaoServerNode, { variables: { id }, headers })).expectNoGraphQLErrors().node;
    return node && 'status' in node && node.status === status && node.taskState === null ? node : undefined;
  }, 15_000);
}

/** Polls node(id) until it is null (the resource is gone). */
export function kakaoGone(client: Client, id: string) {
  return eventually(async () => ((await execute(client, KakaoServerNode, { variables: { id } })).expectNoGraphQLErrors().node === null ? true : undefined), 15_000);
}

/** Polls a `node(id:)` query until the node's `status` is `status`, and returns the node. */
export function nodeReaching<R extends { node?: unknown }>(client: Client, document: TypedDocumentNode<R, { id: string }>, id: string, status: string) {
  return eventually(async () => {
    const node = (await execute(client, document, { variables: { id } })).expectNoGraphQLErrors().node;
    return node && typeof node === 'object' && 'status' in node && node.status === status ? (node as Extract<NonNullable<R['node']>, { status: unknown }>) : undefined;
  }, 15_000);
}
