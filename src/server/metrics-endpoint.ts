import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import type { Metrics } from '../metrics.js';

export const METRICS_PATH = '/metrics';

function authorised(req: IncomingMessage, token: string | undefined): boolean {
  if (!token) return true;
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Answers a scrape: the Prometheus text, or 401 without the configured METRICS_TOKEN. */
export function serveMetrics(metrics: Metrics, token: string | undefined, req: IncomingMessage, res: ServerResponse): void {
  if (!authorised(req, token)) {
    res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' }).end('{"error":"METRICS_TOKEN required"}');
    return;
  }
  void metrics.registry.metrics().then(
    (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
    () => res.writeHead(500).end(),
  );
}

/**
 * With METRICS_PORT, /metrics moves off the public GraphQL port to a listener of its own
 * (on METRICS_HOST, loopback unless set), for a scraper on a private network.
 */
export async function startMetricsServer(config: Config['exposure']['metrics'], metrics: Metrics): Promise<Server | undefined> {
  if (config.port === undefined) return undefined;
  const server = createServer((req, res) => {
    if ((req.url ?? '/').split('?')[0] === METRICS_PATH) serveMetrics(metrics, config.token, req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  return server;
}
