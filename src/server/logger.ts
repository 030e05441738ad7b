import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The trace of the operation a line is written in (OpenTelemetry's log field names), so
 * a log line leads to its trace; nothing outside a traced operation.
 */
function traceFields(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  return { trace_id: traceId, span_id: spanId, trace_flags: `0${traceFlags.toString(16)}` };
}

/**
 * The process logger. Anything that could hold a secret is redacted by path, and request
 * bodies (GraphQL variables carry passwords) are never logged at all. Logs go to stdout
 * unless a `destination` is given (tests read them from memory).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'hanul' },
    mixin: traceFields,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'headers["x-auth-token"]'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
