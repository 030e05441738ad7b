import { setMaxListeners } from 'node:events';
import { context } from '@opentelemetry/api';
import { Agent, errors as undiciErrors, interceptors, request, type Dispatcher } from 'undici';
import type { Metrics } from '../metrics.js';
import { SharedReads } from './coalesce.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  QuotaExceededError,
  RateLimitedError,
  UnauthenticatedError,
  UpstreamError,
  UpstreamUnavailableError,
  ValidationError,
  type CloudError,
} from './errors.js';
import type { ProviderName } from './model.js';
import { traceAttempts, type TracedLabels } from './upstream-spans.js';

/**
 * Counts the upstream HTTP requests of one GraphQL operation (or one watcher poll),
 * retries included, by `provider service`; `cut` ends the operation's pending and future
 * calls (its execution time limit).
 */
export class CallCounter {
  total = 0;
  readonly byService = new Map<string, number>();
  private readonly controller = new AbortController();

  /**
   * How this operation's GETs share with identical ones: a GraphQL operation may take a
   * read another made within the freshness window (`fresh`); a status poller only joins
   * reads in flight, it is there to see changes.
   */
  constructor(readonly sharing: ReadSharing = 'inflight') {
    // Every upstream call of the operation (and every shared read it joins) listens here: a dashboard has dozens, not a leak.
    setMaxListeners(0, this.controller.signal);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  cut(reason: CloudError): void {
    this.controller.abort(reason);
  }

  record(provider: string, service: string): void {
    this.total += 1;
    const key = `${provider} ${service}`;
    this.byService.set(key, (this.byService.get(key) ?? 0) + 1);
  }

  toJSON(): { total: number; byService: Record<string, number> } {
    return { total: this.total, byService: Object.fromEntries(this.byService) };
  }
}

export type ReadSharing = 'inflight' | 'fresh';

/** Labels every upstream request carries through the interceptor chain. */
interface CallLabels extends TracedLabels {
  provider: ProviderName;
  service: string;
  counter?: CallCounter;
}

type LabelledOptions = Dispatcher.DispatchOptions & { hanul?: CallLabels };

/** Counts each attempt; sits inside the retry interceptor, so retries are counted too. */
function countAttempts(metrics: Metrics): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => {
    const labels = (opts as LabelledOptions).hanul;
    if (labels) {
      labels.counter?.record(labels.provider, labels.service);
      metrics.upstreamRequests.inc({ provider: labels.provider, service: labels.service, method: opts.method });
    }
    return dispatch(opts, handler);
  };
}

/** The shared agent, the metrics its calls feed, and the reads identical requests share. */
export interface Upstream {
  agent: Dispatcher;
  metrics: Metrics;
  reads: SharedReads<UpstreamResponse>;
}

export interface UpstreamHttpOptions {
  timeoutMs: number;
  /** How long a successful GET answers identical GraphQL reads (0: only while in flight). */
  freshReadsMs: number;
  retries: number;
  retryMinMs: number;
}

/**
 * The one undici Agent all upstream calls share: pooled connections, timeouts, and
 * retries with backoff for 429/5xx/connection errors on safe methods.
 */
export function createUpstream(options: UpstreamHttpOptions, metrics: Metrics): Upstream {
  const agent = new Agent({
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connectTimeout: Math.min(options.timeoutMs, 10_000),
    keepAliveTimeout: 10_000,
    connections: 64,
  }).compose(
    countAttempts(metrics),
    traceAttempts(),
    interceptors.retry({
      maxRetries: options.retries,
      minTimeout: options.retryMinMs,
      maxTimeout: options.retryMinMs * 20,
      timeoutFactor: 2,
      retryAfter: true,
      statusCodes: [429, 502, 503, 504],
    }),
  );
  return { agent, metrics, reads: new SharedReads(options.freshReadsMs, Math.min(2000, options.timeoutMs / 2)) };
}

export interface UpstreamRequest {
  provider: ProviderName;
  /** Service name for messages and metrics (`compute`, `network`, `bcs`, …). */
  service: string;
  method: Dispatcher.HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** Objects are sent as JSON. */
  body?: unknown;
  counter?: CallCounter;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body read as UTF-8. */
  text: string;
  /** The body as received (object storage downloads may be binary). */
  bytes: Buffer;
}

/**
 * POST is not idempotent: retry it only when the cloud said "too many requests" or the
 * connection never opened. `methods` must name it: undici retries only idempotent methods by default.
 */
const POST_RETRY = { methods: ['POST', 'PATCH'], statusCodes: [429], errorCodes: ['ECONNREFUSED'] };

/**
 * Sends one upstream request and reads the whole answer. Network failures and timeouts
 * become `UpstreamUnavailableError`; HTTP statuses are returned for the caller to judge.
 */
export async function send(upstream: Upstream, req: UpstreamRequest): Promise<UpstreamResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  let body: string | Buffer | undefined;
  if (req.body !== undefined) {
    if (typeof req.body === 'string' || Buffer.isBuffer(req.body)) body = req.body;
    else {
      body = JSON.stringify(req.body);
      headers['content-type'] ??= 'application/json';
    }
  }
  const signal = req.counter?.signal;
  if (signal?.aborted) throw signal.reason;
  const sharing = req.counter?.sharing ?? 'inflight';
  if (req.method !== 'GET') {
    try {
      return await transmit(upstream, req, headers, body, signal);
    } finally {
      upstream.reads.invalidate();
    }
  }
  // Identical reads (same URL, same token) share one request; only the one sent is counted.
  const key = SharedReads.key(req.method, req.url, headers);
  return upstream.reads.join(key, { signal, reuse: sharing === 'fresh' }, (shared) => transmit(upstream, req, headers, body, shared));
}

