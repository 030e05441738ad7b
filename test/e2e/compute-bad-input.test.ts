import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { clearFaults, demoSubnetId, globalId, injectFault, MISSING_UUID, regionCatalog, serverCreates, type RegionCatalog } from './compute-fixtures.js';
import { execute, useStack } from './kit.js';

// A short upstream timeout, so that the timeout test does not wait long.
const stack = useStack({ env: { UPSTREAM_TIMEOUT_MS: '800' } });

const REGION = 'kr1';
const COMPUTE = `/nhn/${REGION}/compute/v2/${DEMO_NHN.tenantId}`;

const CreateServer = graphql(`
  mutation BadInputCreateServer($input: CreateServerInput!) {
    createServer(input: $input) {
      server { id name }
      errors {
        __typename
        code
        message
        ... on ValidationError { field }
        ... on NotFoundError { resourceType resourceId }
        ... on UpstreamError { status service }
      }
    }
  }
`);

const ResizeServer = graphql(`
  mutation BadInputResize($id: ID!, $flavorId: ID!) {
    resizeServer(id: $id, flavorId: $flavorId) {
      server { id }
      errors {
        __typename
        code
        message
        ... on ValidationError { field }
        ... on NotFoundError { resourceType resourceId }
      }
    }
  }
`);

const StopServer = graphql(`
  mutation BadInputStop($id: ID!) {
    stopServer(id: $id) {
      server { id }
      errors { __typename code ... on NotFoundError { resourceType resourceId } ... on ValidationError { field } }
    }
  }
`);

const Servers = graphql(`
  query BadInputServers($region: String!, $first: Int) {
    region(provider: NHN, name: $region) {
      servers(first: $first) { totalCount edges { node { id name status flavor { id name } } } }
    }
  }
`);

const NodeById = graphql(`
  query BadInputNode($id: ID!) {
    node(id: $id) { id }
  }
`);

let catalog: RegionCatalog;
let subnetId: string;

beforeAll(async () => {
  const { client, emulator } = stack();
  catalog = await regionCatalog(client, REGION);
  subnetId = await demoSubnetId(emulator, REGION);
});

afterEach(async () => {
  await clearFaults(stack().emulator);
});

function validInput(name: string) {
  return {
    regionId: catalog.regionId,
    name,
    flavorId: catalog.flavor('m2.c1m2'),
    imageId: catalog.image('Ubuntu Server 22.04'),
    keypairId: catalog.keypair('demo-key'),
    subnetIds: [subnetId],
  };
}

async function serverNames(): Promise<string[]> {
  const data = (await execute(stack().client, Servers, { variables: { region: REGION, first: 1000 } })).expectNoGraphQLErrors();
  return data.region!.servers!.edges.map((e) => e.node.name);
}

/** Runs a create that must fail with one payload error, and checks that no server was asked for or made. */
async function refusedCreate(input: ReturnType<typeof validInput>) {
  const { client, emulator } = stack();
  const posts = serverCreates(emulator, REGION);
  const execution = await execute(client, CreateServer, { variables: { input }, countCalls: true });
  const result = execution.expectNoGraphQLErrors();
  expect(result.createServer.server).toBeNull();
  expect(result.createServer.errors).toHaveLength(1);
  expect(serverCreates(emulator, REGION)).toBe(posts);
  expect(await serverNames()).not.toContain(input.name);
  return { error: result.createServer.errors[0]!, upstreamCalls: execution.extensions?.upstreamCalls.total as number };
}

