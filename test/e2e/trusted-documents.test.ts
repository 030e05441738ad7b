import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { graphql } from '../gql/index.js';
import { REPO_ROOT } from '../support/processes.js';
import { wsClient } from '../support/subscriptions.js';
import { useStack } from './kit.js';

/**
 * Trusted documents: the manifest is the one `npm run codegen` writes from the test
 * documents (client preset, `persistedDocuments`), read through TRUSTED_DOCUMENTS_MANIFEST.
 */

const MANIFEST = `${REPO_ROOT}test/gql/persisted-documents.json`;

const TrustedServers = graphql(`
  query TrustedServers {
    region(provider: NHN, name: "kr1") { servers(first: 3) { totalCount } }
  }
`);

/** The hash the preset gave the document (`sha256:` + hex), as a client generated with it sends. */
const documentId = (TrustedServers as unknown as { __meta__: { hash: string } }).__meta__.hash;
const sha256Hash = documentId.replace(/^sha256:/, '');
const UNKNOWN = 'f'.repeat(64);

interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(url: string, body: unknown): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

async function get(url: string, params: Record<string, string>): Promise<Answer> {
  const res = await fetch(`${url}?${new URLSearchParams(params)}`, { headers: { accept: 'application/graphql-response+json', 'graphql-preflight': '1' } });
  return { status: res.status, body: await res.json() };
}

const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
const upstreamTotal = (requests: Map<string, number>) => [...requests.values()].reduce((a, b) => a + b, 0);

describe('TRUSTED_DOCUMENTS=only', () => {
  const stack = useStack({ env: { TRUSTED_DOCUMENTS: 'only', TRUSTED_DOCUMENTS_MANIFEST: MANIFEST } });

  it.each([
    ['POST with extensions.persistedQuery.sha256Hash', () => post(stack().hanul.graphqlUrl, byHash)],
    ['POST with documentId', () => post(stack().hanul.graphqlUrl, { documentId })],
    ['GET with extensions', () => get(stack().hanul.graphqlUrl, { extensions: JSON.stringify(byHash.extensions) })],
    ['GET with documentId', () => get(stack().hanul.graphqlUrl, { documentId })],
  ])('should run a known document sent by %s', async (_how, send) => {
    const answer = await send();
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.body.data.region.servers.totalCount).toBeGreaterThan(0);
  });

  it('should refuse an unknown id with PERSISTED_QUERY_NOT_FOUND, before any upstream call', async () => {
    const before = upstreamTotal(stack().emulator.requests);
    const answer = await post(stack().hanul.graphqlUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: UNKNOWN } } });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(answer.body.errors?.[0]?.message).toMatch(/Unknown trusted document/);
    expect(upstreamTotal(stack().emulator.requests)).toBe(before);
    // The same request error with application/json is 200, as GraphQL over HTTP says.
    const legacy = await fetch(stack().hanul.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ documentId: UNKNOWN }) });
    expect(legacy.status).toBe(200);
    expect((await legacy.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('should refuse document text, even of a known document, with PERSISTED_QUERY_ONLY', async () => {
    const before = upstreamTotal(stack().emulator.requests);
    for (const query of [print(TrustedServers), '{ regions { name } }']) {
      const answer = await post(stack().hanul.graphqlUrl, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      expect(answer.body.errors?.[0]?.message).toMatch(/sha256Hash or documentId/);
    }
    expect(upstreamTotal(stack().emulator.requests)).toBe(before);
  });

  it('should hold over WebSocket too: text refused, a known id run', async () => {
    const client = wsClient(stack().hanul.graphqlUrl);
    try {
      const refused = await collect(client.iterate({ query: '{ regions { name } }' }));
      expect(refused.error ?? refused.results[0]?.errors?.[0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_ONLY' } });
      const known = await collect(client.iterate({ query: '', extensions: byHash.extensions }));
      expect(known.error).toBeUndefined();
      expect(known.results[0]?.data?.region?.servers.totalCount).toBeGreaterThan(0);
    } finally {
      await client.dispose();
    }
  });
});

async function collect(iterator: AsyncIterable<any>): Promise<{ results: any[]; error?: any }> {
  const results: any[] = [];
  try {
    for await (const result of iterator) results.push(result);
    return { results };
  } catch (error) {
    return { results, error: Array.isArray(error) ? error[0] : error };
  }
}

describe('TRUSTED_DOCUMENTS=allow', () => {
  const stack = useStack({ env: { TRUSTED_DOCUMENTS: 'allow', TRUSTED_DOCUMENTS_MANIFEST: MANIFEST } });

  it('should run known ids and any document text, and name an unknown id', async () => {
    expect((await post(stack().hanul.graphqlUrl, byHash)).body.data.region.servers.totalCount).toBeGreaterThan(0);
    expect((await post(stack().hanul.graphqlUrl, { query: '{ regions { name } }' })).body.data.regions.length).toBeGreaterThan(0);
    const unknown = await post(stack().hanul.graphqlUrl, { documentId: `sha256:${UNKNOWN}` });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toMatch(/send the document text instead/);
  });
});

describe('TRUSTED_DOCUMENTS defaults', () => {
  const production = { NODE_ENV: 'production', NHN_TENANT_ID: 't', NHN_USERNAME: 'u', NHN_API_PASSWORD: 'p' };

  it('should be off outside production and in the demo, so GraphiQL runs any document', () => {
    expect(loadConfig({}).trustedDocuments.mode).toBe('off');
    expect(loadConfig({ NODE_ENV: 'production' }).trustedDocuments.mode).toBe('off');
    expect(loadConfig({ TRUSTED_DOCUMENTS_MANIFEST: MANIFEST }).trustedDocuments.mode).toBe('allow');
  });

  it('should be only in production against real clouds, and say what to set when the manifest is missing', () => {
    expect(loadConfig({ ...production, TRUSTED_DOCUMENTS_MANIFEST: MANIFEST }).trustedDocuments.mode).toBe('only');
    expect(() => loadConfig(production)).toThrow(/TRUSTED_DOCUMENTS is only \(the default with NODE_ENV=production\): set TRUSTED_DOCUMENTS_MANIFEST/);
    expect(loadConfig({ ...production, TRUSTED_DOCUMENTS: 'off' }).trustedDocuments.mode).toBe('off');
  });

  it('should refuse a manifest it cannot use, at start-up', () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'only', TRUSTED_DOCUMENTS_MANIFEST: `${REPO_ROOT}missing.json` })).toThrow(/cannot read .*missing\.json \(ENOENT\)/);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'only', TRUSTED_DOCUMENTS_MANIFEST: `${REPO_ROOT}package.json` })).toThrow(/must be a JSON object of document hash/);
  });
});
