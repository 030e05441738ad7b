import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { execute, useStack, type Stack } from '../e2e/kit.js';
import { record, wsClient } from '../support/subscriptions.js';

/**
 * Every part of a global id is the client's to forge: provider, region, kind and upstream
 * id. A forged one must never shape an upstream URL (the region used to be pasted into the
 * host template, and `..`/`?` in it moved the server-held X-Auth-Token anywhere), so each
 * case below is counted at the emulator: zero requests.
 */

const Node = graphql(`
  query ForgedNode($id: ID!) {
    node(id: $id) { id __typename }
  }
`);

const Nodes = graphql(`
  query ForgedNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id __typename }
  }
`);

const StopServer = graphql(`
  mutation ForgedStopServer($id: ID!) {
    stopServer(id: $id) { server { id } errors { __typename code message ... on ValidationError { field } } }
  }
`);

const DeleteVpc = graphql(`
  mutation ForgedDeleteVpc($id: ID!) {
    deleteVpc(id: $id) { deletedId errors { __typename code message } }
  }
`);

const DeleteObject = graphql(`
  mutation ForgedDeleteObject($id: ID!) {
    deleteObject(id: $id) { deletedId errors { __typename code message } }
  }
`);

const PutObject = graphql(`
  mutation ForgedPutObject($input: PutObjectInput!) {
    putObject(input: $input) { object { id } errors { __typename code message } }
  }
`);

const CreateKeypair = graphql(`
  mutation ForgedCreateKeypair($input: CreateKeypairInput!) {
    createKeypair(input: $input) { keypair { id } errors { __typename code message } }
  }
`);

const RegionByName = graphql(`
  query ForgedRegionByName($provider: CloudProvider!, $name: String!) {
    region(provider: $provider, name: $name) { id servers(first: 1) { totalCount } }
  }
`);

const Servers = graphql(`
  query ForgedWarmUp {
    region(provider: NHN, name: "kr1") { servers(first: 1) { edges { node { id } } } containers { name } }
    kakao: region(provider: KAKAO, name: "kr-central-2") { servers(first: 1) { edges { node { id } } } }
  }
`);

const RegionContainer = graphql(`
  query ForgedRegionContainer($name: String!) {
    region(provider: NHN, name: "kr1") { container(name: $name) { name } }
  }
`);

const ServerStatus = graphql(`
  subscription ForgedServerStatus($regionId: ID!) {
    serverStatusChanged(regionId: $regionId) { status }
  }
`);

const StatusChanged = graphql(`
  subscription ForgedStatusChanged($ids: [ID!]!) {
    statusChanged(ids: $ids) { status }
  }
`);

const id = (typename: string, key: string) => encodeGlobalID(typename, key);

/** Regions no configuration names: traversal, another host, an unconfigured one, NKS-less. */
const FORGED_REGIONS = ['kr1/../../x?', 'evil.example/x?', 'kr9', 'KR1', 'kr1#', '127.0.0.1:1', 'kr1\n', ' kr1'];

/** Upstream ids that would leave their path segment. */
const FORGED_UPSTREAM_IDS = ['a/b', '..', '.', 'abc?x=1', 'abc#frag', 'abc%2F..%2Fx', '%2e%2e', 'a\r\nX-Evil: 1', 'x'.repeat(5000), ''];

/** Every way to forge a Server id, with the part that is forged. */
function forgedServerIds(): [string, string][] {
  const real = '2bd4c5b2-8a57-4b1c-9a43-b8f6a3a3c001';
  return [
    ...FORGED_REGIONS.map((r): [string, string] => [`region ${JSON.stringify(r)}`, id('Server', `NHN:${r}:${real}`)]),
    ...FORGED_REGIONS.map((r): [string, string] => [`Kakao region ${JSON.stringify(r)}`, id('Server', `KAKAO:${r}:${real}`)]),
    ...FORGED_UPSTREAM_IDS.map((u): [string, string] => [`upstream id ${JSON.stringify(u.slice(0, 20))}`, id('Server', `NHN:kr1:${u}`)]),
    ...FORGED_UPSTREAM_IDS.map((u): [string, string] => [`Kakao upstream id ${JSON.stringify(u.slice(0, 20))}`, id('Server', `KAKAO:kr-central-2:${u}`)]),
    ['provider AWS', id('Server', `AWS:kr1:${real}`)],
    ['provider nhn', id('Server', `nhn:kr1:${real}`)],
    ['no region', id('Server', `NHN::${real}`)],
  ];
}

