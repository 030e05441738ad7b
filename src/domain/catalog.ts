import type { Flavor, Image, Placement } from '../cloud/model.js';
import type { HanulContext } from '../server/context.js';
import { lists } from './lists.js';
import { sessionFor } from './session.js';

/** What a region offers to build servers from, read in batches per region. */

/** A region's flavors by id: its one list call, and one read each for those the list hides (retired, private). */
export async function loadFlavors(ctx: HanulContext, p: Placement, ids: string[]): Promise<Flavor[]> {
  const found = (await lists.flavors(ctx, p)).filter((f) => ids.includes(f.id));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  const extra = await Promise.all(missing.map((id) => sessionFor(ctx, p.provider).compute.getFlavor(p.region, id)));
  return [...found, ...extra.filter((f): f is Flavor => f !== null)];
}

/** A region's images by id: from this operation's list when it has one, else one batched read. */
export async function loadImages(ctx: HanulContext, p: Placement, ids: string[]): Promise<Image[]> {
  const listed = lists.cachedImages(ctx, p);
  if (listed) return (await listed).filter((i) => ids.includes(i.id));
  return sessionFor(ctx, p.provider).compute.getImages(p.region, ids);
}
