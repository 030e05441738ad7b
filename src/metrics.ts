import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One Hanul instance's Prometheus metrics: process metrics, GraphQL metrics (added by
 * yoga's prometheus plugin) and upstream calls. Per instance, so tests can run several.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    /** Every HTTP request sent to a cloud, retries included: the cost users pay. */
    upstreamRequests: new Counter({
      name: 'hanul_upstream_requests_total',
      help: 'HTTP requests sent to cloud APIs (retries included)',
      labelNames: ['provider', 'service', 'method'] as const,
      registers: [registry],
    }),
    upstreamDuration: new Histogram({
      name: 'hanul_upstream_request_duration_seconds',
      help: 'Duration of cloud API calls as seen by the caller (retries included)',
      labelNames: ['provider', 'service', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
