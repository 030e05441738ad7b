import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import type { Emulator } from '../../src/emulator/server.js';
import { graphql } from '../gql/index.js';
import { clearFaults, injectFault, regionCatalog } from './compute-fixtures.js';
import { KAKAO_REGION } from './kakao-fixtures.js';
import { execute, useStack, type Execution, type GraphQLErrorShape } from './kit.js';

/**
 * One failing or slow region never blanks the answer (issue 13): the README's Dashboard
 * query keeps every other region's data, KakaoCloud's and the viewer's, and reports the
 * failed field once, at its path, with a code.
 */

const Dashboard = graphql(`
  query PartialDashboard {
    viewer { provider tenantId }
    regions {
      provider
      name
      displayName
      servers(first: 10) {
        totalCount
        edges { node { id name status flavor { name vcpus ramMb } image { name } keypair { name } addresses { address type } } }
      }
    }
  }
`);

const FlavorsById = graphql(`
  query PartialFlavorsById($ids: [ID!]!) {
    nodes(ids: $ids) { id ... on Flavor { name } }
  }
`);

const Networks = graphql(`
  query PartialNetworks {
    regions {
      provider
      name
      vpcs { name cidr subnets { name } }
      servers(first: 1) { totalCount }
    }
  }
`);

type Regions = { provider: string; name: string }[];

function indexOf(regions: Regions, provider: string, name: string): number {
  const i = regions.findIndex((r) => r.provider === provider && r.name === name);
  expect(i, `${provider} ${name} in the answer`).toBeGreaterThanOrEqual(0);
  return i;
}

/** The answer's only error, which must be at `path`; returns it. */
function onlyError<R>(result: Execution<R>, path: (string | number)[]): GraphQLErrorShape {
  expect(result.errors.map((e) => ({ path: e.path, code: e.extensions?.code }))).toEqual([{ path, code: expect.any(String) }]);
  return result.errors[0]!;
}

/** Every region but the failed one has its servers, KakaoCloud's included. */
function expectOtherRegionsServed(regions: (Regions[number] & { servers: { totalCount: number } | null })[], failed: number): void {
  expect(regions.length).toBeGreaterThan(2);
  regions.forEach((r, i) => {
    if (i === failed) expect(r.servers, `${r.name} failed`).toBeNull();
    else expect(r.servers, `${r.provider} ${r.name}`).not.toBeNull();
  });
  const kakao = regions[indexOf(regions, 'KAKAO', KAKAO_REGION)]!;
  expect(kakao.servers!.totalCount).toBeGreaterThan(0);
}

describe('a region whose compute fails', () => {
  const stack = useStack();
  afterEach(() => clearFaults(stack().emulator));

  it("should keep every other region's servers, the viewer and KakaoCloud, with one coded error at kr2's servers", async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: 'GET /nhn/kr2/compute', status: 503, times: 10 });
    const result = await execute(client, Dashboard);
    const data = result.data!;
    expect(data.viewer).toMatchObject({ provider: 'NHN' });
    const kr2 = indexOf(data.regions, 'NHN', 'kr2');
    expect(data.regions[kr2]).toMatchObject({ name: 'kr2', displayName: expect.any(String), servers: null });
    expectOtherRegionsServed(data.regions, kr2);
    const kr1 = data.regions[indexOf(data.regions, 'NHN', 'kr1')]!;
    expect(kr1.servers!.edges.some((e) => e.node.flavor?.name)).toBe(true);

    const error = onlyError(result, ['regions', kr2, 'servers']);
    expect(error.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/NHN Cloud compute is unavailable/);
    expect(error.message).not.toContain(emulator.url);
  });

  it("should report a cloud's 500 on KakaoCloud the same way, with NHN's regions all there", async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: `GET /kakao/bcs/${KAKAO_REGION}`, status: 500, times: 10, body: JSON.stringify({ error: { message: 'bcs is down' } }) });
    const result = await execute(client, Dashboard);
    const regions = result.data!.regions;
    const kakao = indexOf(regions, 'KAKAO', KAKAO_REGION);
    regions.forEach((r, i) => (i === kakao ? expect(r.servers).toBeNull() : expect(r.servers?.totalCount, r.name).toBeGreaterThanOrEqual(0)));
    expect(onlyError(result, ['regions', kakao, 'servers']).extensions?.code).toBe('UPSTREAM');
  });
});

