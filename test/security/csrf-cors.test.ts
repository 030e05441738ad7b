import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { useStack } from '../e2e/kit.js';
import { raw } from './raw.js';

const REGION = Buffer.from('Region:NHN:kr1').toString('base64');
const createKeypair = (name: string) => `mutation { createKeypair(input: { regionId: "${REGION}", name: "${name}" }) { keypair { id } privateKey errors { message } } }`;
const CREATE_KEYPAIR = createKeypair('csrf-probe');

function keypairCount(stack: ReturnType<ReturnType<typeof useStack>>): number {
  return [...stack.emulator.requests.entries()].filter(([k]) => k.startsWith('POST ') && k.includes('os-keypairs')).reduce((n, [, v]) => n + v, 0);
}

describe('cross-site requests with server-held credentials', () => {
  const stack = useStack();

  it('should refuse a form-encoded POST without running the mutation', async () => {
    const before = keypairCount(stack());
    const answer = await raw(stack().hanul.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ query: CREATE_KEYPAIR }).toString(),
    });
    expect([403, 415]).toContain(answer.status);
    expect(answer.text).not.toContain('privateKey');
    expect(keypairCount(stack())).toBe(before);
  });

  it('should refuse a multipart POST without running the mutation', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: CREATE_KEYPAIR }));
    form.set('map', '{}');
    const before = keypairCount(stack());
    const answer = await raw(stack().hanul.graphqlUrl, { method: 'POST', body: form, headers: { origin: 'https://evil.example' } });
    expect([403, 415]).toContain(answer.status);
    expect(keypairCount(stack())).toBe(before);
  });

  it('should run the same mutation sent as JSON (the probe is a working mutation)', async () => {
    const before = keypairCount(stack());
    const answer = await raw(stack().hanul.graphqlUrl, { json: { query: createKeypair('json-probe') } });
    expect(answer.json().data.createKeypair.privateKey).toContain('PRIVATE KEY');
    expect(keypairCount(stack())).toBe(before + 1);
  });

  it('should refuse a text/plain POST (another simple request) without running it', async () => {
    const answer = await raw(stack().hanul.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect([403, 415]).toContain(answer.status);
  });

  it('should answer a GET query only with a preflight header', async () => {
    const url = `${stack().hanul.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await raw(url, { headers: { accept: 'application/json' } })).status).toBe(403);
    const ok = await raw(url, { headers: { accept: 'application/json', 'graphql-preflight': '1' } });
    expect(ok.status).toBe(200);
    expect(ok.json().data).toEqual({ __typename: 'Query' });
  });

  it('should not reflect a foreign Origin or allow credentials', async () => {
    const preflight = await raw(stack().hanul.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await raw(stack().hanul.graphqlUrl, { json: { query: '{ __typename }' }, headers: { origin: 'https://evil.example' } });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should refuse a WebSocket from a foreign origin and accept one without an Origin or from its own', async () => {
    const wsUrl = stack().hanul.graphqlUrl.replace('http', 'ws');
    const outcome = (headers: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
        socket.on('open', () => {
          socket.close();
          resolve('open');
        });
        socket.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
        socket.on('error', () => resolve('error'));
      });
    expect(await outcome({ origin: 'https://evil.example' })).toBe('refused 401');
    expect(await outcome({})).toBe('open');
    expect(await outcome({ origin: new URL(stack().hanul.url).origin })).toBe('open');
  });
});

describe('CORS_ORIGINS', () => {
  const stack = useStack({ env: { CORS_ORIGINS: 'https://console.example.com' } });

  it('should allow a listed origin with credentials and refuse others', async () => {
    const ask = (origin: string) =>
      raw(stack().hanul.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const listed = await ask('https://console.example.com');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://console.example.com');
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await ask('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should accept a WebSocket from the listed origin', async () => {
    const wsUrl = stack().hanul.graphqlUrl.replace('http', 'ws');
    const opened = await new Promise<boolean>((resolve) => {
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers: { origin: 'https://console.example.com' } });
      socket.on('open', () => {
        socket.close();
        resolve(true);
      });
      socket.on('unexpected-response', () => resolve(false));
    });
    expect(opened).toBe(true);
  });

  it('should refuse a wildcard in CORS_ORIGINS at start-up', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
});
