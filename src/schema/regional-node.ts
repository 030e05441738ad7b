import type { Placement } from '../cloud/model.js';
import { builder } from './builder.js';
import type { HanulContext } from '../server/context.js';
import { registerNodeLoader } from './node-loaders.js';
import { loadGrouped, nodeKeyParser } from './refs.js';
import { refKey, regionKey } from '../domain/keys.js';
import { RegionRef } from './region.js';

export interface RegionalNodeOptions<T extends Placement> {
  description: string;
  /** The item's upstream id within its region (default: its `id`); names are ids for key pairs, volume types, containers. */
  upstreamId?: (item: T) => string;
  /** One region's items by upstream id: one call per region per batch, whatever the number of keys. */
  load: (ctx: HanulContext, placement: Placement, ids: string[]) => Promise<T[]>;
}

/**
 * A node that lives in one region of one cloud: its global id (`{provider}:{region}:{upstreamId}`
 * wrapped with the type name), the `parse` that refuses a key no such node can have, its
 * per-region batched loader (registered for `node`/`nodes` and status events), and its
 * `region` field. Add the type's own fields with `builder.objectFields(ref, …)`.
 */
export function regionalNode<T extends Placement>(name: string, options: RegionalNodeOptions<T>) {
  const upstreamId = options.upstreamId ?? ((item: T) => (item as T & { id: string }).id);
  const keyOf = (item: T) => refKey(item, upstreamId(item));
  const ref = builder.loadableNode(name, {
    description: options.description,
    id: { resolve: keyOf, parse: nodeKeyParser(name) },
    load: (keys: string[], ctx: HanulContext) => loadGrouped(keys, (p, ids) => options.load(ctx, p, ids), ctx, keyOf),
    fields: (t) => ({
      region: t.field({ type: RegionRef, resolve: (item) => regionKey(item) }),
    }),
  });
  registerNodeLoader(name, ref);
  return ref;
}

/** A region's whole list of a kind, filtered to the ids asked: the `load` of kinds the cloud has no batch read for. */
export function fromRegionList<T extends Placement>(list: (ctx: HanulContext, p: Placement) => Promise<T[]>, upstreamId: (item: T) => string = (item) => (item as T & { id: string }).id) {
  return async (ctx: HanulContext, p: Placement, ids: string[]): Promise<T[]> => {
    const wanted = new Set(ids);
    return (await list(ctx, p)).filter((item) => wanted.has(upstreamId(item)));
  };
}
