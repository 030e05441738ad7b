import { useOpenTelemetry } from '@envelop/opentelemetry';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config.js';

/**
 * OpenTelemetry for Hanul: one SERVER span per GraphQL operation (`query.Dashboard`),
 * one per DataLoader batch (src/spans.ts) and one CLIENT span per upstream HTTP attempt
 * (src/cloud/upstream-spans.ts), exported over OTLP/HTTP. Off unless
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set: then no SDK is loaded into the API and no
 * span is made.
 */

let provider: NodeTracerProvider | undefined;

export interface Tracing {
  /** Sends the spans still buffered and unregisters the SDK. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  exporter: SpanExporter;
  serviceName: string;
  /** Batch spans before export (production); `false` exports each span as it ends (tests). */
  batch?: boolean;
}

/** Registers the SDK process-wide (context manager, W3C propagator, tracer provider). */
export function startTracing(options: TracingOptions): Tracing {
  const { exporter, serviceName, batch = true } = options;
  const started = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [batch ? new BatchSpanProcessor(exporter) : new SimpleSpanProcessor(exporter)],
  });
  started.register();
  provider = started;
  return {
    async shutdown() {
      await started.shutdown();
      if (provider === started) provider = undefined;
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** The OTLP/HTTP exporter the configuration asks for (`{endpoint}/v1/traces`, as the OTLP spec says). */
export function otlpExporter(tracing: Config['tracing']): SpanExporter {
  const base = tracing.otlpEndpoint?.replace(/\/+$/, '') ?? '';
  return new OTLPTraceExporter({ url: `${base}/v1/traces`, headers: tracing.otlpHeaders });
}

/**
 * The yoga side: operation spans (@envelop/opentelemetry) when tracing is started, and a
 * debug log line per operation, written inside the operation's span so it carries the
 * trace id. No variable values, results or resolver arguments become attributes; the
 * document is recorded only when it has no inline argument values.
 */
export function useTracing(logger: Logger): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      if (logger.isLevelEnabled('debug')) addPlugin(useOperationLog(logger));
      if (provider) {
        // Its context type only adds the plugin's own symbol key.
        addPlugin(
          useOpenTelemetry({ resolvers: false, variables: false, result: false, document: true }, provider, SpanKind.SERVER, {}, 'hanul') as Plugin,
        );
      }
    },
  };
}

/** `graphql operation` at debug level: name, type, duration and error count (never variables). */
function useOperationLog(logger: Logger): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      setExecuteFn(async (execArgs) => {
        const started = performance.now();
        const result = await executeFn(execArgs);
        const errors = 'errors' in result ? (result.errors?.length ?? 0) : 0;
        logger.debug(
          { operationName: operation?.name?.value ?? null, operationType: operation?.operation, durationMs: Math.round(performance.now() - started), errors },
          'graphql operation',
        );
        return result;
      });
    },
  };
}
