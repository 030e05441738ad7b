import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Metrics } from '../metrics.js';
import type { Providers } from '../providers.js';
import { createIdempotencyStore } from '../schema/idempotency.js';
import { memoryBudget, redisBudget } from '../domain/cost/budget.js';
import { localLease, redisLease } from '../status/lease.js';
import { createStatusBus } from '../status/pubsub.js';
import { StatusWatchers } from '../status/watcher.js';
import { createOperationStore } from '../domain/operations/store.js';
import { OperationTracker } from '../domain/operations/tracker.js';
import type { HanulServices } from './context.js';
import { METRICS_PATH, serveMetrics, startMetricsServer } from './metrics-endpoint.js';
import { OriginPolicy } from './origins.js';
import { HttpDrain } from './drain.js';
import { attachWebSocket } from './websocket.js';
import { createHanulYoga, GRAPHQL_PATH, type HanulYoga } from './yoga.js';

export interface HanulApp {
  /** `http://host:port` the server listens on. */
  readonly url: string;
  readonly graphqlUrl: string;
  readonly server: Server;
  readonly yoga: HanulYoga;
  readonly watchers: StatusWatchers;
  /** The /metrics listener when METRICS_PORT moves it off the GraphQL port. */
  readonly metricsServer?: Server;
  /** Stops accepting work, closes WebSockets with 1001, drains HTTP, stops pollers. */
  close(): Promise<void>;
}

/** What the composition root (src/main.ts) hands the server. */
export interface HanulDependencies {
  logger: Logger;
  /** The registry /metrics serves; the providers' upstream calls count into it too. */
  metrics: Metrics;
  /** Closed by the server after its drain, when no request in flight needs them any more. */
  providers: Providers;
}

/** Starts Hanul: GraphQL over HTTP, SSE and WebSocket on one port, plus /health, /ready and /metrics. */
export async function startHanul(config: Config, { logger, metrics, providers }: HanulDependencies): Promise<HanulApp> {
  const bus = createStatusBus(config.watch.redisUrl);
  const watchers = new StatusWatchers({
    bus,
    // A lease outlives two slow intervals, so a live poller never loses it between polls.
    lease: bus.redis ? redisLease(bus.redis, randomUUID(), config.watch.slowIntervalMs * 2 + 1000) : localLease,
    fastMs: config.watch.fastIntervalMs,
    slowMs: config.watch.slowIntervalMs,
    credentialCheckMs: config.watch.credentialCheckMs,
    logger,
  });
  const services: HanulServices = {
    providers: providers.byName,
    limits: config.limits,
    // Shared through Redis when the replicas share one (SET NX), so two replicas agree on a key.
    idempotency: createIdempotencyStore(bus.redis),
    watchers,
    regionBudgetMs: config.upstream.timeoutMs,
    // Kept 24 h per tenant; in Redis when the replicas share one, so any replica answers for an operation.
    operations: new OperationTracker(createOperationStore(bus.redis, 24 * 3600_000), bus, watchers),
    budget: bus.redis ? redisBudget(bus.redis, config.budget.perMinute, config.budget.now) : memoryBudget(config.budget.perMinute, config.budget.now),
  };
  const origins = new OriginPolicy(config.exposure.corsOrigins);
  const yoga = createHanulYoga(config, services, metrics, logger, origins);
  const drain = new HttpDrain();
  let closing: Promise<void> | undefined;

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (path === '/ready') {
      res.writeHead(drain.draining ? 503 : 200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: drain.draining ? 'draining' : 'ready' }));
      return;
    }
    if (path === METRICS_PATH && config.exposure.metrics.port === undefined) {
      serveMetrics(metrics, config.exposure.metrics.token, req, res);
      return;
    }
    if (path === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    if (drain.draining) {
      drain.refuse(res);
      return;
    }
    drain.track(res);
    void yoga.handle(req, res);
  });
  const ws = attachWebSocket(server, yoga, origins, config.limits.maxBodyBytes);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.server.host === '0.0.0.0' || config.server.host === '::' ? 'localhost' : config.server.host;
  const url = `http://${host}:${port}`;
  logger.info({ url: `${url}${GRAPHQL_PATH}` }, 'Hanul is serving GraphQL');
  const metricsServer = await startMetricsServer(config.exposure.metrics, metrics);

  return {
    url,
    graphqlUrl: `${url}${GRAPHQL_PATH}`,
    server,
    yoga,
    watchers,
    metricsServer,
    close() {
      closing ??= drainAndClose();
      return closing;
    },
  };

  /**
   * The shutdown: /ready turns 503 and new requests get a 503 at once, while the listener
   * stays open; WebSockets are told 1001 and SSE streams end with SHUTTING_DOWN; then the
   * HTTP requests in flight finish, up to SHUTDOWN_GRACE_MS, and only then does the listener close.
   */
  async function drainAndClose(): Promise<void> {
    drain.start();
    // One deadline for the whole drain: WebSocket close handshakes and HTTP requests share it.
    const deadline = Date.now() + config.server.shutdownGraceMs;
    // Tell WebSocket clients we are going away (1001): their client resubscribes elsewhere.
    for (const client of ws.wss.clients) client.close(1001, 'Server shutting down');
    // Then end the streams left (SSE) with SHUTTING_DOWN, so that their responses finish too.
    const watching = services.operations.close().then(() => watchers.close());
    // ws.dispose() waits until every socket finished its close handshake; a peer that never
    // answers (half-open connection) would hold it for ws's own 30 s close timeout, past the
    // grace period (and past an orchestrator's SIGKILL). Cut such sockets at the deadline.
    const cutStuckSockets = setTimeout(() => {
      for (const client of ws.wss.clients) client.terminate();
    }, config.server.shutdownGraceMs);
    await ws.dispose();
    clearTimeout(cutStuckSockets);
    await Promise.all([watching, drain.settled(Math.max(0, deadline - Date.now()))]);
    // Whatever is still open now is idle, or past the grace period: cut it.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    await providers.close();
    await bus.close();
    metricsServer?.close();
    yoga.dispose?.();
  }
}