async function transmit(
  upstream: Upstream,
  req: UpstreamRequest,
  headers: Record<string, string>,
  body: string | Buffer | undefined,
  signal: AbortSignal | undefined,
): Promise<UpstreamResponse> {
  const started = performance.now();
  let status = 0;
  try {
    const res = await request(req.url, {
      dispatcher: upstream.agent,
      method: req.method,
      headers,
      body,
      signal,
      hanul: { provider: req.provider, service: req.service, counter: req.counter, parent: context.active() },
      ...(req.method === 'POST' || req.method === 'PATCH' ? { retryOptions: POST_RETRY } : {}),
    } as Parameters<typeof request>[1]);
    status = res.statusCode;
    const bytes = Buffer.from(await res.body.arrayBuffer());
    return { status, headers: res.headers, text: bytes.toString('utf8'), bytes };
  } catch (err) {
    // Retries exhausted on a retryable status: report the status, the body is gone.
    if (err instanceof undiciErrors.RequestRetryError) {
      status = err.statusCode;
      return { status, headers: err.headers ?? {}, text: '', bytes: Buffer.alloc(0) };
    }
    if (signal?.aborted) throw signal.reason;
    throw new UpstreamUnavailableError(describeNetworkError(err, req), req.service);
  } finally {
    upstream.metrics.upstreamDuration.observe({ provider: req.provider, service: req.service, status: String(status) }, (performance.now() - started) / 1000);
  }
}

function describeNetworkError(err: unknown, req: UpstreamRequest): string {
  const code = (err as { code?: string }).code ?? '';
  const what = `${cloudName(req.provider)} ${req.service}`;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return `${what} did not answer in time`;
  }
  return `${what} could not be reached`;
}

export function cloudName(provider: ProviderName): string {
  return provider === 'NHN' ? 'NHN Cloud' : 'KakaoCloud';
}

/** Parses a JSON answer; a body that is not JSON means the upstream is not itself. */
export function parseJson<T>(res: UpstreamResponse, req: Pick<UpstreamRequest, 'provider' | 'service'>): T {
  try {
    return JSON.parse(res.text) as T;
  } catch {
    throw new UpstreamUnavailableError(`${cloudName(req.provider)} ${req.service} sent an unreadable answer`, req.service);
  }
}

/**
 * The human message inside any of the clouds' error bodies: Nova/Cinder
 * `{"itemNotFound":{"message"}}`, Neutron `{"NeutronError":{"message"}}`, Keystone and
 * Kakao `{"error":{"message"}}`, Magnum `{"errors":[{"detail"}]}`, or text/HTML.
 */
export function upstreamMessage(text: string): string | undefined {
  const message = rawUpstreamMessage(text);
  return message === undefined ? undefined : redactUpstreamMessage(message);
}

const MAX_UPSTREAM_MESSAGE = 200;
const CREDENTIAL_LIKE = /[A-Za-z0-9+/=_-]{32,}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A cloud's message reaches the client, so it is cut and anything shaped like a
 * credential (a long run of token characters: Keystone tokens, access keys, JWTs) is
 * blanked; resource UUIDs stay, they are what the message is about.
 */
export function redactUpstreamMessage(message: string): string {
  const redacted = message.replace(CREDENTIAL_LIKE, (run) => (UUID.test(run) ? run : '[redacted]'));
  return redacted.length > MAX_UPSTREAM_MESSAGE ? `${redacted.slice(0, MAX_UPSTREAM_MESSAGE - 1)}…` : redacted;
}

function rawUpstreamMessage(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    return plain || undefined;
  }
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  if (Array.isArray(b.errors)) {
    const first = b.errors[0] as Record<string, unknown> | undefined;
    const m = first?.detail ?? first?.title ?? first?.message;
    return typeof m === 'string' ? m : undefined;
  }
  if (typeof b.message === 'string') return b.message;
  for (const value of Object.values(b)) {
    if (value && typeof value === 'object' && typeof (value as Record<string, unknown>).message === 'string') {
      return (value as Record<string, string>).message;
    }
  }
  return undefined;
}

/** What the failing call was about, for messages and NotFoundError. */
export interface FailureContext {
  provider: ProviderName;
  service: string;
  resourceType?: string;
  resourceId?: string;
}

/** Maps a non-2xx answer to the error the rest of Hanul understands. */
export function errorFromResponse(res: UpstreamResponse, ctx: FailureContext): CloudError {
  const message = upstreamMessage(res.text);
  const what = `${cloudName(ctx.provider)} ${ctx.service}`;
  switch (res.status) {
    case 400:
    case 422:
      return new ValidationError(message ?? `${what} refused the request as invalid`);
    case 401:
      return new UnauthenticatedError(`${cloudName(ctx.provider)} refused the credentials (expired or invalid token)`);
    case 403:
      return /quota|limit/i.test(message ?? '')
        ? new QuotaExceededError(message ?? 'Quota exceeded')
        : new ForbiddenError(message ?? `${what} refused access`);
    case 404:
      return new NotFoundError(ctx.resourceType ?? 'Resource', ctx.resourceId ?? '', message && ctx.resourceType ? `${ctx.resourceType} ${ctx.resourceId ?? ''} was not found` : (message ?? 'Not found'));
    case 409:
      return new ConflictError(message ?? `${what} refused the request in the resource's current state`);
    case 413:
      return new QuotaExceededError(message ?? 'Quota exceeded');
    case 429:
      return new RateLimitedError(`${what} is rate limiting requests; try again shortly`);
    case 502:
    case 503:
    case 504:
      return new UpstreamUnavailableError(`${what} is unavailable (HTTP ${res.status})`, ctx.service);
    default:
      return new UpstreamError(message ? `${what} failed: ${message}` : `${what} failed with HTTP ${res.status}`, res.status, ctx.service);
  }
}
