import { gunzipSync } from 'node:zlib';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { useStack } from './kit.js';

/** The GraphiQL page and its assets over plain HTTP: what a browser behind a strict CSP gets. */

const html = { accept: 'text/html' };

/** The options the page hands to GraphiQL (an inert JSON block). */
function pageOptions(page: string): Record<string, unknown> {
  const json = /<script type="application\/json" id="graphiql-options">(.*?)<\/script>/s.exec(page)?.[1];
  expect(json, 'options block in the page').toBeDefined();
  return JSON.parse(json!);
}

describe('GraphiQL page and assets', () => {
  const stack = useStack();

  it('should serve a page whose every URL is on Hanul, titled Hanul, with a CSP allowing only its own origin', async () => {
    const { hanul } = stack();
    const res = await fetch(hanul.graphqlUrl, { headers: html });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<title>Hanul</title>');
    expect(page).not.toContain('__TITLE__');
    expect(page.match(/(?:src|href)="[^"]*"/g)).toEqual([
      'href="/graphiql/favicon.svg"',
      'href="/graphiql/graphiql.css"',
      'src="/graphiql/boot.js"',
      'src="/graphiql/yoga-graphiql.js"',
    ]);
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const host = new URL(hanul.url).host;
    expect(res.headers.get('content-security-policy')).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; ` +
        `connect-src 'self' ws://${host} wss://${host}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'`,
    );
    const options = pageOptions(page);
    expect(options.query).toContain('query Dashboard');
    expect(options.subscriptionsProtocol).toBe('WS');
    // Demo credentials are server-held: no header to fill in.
    expect(options.headers).toBeUndefined();
    expect(options.shouldPersistHeaders).toBe(false);
  });

  it('should serve the bundle gzipped with an ETag, answer 304 when it is unchanged, and 404 for anything else under /graphiql/', async () => {
    const { hanul } = stack();
    // undici's request() hands the body over as sent (fetch would inflate it).
    const res = await request(`${hanul.url}/graphiql/yoga-graphiql.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    const body = gunzipSync(Buffer.from(await res.body.arrayBuffer())).toString();
    expect(body).toContain('renderYogaGraphiQL');
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/^".+"$/);

    const again = await fetch(`${hanul.url}/graphiql/yoga-graphiql.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    for (const worker of ['editor', 'json', 'graphql']) {
      const w = await fetch(`${hanul.url}/graphiql/${worker}.worker.js`);
      expect(w.status, worker).toBe(200);
      expect((await w.text()).length, worker).toBeGreaterThan(100_000);
    }
    expect((await fetch(`${hanul.url}/graphiql/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${hanul.url}/graphiql/../package.json`)).status).toBe(404);
    expect((await fetch(`${hanul.url}/graphiql/constructor`)).status).toBe(404);
    expect((await fetch(`${hanul.url}/graphiql/boot.js`, { method: 'POST' })).status).toBe(404);
  });
});

describe('GraphiQL without server-held credentials', () => {
  const stack = useStack({ configure: (c) => ({ ...c, nhn: { ...c.nhn, credentials: undefined }, kakao: { ...c.kakao, credentials: undefined } }) });

  it('should prefill the bearer-token headers a request then needs', async () => {
    const page = await (await fetch(stack().hanul.graphqlUrl, { headers: html })).text();
    const headers = JSON.parse(String(pageOptions(page).headers));
    expect(Object.keys(headers)).toEqual(['authorization', 'x-hanul-tenant', 'x-hanul-provider']);
  });
});

describe('GraphiQL turned off', () => {
  const stack = useStack({ env: { GRAPHIQL: 'false' } });

  it('should serve neither the page nor its assets', async () => {
    const { hanul } = stack();
    expect(await (await fetch(hanul.graphqlUrl, { headers: html })).text()).not.toContain('<title>Hanul</title>');
    expect((await fetch(`${hanul.url}/graphiql/yoga-graphiql.js`)).status).toBe(404);
  });
});