describe('createServer with invalid input', () => {
  it('should refuse an invalid name with ValidationError on input.name before calling the cloud', async () => {
    for (const name of ['-starts-with-dash', 'has space', 'a'.repeat(256), '']) {
      const { client, emulator } = stack();
      const posts = serverCreates(emulator, REGION);
      const r = await execute(client, CreateServer, { variables: { input: { ...validInput('x'), name } }, countCalls: true });
      const data = r.expectNoGraphQLErrors();
      expect(data.createServer.server).toBeNull();
      expect(data.createServer.errors).toMatchObject([{ __typename: 'ValidationError', code: 'VALIDATION', field: ['input', 'name'] }]);
      expect(r.extensions?.upstreamCalls.total).toBe(0);
      expect(serverCreates(emulator, REGION)).toBe(posts);
    }
  });

  it('should refuse a boot volume below 10 GB with ValidationError on input.bootVolumeSizeGb', async () => {
    const r = await refusedCreate({ ...validInput('bad-volume'), bootVolumeSizeGb: 5 } as ReturnType<typeof validInput>);
    expect(r.error).toMatchObject({ __typename: 'ValidationError', field: ['input', 'bootVolumeSizeGb'] });
    expect(r.upstreamCalls).toBe(0);
  });

  it('should answer NotFoundError for a flavor, image or key pair that does not exist, and create nothing', async () => {
    const cases = [
      { field: 'flavorId', id: globalId('Flavor', 'NHN', REGION, MISSING_UUID), resourceType: 'Flavor', resourceId: MISSING_UUID },
      { field: 'imageId', id: globalId('Image', 'NHN', REGION, MISSING_UUID), resourceType: 'Image', resourceId: MISSING_UUID },
      { field: 'keypairId', id: globalId('Keypair', 'NHN', REGION, 'no-such-key'), resourceType: 'Keypair', resourceId: 'no-such-key' },
    ];
    for (const c of cases) {
      const r = await refusedCreate({ ...validInput(`missing-${c.field}`), [c.field]: c.id });
      expect(r.error).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', resourceType: c.resourceType, resourceId: c.resourceId });
      expect(r.error.message).toContain(REGION);
    }
  });

  it('should refuse a server without a key pair with ValidationError on input.keypairId, as NHN requires key_name, before calling the cloud', async () => {
    const { keypairId: _omitted, ...input } = validInput('no-key');
    const { error, upstreamCalls } = await refusedCreate(input as ReturnType<typeof validInput>);
    expect(error).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION', field: ['input', 'keypairId'] });
    expect(error.message).not.toContain('key_name');
    expect(upstreamCalls).toBe(0);
  });

  it('should answer ValidationError naming the field for a malformed id, an id of another type or of another region', async () => {
    const cases = [
      { field: 'regionId', id: 'not-an-id' },
      { field: 'regionId', id: globalId('Flavor', 'NHN', REGION, MISSING_UUID) },
      { field: 'flavorId', id: 'garbage!!' },
      { field: 'flavorId', id: Buffer.from('no colon at all').toString('base64') },
      { field: 'flavorId', id: catalog.image('Ubuntu Server 22.04') },
      { field: 'flavorId', id: globalId('Flavor', 'AWS', REGION, MISSING_UUID) },
      { field: 'imageId', id: catalog.flavor('m2.c1m2') },
      { field: 'keypairId', id: globalId('Keypair', 'NHN', 'kr2', 'demo-key') },
      { field: 'flavorId', id: globalId('Flavor', 'NHN', 'kr2', MISSING_UUID) },
      { field: 'subnetIds', id: 'nope' },
    ];
    for (const c of cases) {
      const input = { ...validInput(`malformed-${c.field}`), [c.field]: c.field === 'subnetIds' ? [c.id] : c.id };
      const r = await refusedCreate(input);
      expect(r.error, JSON.stringify(c)).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
      expect(r.error.__typename === 'ValidationError' && r.error.field.slice(0, 2), JSON.stringify(c)).toEqual(['input', c.field]);
      expect(r.upstreamCalls, JSON.stringify(c)).toBe(0);
    }
  });
});

describe('server actions with invalid input', () => {
  it('should refuse a resize to a flavor of another region with ValidationError on flavorId, leaving the server as it was', async () => {
    const { client, emulator } = stack();
    const before = (await execute(client, Servers, { variables: { region: REGION, first: 100 } })).expectNoGraphQLErrors();
    const web = before.region!.servers!.edges.map((e) => e.node).find((s) => s.name === 'web-01')!;
    const otherRegion = await regionCatalog(client, 'kr2');
    const actions = emulator.requests.get(`POST ${COMPUTE}/servers/${globalIdTail(web.id)}/action`) ?? 0;

    const r = (await execute(client, ResizeServer, { variables: { id: web.id, flavorId: otherRegion.flavor('m2.c2m4') } })).expectNoGraphQLErrors();
    expect(r.resizeServer.server).toBeNull();
    expect(r.resizeServer.errors).toMatchObject([{ __typename: 'ValidationError', field: ['flavorId'] }]);
    expect(r.resizeServer.errors[0]!.message).toMatch(/kr1/);

    expect(emulator.requests.get(`POST ${COMPUTE}/servers/${globalIdTail(web.id)}/action`) ?? 0).toBe(actions);
    const after = (await execute(client, Servers, { variables: { region: REGION, first: 100 } })).expectNoGraphQLErrors();
    expect(after.region!.servers!.edges.find((e) => e.node.id === web.id)!.node).toEqual(web);
  });

  it('should answer NotFoundError for an action on a server that does not exist, and ValidationError for a malformed id', async () => {
    const { client } = stack();
    const missing = (await execute(client, StopServer, { variables: { id: globalId('Server', 'NHN', REGION, MISSING_UUID) } })).expectNoGraphQLErrors();
    expect(missing.stopServer.errors).toMatchObject([{ __typename: 'NotFoundError', resourceType: 'Server', resourceId: MISSING_UUID }]);

    const malformed = (await execute(client, StopServer, { variables: { id: catalog.flavor('m2.c1m2') } })).expectNoGraphQLErrors();
    expect(malformed.stopServer.errors).toMatchObject([{ __typename: 'ValidationError', field: ['id'] }]);
  });
});

