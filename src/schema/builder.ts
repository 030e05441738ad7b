import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import UpstreamPlugin from './upstream-plugin.js';
import './payload-plugin.js';
import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { ProviderName } from '../cloud/model.js';
import { complexityError, fieldComplexity } from './complexity.js';
import type { HanulContext } from '../server/context.js';
import { isReachableNode } from './node-loaders.js';

/** The type name a global id that does not decode is given (no type can have it). */
const MALFORMED_ID = '\u0000malformed';

/** A malformed id is the client's mistake: say so at the field, with a code clients can branch on. */
function refuseMalformed(ids: readonly { typename: string }[]): void {
  // Not echoed: the value is the client's, of any length.
  if (ids.some((g) => g.typename === MALFORMED_ID)) throw new GraphQLError('An id given is not a Hanul id', { extensions: { code: 'BAD_USER_INPUT' } });
}

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
  /** What every connection carries besides its edges (connections.ts declares the field). */
  Connection: { totalCount: number };
}>({
  // `payloadErrors` outside `upstream`, so any user error of a mutation lands in its payload;
  // `upstream` before the dataloader, so a relation's budget covers the loads it starts.
  plugins: [ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, 'payloadErrors', UpstreamPlugin, DataloaderPlugin],
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
  complexity: {
    fieldComplexity,
    complexityError,
    limit: (ctx) => ({ complexity: ctx.services.limits.maxCost }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Every part of a global id is the client's: one that cannot name a reachable node
    // (unknown kind, provider or region, a malformed upstream id) is null, and loads nothing.
    nodeQueryOptions: {
      description: 'Any object by its global id; null when it does not exist or is not visible to these credentials.',
      resolve: (_root, args, ctx, _info, resolveNode) => {
        refuseMalformed([args.id]);
        return isReachableNode(ctx, args.id.typename, args.id.id) ? resolveNode(args.id) : null;
      },
    },
    nodesQueryOptions: {
      description: 'Objects by global id, in the order asked; null for those that do not exist.',
      resolve: (_root, args, ctx, info): Promise<unknown[]> => {
        refuseMalformed(args.ids);
        return resolveNodes(builder, ctx, info, args.ids.map((g) => (isReachableNode(ctx, g.typename, g.id) ? g : null)));
      },
    },
    // Ids are decoded before execution too (the cost estimate reads the arguments), where a
    // throw would fail the whole operation: a malformed id is marked here, refused by its field.
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        return { typename: MALFORMED_ID, id: '' };
      }
    },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);

builder.queryType({});
builder.mutationType({ authScopes: { credentials: true } });
