import { Writable } from 'node:stream';
import { SpanKind } from '@opentelemetry/api';
import { print } from 'graphql';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { startTracing, type Tracing } from '../../src/server/tracing.js';
import { graphql } from '../gql/index.js';
import { clearFaults, injectFault } from '../e2e/compute-fixtures.js';
import { execute, useStack } from '../e2e/kit.js';
import { wsClient } from '../support/subscriptions.js';
import { ancestorsOf, exported, parentOf, traceOf } from './spans.js';

/**
 * Tracing against the real emulator over HTTP, spans read from an in-memory exporter:
 * one span per operation, per DataLoader batch and per upstream attempt, in one tree.
 */

const exporter = new InMemorySpanExporter();
let tracing: Tracing | undefined;
// Registered before the stack starts: yoga adds its operation spans only when tracing is on.
beforeAll(() => {
  tracing = startTracing({ exporter, serviceName: 'hanul-test', batch: false });
});
afterAll(() => tracing?.shutdown());

const logLines: Record<string, unknown>[] = [];
const logs = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line) logLines.push(JSON.parse(line));
    done();
  },
});

const stack = useStack({ env: { LOG_LEVEL: 'debug' }, logTo: logs });

const Servers = graphql(`
  query TracingServers {
    region(provider: NHN, name: "kr1") {
      servers(first: 5) { totalCount edges { node { id name flavor { name } image { name } } } }
    }
  }
`);

const IssueToken = graphql(`
  mutation TracingIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token }
  }
`);

const spans = () => exporter.getFinishedSpans();
const operationSpan = (name: string): ReadableSpan => {
  const found = spans().filter((s) => s.name === name);
  expect(found, `one span named ${name}`).toHaveLength(1);
  return found[0]!;
};
const upstreamSpans = (all: readonly ReadableSpan[]) => all.filter((s) => s.kind === SpanKind.CLIENT);

beforeEach(() => exporter.reset());

describe('tracing', () => {
  it('should make one tree per operation: the operation, its DataLoader batches and every upstream call', async () => {
    const r = await execute(stack().client, Servers, { countCalls: true });
    expect(r.expectNoGraphQLErrors().region?.servers!.totalCount).toBeGreaterThan(0);
    const op = operationSpan('query.TracingServers');
    expect(op.kind).toBe(SpanKind.SERVER);
    expect(op.attributes['graphql.execute.operationName']).toBe('TracingServers');
    expect(op.resource.attributes['service.name']).toBe('hanul-test');

    const tree = traceOf(op, spans());
    const upstream = upstreamSpans(tree);
    // Every upstream request the operation cost is a span of its trace, and so is the
    // server-held token the first operation fetched (not counted as the operation's).
    expect(upstream.filter((s) => s.attributes['hanul.service'] !== 'identity')).toHaveLength(r.extensions?.upstreamCalls.total);
    for (const call of upstream) {
      expect(ancestorsOf(call, tree)).toContain(op);
      expect(call.name).toBe(`${call.attributes['http.request.method']} NHN ${call.attributes['hanul.service']}`);
      expect(call.attributes['http.response.status_code']).toBe(200);
      expect(call.attributes['server.address']).toBe('127.0.0.1');
    }
    expect(upstream.map((s) => s.attributes['hanul.service'])).toEqual(expect.arrayContaining(['compute', 'image']));

    // flavor { } and image { } load through DataLoader batches: spans under the operation, with upstream calls under them.
    const batches = tree.filter((s) => s.name === 'dataloader batch');
    expect(batches.length).toBeGreaterThan(0);
    for (const batch of batches) {
      expect(parentOf(batch, tree)).toBe(op);
      expect(batch.attributes['hanul.batch.regions']).toEqual(['NHN:kr1']);
    }
    expect(upstream.some((call) => batches.includes(parentOf(call, tree)!))).toBe(true);
  });

  it('should keep retried upstream attempts in the operation trace, one span each', async () => {
    await injectFault(stack().emulator, { match: `GET /nhn/kr1/compute/v2/${DEMO_NHN.tenantId}/servers/detail`, status: 503, times: 1 });
    try {
      const r = await execute(stack().client, Servers);
      r.expectNoGraphQLErrors();
    } finally {
      await clearFaults(stack().emulator);
    }
    const op = operationSpan('query.TracingServers');
    const tree = traceOf(op, spans());
    const listing = upstreamSpans(tree).filter((s) => String(s.attributes['url.full']).endsWith('/servers/detail'));
    expect(listing.map((s) => s.attributes['http.response.status_code'])).toEqual([503, 200]);
    const [first, retry] = listing as [ReadableSpan, ReadableSpan];
    expect(first.status.code).toBe(2); // ERROR
    expect(retry.attributes['http.request.resend_count']).toBe(1);
    // The retry runs from a timer, yet it has the same parent as the first attempt.
    expect(parentOf(retry, tree)).toBe(parentOf(first, tree));
    expect(ancestorsOf(retry, tree)).toContain(op);
  });

  it('should trace an operation over WebSocket the same way', async () => {
    const client = wsClient(stack().hanul.graphqlUrl);
    try {
      for await (const result of client.iterate({ query: print(Servers) })) expect(result.errors).toBeUndefined();
    } finally {
      await client.dispose();
    }
    const op = operationSpan('query.TracingServers');
    const upstream = upstreamSpans(traceOf(op, spans()));
    expect(upstream.length).toBeGreaterThan(0);
    for (const call of upstream) expect(ancestorsOf(call, spans())).toContain(op);
  });

  it('should write the trace id of the operation into its log lines', async () => {
    logLines.length = 0;
    await execute(stack().client, Servers);
    const op = operationSpan('query.TracingServers');
    const line = logLines.find((l) => l.msg === 'graphql operation' && l.operationName === 'TracingServers');
    expect(line).toMatchObject({ trace_id: op.spanContext().traceId, operationType: 'query', errors: 0 });
  });

  it('should put no password, token or variable value into any span', async () => {
    const password = 'tr4ce-s3cret-pa55word';
    const input = { provider: 'NHN' as const, tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password };
    const wrong = await execute(stack().client, IssueToken, { variables: { input } });
    expect(wrong.errorCode()).toBe('UNAUTHENTICATED');
    const right = await execute(stack().client, IssueToken, { variables: { input: { ...input, password: DEMO_NHN.password } } });
    const token = right.expectNoGraphQLErrors().issueToken.token;
    expect(token).toBeTruthy();
    // Inline values and a misspelt secret field (graphql-js quotes such values in its message).
    const inline = `mutation TracingInline { issueToken(input: { tenantId: "${DEMO_NHN.tenantId}", username: "${DEMO_NHN.username}", password: "${password}" }) { token } }`;
    await fetch(stack().hanul.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: inline }) });
    await fetch(stack().hanul.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(IssueToken), variables: { input: { ...input, pasword: password } } }),
    });
    // A request with the token as its credentials.
    await fetch(stack().hanul.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-hanul-tenant': DEMO_NHN.tenantId },
      body: JSON.stringify({ query: print(Servers) }),
    });

    const all = spans();
    expect(all.filter((s) => s.name.startsWith('mutation.')).length).toBeGreaterThanOrEqual(3);
    expect(upstreamSpans(all).length).toBeGreaterThan(0);
    for (const span of all) {
      const text = exported(span);
      expect(text).not.toContain(password);
      expect(text).not.toContain(DEMO_NHN.password);
      expect(text).not.toContain(token!);
    }
  });
});
