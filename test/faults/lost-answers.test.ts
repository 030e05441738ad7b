import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/emulator/clock.js';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { call, kakaoToken as emulatorKakaoToken, nhnToken } from '../emulator/helpers.js';
import { clearFaults, demoSubnetId, injectFault, regionCatalog, type RegionCatalog } from '../e2e/compute-fixtures.js';
import { kakaoCatalog, type KakaoCatalog } from '../e2e/kakao-fixtures.js';
import { execute, useStack } from '../e2e/kit.js';

/**
 * Faults between Hanul and the clouds, through the real stack: each case asserts what the
 * client sees, that the action is not lost (a retry with the same key returns it) and that
 * the emulator holds exactly one resource, counted in the emulator itself. The emulator's
 * clock is injected and moved by hand for token expiry.
 */

const clock = { offsetMs: 0 };
// A short upstream timeout so that "answer delayed past the timeout" costs little.
const stack = useStack({ emulator: { transitionMs: 100, clock: { ...systemClock, now: () => new Date(Date.now() + clock.offsetMs) } }, env: { UPSTREAM_TIMEOUT_MS: '1000' } });

const CreateServer = graphql(`
  mutation FaultsCreateServer($input: CreateServerInput!) {
    createServer(input: $input) {
      server { id name status }
      errors { __typename code message ... on ValidationError { field } }
    }
  }
`);
const CreateVolume = graphql(`
  mutation FaultsCreateVolume($input: CreateVolumeInput!) {
    createVolume(input: $input) { volume { id name description } errors { __typename code message } }
  }
`);
const CreateContainer = graphql(`
  mutation FaultsCreateContainer($input: CreateContainerInput!) {
    createContainer(input: $input) { container { id name } errors { __typename code message } }
  }
`);
const CreateVpc = graphql(`
  mutation FaultsCreateVpc($input: CreateVpcInput!) {
    createVpc(input: $input) { vpc { id name } errors { __typename code message ... on ValidationError { field } } }
  }
`);

const NHN_REGION = 'kr1';
const KAKAO_REGION = 'kr-central-2';
let nhn: RegionCatalog;
let kakao: KakaoCatalog;
let nhnSubnet: string;

beforeAll(async () => {
  nhn = await regionCatalog(stack().client, NHN_REGION);
  kakao = await kakaoCatalog(stack().client);
  nhnSubnet = await demoSubnetId(stack().emulator, NHN_REGION);
});

afterEach(async () => {
  await clearFaults(stack().emulator);
});

const nhnServer = (name: string, idempotencyKey: string) => ({
  regionId: nhn.regionId,
  name,
  flavorId: nhn.flavor('m2.c1m2'),
  imageId: nhn.image('Ubuntu Server 22.04'),
  keypairId: nhn.keypair('demo-key'),
  subnetIds: [nhnSubnet],
  idempotencyKey,
});
const kakaoServer = (name: string, idempotencyKey: string) => ({
  regionId: kakao.regionId,
  name,
  flavorId: kakao.flavor('m2a.large'),
  imageId: kakao.image('Ubuntu 24.04'),
  keypairId: kakao.keypair('hanul-demo-key'),
  subnetIds: [kakao.subnet('hanul-public-a')],
  idempotencyKey,
});

/** Servers of that name in the emulator, asked of the emulator itself (not through Hanul). */
async function serversNamed(cloud: 'nhn' | 'kakao', name: string): Promise<number> {
  const { emulator } = stack();
  if (cloud === 'nhn') {
    const token = await nhnToken(emulator);
    const reply = await call(`${emulator.ctx.nhnServiceUrl(NHN_REGION, 'compute')}/v2/${DEMO_NHN.tenantId}/servers?name=${name}`, { token });
    return (reply.json.servers as { name: string }[]).filter((s) => s.name === name).length;
  }
  const token = await emulatorKakaoToken(emulator);
  const reply = await call(`${emulator.ctx.kakaoServiceUrl('bcs', KAKAO_REGION)}/api/v1/instances?limit=1000`, { headers: { 'x-auth-token': token } });
  return (reply.json.instances as { name: string }[]).filter((s) => s.name === name).length;
}

const createPath = { nhn: `POST /nhn/${NHN_REGION}/compute/v2/${DEMO_NHN.tenantId}/servers`, kakao: `POST /kakao/bcs/${KAKAO_REGION}/api/v1/instances` };
const input = { nhn: nhnServer, kakao: kakaoServer };

