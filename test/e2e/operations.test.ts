import { Client, fetchExchange } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { OTHER_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { hanulEnvFor, startHanulProcess, stopChild, type HanulProcess } from '../support/processes.js';
import { redisServerAvailable, startRedis, type RedisServer } from '../support/redis.js';
import { issueToken } from '../support/status-operations.js';
import { bearer, record, waitFor, wsClient } from '../support/subscriptions.js';
import { nothingLeft } from '../support/watching.js';
import { trackEventListeners } from '../support/listeners.js';
import { regionCatalog, type RegionCatalog } from './compute-fixtures.js';
import { eventually, execute, useStack } from './kit.js';

const CreateWithOperation = graphql(`
  mutation OperationsCreate($input: CreateServerInput!) {
    createServer(input: $input) {
      server { id status }
      operation { id kind status startedAt finishedAt target { id } }
      errors { code message }
    }
  }
`);

const OperationQuery = graphql(`
  query OperationsGet($id: ID!) {
    operation(id: $id) {
      id kind status finishedAt
      steps { status }
      error { code message ... on ConflictError { currentStatus } }
      target { id ... on Server { name status } }
    }
  }
`);

const OperationUpdated = graphql(`
  subscription OperationsUpdated($id: ID!) {
    operationUpdated(id: $id) { id status finishedAt error { message } }
  }
`);

const StopWithOperation = graphql(`
  mutation OperationsStop($id: ID!) { stopServer(id: $id) { operation { id kind } errors { message } } }
`);

const DeleteWithOperation = graphql(`
  mutation OperationsDelete($id: ID!) { deleteServer(id: $id) { deletedId operation { id kind } errors { message } } }
`);

const ViewerOperations = graphql(`
  query OperationsOfViewer($status: OperationStatus) {
    viewer { operations(first: 50, status: $status) { edges { node { id status kind } } } }
  }
`);

// Before any server starts, so every pub/sub registration is seen.
trackEventListeners();

type Update = { operationUpdated: { id: string; status: string; finishedAt?: string | null; error?: { message: string } | null } };

const input = (catalog: RegionCatalog, name: string) => ({
  regionId: catalog.regionId,
  name,
  flavorId: catalog.flavor('m2.c1m2'),
  imageId: catalog.image('Ubuntu Server 24.04'),
  keypairId: catalog.keypair('demo-key'),
});

describe('operations: a create followed to its end', { timeout: 60_000 }, () => {
  // Builds take 400 ms, so subscribers join while the operation runs.
  const stack = useStack({ emulator: { transitionMs: 400 }, env: { WATCH_FAST_INTERVAL_MS: '50', WATCH_SLOW_INTERVAL_MS: '200' } });
  let catalog: RegionCatalog;
  beforeAll(async () => {
    catalog = await regionCatalog(stack().client, 'kr1');
  });

  it('should go RUNNING → SUCCEEDED when the server is ACTIVE, seen alike by a graphql-ws and an SSE client', async () => {
    const s = stack();
    const created = (await execute(s.client, CreateWithOperation, { variables: { input: input(catalog, 'op-web') } })).expectNoGraphQLErrors().createServer;
    const op = created.operation!;
    expect(op).toMatchObject({ kind: 'SERVER_CREATE', status: 'RUNNING', finishedAt: null, target: { id: created.server!.id } });

    const ws = wsClient(s.hanul.graphqlUrl);
    const sse = createSseClient({ url: s.hanul.graphqlUrl, singleConnection: false, retryAttempts: 0 });
    try {
      const viaWs = record(ws, OperationUpdated, { id: op.id });
      const viaSse = record(sse, OperationUpdated, { id: op.id });
      for (const sub of [viaWs, viaSse]) {
        const done = await sub.event((e: Update) => e.operationUpdated.status === 'SUCCEEDED', 'SUCCEEDED');
        expect(done.operationUpdated.finishedAt).toBeTruthy();
        expect(sub.errors).toEqual([]);
        await waitCompleted(sub);
      }
    } finally {
      await ws.dispose();
      sse.dispose();
    }
    const read = (await execute(s.client, OperationQuery, { variables: { id: op.id } })).expectNoGraphQLErrors().operation!;
    expect(read).toMatchObject({ status: 'SUCCEEDED', error: null, target: { name: 'op-web', status: 'ACTIVE' } });
    expect(read.steps.map((st) => st.status)).toEqual(['BUILD', 'ACTIVE']);
    // Driven by the shared poller: once it ended, the operation holds no poller.
    await nothingLeft(s.hanul.watchers);
  });

  it('should give a late subscriber the final state at once, list it on the viewer, and answer null to another tenant', async () => {
    const s = stack();
    const op = (await execute(s.client, CreateWithOperation, { variables: { input: input(catalog, 'op-late') } })).expectNoGraphQLErrors().createServer.operation!;
    await waitStatus(s.client, op.id, 'SUCCEEDED');

    const ws = wsClient(s.hanul.graphqlUrl);
    try {
      const late = record(ws, OperationUpdated, { id: op.id });
      await waitCompleted(late);
      expect(late.events.map((e) => e.operationUpdated.status)).toEqual(['SUCCEEDED']);
    } finally {
      await ws.dispose();
    }
    const listed = (await execute(s.client, ViewerOperations, { variables: { status: 'SUCCEEDED' } })).expectNoGraphQLErrors().viewer.operations;
    expect(listed.edges.map((e) => e.node.id)).toContain(op.id);

    const other = bearer(await issueToken(s.client, OTHER_NHN), OTHER_NHN.tenantId);
    const foreign = await execute(s.client, OperationQuery, { variables: { id: op.id }, headers: other });
    expect(foreign.expectNoGraphQLErrors().operation).toBeNull();
    const foreignList = (await execute(s.client, ViewerOperations, { variables: {}, headers: other })).expectNoGraphQLErrors().viewer.operations;
    expect(foreignList.edges.map((e) => e.node.id)).not.toContain(op.id);
  });

  it('should follow a stop to SHUTOFF and a delete until the server is gone', async () => {
    const s = stack();
    const created = (await execute(s.client, CreateWithOperation, { variables: { input: input(catalog, 'op-stop') } })).expectNoGraphQLErrors().createServer;
    await waitStatus(s.client, created.operation!.id, 'SUCCEEDED');
    const stop = (await execute(s.client, StopWithOperation, { variables: { id: created.server!.id } })).expectNoGraphQLErrors().stopServer.operation!;
    expect(stop.kind).toBe('SERVER_STOP');
    expect(await waitStatus(s.client, stop.id, 'SUCCEEDED')).toMatchObject({ target: { status: 'SHUTOFF' } });
    const del = (await execute(s.client, DeleteWithOperation, { variables: { id: created.server!.id } })).expectNoGraphQLErrors().deleteServer.operation!;
    expect(del.kind).toBe('SERVER_DELETE');
    const gone = await waitStatus(s.client, del.id, 'SUCCEEDED');
    expect(gone.target).toBeNull();
    expect(gone.steps.at(-1)!.status).toBe('DELETED');
  });

  it("should be FAILED with the cloud's reason when the build ends in ERROR", async () => {
    const s = stack();
    // `emulator-fail-` is the emulator's switch for a build that ends in ERROR (server-create.ts).
    const op = (await execute(s.client, CreateWithOperation, { variables: { input: input(catalog, 'emulator-fail-build') } })).expectNoGraphQLErrors().createServer.operation!;
    const failed = await waitStatus(s.client, op.id, 'FAILED');
    expect(failed.error).toMatchObject({ code: 'CONFLICT', currentStatus: 'ERROR' });
    expect(failed.error!.message).toContain('No valid host was found');
    expect(failed.finishedAt).toBeTruthy();
  });
});

/** Reads the operation until it reaches `status`; it may only pass through PENDING and RUNNING on the way. */
function waitStatus(client: Client, id: string, status: string) {
  return eventually(async () => {
    const op = (await execute(client, OperationQuery, { variables: { id } })).expectNoGraphQLErrors().operation!;
    if (op.status === status) return op;
    expect(['PENDING', 'RUNNING']).toContain(op.status);
    return undefined;
  });
}

/** The stream ends by itself after the final state. */
function waitCompleted(sub: { completed: boolean }) {
  return waitFor(() => sub.completed, 'the stream to complete', 10_000);
}

const redisAvailable = redisServerAvailable();
describe.skipIf(!redisAvailable)('operations across two replicas sharing Redis', { timeout: 90_000 }, () => {
  let emulator: Emulator;
  let redis: RedisServer;
  let a: HanulProcess;
  let b: HanulProcess;
  const http = (replica: HanulProcess) => new Client({ url: replica.graphqlUrl, exchanges: [fetchExchange], requestPolicy: 'network-only', preferGetMethod: false });

  beforeAll(async () => {
    emulator = await startEmulator({ transitionMs: 500 });
    redis = await startRedis();
    const env = { ...hanulEnvFor(emulator.url), REDIS_URL: redis.url, WATCH_FAST_INTERVAL_MS: '100', WATCH_SLOW_INTERVAL_MS: '500' };
    [a, b] = await Promise.all([startHanulProcess('hanul-op-a', env), startHanulProcess('hanul-op-b', env)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([stopChild(a), stopChild(b)]);
    await redis?.stop();
    await emulator?.close();
  });

  it('should let replica B read and follow an operation replica A started', async () => {
    const catalog = await regionCatalog(http(a), 'kr1');
    const op = (await execute(http(a), CreateWithOperation, { variables: { input: input(catalog, 'op-replicas') } })).expectNoGraphQLErrors().createServer.operation!;
    const onB = (await execute(http(b), OperationQuery, { variables: { id: op.id } })).expectNoGraphQLErrors().operation;
    expect(onB).toMatchObject({ id: op.id, kind: 'SERVER_CREATE' });

    const ws = wsClient(b.graphqlUrl);
    try {
      const sub = record(ws, OperationUpdated, { id: op.id });
      await sub.event((e: Update) => e.operationUpdated.status === 'SUCCEEDED', 'SUCCEEDED on replica B').catch((err: Error) => {
        throw new Error(`${err.message}; errors: ${JSON.stringify(sub.errors)}; failure: ${String(sub.failure)}`);
      });
      await waitCompleted(sub);
    } finally {
      await ws.dispose();
    }
    expect((await execute(http(b), OperationQuery, { variables: { id: op.id } })).expectNoGraphQLErrors().operation).toMatchObject({ status: 'SUCCEEDED', target: { name: 'op-replicas' } });
  });
});
