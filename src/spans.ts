import { context, SpanStatusCode, trace, type Attributes, type Context } from '@opentelemetry/api';

/**
 * Hanul's spans are made through the OpenTelemetry API only; src/server/tracing.ts
 * registers an SDK when tracing is configured. Without one, every call below is a no-op.
 */
export const tracer = trace.getTracer('hanul');

/**
 * True when `parent` holds a recording span: tracing is on and we are inside a traced
 * GraphQL operation. Spans are only made there, so tracing off costs one lookup, and
 * background work (status pollers) does not open a root trace per poll.
 */
export function isTraced(parent: Context = context.active()): boolean {
  return trace.getSpan(parent)?.isRecording() ?? false;
}

/**
 * Runs `fn` in a child span of the active span when it is traced; otherwise just runs it
 * (`attributes` is only computed for a recorded span).
 */
export async function inChildSpan<T>(name: string, attributes: () => Attributes, fn: () => Promise<T>): Promise<T> {
  if (!isTraced()) return fn();
  return tracer.startActiveSpan(name, { attributes: attributes() }, async (span) => {
    try {
      return await fn();
    } catch (err) {
      // The error's class, not its message: messages may quote upstream answers.
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).name });
      throw err;
    } finally {
      span.end();
    }
  });
}
