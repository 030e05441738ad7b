import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { GraphQLError } from 'graphql';
import { createGraphQLError, createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { CloudError } from '../cloud/errors.js';
import type { Metrics } from '../metrics.js';
import type { HanulContext, HanulServices } from '../schema/context.js';
import { toGraphQLError } from '../schema/errors.js';
import { schema } from '../schema/index.js';
import { createContext } from './context.js';
import { lookupParams, readCredentials, type HeaderLookup } from './credentials.js';

export const GRAPHQL_PATH = '/graphql';

/** The initial context yoga gives the context factory: an HTTP request, or graphql-ws params. */
interface ServerContext {
  request?: Request;
  connectionParams?: Record<string, unknown>;
}

export type HanulYoga = YogaServerInstance<ServerContext, HanulContext>;

const DEMO_QUERY = `# Welcome to Hanul: one graph over NHN Cloud and KakaoCloud.
# Try this, then explore with the docs on the left.
query Dashboard {
  viewer { provider tenantId tokenExpiresAt }
  regions {
    id
    provider
    name
    displayName
    servers(first: 5) {
      totalCount
      edges { node { id name status flavor { name vcpus ramMb } image { name } } }
    }
  }
}
`;

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

/** Input fields whose values are secrets: never quoted back in an error message. */
const SECRET_FIELD = /password|secret|token/i;

function secretStrings(value: unknown, key = '', found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (SECRET_FIELD.test(key) && value) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) secretStrings(item, key, found);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) secretStrings(v, k, found);
  }
  return found;
}

/**
 * graphql-js quotes a variable it cannot coerce in its message (`Variable "$input" got
 * invalid value { password: "…" }`), so an issueToken with a misspelt field would send
 * the password back. This replaces the values of secret input fields in error messages.
 */
function useSecretRedaction(): Plugin<HanulContext & ServerContext> {
  return {
    onExecute({ args }) {
      const secrets = secretStrings(args.variableValues);
      if (!secrets.length) return;
      const redact = (message: string) =>
        secrets.reduce((m, secret) => m.replaceAll(JSON.stringify(secret), '"[redacted]"').replaceAll(secret, '[redacted]'), message);
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          setResult({
            ...result,
            errors: result.errors.map((e) => {
              const message = redact(e.message);
              return message === e.message ? e : new GraphQLError(message, { nodes: e.nodes, path: e.path, extensions: e.extensions });
            }),
          });
        },
      };
    },
  };
}

export function createHanulYoga(config: Config, services: HanulServices, metrics: Metrics, logger: Logger): HanulYoga {
  return createYoga<ServerContext, HanulContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: config.server.graphiql ? { title: 'Hanul', defaultQuery: DEMO_QUERY, subscriptionsProtocol: 'WS' } : false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    context: ({ request, connectionParams }) => {
      const get: HeaderLookup = request ? (name) => request.headers.get(name) ?? undefined : lookupParams(connectionParams);
      try {
        return createContext(services, readCredentials(get), config.bench.naive);
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
      maxDepthPlugin({ n: config.server.maxQueryDepth, exposeLimits: true }),
      maxAliasesPlugin({ n: 30, exposeLimits: true }),
      usePrometheus({ registry: metrics.registry, endpoint: '/metrics' }),
      useUpstreamCallReport(),
      useSecretRedaction(),
      useDeferStream(),
    ],
  });
}
