import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { graphql } from '../gql/index.js';
import { call, nhnToken } from '../emulator/helpers.js';
import { clearFaults, demoSubnetId, injectFault, regionCatalog, requestsTo, type RegionCatalog } from '../e2e/compute-fixtures.js';
import { execute } from '../e2e/kit.js';
import { hanulEnvFor, startHanulProcess, stopChild, type HanulProcess } from '../support/processes.js';
import { redisServerAvailable, startRedis, type RedisServer } from '../support/redis.js';
import { waitFor } from '../support/subscriptions.js';

/**
 * Keys that outlive a process: two real Hanul replicas sharing a real Redis agree on a key;
 * a Hanul restart without Redis reconciles from the cloud; a SIGTERM that cuts a create's
 * answer leaves one server, which a retry against the new process returns.
 */

const REGION = 'kr1';
const SERVERS = `/nhn/${REGION}/compute/v2/${DEMO_NHN.tenantId}/servers`;

const CreateServer = graphql(`
  mutation ProcessesCreateServer($input: CreateServerInput!) {
    createServer(input: $input) {
      server { id name }
      errors { __typename code message ... on ValidationError { field } }
    }
  }
`);

const http = (p: HanulProcess) => new Client({ url: p.graphqlUrl, exchanges: [fetchExchange], requestPolicy: 'network-only', preferGetMethod: false });

let emulator: Emulator;
let catalog: RegionCatalog;
let subnet: string;
const stopped: HanulProcess[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ transitionMs: 100 });
  subnet = await demoSubnetId(emulator, REGION);
});
afterAll(async () => {
  await Promise.all(stopped.map((p) => stopChild(p, 1000)));
  await emulator?.close();
});

async function start(name: string, env: Record<string, string> = {}): Promise<HanulProcess> {
  const p = await startHanulProcess(name, { ...hanulEnvFor(emulator.url), UPSTREAM_TIMEOUT_MS: '5000', ...env });
  stopped.push(p);
  catalog ??= await regionCatalog(http(p), REGION);
  return p;
}

const serverInput = (name: string, idempotencyKey: string) => ({
  regionId: catalog.regionId,
  name,
  flavorId: catalog.flavor('m2.c1m2'),
  imageId: catalog.image('Ubuntu Server 22.04'),
  keypairId: catalog.keypair('demo-key'),
  subnetIds: [subnet],
  idempotencyKey,
});

async function serversNamed(name: string): Promise<number> {
  const token = await nhnToken(emulator);
  const reply = await call(`${emulator.ctx.nhnServiceUrl(REGION, 'compute')}/v2/${DEMO_NHN.tenantId}/servers?name=${name}`, { token });
  return (reply.json.servers as { name: string }[]).filter((s) => s.name === name).length;
}

const available = redisServerAvailable();
if (!available) console.warn('faults/processes.test.ts: replica case SKIPPED, no `redis-server` on the PATH (CI installs one).');

describe.skipIf(!available)('two replicas sharing Redis', { timeout: 180_000 }, () => {
  let redis: RedisServer;
  let a: HanulProcess;
  let b: HanulProcess;
  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([start('hanul-a', { REDIS_URL: redis.url }), start('hanul-b', { REDIS_URL: redis.url })]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([stopChild(a), stopChild(b)]);
    await redis?.stop();
  });

  it('should make one server when the same key reaches both replicas at once, and answer it on both', async () => {
    const variables = { input: serverInput('replicas-one', 'replicas-key') };
    // Slow answers, so that both creates are in flight together.
    await injectFault(emulator, { kind: 'delay-after', delayMs: 800, match: `POST ${SERVERS}` });
    const [fromA, fromB] = await Promise.all([execute(http(a), CreateServer, { variables }), execute(http(b), CreateServer, { variables })]);
    const idA = fromA.expectNoGraphQLErrors().createServer.server?.id;
    const idB = fromB.expectNoGraphQLErrors().createServer.server?.id;
    expect(idA).toBeDefined();
    expect(idB).toBe(idA);
    expect(await serversNamed('replicas-one')).toBe(1);
  });

  it('should refuse on replica B a key that replica A used with another input', async () => {
    const made = (await execute(http(a), CreateServer, { variables: { input: serverInput('replicas-two', 'replicas-key-2') } })).expectNoGraphQLErrors();
    expect(made.createServer.server?.name).toBe('replicas-two');
    const other = (await execute(http(b), CreateServer, { variables: { input: serverInput('replicas-other', 'replicas-key-2') } })).expectNoGraphQLErrors();
    expect(other.createServer.errors).toMatchObject([{ __typename: 'ValidationError', field: ['input', 'idempotencyKey'] }]);
    expect(await serversNamed('replicas-other')).toBe(0);
  });
});

describe('a Hanul restart without Redis', { timeout: 180_000 }, () => {
  it('should return on the new process the server the old one made, for a lost answer and for a finished create', async () => {
    const before = await start('hanul-before-restart');
    const lost = { input: serverInput('restart-lost', 'restart-lost-key') };
    const done = { input: serverInput('restart-done', 'restart-done-key') };
    await injectFault(emulator, { kind: 'reset-after', match: `POST ${SERVERS}` });
    expect((await execute(http(before), CreateServer, { variables: lost })).errors.length).toBeGreaterThan(0);
    const doneId = (await execute(http(before), CreateServer, { variables: done })).expectNoGraphQLErrors().createServer.server?.id;
    await stopChild(before);

    const after = await start('hanul-after-restart');
    const posts = requestsTo(emulator, `POST ${SERVERS}`);
    expect((await execute(http(after), CreateServer, { variables: lost })).expectNoGraphQLErrors().createServer.server?.name).toBe('restart-lost');
    expect((await execute(http(after), CreateServer, { variables: done })).expectNoGraphQLErrors().createServer.server?.id).toBe(doneId);
    expect(requestsTo(emulator, `POST ${SERVERS}`)).toBe(posts);
    expect(await serversNamed('restart-lost')).toBe(1);
    expect(await serversNamed('restart-done')).toBe(1);
    await stopChild(after);
  });
});

describe('SIGTERM during an in-flight create', { timeout: 180_000 }, () => {
  it('should leave one server, which a retry against a new process returns', async () => {
    // The grace period is shorter than the cloud's answer: the process exits with the create made and its answer cut.
    const dying = await start('hanul-dying', { SHUTDOWN_GRACE_MS: '300' });
    const variables = { input: serverInput('sigterm-one', 'sigterm-key') };
    await injectFault(emulator, { kind: 'delay-after', delayMs: 3000, match: `POST ${SERVERS}` });
    const posts = requestsTo(emulator, `POST ${SERVERS}`);
    const inFlight = execute(http(dying), CreateServer, { variables });
    await waitFor(() => requestsTo(emulator, `POST ${SERVERS}`) > posts, 'the create to reach the cloud');
    dying.kill('SIGTERM');
    const cut = await inFlight;
    expect(cut.data?.createServer.server ?? null).toBeNull();
    await dying.exited;
    await clearFaults(emulator);

    const next = await start('hanul-next');
    const retried = (await execute(http(next), CreateServer, { variables })).expectNoGraphQLErrors();
    expect(retried.createServer.server?.name).toBe('sigterm-one');
    expect(await serversNamed('sigterm-one')).toBe(1);
    await stopChild(next);
  });
});
