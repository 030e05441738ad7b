import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { UpstreamUnavailableError } from '../cloud/errors.js';
import { cloudName } from '../cloud/http.js';
import type { Placement } from '../cloud/model.js';
import type { HanulContext } from '../server/context.js';
import { regionKey } from '../domain/keys.js';

/**
 * Partial answers (ARCHITECTURE.md, rule 10). A field marked `upstream` needs a call to its
 * parent's region: it must be nullable, so that its failure is one error at its own path
 * while every other region's data stands; and in a query it gives up when the region has
 * used its budget (UPSTREAM_TIMEOUT_MS from the operation's first field in that region), so
 * one slow region never holds the whole answer longer than that.
 */

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      upstream: UpstreamPlugin<Types>;
    }
    interface FieldOptions<Types extends SchemaTypes, ParentShape, Type, Nullable, Args, ResolveShape, ResolveReturnShape> {
      /** The field calls its parent's region: `true` when the parent is a placement, else where to find it. */
      upstream?: ParentShape extends Placement ? true : (parent: ParentShape) => Placement;
    }
  }
}

type PlacementOf = (parent: unknown) => Placement;

const ownPlacement: PlacementOf = (parent) => parent as Placement;

export class UpstreamPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.pothosOptions.upstream && !fieldConfig.type.nullable) {
      throw new Error(`${fieldConfig.parentType}.${fieldConfig.name} calls the cloud (upstream) and must be nullable`);
    }
    return fieldConfig;
  }

  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const option = fieldConfig.pothosOptions.upstream as true | PlacementOf | undefined;
    if (!option) return resolver;
    const placementOf = option === true ? ownPlacement : option;
    return (parent, args, ctx, info) => {
      // A mutation may take longer than a read: the budget is for what a dashboard reads.
      if (info.operation.operation !== 'query') return resolver(parent, args, ctx, info);
      return withinRegionBudget(ctx as HanulContext, placementOf(parent), fieldConfig.name, () => resolver(parent, args, ctx, info));
    };
  }
}

const pluginName = 'upstream';
SchemaBuilder.registerPlugin(pluginName, UpstreamPlugin);
export default pluginName;

/**
 * Runs a field's work against its region's budget. A list of items (a relation of loaded
 * nodes) counts as settled when every item is.
 */
async function withinRegionBudget(ctx: HanulContext, placement: Placement, field: string, work: () => unknown): Promise<unknown> {
  const budgetMs = ctx.services.regionBudgetMs;
  const left = ctx.cache.firstUse(`budget:${regionKey(placement)}`) + budgetMs - performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    const message = `${cloudName(placement.provider)} ${placement.region} did not answer in time (${field}: ${budgetMs} ms)`;
    timer = setTimeout(() => reject(new UpstreamUnavailableError(message, field)), Math.max(0, left));
  });
  try {
    const value = Promise.resolve(work()).then((v: unknown) => (Array.isArray(v) ? Promise.all(v) : v));
    return await Promise.race([value, late]);
  } finally {
    clearTimeout(timer);
  }
}
