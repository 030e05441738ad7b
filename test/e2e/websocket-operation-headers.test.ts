import { describe, expect, it } from 'vitest';
import { OTHER_NHN } from '../../src/emulator/seed.js';
import { gql } from '../security/raw.js';
import { wsClient } from '../support/subscriptions.js';
import { useStack } from './kit.js';

const VIEWER = '{ viewer { provider tenantId } }';

/** One operation over graphql-ws, with `extensions` as GraphiQL sends them. */
async function overWebSocket(url: string, extensions?: Record<string, unknown>): Promise<any> {
  const client = wsClient(url);
  try {
    return await new Promise((resolve, reject) => {
      let result: unknown;
      client.subscribe({ query: VIEWER, ...(extensions ? { extensions } : {}) }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
    });
  } finally {
    await client.dispose();
  }
}

describe('headers an operation carries over graphql-ws (GraphiQL puts its editor headers there)', () => {
  const stack = useStack();

  it('should run the operation on the bearer token of extensions.headers, and on the server-held credentials without them', async () => {
    const url = stack().hanul.graphqlUrl;
    const issued = await gql(url, 'mutation($i: IssueTokenInput!) { issueToken(input: $i) { token } }', {
      i: { tenantId: OTHER_NHN.tenantId, username: OTHER_NHN.username, password: OTHER_NHN.password },
    });
    const token = issued.body.data.issueToken.token as string;

    const plain = await overWebSocket(url);
    expect(plain.data.viewer.tenantId).not.toBe(OTHER_NHN.tenantId);

    const withHeaders = await overWebSocket(url, { headers: { authorization: `Bearer ${token}`, 'x-hanul-tenant': OTHER_NHN.tenantId } });
    expect(withHeaders.errors).toBeUndefined();
    expect(withHeaders.data.viewer).toEqual({ provider: 'NHN', tenantId: OTHER_NHN.tenantId });
  });
});
