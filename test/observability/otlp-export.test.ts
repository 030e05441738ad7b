import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHanulProcess, stopChild, type HanulProcess } from '../support/processes.js';

/**
 * The wire: a real Hanul process (`src/main.ts`, demo mode) with OTEL_EXPORTER_OTLP_ENDPOINT
 * pointing at a tiny OTLP/HTTP receiver, which must get the spans of an operation, at the
 * latest when the process shuts down (SIGTERM flushes the batch).
 */

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

const received: Received[] = [];
let receiver: Server;
let receiverUrl = '';
let hanul: HanulProcess | undefined;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await stopChild(hanul);
  await new Promise((resolve) => receiver.close(resolve));
});

interface OtlpSpan {
  name: string;
  traceId: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

function spansOf(requests: Received[]): { service: unknown; span: OtlpSpan }[] {
  return requests.flatMap((r) =>
    (r.body.resourceSpans ?? []).flatMap((rs: any) => {
      const service = rs.resource?.attributes?.find((a: any) => a.key === 'service.name')?.value?.stringValue;
      return rs.scopeSpans.flatMap((ss: any) => ss.spans.map((span: OtlpSpan) => ({ service, span })));
    }),
  );
}

describe('OTLP export', () => {
  it('should send the spans of an operation to OTEL_EXPORTER_OTLP_ENDPOINT over OTLP/HTTP', { timeout: 90_000 }, async () => {
    hanul = await startHanulProcess('hanul-otlp', {
      HANUL_DEMO: 'true',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      EMULATOR_TRANSITION_MS: '60',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-key=k3y',
      OTEL_SERVICE_NAME: 'hanul-wire',
    });
    const res = await fetch(hanul.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query WireServers { region(provider: NHN, name: "kr1") { servers(first: 2) { totalCount } } }' }),
    });
    expect((await res.json()).data.region.servers.totalCount).toBeGreaterThan(0);
    await stopChild(hanul);

    const traces = received.filter((r) => r.path === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    for (const r of traces) {
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-collector-key']).toBe('k3y');
    }
    const spans = spansOf(traces);
    const op = spans.find((s) => s.span.name === 'query.WireServers');
    expect(op?.service).toBe('hanul-wire');
    const upstream = spans.filter((s) => s.span.traceId === op!.span.traceId && s.span.name === 'GET NHN compute');
    expect(upstream.length).toBeGreaterThan(0);
  });
});
