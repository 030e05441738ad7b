import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { demoSubnetId, regionCatalog, serverCreates, type RegionCatalog } from './compute-fixtures.js';
import { eventually, execute, useStack } from './kit.js';

// Transitions a little slower than the kit's default, so that the state a mutation
// answers with (REBOOT, RESIZE, …) is still the state the cloud is in when Hanul reads it back.
const stack = useStack({ emulator: { transitionMs: 250 } });

const REGION = 'kr3';

// The fields every server action answers with, spread into the action documents below.
graphql(`
  fragment LifecycleActionResult on ServerActionPayload {
    server { id status taskState flavor { id name } }
    errors {
      __typename
      code
      message
      ... on ConflictError { currentStatus }
    }
  }
`);

const CreateServer = graphql(`
  mutation LifecycleCreateServer($input: CreateServerInput!) {
    createServer(input: $input) {
      server { id name status flavor { name } image { name } keypair { name } region { name } }
      errors { __typename code message }
    }
  }
`);

const ServerNode = graphql(`
  query LifecycleServerNode($id: ID!) {
    node(id: $id) {
      id
      ... on Server { name status taskState updatedAt flavor { id name } addresses { address type } }
    }
  }
`);

const StopServer = graphql(`
  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }
`);
const StartServer = graphql(`
  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }
`);
const RebootServer = graphql(`
  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }
`);
const ResizeServer = graphql(`
  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }
`);
const ShelveServer = graphql(`
  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }
`);
const UnshelveServer = graphql(`
  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }
`);
const DeleteServer = graphql(`
  mutation LifecycleDelete($id: ID!) {
    deleteServer(id: $id) { deletedId errors { __typename code message } }
  }
`);

const ServersNamed = graphql(`
  query LifecycleServersNamed($region: String!, $name: String!) {
    region(provider: NHN, name: $region) {
      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }
    }
  }
`);

let catalog: RegionCatalog;
let subnetId: string;
let counter = 0;

beforeAll(async () => {
  const { client, emulator } = stack();
  catalog = await regionCatalog(client, REGION);
  subnetId = await demoSubnetId(emulator, REGION);
});

function serverInput(name: string, extra: { idempotencyKey?: string; flavor?: string; defaultSubnet?: boolean } = {}) {
  return {
    regionId: catalog.regionId,
    name,
    flavorId: catalog.flavor(extra.flavor ?? 'm2.c1m2'),
    imageId: catalog.image('Ubuntu Server 24.04'),
    keypairId: catalog.keypair('demo-key'),
    ...(extra.defaultSubnet ? {} : { subnetIds: [subnetId] }),
    ...(extra.idempotencyKey ? { idempotencyKey: extra.idempotencyKey } : {}),
  };
}

async function serverNode(id: string) {
  const data = (await execute(stack().client, ServerNode, { variables: { id } })).expectNoGraphQLErrors();
  return data.node && 'status' in data.node ? data.node : null;
}

/** Polls node(id) until the server reaches `status`, and returns it. */
function serverReaching(id: string, status: string) {
  return eventually(async () => {
    const server = await serverNode(id);
    return server?.status === status ? server : undefined;
  });
}

/** A new server of its own for one test, once it is ACTIVE. */
async function activeServer(prefix: string): Promise<string> {
  counter += 1;
  const created = (await execute(stack().client, CreateServer, { variables: { input: serverInput(`${prefix}-${counter}`) } })).expectNoGraphQLErrors();
  expect(created.createServer.errors).toEqual([]);
  const id = created.createServer.server!.id;
  await serverReaching(id, 'ACTIVE');
  return id;
}

async function countNamed(name: string): Promise<number> {
  const data = (await execute(stack().client, ServersNamed, { variables: { region: REGION, name } })).expectNoGraphQLErrors();
  return data.region!.servers!.edges.filter((e) => e.node.name === name).length;
}

describe('createServer', () => {
  it("should answer with the server in BUILD, which then becomes ACTIVE with an address in the region's default subnet", async () => {
    const { client } = stack();
    const result = (await execute(client, CreateServer, { variables: { input: serverInput('life-create', { defaultSubnet: true }) } })).expectNoGraphQLErrors();
    expect(result.createServer.errors).toEqual([]);
    const server = result.createServer.server!;
    expect(server).toMatchObject({
      name: 'life-create',
      status: 'BUILD',
      flavor: { name: 'm2.c1m2' },
      keypair: { name: 'demo-key' },
      region: { name: REGION },
    });
    expect(server.image?.name).toMatch(/^Ubuntu Server 24\.04/);

    const active = await serverReaching(server.id, 'ACTIVE');
    expect(active).toMatchObject({ id: server.id, name: 'life-create', taskState: null });
    expect(active.addresses).toEqual([expect.objectContaining({ type: 'FIXED', address: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/) })]);
  });
});