describe.each(['nhn', 'kakao'] as const)('%s: a create whose answer is lost', (cloud) => {
  const cases = [
    { fault: 'a connection reset after the create', rule: { kind: 'reset-after' as const } },
    { fault: 'a 502 from a proxy after the create', rule: { kind: 'status-after' as const, status: 502 } },
    { fault: 'an answer later than the upstream timeout', rule: { kind: 'delay-after' as const, delayMs: 1500 } },
  ];
  for (const { fault, rule } of cases) {
    it(`should answer an error, then the same server on retry, with exactly one made, after ${fault}`, async () => {
      const { client, emulator } = stack();
      const name = `lost-${cloud}-${rule.kind}`;
      const variables = { input: input[cloud](name, `key-${name}`) };
      await injectFault(emulator, { ...rule, match: createPath[cloud] });
      const first = await execute(client, CreateServer, { variables });
      // What the client sees: a coded error, no server, and no claim that nothing happened.
      expect(first.errors.length + (first.data?.createServer.errors.length ?? 0)).toBeGreaterThan(0);
      expect(first.data?.createServer.server ?? null).toBeNull();
      expect(await serversNamed(cloud, name)).toBe(1);

      const retried = (await execute(client, CreateServer, { variables })).expectNoGraphQLErrors();
      expect(retried.createServer.errors).toEqual([]);
      expect(retried.createServer.server?.name).toBe(name);
      const again = (await execute(client, CreateServer, { variables })).expectNoGraphQLErrors();
      expect(again.createServer.server?.id).toBe(retried.createServer.server?.id);
      expect(await serversNamed(cloud, name)).toBe(1);
    });
  }

  it('should answer a garbage body with an error and make one server across the retry', async () => {
    const { client, emulator } = stack();
    const name = `garbage-${cloud}`;
    const variables = { input: input[cloud](name, `key-${name}`) };
    await injectFault(emulator, { garbage: true, match: createPath[cloud] });
    const first = await execute(client, CreateServer, { variables });
    expect(first.errors.length + (first.data?.createServer.errors.length ?? 0)).toBeGreaterThan(0);
    expect(await serversNamed(cloud, name)).toBe(0);
    const retried = (await execute(client, CreateServer, { variables })).expectNoGraphQLErrors();
    expect(retried.createServer.server?.name).toBe(name);
    expect(await serversNamed(cloud, name)).toBe(1);
  });

  it('should ride out a 429 on the create and make exactly one server', async () => {
    const { client, emulator } = stack();
    const name = `throttled-${cloud}`;
    await injectFault(emulator, { status: 429, match: createPath[cloud], body: JSON.stringify({ message: 'Too Many Requests' }) });
    const result = await execute(client, CreateServer, { variables: { input: input[cloud](name, `key-${name}`) } });
    // A 429 means "not applied": Hanul retries the POST after a backoff, and the client sees the server.
    expect(result.expectNoGraphQLErrors().createServer.server?.name).toBe(name);
    const retried = (await execute(client, CreateServer, { variables: { input: input[cloud](name, `key-${name}`) } })).expectNoGraphQLErrors();
    expect(retried.createServer.server?.id).toBe(result.data?.createServer.server?.id);
    expect(await serversNamed(cloud, name)).toBe(1);
  });

  it('should refuse the same key with another input as a ValidationError on idempotencyKey, making nothing', async () => {
    const { client } = stack();
    const name = `reused-${cloud}`;
    const first = (await execute(client, CreateServer, { variables: { input: input[cloud](name, `key-${name}`) } })).expectNoGraphQLErrors();
    expect(first.createServer.server?.name).toBe(name);
    const other = (await execute(client, CreateServer, { variables: { input: input[cloud](`${name}-other`, `key-${name}`) } })).expectNoGraphQLErrors();
    expect(other.createServer.server).toBeNull();
    expect(other.createServer.errors).toMatchObject([{ __typename: 'ValidationError', field: ['input', 'idempotencyKey'] }]);
    expect(await serversNamed(cloud, `${name}-other`)).toBe(0);
  });

  it('should re-token when the token expires on the emulator clock and make the server once', async () => {
    const { client } = stack();
    const name = `expired-${cloud}`;
    clock.offsetMs += 13 * 3600_000; // past the 12 h token lifetime: the token Hanul holds is refused
    const result = (await execute(client, CreateServer, { variables: { input: input[cloud](name, `key-${name}`) } })).expectNoGraphQLErrors();
    expect(result.createServer.server?.name).toBe(name);
    expect(await serversNamed(cloud, name)).toBe(1);
  });
});

describe('kakao: a failed read-back after a successful create', () => {
  it('should find the instance the POST made instead of making a second one', async () => {
    const { client, emulator } = stack();
    const name = 'readback-kakao';
    const variables = { input: kakaoServer(name, `key-${name}`) };
    // The POST succeeds; the GET that reads the new instance back fails, and so does its retry.
    await injectFault(emulator, { status: 503, method: 'GET', cloud: 'kakao', service: 'bcs', match: '/api/v1/instances/', times: 3 });
    const first = await execute(client, CreateServer, { variables });
    expect(first.errors.length + (first.data?.createServer.errors.length ?? 0)).toBeGreaterThan(0);
    await clearFaults(emulator);
    const retried = (await execute(client, CreateServer, { variables })).expectNoGraphQLErrors();
    expect(retried.createServer.server?.name).toBe(name);
    expect(await serversNamed('kakao', name)).toBe(1);
  });
});

