import type { ServerResponse } from 'node:http';

/** The answer to a GraphQL request that arrives while the server drains: retry it elsewhere. */
const SHUTTING_DOWN = JSON.stringify({
  errors: [{ message: 'Hanul is shutting down and takes no new requests; retry (another replica will answer)', extensions: { code: 'SHUTTING_DOWN' } }],
});

/**
 * The HTTP side of a graceful shutdown. While serving, it counts the requests in flight.
 * Once draining, the listener stays open so that `/ready` can answer 503 and a new request
 * gets a clear 503 (`SHUTTING_DOWN`, `Retry-After`) instead of a refused connection, while
 * the requests already in flight finish (SSE streams finish once the watchers end them).
 */
export class HttpDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private idle: (() => void) | undefined;
  draining = false;

  /** Counts a request until its response is done (or its connection is gone). */
  track(res: ServerResponse): void {
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.inFlight.size === 0) this.idle?.();
    });
  }

  /** Answers a request that came in during the drain. */
  refuse(res: ServerResponse): void {
    res
      .writeHead(503, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'retry-after': '1', connection: 'close' })
      .end(SHUTTING_DOWN);
  }

  /** Starts draining: new requests are refused from now on. */
  start(): void {
    this.draining = true;
    // Keep-alive connections would otherwise carry the next request after this one's answer.
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  }

  /** Resolves once no request is in flight, or after `ms` (whatever is left is then cut by the caller). */
  settled(ms: number): Promise<void> {
    if (this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.idle = done;
    });
  }
}