describe('server actions', () => {
  it('should stop an ACTIVE server (SHUTOFF) and start it again (ACTIVE)', async () => {
    const { client } = stack();
    const id = await activeServer('life-stop');

    const stop = (await execute(client, StopServer, { variables: { id } })).expectNoGraphQLErrors();
    expect(stop.stopServer.errors).toEqual([]);
    expect(stop.stopServer.server).toMatchObject({ id, taskState: 'powering-off' });
    await serverReaching(id, 'SHUTOFF');

    const start = (await execute(client, StartServer, { variables: { id } })).expectNoGraphQLErrors();
    expect(start.startServer.errors).toEqual([]);
    expect(start.startServer.server).toMatchObject({ id, status: 'SHUTOFF', taskState: 'powering-on' });
    await serverReaching(id, 'ACTIVE');
  });

  it('should reboot softly through REBOOT back to ACTIVE', async () => {
    const { client } = stack();
    const id = await activeServer('life-reboot');
    const reboot = (await execute(client, RebootServer, { variables: { id } })).expectNoGraphQLErrors();
    expect(reboot.rebootServer.errors).toEqual([]);
    expect(reboot.rebootServer.server).toMatchObject({ id, status: 'REBOOT', taskState: 'rebooting' });
    await serverReaching(id, 'ACTIVE');
  });

  it('should reboot hard through HARD_REBOOT, which also brings a SHUTOFF server up', async () => {
    const { client } = stack();
    const id = await activeServer('life-hard');
    const hard = (await execute(client, RebootServer, { variables: { id, hard: true } })).expectNoGraphQLErrors();
    expect(hard.rebootServer.errors).toEqual([]);
    expect(hard.rebootServer.server).toMatchObject({ id, status: 'HARD_REBOOT', taskState: 'rebooting_hard' });
    await serverReaching(id, 'ACTIVE');

    (await execute(client, StopServer, { variables: { id } })).expectNoGraphQLErrors();
    await serverReaching(id, 'SHUTOFF');
    const fromShutoff = (await execute(client, RebootServer, { variables: { id, hard: true } })).expectNoGraphQLErrors();
    expect(fromShutoff.rebootServer.errors).toEqual([]);
    await serverReaching(id, 'ACTIVE');
  });

  it('should resize a server to another flavor of its region', async () => {
    const { client } = stack();
    const id = await activeServer('life-resize');
    const flavorId = catalog.flavor('m2.c2m4');
    const resize = (await execute(client, ResizeServer, { variables: { id, flavorId } })).expectNoGraphQLErrors();
    expect(resize.resizeServer.errors).toEqual([]);
    expect(resize.resizeServer.server).toMatchObject({ id, status: 'RESIZE', flavor: { name: 'm2.c1m2' } });

    const resized = await eventually(async () => {
      const s = await serverNode(id);
      return s?.status === 'ACTIVE' && s.flavor?.name === 'm2.c2m4' ? s : undefined;
    });
    expect(resized.flavor).toEqual({ id: flavorId, name: 'm2.c2m4' });
  });

  it('should shelve a server to SHELVED_OFFLOADED and unshelve it to ACTIVE', async () => {
    const { client } = stack();
    const id = await activeServer('life-shelve');
    const shelve = (await execute(client, ShelveServer, { variables: { id } })).expectNoGraphQLErrors();
    expect(shelve.shelveServer.errors).toEqual([]);
    expect(shelve.shelveServer.server).toMatchObject({ id, taskState: 'shelving' });
    await serverReaching(id, 'SHELVED_OFFLOADED');

    const unshelve = (await execute(client, UnshelveServer, { variables: { id } })).expectNoGraphQLErrors();
    expect(unshelve.unshelveServer.errors).toEqual([]);
    expect(unshelve.unshelveServer.server).toMatchObject({ id, status: 'SHELVED_OFFLOADED', taskState: 'unshelving' });
    await serverReaching(id, 'ACTIVE');
  });

  it('should delete a server, after which node(id) is null', async () => {
    const { client } = stack();
    const id = await activeServer('life-delete');
    const deleted = (await execute(client, DeleteServer, { variables: { id } })).expectNoGraphQLErrors();
    expect(deleted.deleteServer).toEqual({ deletedId: id, errors: [] });
    await eventually(async () => ((await serverNode(id)) === null ? true : undefined));

    const again = (await execute(client, DeleteServer, { variables: { id } })).expectNoGraphQLErrors();
    expect(again.deleteServer.deletedId).toBeNull();
    expect(again.deleteServer.errors).toMatchObject([{ __typename: 'NotFoundError', code: 'NOT_FOUND' }]);
  });
});

