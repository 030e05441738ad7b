import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import type { DestinationStream, Logger } from 'pino';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { withEmulator } from '../../src/demo.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { createMetrics } from '../../src/metrics.js';
import { createProviders } from '../../src/providers.js';
import { startHanul, type HanulApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';

/** Starts the real server composed as src/main.ts composes it: providers built from `config`. */
export function startHanulServer(config: Config, logger: Logger): Promise<HanulApp> {
  const metrics = createMetrics();
  return startHanul(config, { logger, metrics, providers: createProviders(config, metrics) });
}

export interface Stack {
  emulator: Emulator;
  hanul: HanulApp;
  client: Client;
}

/**
 * Starts the real emulator and the real Hanul server on free ports for one test file,
 * with fast transitions, and closes both after it even when a test fails.
 */
export function useStack(
  options: {
    emulator?: EmulatorOptions;
    env?: Record<string, string>;
    configure?: (c: Config) => Config;
    /** Where Hanul's log lines go (with `env.LOG_LEVEL`); nowhere by default. */
    logTo?: DestinationStream;
  } = {},
): () => Stack {
  let stack: Stack | undefined;
  beforeAll(async () => {
    const emulator = await startEmulator({ transitionMs: 60, ...options.emulator });
    let config = withEmulator(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', UPSTREAM_RETRY_MIN_MS: '10', ...options.env }), emulator.url);
    if (options.configure) config = options.configure(config);
    const hanul = await startHanulServer(config, createLogger(config.server.logLevel, options.logTo));
    stack = { emulator, hanul, client: new Client({ url: hanul.graphqlUrl, exchanges: [fetchExchange], requestPolicy: 'network-only', preferGetMethod: false }) };
  });
  afterAll(async () => {
    await stack?.hanul.close();
    await stack?.emulator.close();
  });
  return () => {
    if (!stack) throw new Error('stack not started');
    return stack;
  };
}

export interface ExecuteOptions<V> {
  variables?: V;
  headers?: Record<string, string>;
  /** Adds `X-Hanul-Debug: upstream-calls` so the answer reports its upstream cost. */
  countCalls?: boolean;
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
  path?: readonly (string | number)[];
}

export interface Execution<R> {
  data: R | undefined;
  errors: GraphQLErrorShape[];
  extensions: Record<string, any> | undefined;
  /** The data, after asserting there was no GraphQL error (prints the operation and errors when there was). */
  expectNoGraphQLErrors(): R;
  /** The first error's `extensions.code`. */
  errorCode(): string | undefined;
}

/** Runs one operation through the real HTTP endpoint with urql. */
export async function execute<R, V extends AnyVariables>(client: Client, document: TypedDocumentNode<R, V>, options: ExecuteOptions<V> = {}): Promise<Execution<R>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.countCalls) headers['x-hanul-debug'] = 'upstream-calls';
  const kind = document.definitions.find((d) => d.kind === 'OperationDefinition');
  const run = kind && 'operation' in kind && kind.operation === 'mutation' ? client.mutation.bind(client) : client.query.bind(client);
  const result = await run(document, (options.variables ?? {}) as V, { fetchOptions: { headers } }).toPromise();
  const errors: GraphQLErrorShape[] = result.error?.graphQLErrors.map((e) => ({ message: e.message, extensions: e.extensions, path: e.path })) ?? [];
  if (result.error?.networkError) errors.push({ message: `network: ${result.error.networkError.message}` });
  return {
    data: (result.data ?? undefined) as R | undefined,
    errors,
    extensions: result.extensions as Record<string, any> | undefined,
    expectNoGraphQLErrors() {
      if (errors.length) {
        const op = document.loc?.source.body ?? '';
        expect.fail(`GraphQL errors:\n${JSON.stringify(errors, null, 2)}\nin operation:\n${op}\nvariables: ${JSON.stringify(options.variables)}`);
      }
      return result.data as R;
    },
    errorCode() {
      return errors[0]?.extensions?.code as string | undefined;
    },
  };
}

/** Polls `check` until it returns a value, for asynchronous cloud transitions. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
