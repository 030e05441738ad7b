import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KAKAO, OTHER_KAKAO } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { globalId } from './compute-fixtures.js';
import { execute, useStack } from './kit.js';
import {
  KAKAO_REGION,
  kakaoBearer,
  kakaoCatalog,
  kakaoGone,
  kakaoRegionId,
  kakaoRequests,
  kakaoServerReaching,
  kakaoToken,
  type KakaoCatalog,
} from './kakao-fixtures.js';

// Transitions slow enough that the state a mutation answers with is still the cloud's when Hanul reads it back.
const stack = useStack({ emulator: { transitionMs: 150 } });

graphql(`
  fragment KakaoActionResult on ServerActionPayload {
    server { id status rawStatus taskState flavor { id name } }
    errors { __typename code message ... on ConflictError { currentStatus } }
  }
`);

const IssueToken = graphql(`
  mutation KakaoIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }
  }
`);
const KakaoViewer = graphql(`
  query KakaoViewer { viewer(provider: KAKAO) { provider tenantId tenantName userId tokenExpiresAt } regions { provider name } }
`);
const KakaoServers = graphql(`
  query KakaoServers($name: String!) {
    region(provider: KAKAO, name: $name) {
      servers(first: 100) { totalCount edges { node { id name status rawStatus flavor { name } image { name } keypair { name } addresses { address type } } } }
    }
  }
`);
const CreateServer = graphql(`
  mutation KakaoCreateServer($input: CreateServerInput!) {
    createServer(input: $input) {
      server { id name status rawStatus flavor { name } image { name } keypair { name } region { provider name } }
      errors { __typename code message }
    }
  }
`);
const StopServer = graphql(`mutation KakaoStop($id: ID!) { stopServer(id: $id) { ...KakaoActionResult } }`);
const StartServer = graphql(`mutation KakaoStart($id: ID!) { startServer(id: $id) { ...KakaoActionResult } }`);
const RebootServer = graphql(`mutation KakaoReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...KakaoActionResult } }`);
const ResizeServer = graphql(`mutation KakaoResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...KakaoActionResult } }`);
const ShelveServer = graphql(`mutation KakaoShelve($id: ID!) { shelveServer(id: $id) { ...KakaoActionResult } }`);
const UnshelveServer = graphql(`mutation KakaoUnshelve($id: ID!) { unshelveServer(id: $id) { ...KakaoActionResult } }`);
const DeleteServer = graphql(`mutation KakaoDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename code message } } }`);
const CreateKeypair = graphql(`
  mutation KakaoCreateKeypair($input: CreateKeypairInput!) {
    createKeypair(input: $input) { keypair { id name fingerprint publicKey region { provider name } } privateKey errors { __typename code message } }
  }
`);
const DeleteKeypair = graphql(`mutation KakaoDeleteKeypair($id: ID!) { deleteKeypair(id: $id) { deletedId errors { __typename code message } } }`);

let catalog: KakaoCatalog;
let counter = 0;

beforeAll(async () => {
  catalog = await kakaoCatalog(stack().client);
});

function serverInput(name: string, extra: Record<string, unknown> = {}) {
  return {
    regionId: catalog.regionId,
    name,
    flavorId: catalog.flavor('m2a.large'),
    imageId: catalog.image('Ubuntu 24.04'),
    keypairId: catalog.keypair('hanul-demo-key'),
    subnetIds: [catalog.subnet('hanul-public-a')],
    ...extra,
  };
}

/** A fresh ACTIVE server of the test's own. */
async function activeServer(prefix: string): Promise<string> {
  counter += 1;
  const created = (await execute(stack().client, CreateServer, { variables: { input: serverInput(`${prefix}-${counter}`) } })).expectNoGraphQLErrors();
  expect(created.createServer.errors).toEqual([]);
  const id = created.createServer.server!.id;
  await kakaoServerReaching(stack().client, id, 'ACTIVE');
  return id;
}