describe('an action the current state does not allow', () => {
  it('should answer ConflictError with the current status and change nothing', async () => {
    const { client } = stack();
    const id = await activeServer('life-conflict');
    (await execute(client, StopServer, { variables: { id } })).expectNoGraphQLErrors();
    const before = await serverReaching(id, 'SHUTOFF');

    // Stopping a stopped server, soft-rebooting it, shelving it: all refused by the cloud.
    for (const refused of [
      execute(client, StopServer, { variables: { id } }).then((r) => r.expectNoGraphQLErrors().stopServer),
      execute(client, RebootServer, { variables: { id, hard: false } }).then((r) => r.expectNoGraphQLErrors().rebootServer),
      execute(client, ShelveServer, { variables: { id } }).then((r) => r.expectNoGraphQLErrors().shelveServer),
      execute(client, UnshelveServer, { variables: { id } }).then((r) => r.expectNoGraphQLErrors().unshelveServer),
    ]) {
      const payload = await refused;
      expect(payload.server).toBeNull();
      expect(payload.errors).toHaveLength(1);
      expect(payload.errors[0]).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', currentStatus: 'SHUTOFF' });
      expect(payload.errors[0]!.message).toMatch(/vm_state stopped/);
    }

    const after = await serverNode(id);
    expect(after).toEqual(before);
  });

  it('should refuse to start an ACTIVE server with its status ACTIVE', async () => {
    const { client } = stack();
    const id = await activeServer('life-start-active');
    const start = (await execute(client, StartServer, { variables: { id } })).expectNoGraphQLErrors();
    expect(start.startServer.server).toBeNull();
    expect(start.startServer.errors).toMatchObject([{ __typename: 'ConflictError', currentStatus: 'ACTIVE' }]);
    expect((await serverNode(id))?.status).toBe('ACTIVE');
  });
});

// --- key pairs ---

const CreateKeypair = graphql(`
  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {
    createKeypair(input: $input) {
      keypair { id name fingerprint publicKey region { name } }
      privateKey
      errors { __typename code message }
    }
  }
`);

const DeleteKeypair = graphql(`
  mutation LifecycleDeleteKeypair($id: ID!) {
    deleteKeypair(id: $id) { deletedId errors { __typename code message } }
  }
`);

const RegionKeypairs = graphql(`
  query LifecycleRegionKeypairs($region: String!) {
    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }
  }
`);

const KeypairNode = graphql(`
  query LifecycleKeypairNode($id: ID!) {
    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }
  }
`);

/** An ed25519 public key in OpenSSH format, and its blob. */
function opensshEd25519(): { line: string; blob: Buffer } {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const str = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const blob = Buffer.concat([str(Buffer.from('ssh-ed25519')), str(raw)]);
  return { line: `ssh-ed25519 ${blob.toString('base64')} e2e@hanul`, blob };
}

async function regionKeypairs() {
  const data = (await execute(stack().client, RegionKeypairs, { variables: { region: REGION } })).expectNoGraphQLErrors();
  return data.region!.keypairs;
}

