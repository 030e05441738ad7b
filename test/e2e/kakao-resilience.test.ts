import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { execute, useStack } from './kit.js';
import { iamTokenRequests, KAKAO_REGION, kakaoQuirks, kakaoRegionId, kakaoRequests } from './kakao-fixtures.js';

const RegionServers = graphql(`
  query KakaoResilienceServers($region: String!) {
    region(provider: KAKAO, name: $region) { servers(first: 100) { totalCount edges { node { name status flavor { name } } } } }
  }
`);

const CreateKeypair = graphql(`
  mutation KakaoResilienceCreateKeypair($input: CreateKeypairInput!) {
    createKeypair(input: $input) { keypair { id name } errors { __typename message } }
  }
`);

describe('KakaoCloud answering 429 Too Many Requests', () => {
  const stack = useStack();
  afterEach(() => kakaoQuirks(stack().emulator, { injected429Rate: 0 }));

  it('should retry reads after the 429 (Retry-After) and answer as if nothing happened', async () => {
    const { client, emulator } = stack();
    const calm = await execute(client, RegionServers, { variables: { region: KAKAO_REGION }, countCalls: true });
    const expected = calm.expectNoGraphQLErrors();

    // Every second KakaoCloud request is refused with 429 and `Retry-After: 1`.
    await kakaoQuirks(emulator, { injected429Rate: 0.5 });
    const before = kakaoRequests(emulator, 'GET', 'bcs', '/api/v1/instances');
    const stormy = await execute(client, RegionServers, { variables: { region: KAKAO_REGION }, countCalls: true });
    expect(stormy.expectNoGraphQLErrors()).toEqual(expected);
    // The refused attempts reached the cloud and were counted; the answer needed more calls than on a calm day.
    expect(stormy.extensions!.upstreamCalls.total).toBeGreaterThan(calm.extensions!.upstreamCalls.total);
    expect(kakaoRequests(emulator, 'GET', 'bcs', '/api/v1/instances') - before).toBeGreaterThanOrEqual(1);
  });

  it('should retry a create refused with 429 (nothing was made) and create exactly once', async () => {
    const { client, emulator } = stack();
    await kakaoQuirks(emulator, { injected429Rate: 0.5 });
    const before = kakaoRequests(emulator, 'POST', 'bcs', '/api/v1/keypairs');
    const created = (await execute(client, CreateKeypair, { variables: { input: { regionId: kakaoRegionId(), name: 'throttled-key' } } })).expectNoGraphQLErrors();
    expect(created.createKeypair.errors).toEqual([]);
    await kakaoQuirks(emulator, { injected429Rate: 0 });
    const attempts = kakaoRequests(emulator, 'POST', 'bcs', '/api/v1/keypairs') - before;
    expect(attempts).toBeGreaterThanOrEqual(1);
    // However many attempts it took, there is one key pair of that name (a second would be a 409).
    const again = (await execute(client, CreateKeypair, { variables: { input: { regionId: kakaoRegionId(), name: 'throttled-key' } } })).expectNoGraphQLErrors();
    expect(again.createKeypair.errors[0]?.__typename).toBe('ConflictError');
  });

  it('should report RATE_LIMITED when the cloud keeps refusing', async () => {
    const { client, emulator } = stack();
    await kakaoQuirks(emulator, { injected429Rate: 1 });
    const result = await execute(client, RegionServers, { variables: { region: KAKAO_REGION } });
    expect(result.errorCode()).toBe('RATE_LIMITED');
  });
});

describe('the server-held KakaoCloud token', () => {
  // Tokens live 3 s in this emulator; Hanul renews them when less than 2 s remain.
  const stack = useStack({ emulator: { tokenLifetimeMs: 3000 }, env: { TOKEN_REFRESH_MARGIN_MS: '2000' } });

  it('should be issued once and reused while it is fresh', async () => {
    const { client, emulator } = stack();
    const before = iamTokenRequests(emulator);
    await execute(client, RegionServers, { variables: { region: KAKAO_REGION } });
    await execute(client, RegionServers, { variables: { region: KAKAO_REGION } });
    expect(iamTokenRequests(emulator) - before).toBeLessThanOrEqual(1);
  });

  it('should be renewed before it expires, without a refused call', async () => {
    const { client, emulator } = stack();
    (await execute(client, RegionServers, { variables: { region: KAKAO_REGION } })).expectNoGraphQLErrors();
    const before = iamTokenRequests(emulator);
    // Past the refresh point (3 s - 2 s margin) but before expiry.
    await new Promise((r) => setTimeout(r, 1300));
    (await execute(client, RegionServers, { variables: { region: KAKAO_REGION } })).expectNoGraphQLErrors();
    expect(iamTokenRequests(emulator) - before).toBe(1);
  });

  it('should be re-issued once when the cloud refuses it (401), and the request succeed', async () => {
    const { client, emulator } = stack();
    (await execute(client, RegionServers, { variables: { region: KAKAO_REGION } })).expectNoGraphQLErrors();
    const before = iamTokenRequests(emulator);
    // The cloud forgets every token it issued (as when an access key's role changes, kakaocloud §2.1).
    emulator.ctx.kakao.tokens.clear();
    const data = (await execute(client, RegionServers, { variables: { region: KAKAO_REGION } })).expectNoGraphQLErrors();
    expect(data.region!.servers!.totalCount).toBeGreaterThan(0);
    expect(iamTokenRequests(emulator) - before).toBe(1);
  });
});
