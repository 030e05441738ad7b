import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import UpstreamPlugin from './upstream-plugin.js';
import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { ProviderName } from '../cloud/model.js';
import type { HanulContext } from './context.js';

/** The one Pothos builder: plugins and scalars are configured here, types live in their domain modules. */
export const builder = new SchemaBuilder<{
  Context: HanulContext;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
  AuthScopes: {
    /** The operation carries credentials for at least one cloud. */
    credentials: boolean;
    /** The operation carries credentials for this cloud. */
    provider: ProviderName;
  };
  DefaultFieldNullability: false;
}>({
  // `upstream` before the dataloader, so a relation's budget covers the loads it starts.
  plugins: [ScopeAuthPlugin, RelayPlugin, UpstreamPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      credentials: ctx.sessions.size > 0,
      provider: (p) => ctx.sessions.has(p),
    }),
    unauthorizedError: () =>
      new GraphQLError('No cloud credentials: send "Authorization: Bearer <token>" with "X-Hanul-Tenant", or configure server-held credentials', {
        extensions: { code: 'UNAUTHENTICATED' },
      }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Any object by its global id; null when it does not exist or is not visible to these credentials.' },
    nodesQueryOptions: { description: 'Objects by global id, in the order asked; null for those that do not exist.' },
    // A malformed id is the client's mistake: say so with a code clients can branch on.
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw new GraphQLError(`"${globalID}" is not a Hanul id`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
    },
  },
  validation: {
    validationError: (result) =>
      new GraphQLError(result.issues.map((i) => `${i.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.') ?? ''}: ${i.message}`).join('; '), {
        extensions: { code: 'BAD_USER_INPUT' },
      }),
  },
});

builder.addScalarType('DateTime', DateTimeResolver);

builder.queryType({});
builder.mutationType({ authScopes: { credentials: true } });
