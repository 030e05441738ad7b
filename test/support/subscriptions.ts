import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient as createWsClient, type Client as WsClient, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Subscriptions through real protocol clients (graphql-ws over WebSocket, graphql-sse over
 * HTTP), recorded so that a test can wait for an event, or for an error, by what it says.
 */

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

interface ResultShape {
  data?: unknown;
  errors?: readonly GraphQLErrorShape[];
}

/** What graphql-ws's and graphql-sse's clients have in common. */
export interface SubscribingClient {
  subscribe(
    payload: { query: string; variables?: Record<string, unknown> },
    sink: { next(value: ResultShape): void; error(error: unknown): void; complete(): void },
  ): () => void;
}

/** `http://host:port/graphql` → `ws://host:port/graphql`: WebSocket shares the HTTP port and path. */
export function wsUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/^http/, 'ws');
}

/**
 * A graphql-ws client over the `ws` package, with no retries (a test wants to see
 * failures), and with every socket it opened kept so a test can cut one abruptly.
 */
export function wsClient(graphqlUrl: string, options: Partial<ClientOptions> = {}): WsClient & { sockets: WebSocket[] } {
  const sockets: WebSocket[] = [];
  class TrackedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      sockets.push(this);
    }
  }
  const client = createWsClient({
    url: wsUrlOf(graphqlUrl),
    webSocketImpl: TrackedWebSocket,
    retryAttempts: 0,
    lazy: true,
    // A non-lazy client reports a lost connection here too; recordings already carry it.
    onNonLazyError: () => undefined,
    ...options,
  });
  return Object.assign(client, { sockets });
}

/** `connectionParams` (WebSocket) or headers (HTTP) that carry a Hanul bearer token. */
export function bearer(token: string, tenantId: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'x-hanul-tenant': tenantId, 'x-hanul-provider': 'NHN' };
}

/** One running subscription and everything it received so far. */
export class Recording<R> {
  /** `data` of every result without errors, in arrival order. */
  readonly events: R[] = [];
  /** GraphQL errors, from results or from an `error` message. */
  readonly errors: GraphQLErrorShape[] = [];
  /** A transport failure (close event, network error), if any. */
  failure: unknown;
  completed = false;
  private readonly watchers = new Set<() => void>();
  private readonly dispose: () => void;

  constructor(client: SubscribingClient, query: string, variables: Record<string, unknown>) {
    this.dispose = client.subscribe(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) this.errors.push(...result.errors);
          else this.events.push(result.data as R);
          this.changed();
        },
        error: (err) => {
          if (Array.isArray(err)) this.errors.push(...(err as GraphQLErrorShape[]));
          else this.failure = err;
          this.completed = true;
          this.changed();
        },
        complete: () => {
          this.completed = true;
          this.changed();
        },
      },
    );
  }

  /** Ends the subscription from the client side (graphql-ws sends `complete`). */
  unsubscribe(): void {
    this.dispose();
  }

  /** The first event (received before or after the call) that `match` accepts. */
  event(match: (event: R) => boolean, what = 'a matching event', timeoutMs = 20_000): Promise<R> {
    return this.until(() => this.events.find(match), `${what}; received ${JSON.stringify(this.events)}`, timeoutMs);
  }

  /** The GraphQL errors, once there are some. */
  failed(timeoutMs = 20_000): Promise<GraphQLErrorShape[]> {
    return this.until(() => (this.errors.length ? this.errors : undefined), `an error; received ${JSON.stringify(this.events)}`, timeoutMs);
  }

  /** Resolves with `check()` as soon as it is defined; re-checked on every message. */
  until<T>(check: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const watcher = () => {
        const value = check();
        if (value !== undefined) {
          done();
          resolve(value);
        } else if (this.completed) {
          done();
          reject(new Error(`stream ended (${describe(this.failure)}; errors ${JSON.stringify(this.errors)}) while waiting for ${what}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.watchers.delete(watcher);
      };
      this.watchers.add(watcher);
    });
  }

  private changed(): void {
    for (const watcher of [...this.watchers]) watcher();
  }
}

function describe(failure: unknown): string {
  if (failure === undefined) return 'completed';
  if (failure && typeof failure === 'object' && 'code' in failure) return `closed ${(failure as { code: number; reason?: string }).code} ${(failure as { reason?: string }).reason ?? ''}`;
  return failure instanceof Error ? failure.message : String(failure);
}

/** Starts a typed subscription on a client and records it. */
export function record<R, V extends Record<string, unknown>>(client: SubscribingClient, document: TypedDocumentNode<R, V>, variables: V): Recording<R> {
  return new Recording<R>(client, print(document), variables);
}

/** Resolves after `ms`: only to let something that must NOT happen have its chance to. */
export function pause(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until `check()` holds, re-checking every few ms; fails naming `what` and the last value seen. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000, describeState?: () => unknown): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${describeState ? `; state ${JSON.stringify(describeState())}` : ''}`);
    await pause(5);
  }
}