describe('KakaoCloud credentials', () => {
  it('should issue a token for an access key id and secret, naming the project it acts in', async () => {
    const data = (
      await execute(stack().client, IssueToken, { variables: { input: { provider: 'KAKAO', username: DEMO_KAKAO.accessKeyId, password: DEMO_KAKAO.secretAccessKey } } })
    ).expectNoGraphQLErrors();
    expect(data.issueToken).toMatchObject({ provider: 'KAKAO', tenantId: DEMO_KAKAO.projectId, errors: [] });
    expect(data.issueToken.token).toBeTruthy();
    expect(Date.parse(data.issueToken.expiresAt!)).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });

  it('should refuse a wrong secret as UNAUTHENTICATED without echoing it', async () => {
    const result = await execute(stack().client, IssueToken, { variables: { input: { provider: 'KAKAO', username: DEMO_KAKAO.accessKeyId, password: 'not-the-secret' } } });
    expect(result.errorCode()).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(result.errors)).not.toContain('not-the-secret');
  });

  it('should answer ValidationError when the tenant given is not the access key’s project', async () => {
    const data = (
      await execute(stack().client, IssueToken, {
        variables: { input: { provider: 'KAKAO', tenantId: OTHER_KAKAO.projectId, username: DEMO_KAKAO.accessKeyId, password: DEMO_KAKAO.secretAccessKey } },
      })
    ).expectNoGraphQLErrors();
    expect(data.issueToken.token).toBeNull();
    expect(data.issueToken.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['input', 'tenantId'] });
  });

  it('should serve a request on a client token (X-Hanul-Provider: KAKAO) with only that project’s resources', async () => {
    const { client } = stack();
    const demo = await kakaoToken(client);
    const other = await kakaoToken(client, OTHER_KAKAO);
    const viewer = (await execute(client, KakaoViewer, { headers: kakaoBearer(demo) })).expectNoGraphQLErrors();
    expect(viewer.viewer).toMatchObject({ provider: 'KAKAO', tenantId: DEMO_KAKAO.projectId, tenantName: DEMO_KAKAO.projectName, userId: DEMO_KAKAO.userId });
    expect(viewer.viewer.tokenExpiresAt).toBeTruthy();
    // A bearer token opens one cloud only.
    expect(new Set(viewer.regions.map((r) => r.provider))).toEqual(new Set(['KAKAO']));

    const mine = (await execute(client, KakaoServers, { variables: { name: KAKAO_REGION }, headers: kakaoBearer(demo) })).expectNoGraphQLErrors();
    const theirs = (await execute(client, KakaoServers, { variables: { name: KAKAO_REGION }, headers: kakaoBearer(other, OTHER_KAKAO.projectId) })).expectNoGraphQLErrors();
    const names = (r: typeof mine) => r.region!.servers!.edges.map((e) => e.node.name);
    expect(names(mine)).toEqual(expect.arrayContaining(['web-1', 'web-2', 'batch-1', 'db-1']));
    expect(names(theirs)).toEqual(['other-app']);
  });

  it('should refuse a token used with another project in X-Hanul-Tenant as FORBIDDEN, reading nothing', async () => {
    const { client, emulator } = stack();
    const demo = await kakaoToken(client);
    const before = kakaoRequests(emulator, 'GET', 'bcs', '/api/v1/instances');
    const result = await execute(client, KakaoServers, { variables: { name: KAKAO_REGION }, headers: kakaoBearer(demo, OTHER_KAKAO.projectId) });
    expect(result.errorCode()).toBe('FORBIDDEN');
    expect(kakaoRequests(emulator, 'GET', 'bcs', '/api/v1/instances')).toBe(before);
  });

  it('should refuse an unknown bearer token as UNAUTHENTICATED', async () => {
    const result = await execute(stack().client, KakaoServers, { variables: { name: KAKAO_REGION }, headers: kakaoBearer('gAAAAAnot-a-token') });
    expect(result.errorCode()).toBe('UNAUTHENTICATED');
  });
});