describe('key pairs', () => {
  it('should generate a key pair and return its private key once, in the create payload only', async () => {
    const { client } = stack();
    const result = (await execute(client, CreateKeypair, { variables: { input: { regionId: catalog.regionId, name: 'life-generated' } } })).expectNoGraphQLErrors();
    const { keypair, privateKey, errors } = result.createKeypair;
    expect(errors).toEqual([]);
    expect(keypair).toMatchObject({ name: 'life-generated', region: { name: REGION } });
    expect(privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);

    // The private key belongs to the public key the cloud kept.
    const derived = createPublicKey(privateKey!).export({ format: 'jwk' });
    const blob = Buffer.from(keypair!.publicKey.split(' ')[1]!, 'base64');
    expect(blob.includes(Buffer.from(derived.n!, 'base64url'))).toBe(true);

    // Afterwards the key pair is readable, but only its public half.
    const listed = (await regionKeypairs())!.find((k) => k.name === 'life-generated');
    expect(listed).toEqual({ id: keypair!.id, name: 'life-generated', fingerprint: keypair!.fingerprint, publicKey: keypair!.publicKey });
    const node = (await execute(client, KeypairNode, { variables: { id: keypair!.id } })).expectNoGraphQLErrors();
    expect(node.node).toMatchObject({ id: keypair!.id, name: 'life-generated' });
    expect(JSON.stringify(node.node)).not.toContain('PRIVATE KEY');
  });

  it('should import a public key as it is, with its fingerprint and no private key', async () => {
    const { client } = stack();
    const { line, blob } = opensshEd25519();
    const result = (await execute(client, CreateKeypair, { variables: { input: { regionId: catalog.regionId, name: 'life-imported', publicKey: line } } })).expectNoGraphQLErrors();
    expect(result.createKeypair.errors).toEqual([]);
    expect(result.createKeypair.privateKey).toBeNull();
    expect(result.createKeypair.keypair).toMatchObject({
      name: 'life-imported',
      publicKey: line,
      fingerprint: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
    });
  });

  it('should refuse a second key pair with the same name as ConflictError and keep the first', async () => {
    const { client } = stack();
    const first = (await execute(client, CreateKeypair, { variables: { input: { regionId: catalog.regionId, name: 'life-dup', publicKey: opensshEd25519().line } } })).expectNoGraphQLErrors();
    expect(first.createKeypair.errors).toEqual([]);

    const second = (await execute(client, CreateKeypair, { variables: { input: { regionId: catalog.regionId, name: 'life-dup' } } })).expectNoGraphQLErrors();
    expect(second.createKeypair.keypair).toBeNull();
    expect(second.createKeypair.privateKey).toBeNull();
    expect(second.createKeypair.errors).toMatchObject([{ __typename: 'ConflictError', code: 'CONFLICT' }]);

    const kept = (await regionKeypairs())!.filter((k) => k.name === 'life-dup');
    expect(kept).toEqual([expect.objectContaining({ publicKey: first.createKeypair.keypair!.publicKey })]);
  });

  it('should delete a key pair, after which it is listed no more and a second delete is NotFoundError', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateKeypair, { variables: { input: { regionId: catalog.regionId, name: 'life-gone', publicKey: opensshEd25519().line } } })).expectNoGraphQLErrors();
    const id = created.createKeypair.keypair!.id;
    expect((await regionKeypairs())!.map((k) => k.name)).toContain('life-gone');

    const deleted = (await execute(client, DeleteKeypair, { variables: { id } })).expectNoGraphQLErrors();
    expect(deleted.deleteKeypair).toEqual({ deletedId: id, errors: [] });
    expect((await regionKeypairs())!.map((k) => k.name)).not.toContain('life-gone');

    const again = (await execute(client, DeleteKeypair, { variables: { id } })).expectNoGraphQLErrors();
    expect(again.deleteKeypair.deletedId).toBeNull();
    expect(again.deleteKeypair.errors).toMatchObject([{ __typename: 'NotFoundError', code: 'NOT_FOUND' }]);
  });
});

describe('createServer with an idempotencyKey', () => {
  it('should create one server when the same key is sent twice, and answer the same server both times', async () => {
    const { client, emulator } = stack();
    const posts = serverCreates(emulator, REGION);
    const input = serverInput('life-idem-seq', { idempotencyKey: 'e2e-idem-sequential' });
    const first = (await execute(client, CreateServer, { variables: { input } })).expectNoGraphQLErrors();
    const second = (await execute(client, CreateServer, { variables: { input } })).expectNoGraphQLErrors();
    expect(first.createServer.errors).toEqual([]);
    expect(second.createServer.errors).toEqual([]);
    expect(second.createServer.server!.id).toBe(first.createServer.server!.id);
    expect(serverCreates(emulator, REGION) - posts).toBe(1);
    expect(await countNamed('life-idem-seq')).toBe(1);
  });

  it('should create one server when the same key is sent concurrently', async () => {
    const { client, emulator } = stack();
    const posts = serverCreates(emulator, REGION);
    const input = serverInput('life-idem-par', { idempotencyKey: 'e2e-idem-concurrent' });
    const results = await Promise.all(Array.from({ length: 5 }, () => execute(client, CreateServer, { variables: { input } })));
    const ids = results.map((r) => {
      const data = r.expectNoGraphQLErrors();
      expect(data.createServer.errors).toEqual([]);
      return data.createServer.server!.id;
    });
    expect(new Set(ids).size).toBe(1);
    expect(serverCreates(emulator, REGION) - posts).toBe(1);
    expect(await countNamed('life-idem-par')).toBe(1);
  });

  it('should create a second server for a different key', async () => {
    const { client } = stack();
    const a = (await execute(client, CreateServer, { variables: { input: serverInput('life-idem-two', { idempotencyKey: 'e2e-key-a' }) } })).expectNoGraphQLErrors();
    const b = (await execute(client, CreateServer, { variables: { input: serverInput('life-idem-two', { idempotencyKey: 'e2e-key-b' }) } })).expectNoGraphQLErrors();
    expect(a.createServer.server!.id).not.toBe(b.createServer.server!.id);
    expect(await countNamed('life-idem-two')).toBe(2);
  });
});
