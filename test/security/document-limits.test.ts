import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { useStack } from '../e2e/kit.js';
import { gql, raw } from './raw.js';

// The server runs in this process: collect the test's own garbage (the big documents it
// sent) before reading the heap, so the reading is what the server kept, not GC timing.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const heapUsed = async (url: string) => {
  collectGarbage();
  const text = (await raw(`${url}/metrics`)).text;
  return Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1]);
};

describe('documents are bounded before they are parsed', () => {
  const stack = useStack();

  it('should refuse a body over MAX_BODY_BYTES with 413 and a code', async () => {
    const big = `{ ${'__typename '.repeat(1_000_000)}}`; // ~11 MB
    const answer = await raw(stack().hanul.graphqlUrl, { json: { query: big } });
    expect(answer.status).toBe(413);
    expect(answer.json().errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('should refuse a document over MAX_DOCUMENT_CHARS with a coded error, not a syntax error', async () => {
    const { status, body } = await gql(stack().hanul.graphqlUrl, `{ ${'__typename '.repeat(5000)}}`);
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'characters' });
    expect(body.errors![0]!.message).not.toMatch(/Syntax Error/);
  });

  it('should refuse a document of too many tokens with a coded error', async () => {
    // 2,000 aliases of one letter fit in the character limit but not in the token limit.
    const { body } = await gql(stack().hanul.graphqlUrl, `{ ${Array.from({ length: 1600 }, (_, i) => `a${i}:__typename`).join(' ')} }`);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens' });
    expect(body.errors![0]!.message).not.toMatch(/Syntax Error/);
  });

  it('should refuse a deep query with a coded error', async () => {
    const deep = `{ regions { servers { edges { node { region { servers { edges { node { region { servers { edges { node { id } } } } } } } } } } } } }`;
    const { body } = await gql(stack().hanul.graphqlUrl, deep);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' });
    expect(body.errors![0]!.message).not.toMatch(/Syntax Error/);
  });

  it('should refuse too many aliases with a coded error', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, `{ ${Array.from({ length: 31 }, (_, i) => `v${i}: viewer { provider }`).join(' ')} }`);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases' });
  });

  it('should refuse too many directives with a coded error', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, `{ __typename ${'@include(if: true) '.repeat(60)}}`);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'directives' });
  });

  it('should survive a stream of distinct over-limit documents without growing', async () => {
    const url = stack().hanul.graphqlUrl;
    const before = await heapUsed(stack().hanul.url);
    for (let i = 0; i < 12; i++) {
      const answer = await raw(url, { json: { query: `{ ${`f${i} `.repeat(3_000_000)}}` } });
      expect(answer.status).toBe(413);
      const { body } = await gql(url, `{ ${`x${i} `.repeat(10_000)}}`);
      expect(body.errors![0]!.extensions!.code).toBe('QUERY_LIMIT_EXCEEDED');
    }
    const { body } = await gql(url, '{ __typename }');
    expect(body.data).toEqual({ __typename: 'Query' });
    // Nothing of the refused documents is kept: well under one 10 MB document of growth.
    expect((await heapUsed(stack().hanul.url)) - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('should bound WebSocket messages like bodies', async () => {
    const { default: WebSocket } = await import('ws');
    const socket = new WebSocket(stack().hanul.graphqlUrl.replace('http', 'ws'), 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ ${'__typename '.repeat(1_000_000)}}` } }));
    expect(await closed).toBe(1009); // "message too big"
  });
});
