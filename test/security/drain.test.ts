import { createClient as createSseClient } from 'graphql-sse';
import { describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import type { Emulator } from '../../src/emulator/server.js';
import { demoSubnetId, regionCatalog, serverCreates } from '../e2e/compute-fixtures.js';
import { useStack } from '../e2e/kit.js';
import { call, nhnToken } from '../emulator/helpers.js';
import { createServer, regionView, ServerStatusChanged } from '../support/status-operations.js';
import { record, waitFor } from '../support/subscriptions.js';

/**
 * A shutdown drains honestly: from the moment it starts, /ready answers 503 and a new GraphQL
 * request gets a 503 with a code it can act on (retry elsewhere) and changes nothing, while the
 * listener stays open and the request already in flight (a create, held at the cloud by the
 * emulator's latency) gets its answer; an SSE stream ends with SHUTTING_DOWN, to subscribe elsewhere.
 * Only then does the listener close. (It used to close at
 * once: /ready was never reached, and a new request met a refused connection.)
 */

const stack = useStack({ emulator: { transitionMs: 100 }, env: { SHUTDOWN_GRACE_MS: '20000' } });

const LATENCY_MS = 1500;

async function setLatency(url: string, ms: number): Promise<void> {
  const reply = await fetch(`${url}/_emulator/latency`, { method: 'PUT', body: JSON.stringify({ ms }) });
  expect(reply.status).toBe(204);
}

/** A GraphQL request over a fresh connection, as a client arriving during the drain sends it. */
function post(url: string, query: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify({ query }) });
}

describe('closing the server', { timeout: 60_000 }, () => {
  it('should answer /ready 503 and refuse new requests with SHUTTING_DOWN while a create in flight finishes, then close the listener', async () => {
    const s = stack();
    expect((await fetch(`${s.hanul.url}/ready`)).status).toBe(200);
    const catalog = await regionCatalog(s.client, 'kr3');
    const subnetId = await demoSubnetId(s.emulator, 'kr3');
    const input = {
      regionId: catalog.regionId,
      name: 'drained-create',
      flavorId: catalog.flavor('m2.c1m2'),
      imageId: catalog.image('Ubuntu Server 24.04'),
      keypairId: catalog.keypair('demo-key'),
      subnetIds: [subnetId],
    };

    // A subscriber over SSE: its stream never ends by itself, so the drain ends it (WebSockets get 1001).
    const { regionId } = await regionView(s.client, 'kr1');
    const sse = createSseClient({ url: s.hanul.graphqlUrl, singleConnection: false, retryAttempts: 0 });
    const sub = record(sse, ServerStatusChanged, { regionId });
    await waitFor(() => s.hanul.watchers.stats().pollers === 1, 'the SSE subscriber to be watching');

    await setLatency(s.emulator.url, LATENCY_MS);
    try {
      const creates = serverCreates(s.emulator, 'kr3');
      let answered = false;
      const inFlight = createServer(s.client, input).finally(() => (answered = true));
      await waitFor(() => serverCreates(s.emulator, 'kr3') > creates, 'the create to reach the cloud');

      const closed = s.hanul.close();
      const ready = await fetch(`${s.hanul.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'draining' });

      const refused = await post(s.hanul.graphqlUrl, `mutation { createServer(input: { regionId: "${input.regionId}", name: "too-late", flavorId: "${input.flavorId}", imageId: "${input.imageId}" }) { server { id } } }`);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'SHUTTING_DOWN' } }] });
      // The SSE stream ended at once, with a code that says to subscribe again.
      expect(await sub.failed()).toMatchObject([{ extensions: { code: 'SHUTTING_DOWN' } }]);
      await sub.until(() => (sub.completed ? true : undefined), 'the SSE stream to end');
      // All of that while the create was still waiting for the cloud; the refused one never reached it.
      expect(answered).toBe(false);
      expect(serverCreates(s.emulator, 'kr3')).toBe(creates + 1);

      const created = await inFlight;
      expect(created).toMatchObject({ name: 'drained-create', id: expect.any(String) });
      await closed;
      sse.dispose();
      // Drained: now the listener is closed.
      await expect(fetch(`${s.hanul.url}/ready`)).rejects.toThrow();
    } finally {
      await setLatency(s.emulator.url, 0);
    }
    // Exactly one server came of it, the one the in-flight create answered.
    const names = (await serverNamesAtEmulator(s.emulator, 'kr3')).filter((n) => n === 'drained-create' || n === 'too-late');
    expect(names).toEqual(['drained-create']);
  });
});

/** The names of the demo tenant's servers in a region, asked of the emulator itself (Hanul is closed). */
async function serverNamesAtEmulator(emulator: Emulator, region: string): Promise<string[]> {
  const reply = await call(`${emulator.url}/nhn/${region}/compute/v2/${DEMO_NHN.tenantId}/servers`, { token: await nhnToken(emulator) });
  expect(reply.status).toBe(200);
  return (reply.json.servers as { name: string }[]).map((x) => x.name);
}
