import { describe, expect, it } from 'vitest';
import { useStack } from '../e2e/kit.js';
import { raw } from './raw.js';

/** The GraphQL and upstream series (process metrics such as GC kinds appear on their own schedule). */
const seriesCount = (text: string) => text.split('\n').filter((l) => /^(graphql|hanul)_/.test(l)).length;

describe('/metrics', () => {
  const stack = useStack();

  it('should never label a series with a URL, query text, operation name or variable value', async () => {
    const url = stack().hanul.graphqlUrl;
    // A refused GET carrying a password in its query string, and named operations.
    await raw(`${url}?query=${encodeURIComponent('{ __typename }')}&password=hunter2-in-the-url`, { headers: { accept: 'application/json' } });
    for (let i = 0; i < 5; i++) await raw(url, { json: { query: `query Op${i}x { __typename }`, variables: { v: `value-${i}` } } });
    const text = (await raw(`${stack().hanul.url}/metrics`)).text;
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('password');
    expect(text).not.toMatch(/Op\dx/);
    expect(text).not.toContain('value-');
    expect(text).not.toMatch(/url="/);
    expect(text).toMatch(/graphql_yoga_http_duration/);
  });

  it('should keep the same series however many distinct URLs and operation names arrive', async () => {
    const url = stack().hanul.graphqlUrl;
    const once = async (i: number) => raw(`${url}?q=${i}`, { json: { query: `query Distinct${i} { __typename }` } });
    // Warm up: every series an operation can touch exists after the first few.
    for (let i = -3; i < 0; i++) await once(i);
    const before = seriesCount((await raw(`${stack().hanul.url}/metrics`)).text);
    for (let i = 0; i < 200; i++) await once(i);
    const after = (await raw(`${stack().hanul.url}/metrics`)).text;
    // Only counter values change; new series would be new lines.
    expect(seriesCount(after)).toBe(before);
  });
});

describe('METRICS_TOKEN and METRICS_PORT', () => {
  const stack = useStack({ env: { METRICS_TOKEN: 'scrape-token-0123456789', METRICS_PORT: '0' } });

  it('should move /metrics off the GraphQL port and ask for the token there', async () => {
    expect((await raw(`${stack().hanul.url}/metrics`)).status).not.toBe(200);
    const address = stack().hanul.metricsServer!.address() as { port: number };
    const metricsUrl = `http://127.0.0.1:${address.port}/metrics`;
    expect((await raw(metricsUrl)).status).toBe(401);
    expect((await raw(metricsUrl, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const ok = await raw(metricsUrl, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('hanul_upstream_requests_total');
  });
});
