import { describe, expect, it } from 'vitest';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { gql } from '../security/raw.js';
import { useStack } from './kit.js';

const DASHBOARD = `query {
  regions(provider: NHN) {
    name
    servers(first: 50) { totalCount edges { node { id name status flavor { name } image { name } addresses { address } securityGroups { name } volumes { name } } } }
    vpcs { name subnets { name } }
  }
}`;

async function tokenHeaders(url: string, account: { tenantId: string; username: string; password: string }) {
  const { body } = await gql(url, 'mutation($i: IssueTokenInput!) { issueToken(input: $i) { token } }', {
    i: { tenantId: account.tenantId, username: account.username, password: account.password },
  });
  return { authorization: `Bearer ${body.data.issueToken.token}`, 'x-hanul-tenant': account.tenantId };
}

const CREATE_KEYPAIR = 'mutation($r: ID!, $n: String!) { createKeypair(input: { regionId: $r, name: $n }) { keypair { id } errors { message } } }';
const KEYPAIRS = '{ region(provider: NHN, name: "kr1") { id keypairs { name } } }';

describe('identical reads are shared, per token, within UPSTREAM_FRESH_READS_MS', () => {
  // Latency as a cloud API's; a freshness window long enough to span the 50 operations.
  const stack = useStack({ emulator: { latencyMs: 40 }, env: { UPSTREAM_FRESH_READS_MS: '5000' } });

  it('should answer 50 concurrent identical dashboards with at most twice the calls of one', async () => {
    const url = stack().hanul.graphqlUrl;
    const before = stack().emulator.requestCount();
    const solo = await gql(url, DASHBOARD);
    expect(solo.body.errors).toBeUndefined();
    const one = stack().emulator.requestCount() - before;

    const start = stack().emulator.requestCount();
    const answers = await Promise.all(Array.from({ length: 50 }, () => gql(url, DASHBOARD)));
    const fifty = stack().emulator.requestCount() - start;
    // extensions.cost differs per answer (calls made, budget left); the data must not.
    for (const a of answers) expect(a.body.data).toEqual(solo.body.data);
    expect(fifty).toBeLessThanOrEqual(2 * one);
  });

  it('should never share a read between two tenants', async () => {
    const url = stack().hanul.graphqlUrl;
    const demo = await tokenHeaders(url, DEMO_NHN);
    const other = await tokenHeaders(url, OTHER_NHN);
    const demoSolo = (await gql(url, DASHBOARD, {}, demo)).body.data;
    const otherSolo = (await gql(url, DASHBOARD, {}, other)).body.data;
    expect(demoSolo).not.toEqual(otherSolo);

    const mixed = await Promise.all(Array.from({ length: 20 }, (_, i) => gql(url, DASHBOARD, {}, i % 2 ? other : demo)));
    mixed.forEach((a, i) => expect(a.body.data).toEqual(i % 2 ? otherSolo : demoSolo));
  });

  it('should clear shared reads on a write through Hanul, so a create is seen at once', async () => {
    const url = stack().hanul.graphqlUrl;
    const first = (await gql(url, KEYPAIRS)).body.data.region;
    await gql(url, CREATE_KEYPAIR, { r: first.id, n: 'fresh-after-write' });
    const after = (await gql(url, KEYPAIRS)).body.data.region.keypairs.map((k: { name: string }) => k.name);
    expect(after).toContain('fresh-after-write');
  });
});

describe('without a freshness window', () => {
  const stack = useStack({ emulator: { latencyMs: 40 } });

  it('should share only reads in flight: sequential operations each pay their calls', async () => {
    const url = stack().hanul.graphqlUrl;
    await gql(url, KEYPAIRS); // the token is issued once, before counting
    const a = stack().emulator.requestCount();
    await gql(url, KEYPAIRS);
    const b = stack().emulator.requestCount();
    await gql(url, KEYPAIRS);
    expect(stack().emulator.requestCount() - b).toBe(b - a);
    const c = stack().emulator.requestCount();
    await Promise.all(Array.from({ length: 10 }, () => gql(url, KEYPAIRS)));
    expect(stack().emulator.requestCount() - c).toBeLessThan(10 * (b - a));
  });
});
