import { describe, expect, it } from 'vitest';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { eventually, execute, useStack, type Stack } from './kit.js';
import { injectFault, requestsTo } from './compute-fixtures.js';

const IssueToken = graphql(`
  mutation AuthIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) {
      token
      tenantId
      provider
      expiresAt
      errors { __typename code message ... on ValidationError { field } }
    }
  }
`);

const Viewer = graphql(`
  query AuthViewer {
    viewer(provider: NHN) { provider tenantId tokenExpiresAt }
  }
`);

const Servers = graphql(`
  query AuthServers($region: String!) {
    region(provider: NHN, name: $region) {
      servers(first: 100) { edges { node { id name status } } }
    }
  }
`);

const ServerNode = graphql(`
  query AuthServerNode($id: ID!) {
    node(id: $id) { id ... on Server { name status } }
  }
`);

const StopServer = graphql(`
  mutation AuthStopServer($id: ID!) {
    stopServer(id: $id) { server { id status } errors { __typename code } }
  }
`);

const TOKENS_ROUTE = 'POST /nhn/identity/v2.0/tokens';
const listRoute = `GET /nhn/kr1/compute/v2/${DEMO_NHN.tenantId}/servers/detail`;

type Account = { tenantId: string; username: string; password: string };

async function issue(stack: Stack, { tenantId, username, password }: Account): Promise<string> {
  const data = (await execute(stack.client, IssueToken, { variables: { input: { tenantId, username, password } } })).expectNoGraphQLErrors();
  expect(data.issueToken.errors).toEqual([]);
  return data.issueToken.token!;
}

function bearer(token: string, tenantId: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'x-hanul-tenant': tenantId };
}

async function serverNames(stack: Stack, headers: Record<string, string>, region = 'kr1'): Promise<string[]> {
  const data = (await execute(stack.client, Servers, { variables: { region }, headers })).expectNoGraphQLErrors();
  return data.region!.servers!.edges.map((e) => e.node.name);
}

