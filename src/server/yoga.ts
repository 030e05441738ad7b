import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { GraphQLError } from 'graphql';
import { createGraphQLError, createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { exposes, type Config } from '../config.js';
import { CloudError } from '../cloud/errors.js';
import type { Metrics } from '../metrics.js';
import { toGraphQLError } from '../schema/errors.js';
import { schema } from '../schema/index.js';
import { createContext, type HanulContext, type HanulServices } from './context.js';
import { graphiqlOptions, renderGraphiQL, useGraphiQLAssets } from './graphiql.js';
import { lookupParams, readCredentials, type HeaderLookup } from './credentials.js';
import { useExecutionTimeout } from './execution-timeout.js';
import { useUpstreamCost } from './cost.js';
import { OriginPolicy, useCsrfPrevention } from './origins.js';
import { boundedParseCaches, queryLimitPlugins } from './query-limits.js';
import { useErrorRedaction } from './redaction.js';
import { useJsonBodies } from './request-body.js';
import { useTracing } from './tracing.js';
import { useTrustedDocuments } from './trusted-documents.js';

export const GRAPHQL_PATH = '/graphql';

/** The initial context yoga gives the context factory: an HTTP request, or graphql-ws params. */
interface ServerContext {
  request?: Request;
  connectionParams?: Record<string, unknown>;
}

export type HanulYoga = YogaServerInstance<ServerContext, HanulContext>;

/**
 * Adds `extensions.upstreamCalls` to a response when the request sends
 * `X-Hanul-Debug: upstream-calls`: how many cloud API requests the operation cost.
 */
function useUpstreamCallReport(): Plugin<HanulContext & ServerContext> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as HanulContext & ServerContext;
      if (!ctx.request?.headers.get('x-hanul-debug')?.includes('upstream-calls')) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return;
          setResult({ ...result, extensions: { ...result.extensions, upstreamCalls: ctx.counter.toJSON() } });
        },
      };
    },
  };
}

export function createHanulYoga(config: Config, services: HanulServices, metrics: Metrics, logger: Logger, origins: OriginPolicy): HanulYoga {
  const suggestions = exposes(config.exposure.fieldSuggestions, config);
  return createYoga<ServerContext, HanulContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    cors: origins.cors(),
    // Hanul takes no file uploads; multipart is a form a hostile page can post cross-origin.
    multipart: false,
    parserAndValidationCache: boundedParseCaches(config.limits.documentCacheBytes),
    graphiql: config.server.graphiql ? graphiqlOptions(config) : false,
    renderGraphiQL,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    context: ({ request, connectionParams }) => {
      const get: HeaderLookup = request ? (name) => request.headers.get(name) ?? undefined : lookupParams(connectionParams);
      try {
        return createContext(services, readCredentials(get));
      } catch (err) {
        if (err instanceof CloudError) throw createGraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        throw err;
      }
    },
    maskedErrors: {
      maskError(error, message, isDev) {
        // A GraphQLError of our own (or of graphql-js) has no originalError and is shown as it is.
        const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
        const mapped = toGraphQLError(original);
        if (mapped && error instanceof GraphQLError) {
          return new GraphQLError(mapped.message, { nodes: error.nodes, path: error.path, extensions: mapped.extensions });
        }
        if (!(original instanceof GraphQLError)) logger.error({ err: original }, 'unexpected error');
        return maskError(error, message, isDev);
      },
    },
    plugins: [
      useCsrfPrevention(),
      useJsonBodies(config.limits.maxBodyBytes),
      ...queryLimitPlugins(config.limits),
      ...(exposes(config.exposure.introspection, config) ? [] : [useDisableIntrospection()]),
      ...(suggestions ? [] : [blockFieldSuggestionsPlugin({ mask: '' })]),
      usePrometheus({
        registry: metrics.registry,
        // Served by the HTTP server itself (app.ts), on its own port or behind a token when configured.
        endpoint: false,
        // Labels come from the schema only: a URL, an operation name or a path is the client's
        // text, and each distinct value would be a new series kept forever.
        labels: { url: false, operationName: false, path: false },
        metrics: { graphql_envelop_deprecated_field: false, graphql_envelop_request_time_summary: false },
      }),
      useExecutionTimeout(config.limits.executionTimeoutMs),
      useUpstreamCallReport(),
      useUpstreamCost(services.budget),
      useErrorRedaction({ suggestions }),
      ...(config.server.graphiql ? [useGraphiQLAssets(GRAPHQL_PATH)] : []),
      useTrustedDocuments(config.trustedDocuments),
      useTracing(logger),
      useDeferStream(),
    ],
  });
}
