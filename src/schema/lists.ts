import type { Flavor, Image, Keypair, Placement, Server } from '../cloud/model.js';
import { sessionFor, type HanulContext } from './context.js';
import { regionKey } from './refs.js';

/**
 * The region-wide list calls of one operation, each made at most once however many fields
 * need it. Mutations invalidate the kind they changed.
 */
function listKey(p: Placement, kind: string): string {
  return `${regionKey(p)}:${kind}`;
}

export const lists = {
  flavors: (ctx: HanulContext, p: Placement): Promise<Flavor[]> =>
    ctx.cache.memo(listKey(p, 'flavors'), () => sessionFor(ctx, p.provider).compute.listFlavors(p.region)),
  images: (ctx: HanulContext, p: Placement): Promise<Image[]> =>
    ctx.cache.memo(listKey(p, 'images'), () => sessionFor(ctx, p.provider).compute.listImages(p.region)),
  keypairs: (ctx: HanulContext, p: Placement): Promise<Keypair[]> =>
    ctx.cache.memo(listKey(p, 'keypairs'), () => sessionFor(ctx, p.provider).compute.listKeypairs(p.region)),
  servers: (ctx: HanulContext, p: Placement): Promise<Server[]> =>
    ctx.cache.memo(listKey(p, 'servers'), () => sessionFor(ctx, p.provider).compute.listServers(p.region)),
  /** The images list when this operation already fetched it; never fetches. */
  cachedImages: (ctx: HanulContext, p: Placement): Promise<Image[]> | undefined => ctx.cache.peek(listKey(p, 'images')),
  /** The servers list when this operation already fetched it; never fetches. */
  cachedServers: (ctx: HanulContext, p: Placement): Promise<Server[]> | undefined => ctx.cache.peek(listKey(p, 'servers')),
  /** Forgets a kind after a mutation changed it. */
  invalidate: (ctx: HanulContext, p: Placement, kind: string): void => ctx.cache.invalidate(listKey(p, kind)),
};
