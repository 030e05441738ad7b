import { describe, expect, it } from 'vitest';
import { regionView, stopServer } from '../support/status-operations.js';
import { baselinePolled } from '../support/watching.js';
import { useStack } from '../e2e/kit.js';
import { recordedPage, textOf, useBrowser, waitForText } from './chromium.js';

/**
 * GraphiQL as a user opens it: in Chromium, against the real server and emulator, with every
 * request to any other origin refused (as on a machine without internet access).
 */
describe('GraphiQL in Chromium', { timeout: 240_000 }, () => {
  const stack = useStack({ env: { WATCH_FAST_INTERVAL_MS: '100', WATCH_SLOW_INTERVAL_MS: '200' } });
  const browser = useBrowser();

  it('should render offline with the Dashboard query typed in, run it and show the regions and their servers, asking nothing of any other host', async () => {
    const { hanul } = stack();
    const origin = new URL(hanul.url).origin;
    const { context, page, traffic } = await recordedPage(browser(), origin);
    try {
      const response = await page.goto(hanul.graphqlUrl);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
      await page.waitForSelector('.graphiql-execute-button');
      expect(await page.title()).toBe('Hanul');
      expect(await page.getAttribute('link[rel=icon]', 'href')).toBe('/graphiql/favicon.svg');
      await waitForText(page, '.graphiql-query-editor', ['query Dashboard', 'servers(first: 5)']);

      const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url() === hanul.graphqlUrl && Boolean(r.postData()?.includes('query Dashboard')));
      await page.click('.graphiql-execute-button');
      // A JSON POST: what Hanul's CSRF guard accepts.
      expect((await posted).headers()['content-type']).toContain('application/json');
      await waitForText(page, '.graphiql-response', ['"regions": [', '"name": "kr1"', '"name": "build-agent"', '"status": "ACTIVE"']);
      expect(await textOf(page, '.graphiql-response')).not.toContain('"errors"');

      expect(traffic.refused).toEqual([]);
      expect(traffic.requests.every((url) => new URL(url).origin === origin)).toBe(true);
      // The bundle, its styles and Monaco's workers came from Hanul itself.
      expect(traffic.requests).toEqual(expect.arrayContaining([`${origin}/graphiql/yoga-graphiql.js`, `${origin}/graphiql/graphiql.css`, `${origin}/graphql`]));
      expect(traffic.requests.some((url) => url.endsWith('.worker.js'))).toBe(true);
      expect(traffic.cspViolations).toEqual([]);
      expect(traffic.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('should show a status event in the response pane when a subscription runs over graphql-ws and the server is stopped', async () => {
    const { hanul, client } = stack();
    const origin = new URL(hanul.url).origin;
    const kr1 = await regionView(client, 'kr1');
    const server = kr1.server('build-agent');
    expect(server.status).toBe('ACTIVE');
    const subscription = `subscription Follow { serverStatusChanged(regionId: "${kr1.regionId}") { previousStatus status node { id ... on Server { name } } } }`;

    const { context, page, traffic } = await recordedPage(browser(), origin);
    try {
      // GraphiQL takes the operation from ?query=, as a shared link does.
      await page.goto(`${hanul.graphqlUrl}?query=${encodeURIComponent(subscription)}`);
      await page.waitForSelector('.graphiql-execute-button');
      await waitForText(page, '.graphiql-query-editor', ['subscription Follow']);
      await page.click('.graphiql-execute-button');

      await expect.poll(() => traffic.framesSent.some((f) => f.includes('"type":"subscribe"')), { timeout: 30_000 }).toBe(true);
      await baselinePolled(hanul.watchers, 1);
      await stopServer(client, server.id);

      await waitForText(page, '.graphiql-response', ['"serverStatusChanged"', '"previousStatus": "ACTIVE"', '"status": "SHUTOFF"', '"name": "build-agent"']);
      expect(traffic.sockets).toEqual([`${hanul.graphqlUrl.replace(/^http/, 'ws')}`]);
      expect(traffic.refused).toEqual([]);
      expect(traffic.cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