describe('KakaoCloud servers', () => {
  it('should list the seeded instances with statuses normalised and the raw word kept', async () => {
    const data = (await execute(stack().client, KakaoServers, { variables: { name: KAKAO_REGION } })).expectNoGraphQLErrors();
    const byName = new Map(data.region!.servers!.edges.map((e) => [e.node.name, e.node]));
    expect(byName.get('web-1')).toMatchObject({ status: 'ACTIVE', rawStatus: 'active', flavor: { name: 'm2a.large' }, image: { name: 'Ubuntu 22.04' }, keypair: { name: 'hanul-demo-key' } });
    expect(byName.get('web-2')).toMatchObject({ status: 'SHUTOFF', rawStatus: 'stopped' });
    expect(byName.get('batch-1')).toMatchObject({ status: 'SHELVED_OFFLOADED', rawStatus: 'shelved_offloaded' });
    expect(byName.get('web-1')!.addresses.map((a) => a.type).sort()).toEqual(['FIXED', 'FLOATING']);
  });

  it('should create a server in BUILD that becomes ACTIVE, in the default subnet when none is named', async () => {
    const { client } = stack();
    const result = (await execute(client, CreateServer, { variables: { input: serverInput('kakao-create', { subnetIds: undefined }) } })).expectNoGraphQLErrors();
    expect(result.createServer.errors).toEqual([]);
    expect(result.createServer.server).toMatchObject({
      name: 'kakao-create',
      status: 'BUILD',
      rawStatus: 'build',
      flavor: { name: 'm2a.large' },
      image: { name: 'Ubuntu 24.04' },
      keypair: { name: 'hanul-demo-key' },
      region: { provider: 'KAKAO', name: KAKAO_REGION },
    });
    await kakaoServerReaching(client, result.createServer.server!.id, 'ACTIVE');
  });

  it('should create one server when a create is retried with the same idempotency key', async () => {
    const { client, emulator } = stack();
    const before = kakaoRequests(emulator, 'POST', 'bcs', '/api/v1/instances');
    const input = serverInput('kakao-idem', { idempotencyKey: 'kakao-idem-1' });
    const [a, b] = await Promise.all([execute(client, CreateServer, { variables: { input } }), execute(client, CreateServer, { variables: { input } })]);
    expect(a.expectNoGraphQLErrors().createServer.server!.id).toBe(b.expectNoGraphQLErrors().createServer.server!.id);
    expect(kakaoRequests(emulator, 'POST', 'bcs', '/api/v1/instances') - before).toBe(1);
  });

  it('should stop an ACTIVE server (SHUTOFF, raw "stopped") and start it again', async () => {
    const { client } = stack();
    const id = await activeServer('kakao-stop');
    const stopped = (await execute(client, StopServer, { variables: { id } })).expectNoGraphQLErrors().stopServer;
    expect(stopped.errors).toEqual([]);
    expect(stopped.server!.taskState).toBe('powering-off');
    expect(await kakaoServerReaching(client, id, 'SHUTOFF')).toMatchObject({ rawStatus: 'stopped' });
    const started = (await execute(client, StartServer, { variables: { id } })).expectNoGraphQLErrors().startServer;
    expect(started.errors).toEqual([]);
    await kakaoServerReaching(client, id, 'ACTIVE');
  });

  it('should reboot softly (REBOOT) and hard (HARD_REBOOT), back to ACTIVE', async () => {
    const { client } = stack();
    const id = await activeServer('kakao-reboot');
    const soft = (await execute(client, RebootServer, { variables: { id } })).expectNoGraphQLErrors().rebootServer;
    expect(soft).toMatchObject({ errors: [], server: { status: 'REBOOT', rawStatus: 'reboot' } });
    await kakaoServerReaching(client, id, 'ACTIVE');
    const hard = (await execute(client, RebootServer, { variables: { id, hard: true } })).expectNoGraphQLErrors().rebootServer;
    expect(hard).toMatchObject({ errors: [], server: { status: 'HARD_REBOOT', rawStatus: 'hard_reboot' } });
    await kakaoServerReaching(client, id, 'ACTIVE');
  });

  it('should resize a stopped server, and refuse a running one with ConflictError (KakaoCloud resizes stopped instances)', async () => {
    const { client } = stack();
    const id = await activeServer('kakao-resize');
    const bigger = catalog.flavor('m2a.xlarge');
    const refused = (await execute(client, ResizeServer, { variables: { id, flavorId: bigger } })).expectNoGraphQLErrors().resizeServer;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ConflictError', currentStatus: 'ACTIVE' });

    await execute(client, StopServer, { variables: { id } });
    await kakaoServerReaching(client, id, 'SHUTOFF');
    const resized = (await execute(client, ResizeServer, { variables: { id, flavorId: bigger } })).expectNoGraphQLErrors().resizeServer;
    expect(resized).toMatchObject({ errors: [], server: { status: 'RESIZE' } });
    expect(await kakaoServerReaching(client, id, 'SHUTOFF')).toMatchObject({ flavor: { name: 'm2a.xlarge' } });
  });

  it('should shelve a server (SHELVED, then SHELVED_OFFLOADED) and unshelve it to ACTIVE', async () => {
    const { client } = stack();
    const id = await activeServer('kakao-shelve');
    const shelved = (await execute(client, ShelveServer, { variables: { id } })).expectNoGraphQLErrors().shelveServer;
    expect(shelved).toMatchObject({ errors: [], server: { status: 'SHELVED', rawStatus: 'shelved' } });
    await kakaoServerReaching(client, id, 'SHELVED_OFFLOADED');
    const unshelved = (await execute(client, UnshelveServer, { variables: { id } })).expectNoGraphQLErrors().unshelveServer;
    expect(unshelved.errors).toEqual([]);
    await kakaoServerReaching(client, id, 'ACTIVE');
  });

  it('should refuse to start an ACTIVE server with ConflictError naming its status', async () => {
    const id = await activeServer('kakao-conflict');
    const refused = (await execute(stack().client, StartServer, { variables: { id } })).expectNoGraphQLErrors().startServer;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ConflictError', currentStatus: 'ACTIVE' });
  });

  it('should delete a server, after which node(id) is null', async () => {
    const { client } = stack();
    const id = await activeServer('kakao-delete');
    const deleted = (await execute(client, DeleteServer, { variables: { id } })).expectNoGraphQLErrors().deleteServer;
    expect(deleted).toEqual({ deletedId: id, errors: [] });
    await kakaoGone(client, id);
  });

  it('should answer NotFoundError for a server that does not exist', async () => {
    const id = globalId('Server', 'KAKAO', KAKAO_REGION, '00000000-0000-4000-8000-000000000000');
    const result = (await execute(stack().client, StopServer, { variables: { id } })).expectNoGraphQLErrors().stopServer;
    expect(result.errors[0]).toMatchObject({ __typename: 'NotFoundError' });
  });
});

