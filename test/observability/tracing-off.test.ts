import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { execute, useStack } from '../e2e/kit.js';
import { graphql } from '../gql/index.js';

/** Tracing is off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: nothing is traced, logs carry no trace ids. */

const logLines: Record<string, unknown>[] = [];
const logs = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line) logLines.push(JSON.parse(line));
    done();
  },
});

const stack = useStack({ env: { LOG_LEVEL: 'debug' }, logTo: logs });

const Regions = graphql(`
  query UntracedServers {
    region(provider: NHN, name: "kr1") { servers(first: 2) { totalCount } }
  }
`);

describe('tracing off', () => {
  it('should be off by default', () => {
    expect(loadConfig({}).tracing).toEqual({ otlpEndpoint: undefined, otlpHeaders: {}, serviceName: 'hanul' });
  });

  it('should answer and log operations without trace ids', async () => {
    (await execute(stack().client, Regions)).expectNoGraphQLErrors();
    const line = logLines.find((l) => l.msg === 'graphql operation' && l.operationName === 'UntracedServers');
    expect(line).toBeDefined();
    expect(line).not.toHaveProperty('trace_id');
  });
});
