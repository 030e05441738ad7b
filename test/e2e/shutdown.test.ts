import type { Socket } from 'node:net';
import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { hanulEnvFor, startHanulProcess, stopChild, type HanulProcess } from '../support/processes.js';
import { regionView, ServerStatusChanged } from '../support/status-operations.js';
import { record, waitFor, wsClient, wsUrlOf } from '../support/subscriptions.js';
import { serversDetail } from '../support/watching.js';
import { requestsTo } from './compute-fixtures.js';

/**
 * SIGTERM to a real Hanul process: WebSocket clients are told 1001 (going away), a request
 * already in flight still gets its answer, /ready turns 503, and the process exits 0
 * within its grace period even when a WebSocket peer never answers the close handshake.
 */

const GRACE_MS = 3000;

let emulator: Emulator;
// One process per test (each ends with the process gone), started together.
let first: HanulProcess;
let second: HanulProcess;
beforeAll(async () => {
  emulator = await startEmulator({ transitionMs: 100 });
  const env = { ...hanulEnvFor(emulator.url), SHUTDOWN_GRACE_MS: String(GRACE_MS), WATCH_FAST_INTERVAL_MS: '100', WATCH_SLOW_INTERVAL_MS: '200' };
  [first, second] = await Promise.all([startHanulProcess('hanul-shutdown', env), startHanulProcess('hanul-stuck-peer', env)]);
}, 90_000);
afterAll(async () => {
  await Promise.all([stopChild(first, 1000), stopChild(second, 1000)]);
  await emulator?.close();
});

const http = (p: HanulProcess) => new Client({ url: p.graphqlUrl, exchanges: [fetchExchange], requestPolicy: 'network-only', preferGetMethod: false });

async function setLatency(ms: number): Promise<void> {
  const reply = await fetch(`${emulator.url}/_emulator/latency`, { method: 'PUT', body: JSON.stringify({ ms }) });
  expect(reply.status).toBe(204);
}

describe('SIGTERM', { timeout: 60_000 }, () => {
  it('should close WebSockets with 1001, finish the request in flight, and exit 0', async () => {
    const p = first;
    const { regionId } = await regionView(http(p), 'kr1');
    let closeCode: number | undefined;
    const c = wsClient(p.graphqlUrl, { lazy: false, on: { closed: (event) => (closeCode = (event as { code: number }).code) } });
    const sub = record(c, ServerStatusChanged, { regionId });
    const polled = requestsTo(emulator, serversDetail('kr1'));
    await waitFor(() => requestsTo(emulator, serversDetail('kr1')) > polled, 'the subscription to start polling');

    // A request that is still waiting for the cloud when the signal arrives.
    await setLatency(1500);
    try {
      const listed = requestsTo(emulator, serversDetail('kr2'));
      const inFlight = regionView(http(p), 'kr2');
      await waitFor(() => requestsTo(emulator, serversDetail('kr2')) > listed, 'the request to reach the cloud');

      p.kill('SIGTERM');
      await waitFor(() => closeCode !== undefined, 'the WebSocket to close');
      expect(closeCode).toBe(1001);
      expect(sub.completed).toBe(true);

      const answer = await inFlight;
      expect(answer.servers.map((s) => s.name)).toContain('web-kr2-01');
      expect(await p.exited).toEqual({ code: 0, signal: null });
    } finally {
      await setLatency(0);
    }
  });

  it('should answer /ready 503 while draining and exit 0 within the grace period though a WebSocket peer never answers the close', async () => {
    const p = second;
    expect((await fetch(`${p.url}/ready`)).status).toBe(200);

    // A graphql-ws peer that connects, then stops reading (a half-open connection): it will
    // never answer the server's close frame.
    const stuck = new WebSocket(wsUrlOf(p.graphqlUrl), 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      stuck.once('open', () => stuck.send(JSON.stringify({ type: 'connection_init' })));
      stuck.once('message', () => resolve());
      stuck.once('error', reject);
    });
    (stuck as unknown as { _socket: Socket })._socket.pause();

    const signalled = Date.now();
    p.kill('SIGTERM');
    // Draining: still listening, saying not ready, while the peer holds the WebSocket close.
    let ready: number | undefined;
    await waitFor(async () => {
      ready = await fetch(`${p.url}/ready`).then((r) => r.status, () => undefined);
      return ready === 503 || ready === undefined;
    }, '/ready to change');
    expect(ready).toBe(503);

    const exit = await p.exited;
    const took = Date.now() - signalled;
    expect(exit).toEqual({ code: 0, signal: null });
    // ws would otherwise wait 30 s for the close handshake; the grace period bounds it.
    expect(took).toBeLessThan(GRACE_MS + 10_000);
    stuck.terminate();
  });
});