describe('one region down', () => {
  it('should create in kr1 while kr2 compute answers 503', async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { region: 'kr2', service: 'compute', status: 503, times: 1000 });
    const ok = (await execute(client, CreateServer, { variables: { input: nhnServer('region-up', 'key-region-up') } })).expectNoGraphQLErrors();
    expect(ok.createServer.server?.name).toBe('region-up');
    expect(await serversNamed('nhn', 'region-up')).toBe(1);
  });
});

describe('other resources whose answer is lost', () => {
  it('should make one NHN volume and one KakaoCloud volume across a reset after the create', async () => {
    const { client, emulator } = stack();
    const cases = [
      { regionId: nhn.regionId, path: `POST /nhn/${NHN_REGION}/volume/`, zone: undefined },
      { regionId: kakao.regionId, path: `POST /kakao/volume/${KAKAO_REGION}/api/v1/volumes`, zone: `${KAKAO_REGION}-a` },
    ];
    for (const [i, c] of cases.entries()) {
      const variables = { input: { regionId: c.regionId, name: `lost-volume-${i}`, sizeGb: 20, description: 'kept as written', availabilityZone: c.zone, idempotencyKey: `key-lost-volume-${i}` } };
      await injectFault(emulator, { kind: 'reset-after', match: c.path });
      const first = await execute(client, CreateVolume, { variables });
      expect(first.errors.length).toBeGreaterThan(0);
      const retried = (await execute(client, CreateVolume, { variables })).expectNoGraphQLErrors();
      // The key rides in the volume (metadata, or the end of KakaoCloud's description) and stays out of sight.
      expect(retried.createVolume.volume).toMatchObject({ name: `lost-volume-${i}`, description: 'kept as written' });
      const again = (await execute(client, CreateVolume, { variables })).expectNoGraphQLErrors();
      expect(again.createVolume.volume?.id).toBe(retried.createVolume.volume?.id);
    }
    const token = await nhnToken(emulator);
    const nhnVolumes = await call(`${emulator.ctx.nhnServiceUrl(NHN_REGION, 'volume')}/v2/${DEMO_NHN.tenantId}/volumes`, { token });
    expect((nhnVolumes.json.volumes as { name: string }[]).filter((v) => v.name === 'lost-volume-0')).toHaveLength(1);
    const kakaoVolumes = await call(`${emulator.ctx.kakaoServiceUrl('volume', KAKAO_REGION)}/api/v1/volumes?limit=1000`, { headers: { 'x-auth-token': await emulatorKakaoToken(emulator) } });
    expect((kakaoVolumes.json.volumes as { name: string }[]).filter((v) => v.name === 'lost-volume-1')).toHaveLength(1);
  });

  it('should return the container a lost answer made, not a ConflictError', async () => {
    const { client, emulator } = stack();
    const variables = { input: { regionId: nhn.regionId, name: 'lost-container', idempotencyKey: 'key-lost-container' } };
    // Hanul retries a PUT (Swift's create is idempotent), so every attempt of this call loses its answer.
    await injectFault(emulator, { kind: 'status-after', status: 502, method: 'PUT', match: '/lost-container', times: 5 });
    expect((await execute(client, CreateContainer, { variables })).errors.length).toBeGreaterThan(0);
    const retried = (await execute(client, CreateContainer, { variables })).expectNoGraphQLErrors();
    expect(retried.createContainer).toMatchObject({ container: { name: 'lost-container' }, errors: [] });
  });

  it('should replay a VPC create with the same key and keep keys of one tenant out of another', async () => {
    const { client } = stack();
    const variables = { input: { regionId: nhn.regionId, name: 'keyed-vpc', cidr: '10.77.0.0/16', idempotencyKey: 'shared-key' } };
    const first = (await execute(client, CreateVpc, { variables })).expectNoGraphQLErrors();
    const again = (await execute(client, CreateVpc, { variables })).expectNoGraphQLErrors();
    expect(again.createVpc.vpc?.id).toBe(first.createVpc.vpc?.id);
    // The same key and input from another NHN tenant (its own token) is another key: it makes that tenant's own VPC.
    const otherToken = await nhnToken(stack().emulator, OTHER_NHN);
    const headers = { authorization: `Bearer ${otherToken}`, 'x-hanul-tenant': OTHER_NHN.tenantId };
    const other = (await execute(client, CreateVpc, { variables, headers })).expectNoGraphQLErrors();
    expect(other.createVpc.errors).toEqual([]);
    expect(other.createVpc.vpc?.id).not.toBe(first.createVpc.vpc?.id);
  });
});
