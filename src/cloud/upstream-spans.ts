import { propagation, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { Dispatcher } from 'undici';
import { isTraced, tracer } from '../spans.js';

/** What the tracing interceptor needs from the labels `send` puts on each request. */
export interface TracedLabels {
  provider: string;
  service: string;
  /** The context `send` was called in: retries are dispatched from timers, where the active context is not the caller's. */
  parent?: Context;
}

/** Attempts made so far per logical request (retries are attempts 2, 3, …). */
const attempts = new WeakMap<TracedLabels, number>();

/**
 * One CLIENT span per upstream attempt, child of the span that made the call (a
 * DataLoader batch or the operation), with the W3C `traceparent` sent upstream. Sits
 * inside the retry interceptor, so each retry is its own span. Headers (tokens) and
 * bodies (passwords) never become attributes; the URL goes without its query string.
 */
export function traceAttempts(): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => {
    const labels = (opts as Dispatcher.DispatchOptions & { hanul?: TracedLabels }).hanul;
    if (!labels?.parent || !isTraced(labels.parent)) return dispatch(opts, handler);
    const attempt = (attempts.get(labels) ?? 0) + 1;
    attempts.set(labels, attempt);
    const url = new URL(opts.path, opts.origin);
    const span = tracer.startSpan(
      `${opts.method} ${labels.provider} ${labels.service}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'http.request.method': opts.method,
          'server.address': url.hostname,
          'server.port': Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
          'url.full': `${url.origin}${url.pathname}`,
          'hanul.provider': labels.provider,
          'hanul.service': labels.service,
          ...(attempt > 1 ? { 'http.request.resend_count': attempt - 1 } : {}),
        },
      },
      labels.parent,
    );
    const headers = { ...(opts.headers as Record<string, string> | undefined) };
    propagation.inject(trace.setSpan(labels.parent, span), headers);
    return dispatch({ ...opts, headers }, endingSpan(handler, span));
  };
}

/** Forwards every callback, ending `span` with the status or the error. */
function endingSpan(handler: Dispatcher.DispatchHandler, span: Span): Dispatcher.DispatchHandler {
  // An aborted attempt (the retry interceptor gave up on its answer) may be told twice.
  let ended = false;
  const end = () => {
    if (!ended) span.end();
    ended = true;
  };
  return {
    onRequestStart: (controller, context) => handler.onRequestStart?.(controller, context),
    onRequestUpgrade: (controller, status, headers, socket) => handler.onRequestUpgrade?.(controller, status, headers, socket),
    onResponseStart(controller, status, headers, message) {
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      return handler.onResponseStart?.(controller, status, headers, message);
    },
    onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
    onResponseEnd(controller, trailers) {
      end();
      return handler.onResponseEnd?.(controller, trailers);
    },
    onResponseError(controller, error) {
      // The error code (UND_ERR_HEADERS_TIMEOUT, ECONNREFUSED, …), not the message.
      const code = (error as { code?: string }).code ?? error.name;
      if (!ended) span.setAttribute('error.type', code);
      if (!ended) span.setStatus({ code: SpanStatusCode.ERROR, message: code });
      end();
      return handler.onResponseError?.(controller, error);
    },
  };
}
