import { getNamedType, getNullableType, GraphQLError, isListType, type GraphQLField } from 'graphql';
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { limitError } from './limit-error.js';
import { DEFAULT_PAGE } from './connection.js';
import type { HanulContext } from '../server/context.js';

/** What a plain list of a region (flavors, key pairs, VPCs, …) is expected to hold, for the estimate. */
const LIST_ESTIMATE = 10;

/**
 * The cost of a field before the operation runs: 1, with its selection multiplied by the
 * items it can return: a connection's page (`first`/`last`, or the default page), the
 * ids of `nodes`, an estimate for plain lists. `nodes(ids:)` longer than the limit is
 * refused here too, before any of them is looked up.
 */
export function fieldComplexity(args: Record<string, unknown>, ctx: HanulContext, field: GraphQLField<unknown, HanulContext>): FieldComplexityValue {
  if (field.name === 'nodes' && Array.isArray(args.ids)) {
    const max = ctx.services.limits.maxNodesIds;
    if (args.ids.length > max) throw limitError('nodes', max, `nodes takes at most ${max} ids; ${args.ids.length} were given`);
    return { field: 1, multiplier: args.ids.length };
  }
  if (getNamedType(field.type).name.endsWith('Connection')) {
    const page = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE;
    return { field: 1, multiplier: Math.max(1, page) };
  }
  // A connection's edges were counted on the connection itself.
  if (field.name === 'edges') return { field: 1, multiplier: 1 };
  return isListType(getNullableType(field.type)) ? { field: 1, multiplier: LIST_ESTIMATE } : 1;
}

export function complexityError(_kind: string, result: { complexity: number; maxComplexity?: number }): GraphQLError {
  const max = result.maxComplexity ?? 0;
  return limitError('cost', max, `The operation's estimated cost is ${result.complexity}; at most ${max} is accepted (ask for smaller pages or fewer aliases)`);
}