describe('with client tokens only (no server-held credentials)', () => {
  const stack = useStack({ configure: (c) => ({ ...c, nhn: { ...c.nhn, credentials: undefined }, kakao: { ...c.kakao, credentials: undefined } }) });

  it('should refuse a query without credentials as UNAUTHENTICATED', async () => {
    const r = await execute(stack().client, Servers, { variables: { region: 'kr1' } });
    expect(r.errorCode()).toBe('UNAUTHENTICATED');
    expect(r.errors[0]!.message).toMatch(/Authorization: Bearer/);
  });

  it('should issue a token for the demo credentials that opens the demo tenant', async () => {
    const { client } = stack();
    const before = Date.now();
    const data = (await execute(client, IssueToken, { variables: { input: { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password: DEMO_NHN.password } } })).expectNoGraphQLErrors();
    const issued = data.issueToken;
    expect(issued.errors).toEqual([]);
    expect(issued).toMatchObject({ provider: 'NHN', tenantId: DEMO_NHN.tenantId });
    expect(issued.token).toMatch(/^\S{16,}$/);
    expect(Date.parse(issued.expiresAt!)).toBeGreaterThan(before);

    const viewer = (await execute(client, Viewer, { headers: bearer(issued.token!, DEMO_NHN.tenantId) })).expectNoGraphQLErrors();
    expect(viewer.viewer).toEqual({ provider: 'NHN', tenantId: DEMO_NHN.tenantId, tokenExpiresAt: null });
    expect(await serverNames(stack(), bearer(issued.token!, DEMO_NHN.tenantId))).toContain('web-01');
  });

  it('should refuse a wrong password with a clear UNAUTHENTICATED error and no token', async () => {
    const r = await execute(stack().client, IssueToken, { variables: { input: { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password: 'not-the-password' } } });
    expect(r.data?.issueToken?.token ?? null).toBeNull();
    expect(r.errorCode()).toBe('UNAUTHENTICATED');
    expect(r.errors[0]!.message).toBe('NHN Cloud refused the tenant id, username or API password');
  });

  it('should refuse an unknown tenant or user the same way', async () => {
    for (const input of [
      { tenantId: '0123456789abcdef0123456789abcdef', username: DEMO_NHN.username, password: DEMO_NHN.password },
      { tenantId: DEMO_NHN.tenantId, username: OTHER_NHN.username, password: OTHER_NHN.password },
    ]) {
      const r = await execute(stack().client, IssueToken, { variables: { input } });
      expect(r.errorCode()).toBe('UNAUTHENTICATED');
    }
  });

  it('should ask for the tenant id with ValidationError on input.tenantId', async () => {
    const data = (await execute(stack().client, IssueToken, { variables: { input: { username: DEMO_NHN.username, password: DEMO_NHN.password } } })).expectNoGraphQLErrors();
    expect(data.issueToken.token).toBeNull();
    expect(data.issueToken.errors).toMatchObject([{ __typename: 'ValidationError', field: ['input', 'tenantId'] }]);
  });

  it('should refuse an unknown bearer token as UNAUTHENTICATED', async () => {
    const r = await execute(stack().client, Servers, { variables: { region: 'kr1' }, headers: bearer('0123456789abcdef0123456789abcdef', DEMO_NHN.tenantId) });
    expect(r.errorCode()).toBe('UNAUTHENTICATED');
    expect(r.errors[0]!.message).toMatch(/issueToken/);
  });

  it("should refuse a token of one tenant sent with another tenant's id", async () => {
    const otherToken = await issue(stack(), OTHER_NHN);
    const r = await execute(stack().client, Servers, { variables: { region: 'kr1' }, headers: bearer(otherToken, DEMO_NHN.tenantId) });
    // The region is configuration; what the token would read from it is refused.
    expect(r.data?.region?.servers ?? null).toBeNull();
    expect(r.errorCode()).toBe('FORBIDDEN');
  });

  it('should refuse a bearer token without X-Hanul-Tenant, or a malformed Authorization, as BAD_USER_INPUT', async () => {
    const token = await issue(stack(), DEMO_NHN);
    const refused: Record<string, string>[] = [{ authorization: `Bearer ${token}` }, { authorization: `Basic ${token}`, 'x-hanul-tenant': DEMO_NHN.tenantId }];
    for (const headers of refused) {
      const r = await execute(stack().client, Viewer, { headers });
      expect(r.data?.viewer).toBeUndefined();
      expect(r.errorCode(), JSON.stringify(Object.keys(headers))).toBe('BAD_USER_INPUT');
    }
    const missingTenant = await execute(stack().client, Viewer, { headers: { authorization: `Bearer ${token}` } });
    expect(missingTenant.errors[0]!.message).toMatch(/X-Hanul-Tenant is required/);
  });

  it("should keep tenants apart: each sees its own servers, and cannot read or act on the other's", async () => {
    const demo = bearer(await issue(stack(), DEMO_NHN), DEMO_NHN.tenantId);
    const other = bearer(await issue(stack(), OTHER_NHN), OTHER_NHN.tenantId);

    const demoNames = await serverNames(stack(), demo);
    const otherNames = await serverNames(stack(), other);
    expect(demoNames).toContain('web-01');
    expect(otherNames).toEqual(expect.arrayContaining(['other-app-01', 'other-app-02']));
    expect(demoNames.filter((n) => otherNames.includes(n))).toEqual([]);

    const { client } = stack();
    const demoServers = (await execute(client, Servers, { variables: { region: 'kr1' }, headers: demo })).expectNoGraphQLErrors();
    const web = demoServers.region!.servers!.edges.map((e) => e.node).find((s) => s.name === 'web-01')!;

    const seenByOther = (await execute(client, ServerNode, { variables: { id: web.id }, headers: other })).expectNoGraphQLErrors();
    expect(seenByOther.node).toBeNull();
    const stoppedByOther = (await execute(client, StopServer, { variables: { id: web.id }, headers: other })).expectNoGraphQLErrors();
    expect(stoppedByOther.stopServer.server).toBeNull();
    expect(stoppedByOther.stopServer.errors).toMatchObject([{ __typename: 'NotFoundError' }]);

    const seenByDemo = (await execute(client, ServerNode, { variables: { id: web.id }, headers: demo })).expectNoGraphQLErrors();
    expect(seenByDemo.node).toEqual({ id: web.id, name: 'web-01', status: 'ACTIVE' });
  });
});