describe('queries with invalid arguments', () => {
  it('should refuse a page larger than the limit with BAD_USER_INPUT', async () => {
    const { client } = stack();
    for (const first of [5000, -1]) {
      const r = await execute(client, Servers, { variables: { region: REGION, first } });
      expect(r.errorCode()).toBe('BAD_USER_INPUT');
      expect(r.errors[0]!.message).toMatch(/first must be between 0 and 1000/);
    }
  });

  it('should refuse node() with a malformed id as BAD_USER_INPUT', async () => {
    const { client } = stack();
    for (const id of ['garbage', '%%%']) {
      const r = await execute(client, NodeById, { variables: { id } });
      expect(r.errorCode(), id).toBe('BAD_USER_INPUT');
      expect(r.errors[0]!.message).toContain('is not a Hanul id');
    }
  });

  it('should answer null for node() with a well-formed id that names nothing Hanul knows', async () => {
    const { client } = stack();
    for (const id of [globalId('Server', 'NHN', REGION), globalId('Server', 'NHN', REGION, MISSING_UUID), globalId('Keypair', 'NHN', REGION, 'no-such-key')]) {
      const r = await execute(client, NodeById, { variables: { id } });
      expect(r.errors, id).toEqual([]);
      expect(r.data?.node, id).toBeNull();
    }
  });
});

describe('upstream failures', () => {
  const listRoute = `GET ${COMPUTE}/servers/detail`;

  it('should report UPSTREAM_UNAVAILABLE when the cloud keeps answering 503', async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: listRoute, status: 503, times: 10 });
    const r = await execute(client, Servers, { variables: { region: REGION } });
    expect(r.errorCode()).toBe('UPSTREAM_UNAVAILABLE');
    expect(r.errors[0]!.message).toMatch(/NHN Cloud compute is unavailable/);
    expect(r.errors[0]!.message).not.toContain(emulator.url);
  });

  it('should recover from one 503 by retrying the read', async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: listRoute, status: 503, times: 1 });
    const r = await execute(client, Servers, { variables: { region: REGION } });
    expect(r.expectNoGraphQLErrors().region!.servers!.totalCount).toBeGreaterThan(0);
  });

  it('should report UPSTREAM with the cloud message when the cloud answers 500', async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: listRoute, status: 500, times: 10, body: JSON.stringify({ computeFault: { code: 500, message: 'nova-api is on fire' } }) });
    const r = await execute(client, Servers, { variables: { region: REGION } });
    expect(r.errorCode()).toBe('UPSTREAM');
    expect(r.errors[0]!.message).toMatch(/nova-api is on fire/);
  });

  it('should report UPSTREAM_UNAVAILABLE when the cloud does not answer in time', async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: listRoute, status: 200, delayMs: 2500, times: 10 });
    const r = await execute(client, Servers, { variables: { region: REGION } });
    expect(r.errorCode()).toBe('UPSTREAM_UNAVAILABLE');
    expect(r.errors[0]!.message).toMatch(/did not answer in time/);
  });

  it('should report UPSTREAM_UNAVAILABLE when the cloud answers something that is not JSON', async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: listRoute, garbage: true, times: 10 });
    const r = await execute(client, Servers, { variables: { region: REGION } });
    expect(r.errorCode()).toBe('UPSTREAM_UNAVAILABLE');
    expect(r.errors[0]!.message).toMatch(/unreadable/);
  });

  it('should create nothing when the cloud answers the create with 503, 500 or not in time', async () => {
    const { client, emulator } = stack();
    const createRoute = `POST ${COMPUTE}/servers`;

    await injectFault(emulator, { match: createRoute, status: 503, times: 10 });
    const unavailable = await execute(client, CreateServer, { variables: { input: validInput('fault-503') } });
    expect(unavailable.errorCode()).toBe('UPSTREAM_UNAVAILABLE');
    await clearFaults(emulator);

    await injectFault(emulator, { match: createRoute, status: 500, times: 10 });
    const failed = (await execute(client, CreateServer, { variables: { input: validInput('fault-500') } })).expectNoGraphQLErrors();
    expect(failed.createServer.server).toBeNull();
    expect(failed.createServer.errors).toMatchObject([{ __typename: 'UpstreamError', code: 'UPSTREAM', status: 500, service: 'compute' }]);
    await clearFaults(emulator);

    await injectFault(emulator, { match: createRoute, status: 202, delayMs: 2500, times: 10 });
    const late = await execute(client, CreateServer, { variables: { input: validInput('fault-late') } });
    expect(late.errorCode()).toBe('UPSTREAM_UNAVAILABLE');
    await clearFaults(emulator);

    const names = await serverNames();
    for (const name of ['fault-503', 'fault-500', 'fault-late']) expect(names).not.toContain(name);
  });

  it('should let a create that failed upstream be retried with the same idempotency key', async () => {
    const { client, emulator } = stack();
    const input = { ...validInput('fault-retry'), idempotencyKey: 'e2e-retry-after-503' };
    await injectFault(emulator, { match: `POST ${COMPUTE}/servers`, status: 503, times: 1 });
    const first = await execute(client, CreateServer, { variables: { input } });
    expect(first.errorCode()).toBe('UPSTREAM_UNAVAILABLE');

    const retried = (await execute(client, CreateServer, { variables: { input } })).expectNoGraphQLErrors();
    expect(retried.createServer.errors).toEqual([]);
    expect(retried.createServer.server?.name).toBe('fault-retry');
    expect((await serverNames()).filter((n) => n === 'fault-retry')).toHaveLength(1);
  });
});

/** The upstream id inside a global id. */
function globalIdTail(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').split(':').at(-1)!;
}