describe('KakaoCloud key pairs', () => {
  it('should generate a key pair, returning its private key once, and delete it', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateKeypair, { variables: { input: { regionId: kakaoRegionId(), name: 'kakao-generated' } } })).expectNoGraphQLErrors().createKeypair;
    expect(created.errors).toEqual([]);
    expect(created.keypair).toMatchObject({ name: 'kakao-generated', region: { provider: 'KAKAO', name: KAKAO_REGION } });
    expect(created.privateKey).toMatch(/BEGIN PRIVATE KEY/);
    const deleted = (await execute(client, DeleteKeypair, { variables: { id: created.keypair!.id } })).expectNoGraphQLErrors().deleteKeypair;
    expect(deleted).toEqual({ deletedId: created.keypair!.id, errors: [] });
  });

  it('should import a public key and refuse a taken name with ConflictError', async () => {
    const { client } = stack();
    const publicKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcH kakao@hanul';
    const imported = (await execute(client, CreateKeypair, { variables: { input: { regionId: kakaoRegionId(), name: 'kakao-imported', publicKey } } })).expectNoGraphQLErrors().createKeypair;
    expect(imported).toMatchObject({ errors: [], privateKey: null, keypair: { name: 'kakao-imported', publicKey } });
    const again = (await execute(client, CreateKeypair, { variables: { input: { regionId: kakaoRegionId(), name: 'kakao-imported', publicKey } } })).expectNoGraphQLErrors().createKeypair;
    expect(again.errors[0]).toMatchObject({ __typename: 'ConflictError' });
  });
});

describe('KakaoCloud servers without a key pair', () => {
  it('should build a server without keypairId, as KakaoCloud allows (NHN refuses it)', async () => {
    const { keypairId: _omitted, ...input } = serverInput('kakao-keyless');
    const created = (await execute(stack().client, CreateServer, { variables: { input } })).expectNoGraphQLErrors().createServer;
    expect(created.errors).toEqual([]);
    expect(created.server).toMatchObject({ name: 'kakao-keyless', keypair: null });
    await kakaoServerReaching(stack().client, created.server!.id, 'ACTIVE');
  });
});