/** Forged kinds: not a type, not a node type, not loadable by id. */
const FORGED_KINDS: [string, string][] = [
  ['kind Bogus', id('Bogus', 'NHN:kr1:abc')],
  ['kind Query', id('Query', 'NHN:kr1:abc')],
  ['kind ServerConnection', id('ServerConnection', 'NHN:kr1:abc')],
  ['kind ValidationError', id('ValidationError', 'NHN:kr1:abc')],
  ['kind __proto__', id('__proto__', 'NHN:kr1:abc')],
];

/** Regions that exist, as global ids, forged the same ways. */
const FORGED_REGION_IDS: [string, string][] = [
  ...FORGED_REGIONS.map((r): [string, string] => [`Region ${JSON.stringify(r)}`, id('Region', `NHN:${r}`)]),
  ['Region:NHN:kr9', id('Region', 'NHN:kr9')],
  ['Region:KAKAO:kr-central-9', id('Region', 'KAKAO:kr-central-9')],
];

/** Runs `work` and asserts it made no request at the emulator. */
async function noUpstreamRequest<T>(emulator: Emulator, label: string, work: () => Promise<T>): Promise<T> {
  const before = new Map(emulator.requests);
  const total = emulator.requestCount();
  const result = await work();
  const made = [...emulator.requests].filter(([route, n]) => n !== (before.get(route) ?? 0)).map(([route]) => route);
  expect(emulator.requestCount() - total, `${label}: upstream requests ${JSON.stringify(made)}`).toBe(0);
  return result;
}

