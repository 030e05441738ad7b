import type { ReadableSpan } from '@opentelemetry/sdk-trace-node';

/** Reading recorded spans as a trace tree. */

export function parentOf(span: ReadableSpan, all: readonly ReadableSpan[]): ReadableSpan | undefined {
  const parentId = span.parentSpanContext?.spanId;
  return parentId ? all.find((s) => s.spanContext().spanId === parentId) : undefined;
}

/** The chain from `span`'s parent up to the root. */
export function ancestorsOf(span: ReadableSpan, all: readonly ReadableSpan[]): ReadableSpan[] {
  const chain: ReadableSpan[] = [];
  for (let p = parentOf(span, all); p; p = parentOf(p, all)) chain.push(p);
  return chain;
}

/** The spans of the trace `root` belongs to. */
export function traceOf(root: ReadableSpan, all: readonly ReadableSpan[]): ReadableSpan[] {
  return all.filter((s) => s.spanContext().traceId === root.spanContext().traceId);
}

/** Everything a span records that an exporter would send: name, attributes, events, status. */
export function exported(span: ReadableSpan): string {
  return JSON.stringify({ name: span.name, attributes: span.attributes, events: span.events, status: span.status, resource: span.resource.attributes });
}
