import { GraphQLError } from 'graphql';

/** Which guard refused an operation: clients read it from `extensions.limit`. */
export type LimitKind = 'body' | 'characters' | 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost' | 'nodes' | 'time';

/**
 * The one error every guard throws: `extensions.code` is QUERY_LIMIT_EXCEEDED (or the HTTP
 * reason for the body), `limit` names the guard and `max` its setting, so a client can
 * branch without reading the message.
 */
export function limitError(limit: LimitKind, max: number, message: string, status = 400): GraphQLError {
  const code = limit === 'body' ? 'PAYLOAD_TOO_LARGE' : limit === 'time' ? 'EXECUTION_TIMEOUT' : 'QUERY_LIMIT_EXCEEDED';
  return new GraphQLError(message, { extensions: { code, limit, max, http: { status } } });
}