describe('forged global ids with server-held credentials', () => {
  const stack = useStack();
  let realServerId = '';

  beforeAll(async () => {
    // Tokens are issued and a real id is known before any forged request is counted.
    const data = (await execute(stack().client, Servers)).expectNoGraphQLErrors();
    realServerId = data.region!.servers!.edges[0]!.node.id;
    expect(data.kakao!.servers!.edges.length).toBeGreaterThan(0);
  });

  it('should answer null for node(id:) with any forged part, without an upstream request', async () => {
    const { client, emulator } = stack() as Stack;
    for (const [label, forged] of [...forgedServerIds(), ...FORGED_KINDS, ...FORGED_REGION_IDS]) {
      const r = await noUpstreamRequest(emulator, label, () => execute(client, Node, { variables: { id: forged } }));
      expect(r.errors, label).toEqual([]);
      expect(r.data?.node, label).toBeNull();
    }
  });

  it('should answer null in place for each forged id of nodes(ids:), without an upstream request', async () => {
    const { client, emulator } = stack();
    const forged = [...forgedServerIds(), ...FORGED_KINDS, ...FORGED_REGION_IDS].map(([, g]) => g);
    const r = await noUpstreamRequest(emulator, 'nodes', () => execute(client, Nodes, { variables: { ids: forged } }));
    expect(r.errors).toEqual([]);
    expect(r.data?.nodes).toEqual(forged.map(() => null));
  });

  it('should still resolve the real ids among forged ones, calling only the configured hosts', async () => {
    const { client, emulator } = stack();
    const before = new Map(emulator.requests);
    const ids = [id('Server', 'NHN:kr1/../../x?:abc'), realServerId, id('Bogus', 'NHN:kr1:abc'), id('Server', 'NHN:kr1:a/b')];
    const r = await execute(client, Nodes, { variables: { ids } });
    expect(r.errors).toEqual([]);
    expect(r.data?.nodes).toEqual([null, { id: realServerId, __typename: 'Server' }, null, null]);
    const made = [...emulator.requests].filter(([route, n]) => n !== (before.get(route) ?? 0)).map(([route]) => route);
    expect(made.length).toBeGreaterThan(0);
    for (const route of made) expect(route).toMatch(new RegExp(`^GET /nhn/kr1/compute/v2/${DEMO_NHN.tenantId}/`));
  });

  it('should refuse a forged id in a mutation as a ValidationError, without an upstream request', async () => {
    const { client, emulator } = stack();
    const vpcIds: [string, string][] = [
      ...FORGED_REGIONS.map((r): [string, string] => [`vpc region ${JSON.stringify(r)}`, id('Vpc', `NHN:${r}:abc`)]),
      ...FORGED_UPSTREAM_IDS.map((u): [string, string] => [`vpc id ${JSON.stringify(u.slice(0, 20))}`, id('Vpc', `NHN:kr1:${u}`)]),
      ...FORGED_UPSTREAM_IDS.map((u): [string, string] => [`Kakao vpc id ${JSON.stringify(u.slice(0, 20))}`, id('Vpc', `KAKAO:kr-central-2:${u}`)]),
      ['vpc of a Server kind', realServerId],
    ];
    for (const [label, forged] of forgedServerIds()) {
      const r = await noUpstreamRequest(emulator, label, () => execute(client, StopServer, { variables: { id: forged } }));
      expect(r.errors, label).toEqual([]);
      expect(r.data?.stopServer.server, label).toBeNull();
      expect(r.data?.stopServer.errors, label).toMatchObject([{ __typename: 'ValidationError', code: 'VALIDATION' }]);
    }
    for (const [label, forged] of vpcIds) {
      const r = await noUpstreamRequest(emulator, label, () => execute(client, DeleteVpc, { variables: { id: forged } }));
      expect(r.errors, label).toEqual([]);
      expect(r.data?.deleteVpc, label).toMatchObject({ deletedId: null, errors: [{ __typename: 'ValidationError' }] });
    }
  });

  it('should refuse a forged region id in a create, without an upstream request', async () => {
    const { client, emulator } = stack();
    for (const [label, regionId] of FORGED_REGION_IDS) {
      const r = await noUpstreamRequest(emulator, label, () => execute(client, CreateKeypair, { variables: { input: { regionId, name: 'forged-key' } } }));
      expect(r.errors, label).toEqual([]);
      expect(r.data?.createKeypair, label).toMatchObject({ keypair: null, errors: [{ __typename: 'ValidationError' }] });
    }
  });

  it('should answer null for region(provider, name) with a name no configuration holds, without an upstream request', async () => {
    const { client, emulator } = stack();
    for (const name of [...FORGED_REGIONS, 'kr-central-2']) {
      const r = await noUpstreamRequest(emulator, name, () => execute(client, RegionByName, { variables: { provider: 'NHN', name } }));
      expect(r.errors, name).toEqual([]);
      expect(r.data?.region, name).toBeNull();
    }
  });

  it('should keep container and object names inside their path segment', async () => {
    const { client, emulator } = stack();
    const objectIds: [string, string][] = [
      ['object name with ..', id('StorageObject', 'NHN:kr1:hanul-assets/../../AUTH_other/c/x')],
      ['object name that is ..', id('StorageObject', 'NHN:kr1:hanul-assets/..')],
      ['object name with . part', id('StorageObject', 'NHN:kr1:hanul-assets/a/./b')],
      ['container ..', id('StorageObject', 'NHN:kr1:../x')],
      ['object name with a control character', id('StorageObject', 'NHN:kr1:hanul-assets/a\u0000b')],
      ['object in a forged region', id('StorageObject', 'NHN:kr1/../..:hanul-assets/x')],
      ['very long object name', id('StorageObject', `NHN:kr1:hanul-assets/${'x'.repeat(5000)}`)],
    ];
    const containerIds: [string, string][] = [
      ['container ..', id('Container', 'NHN:kr1:..')],
      ['container with /', id('Container', 'NHN:kr1:a/b')],
      ['container in a forged region', id('Container', 'NHN:evil.example/x?:hanul-assets')],
    ];
    for (const [label, forged] of [...objectIds, ...containerIds]) {
      const r = await noUpstreamRequest(emulator, label, () => execute(client, Node, { variables: { id: forged } }));
      expect(r.errors, label).toEqual([]);
      expect(r.data?.node, label).toBeNull();
    }
    for (const [label, forged] of objectIds) {
      const r = await noUpstreamRequest(emulator, label, () => execute(client, DeleteObject, { variables: { id: forged } }));
      expect(r.errors, label).toEqual([]);
      expect(r.data?.deleteObject, label).toMatchObject({ deletedId: null, errors: [{ __typename: 'ValidationError' }] });
    }
    for (const [label, containerId] of containerIds) {
      const r = await noUpstreamRequest(emulator, label, () => execute(client, PutObject, { variables: { input: { containerId, name: 'x.txt', content: 'x' } } }));
      expect(r.errors, label).toEqual([]);
      expect(r.data?.putObject, label).toMatchObject({ object: null, errors: [{ __typename: 'ValidationError' }] });
    }
    const realContainer = id('Container', 'NHN:kr1:hanul-assets');
    // `?`, `#` and `%` are legal in Swift names: encoded, they stay one segment of the account's path.
    const before = new Map(emulator.requests);
    const odd = await execute(client, Node, { variables: { id: id('Container', 'NHN:kr1:a?b#c%2F') } });
    expect(odd.errors).toEqual([]);
    expect(odd.data?.node).toBeNull();
    const made = [...emulator.requests].filter(([route, n]) => n !== (before.get(route) ?? 0)).map(([route]) => route);
    expect(made).toEqual([`HEAD /nhn/kr1/object-storage/v1/AUTH_${DEMO_NHN.storageTenantId}/a%3Fb%23c%252F`]);

    for (const name of ['..', '.', 'a/b', '%2e%2e', 'x'.repeat(5000)]) {
      const r = await noUpstreamRequest(emulator, name, () => execute(client, RegionContainer, { variables: { name } }));
      expect(r.errors, name).toEqual([]);
      expect(r.data?.region?.container, name).toBeNull();
    }

    for (const name of ['../../AUTH_other/c/x', 'a/../b', './a', 'a/.', 'a\u0001b']) {
      const r = await noUpstreamRequest(emulator, name, () => execute(client, PutObject, { variables: { input: { containerId: realContainer, name, content: 'x' } } }));
      expect(r.errors, name).toEqual([]);
      expect(r.data?.putObject, name).toMatchObject({ object: null, errors: [{ __typename: 'ValidationError' }] });
    }
  });

  it('should refuse a subscription to a forged region or forged ids with BAD_USER_INPUT, and start no poller', async () => {
    const { hanul, emulator } = stack();
    const ws = wsClient(hanul.graphqlUrl);
    try {
      const total = emulator.requestCount();
      for (const [label, regionId] of FORGED_REGION_IDS) {
        const errors = await record(ws, ServerStatus, { regionId }).failed(5000);
        expect(errors.map((e) => e.extensions?.code), label).toEqual(['BAD_USER_INPUT']);
      }
      const forgedIds = forgedServerIds().map(([, g]) => g);
      for (const forged of forgedIds) {
        const errors = await record(ws, StatusChanged, { ids: [forged] }).failed(5000);
        expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
      expect(emulator.requestCount() - total).toBe(0);
    } finally {
      await ws.dispose();
    }
  });
});

describe('forged global ids with a token the client brought', () => {
  const stack = useStack({ configure: (c) => ({ ...c, nhn: { ...c.nhn, credentials: undefined }, kakao: { ...c.kakao, credentials: undefined } }) });

  const IssueToken = graphql(`
    mutation ForgedIssueToken($input: IssueTokenInput!) {
      issueToken(input: $input) { token errors { __typename } }
    }
  `);

  it('should answer null and refuse mutations without an upstream request, and refuse a forged X-Hanul-Tenant', async () => {
    const { client, emulator } = stack();
    const issued = (await execute(client, IssueToken, { variables: { input: { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password: DEMO_NHN.password } } })).expectNoGraphQLErrors();
    const headers = { authorization: `Bearer ${issued.issueToken.token}`, 'x-hanul-tenant': DEMO_NHN.tenantId };
    for (const [label, forged] of [...forgedServerIds().filter(([l]) => !l.startsWith('Kakao')), ...FORGED_KINDS, ...FORGED_REGION_IDS]) {
      const node = await noUpstreamRequest(emulator, label, () => execute(client, Node, { variables: { id: forged }, headers }));
      expect(node.errors, label).toEqual([]);
      expect(node.data?.node, label).toBeNull();
      const stop = await noUpstreamRequest(emulator, label, () => execute(client, StopServer, { variables: { id: forged }, headers }));
      const refused = stop.errorCode() === 'BAD_USER_INPUT' || stop.errorCode() === 'UNAUTHENTICATED' || stop.data?.stopServer.errors[0]?.__typename === 'ValidationError';
      expect(refused, `${label}: ${JSON.stringify(stop.errors)} ${JSON.stringify(stop.data)}`).toBe(true);
    }
    for (const tenant of ['../../x?', `${DEMO_NHN.tenantId}/../x`, `${DEMO_NHN.tenantId}?a=1`, `${DEMO_NHN.tenantId}#`, 'x'.repeat(300)]) {
      const r = await noUpstreamRequest(emulator, tenant, () =>
        execute(client, Node, { variables: { id: id('Server', 'NHN:kr1:abc') }, headers: { ...headers, 'x-hanul-tenant': tenant } }),
      );
      expect(r.errorCode(), tenant).toBe('BAD_USER_INPUT');
    }
  });
});