describe("a region whose flavors fail while its servers answer", () => {
  const stack = useStack();
  afterEach(() => clearFaults(stack().emulator));

  it("should fail only kr2's flavor fields: the batched loads of other regions stand", async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: `GET /nhn/kr2/compute/v2/${DEMO_NHN.tenantId}/flavors`, status: 503, times: 10 });
    const result = await execute(client, Dashboard);
    const regions = result.data!.regions;
    const kr2 = indexOf(regions, 'NHN', 'kr2');
    const kr2Servers = regions[kr2]!.servers!.edges;
    expect(kr2Servers.length).toBeGreaterThan(0);
    expect(kr2Servers.map((e) => e.node.flavor)).toEqual(kr2Servers.map(() => null));
    expect(result.errors.map((e) => e.path)).toEqual(kr2Servers.map((_, j) => ['regions', kr2, 'servers', 'edges', j, 'node', 'flavor']));
    expect(new Set(result.errors.map((e) => e.extensions?.code))).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
    for (const [i, r] of regions.entries()) {
      if (i !== kr2) for (const e of r.servers!.edges) expect(e.node.flavor?.name, `${r.name} ${e.node.name}`).toEqual(expect.any(String));
    }
  });
});

describe('one batch of loads across regions', () => {
  const stack = useStack();
  afterEach(() => clearFaults(stack().emulator));

  it("should load kr1's flavor when kr2's flavors fail in the same batch, with one error at kr2's", async () => {
    const { client, emulator } = stack();
    const ids = [(await regionCatalog(client, 'kr1')).flavor('m2.c2m4'), (await regionCatalog(client, 'kr2')).flavor('m2.c2m4')];
    await injectFault(emulator, { match: `GET /nhn/kr2/compute/v2/${DEMO_NHN.tenantId}/flavors`, status: 503, times: 10 });
    const result = await execute(client, FlavorsById, { variables: { ids } });
    expect(result.data!.nodes).toEqual([{ id: ids[0], name: 'm2.c2m4' }, null]);
    expect(onlyError(result, ['nodes', 1]).extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('a region whose network fails', () => {
  const stack = useStack();
  afterEach(() => clearFaults(stack().emulator));

  it("should keep kr2's servers and every other region's networks, with one error at kr2's vpcs", async () => {
    const { client, emulator } = stack();
    await injectFault(emulator, { match: 'GET /nhn/kr2/network', status: 503, times: 10 });
    const result = await execute(client, Networks);
    const regions = result.data!.regions;
    const kr2 = indexOf(regions, 'NHN', 'kr2');
    expect(regions[kr2]!.vpcs).toBeNull();
    expect(regions[kr2]!.servers).not.toBeNull();
    regions.forEach((r, i) => i !== kr2 && expect(r.vpcs, `${r.provider} ${r.name}`).not.toBeNull());
    expect(regions[indexOf(regions, 'NHN', 'kr1')]!.vpcs!.length).toBeGreaterThan(0);
    expect(onlyError(result, ['regions', kr2, 'vpcs']).extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

/** Holds every compute call of kr2 for `ms` before answering (an empty list). */
async function slowKr2(emulator: Emulator, ms: number): Promise<void> {
  await injectFault(emulator, { match: 'GET /nhn/kr2/compute', status: 200, delayMs: ms, body: JSON.stringify({ servers: [] }), times: 10 });
}

describe('a region that does not answer in time', () => {
  const TIMEOUT_MS = 1500;
  const SLOW_MS = 8000;
  const stack = useStack({ env: { UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS) } });
  afterEach(() => clearFaults(stack().emulator));

  it('should answer with every other region before the slow one would have, and one coded error at its servers', async () => {
    const { client, emulator } = stack();
    // Warm (tokens, connections), so that only kr2 is slow.
    (await execute(client, Dashboard)).expectNoGraphQLErrors();
    await slowKr2(emulator, SLOW_MS);
    const started = performance.now();
    const result = await execute(client, Dashboard);
    // The slow region costs its budget, not its delay: the answer does not wait for it.
    expect(performance.now() - started).toBeLessThan(SLOW_MS);
    const data = result.data!;
    expect(data.viewer).toMatchObject({ provider: 'NHN' });
    const kr2 = indexOf(data.regions, 'NHN', 'kr2');
    expectOtherRegionsServed(data.regions, kr2);
    const error = onlyError(result, ['regions', kr2, 'servers']);
    expect(error.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/did not answer in time/);
  });
});
