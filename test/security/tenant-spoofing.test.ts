import { describe, expect, it } from 'vitest';
import { DEMO_KAKAO, DEMO_NHN, OTHER_KAKAO, OTHER_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { kakaoBearer, kakaoToken, KAKAO_REGION } from '../e2e/kakao-fixtures.js';
import { execute, useStack, type Stack } from '../e2e/kit.js';

/**
 * `X-Hanul-Tenant` is the client's claim, not a fact: the token decides. A token sent with
 * another tenant's id must never be reported as that tenant, nor crash when it asks for
 * that tenant's objects.
 */

const Viewer = graphql(`
  query SpoofViewer($provider: CloudProvider) {
    viewer(provider: $provider) { provider tenantId }
  }
`);

const Viewers = graphql(`
  query SpoofViewers {
    viewers { provider tenantId }
  }
`);

const IssueToken = graphql(`
  mutation SpoofIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token tenantId errors { __typename message } }
  }
`);

const KakaoInventory = graphql(`
  query SpoofKakaoInventory($name: String!) {
    region(provider: KAKAO, name: $name) {
      servers(first: 100) { edges { node { id } } }
      volumes(first: 100) { edges { node { id } } }
      vpcs { id subnets { id } }
      routingTables { id }
      securityGroups { id rules { id } }
      floatingIps { id }
      ports { id }
    }
  }
`);

const Nodes = graphql(`
  query SpoofNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id __typename }
  }
`);

async function nhnToken(stack: Stack, account: { tenantId: string; username: string; password: string }): Promise<string> {
  const input = { tenantId: account.tenantId, username: account.username, password: account.password };
  const data = (await execute(stack.client, IssueToken, { variables: { input } })).expectNoGraphQLErrors();
  expect(data.issueToken.errors).toEqual([]);
  return data.issueToken.token!;
}

describe('a token sent with another tenant id', () => {
  const stack = useStack({ configure: (c) => ({ ...c, nhn: { ...c.nhn, credentials: undefined }, kakao: { ...c.kakao, credentials: undefined } }) });

  it("should not report an NHN token's spoofed X-Hanul-Tenant as its tenant: FORBIDDEN", async () => {
    const token = await nhnToken(stack(), DEMO_NHN);
    const spoofed = { authorization: `Bearer ${token}`, 'x-hanul-tenant': OTHER_NHN.tenantId };
    for (const document of [Viewer, Viewers] as const) {
      const r = await execute(stack().client, document as typeof Viewer, { variables: { provider: 'NHN' }, headers: spoofed });
      const reported = JSON.stringify(r.data ?? null);
      expect(reported).not.toContain(OTHER_NHN.tenantId);
      expect(r.errorCode(), JSON.stringify(r.errors)).toBe('FORBIDDEN');
    }
    // The honest claim is still answered.
    const honest = await execute(stack().client, Viewer, { variables: { provider: 'NHN' }, headers: { ...spoofed, 'x-hanul-tenant': DEMO_NHN.tenantId } });
    expect(honest.expectNoGraphQLErrors().viewer).toEqual({ provider: 'NHN', tenantId: DEMO_NHN.tenantId });
  });

  it("should not report a KakaoCloud token's spoofed X-Hanul-Tenant as its project: FORBIDDEN", async () => {
    const token = await kakaoToken(stack().client);
    for (const document of [Viewer, Viewers] as const) {
      const r = await execute(stack().client, document as typeof Viewer, { variables: { provider: 'KAKAO' }, headers: kakaoBearer(token, OTHER_KAKAO.projectId) });
      expect(JSON.stringify(r.data ?? null)).not.toContain(OTHER_KAKAO.projectId);
      expect(r.errorCode(), JSON.stringify(r.errors)).toBe('FORBIDDEN');
    }
    const honest = await execute(stack().client, Viewer, { variables: { provider: 'KAKAO' }, headers: kakaoBearer(token) });
    expect(honest.expectNoGraphQLErrors().viewer).toEqual({ provider: 'KAKAO', tenantId: DEMO_KAKAO.projectId });
  });

  it("should answer nodes(ids:) of another KakaoCloud project with null per id, or a coded FORBIDDEN when the tenant is spoofed, never an internal error", async () => {
    const { client } = stack();
    const other = kakaoBearer(await kakaoToken(client, OTHER_KAKAO), OTHER_KAKAO.projectId);
    const inventory = (await execute(client, KakaoInventory, { variables: { name: KAKAO_REGION }, headers: other })).expectNoGraphQLErrors().region!;
    const ids = [
      ...inventory.servers!.edges.map((e) => e.node.id),
      ...inventory.volumes!.edges.map((e) => e.node.id),
      ...inventory.vpcs!.flatMap((v) => [v.id, ...v.subnets!.map((s) => s.id)]),
      ...inventory.routingTables!.map((t) => t.id),
      ...inventory.securityGroups!.flatMap((g) => [g.id, ...g.rules.map((r) => r.id)]),
      ...inventory.floatingIps!.map((f) => f.id),
      ...inventory.ports!.map((p) => p.id),
    ];
    expect(ids.length).toBeGreaterThan(5);

    const token = await kakaoToken(client);
    // The token's own project: the other project's objects are not visible to it.
    const own = await execute(client, Nodes, { variables: { ids }, headers: kakaoBearer(token) });
    expect(own.errors).toEqual([]);
    expect(own.data?.nodes).toEqual(ids.map(() => null));

    // The other project claimed: refused with a code, once per id at most, never masked.
    const spoofed = await execute(client, Nodes, { variables: { ids }, headers: kakaoBearer(token, OTHER_KAKAO.projectId) });
    expect(spoofed.errors.length).toBeGreaterThan(0);
    for (const e of spoofed.errors) {
      expect(e.message).not.toMatch(/Unexpected error|redefine/i);
      expect(e.extensions?.code).toBe('FORBIDDEN');
    }
    expect(spoofed.data?.nodes ?? ids.map(() => null)).toEqual(ids.map(() => null));
  });
});