describe('with server-held credentials', () => {
  const stack = useStack();

  it('should answer for the configured tenant when a request brings no token', async () => {
    const data = (await execute(stack().client, Viewer)).expectNoGraphQLErrors();
    expect(data.viewer).toMatchObject({ provider: 'NHN', tenantId: DEMO_NHN.tenantId });
    expect(data.viewer.tokenExpiresAt).not.toBeNull();
  });

  it('should re-issue the token once when the cloud answers 401, and retry the call', async () => {
    const { emulator } = stack();
    expect(await serverNames(stack(), {})).toContain('web-01');
    const issued = requestsTo(emulator, TOKENS_ROUTE);
    const lists = requestsTo(emulator, listRoute);

    await injectFault(emulator, { match: listRoute, status: 401, times: 1 });
    expect(await serverNames(stack(), {})).toContain('web-01');
    expect(requestsTo(emulator, TOKENS_ROUTE)).toBe(issued + 1);
    expect(requestsTo(emulator, listRoute)).toBe(lists + 2);
  });

  it('should give up with UNAUTHENTICATED when the cloud refuses the fresh token too', async () => {
    const { emulator } = stack();
    expect(await serverNames(stack(), {})).toContain('web-01');
    const issued = requestsTo(emulator, TOKENS_ROUTE);

    await injectFault(emulator, { match: listRoute, status: 401, times: 2 });
    const r = await execute(stack().client, Servers, { variables: { region: 'kr1' } });
    expect(r.errorCode()).toBe('UNAUTHENTICATED');
    expect(requestsTo(emulator, TOKENS_ROUTE)).toBe(issued + 1);
    // Nothing is stuck: the next request works.
    expect(await serverNames(stack(), {})).toContain('web-01');
  });

  it("should not re-issue a client's own token on 401", async () => {
    const { emulator } = stack();
    const token = await issue(stack(), DEMO_NHN);
    const issued = requestsTo(emulator, TOKENS_ROUTE);
    await injectFault(emulator, { match: listRoute, status: 401, times: 1 });
    const r = await execute(stack().client, Servers, { variables: { region: 'kr1' }, headers: bearer(token, DEMO_NHN.tenantId) });
    expect(r.errorCode()).toBe('UNAUTHENTICATED');
    expect(requestsTo(emulator, TOKENS_ROUTE)).toBe(issued);
  });
});

describe('with server-held credentials that expire quickly', () => {
  // Tokens that live 1.5 s, renewed only once they have expired.
  const stack = useStack({ emulator: { tokenLifetimeMs: 1500 }, env: { TOKEN_REFRESH_MARGIN_MS: '0' } });

  it('should issue a new token after the cloud let the old one expire, and keep answering', async () => {
    const { emulator } = stack();
    expect(await serverNames(stack(), {})).toContain('web-01');
    const issued = requestsTo(emulator, TOKENS_ROUTE);
    const { viewer } = (await execute(stack().client, Viewer)).expectNoGraphQLErrors();
    // Keystone states expiry to the second: a second later the token is expired for the cloud too.
    const expired = Date.parse(viewer.tokenExpiresAt!) + 1000;
    await eventually(async () => (Date.now() > expired ? true : undefined), 5000);

    expect(await serverNames(stack(), {})).toContain('web-01');
    expect(requestsTo(emulator, TOKENS_ROUTE)).toBe(issued + 1);
    const renewed = (await execute(stack().client, Viewer)).expectNoGraphQLErrors();
    expect(Date.parse(renewed.viewer.tokenExpiresAt!)).toBeGreaterThan(Date.parse(viewer.tokenExpiresAt!));
  });
});
