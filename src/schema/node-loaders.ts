import { brandWithType } from '@pothos/core';
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import type DataLoader from 'dataloader';
import type { HanulContext } from '../server/context.js';
import { isConfiguredRegion, parseRefKey, parseRegionKey } from './refs.js';

type NodeLoader = (ctx: HanulContext) => DataLoader<string, unknown, string>;

/** Every loadable node type's per-context DataLoader, by GraphQL type name. */
const loaders = new Map<string, NodeLoader>();

/** Registers a loadable node type (domain modules call this beside their `loadableNode`). */
export function registerNodeLoader(typename: string, ref: { getDataloader: (ctx: HanulContext) => DataLoader<string, any, string> }): void {
  loaders.set(typename, (ctx) => ref.getDataloader(ctx));
}

/**
 * True when a decoded global id can name a node these credentials reach: a loadable node
 * type, a known provider with credentials in this operation, one of its configured
 * regions, and an upstream id shaped like the type's. `node`/`nodes` answer null for any
 * other id without loading it, so a forged id never reaches a loader or a URL.
 */
export function isReachableNode(ctx: HanulContext, typename: string, id: string): boolean {
  if (typename === 'Region') {
    const placement = parseRegionKey(id);
    return placement !== undefined && isConfiguredRegion(ctx, placement);
  }
  if (!loaders.has(typename)) return false;
  const ref = parseRefKey(id, typename);
  return ref !== undefined && isConfiguredRegion(ctx, ref);
}

/**
 * Resolves a node a status event carries: the poll's snapshot is primed into the
 * context's loader (no upstream call) and branded so the `Node` interface knows its type.
 */
export function nodeFromSnapshot(ctx: HanulContext, typename: string, key: string, snapshot: unknown): unknown {
  const loader = loaders.get(typename)?.(ctx);
  if (loader && snapshot) loader.clear(key).prime(key, snapshot);
  if (snapshot && typeof snapshot === 'object') brandWithType(snapshot, typename as never);
  return snapshot;
}

/**
 * Empties the context's loaders and list cache. A subscription's context lives as long as
 * the subscription; each event starts from fresh data instead of caching forever.
 */
export function resetOperationCaches(ctx: HanulContext): void {
  // Only the loaders this context made: making every type's loader per event and per
  // subscriber just to empty it is garbage a fan-out to thousands cannot afford.
  clearAllDataLoaders(ctx);
  ctx.cache.clear();
}

/** Loads a node by type and key through the context's loader; null when it is gone or cannot be read. */
export async function loadNode(ctx: HanulContext, typename: string, key: string): Promise<unknown> {
  const loader = loaders.get(typename)?.(ctx);
  const node = loader ? await loader.load(key).catch(() => null) : null;
  if (node && typeof node === 'object') brandWithType(node, typename as never);
  return node ?? null;
}
