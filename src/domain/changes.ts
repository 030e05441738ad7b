import type { Placement } from '../cloud/model.js';
import type { WatchKindName } from '../status/events.js';
import { sessionFor } from './session.js';
import type { HanulContext } from '../server/context.js';
import { lists } from './lists.js';

/**
 * Records that a mutation changed a kind of resource in a region: this operation's cached
 * list is dropped, and the kind's status watcher (if anyone watches) polls right away.
 */
export function changed(ctx: HanulContext, placement: Placement, kind: string): void {
  lists.invalidate(ctx, placement, kind);
  const watchers = ctx.services.watchers;
  if (!watchers.canWatch(kind as WatchKindName)) return;
  const { scope } = sessionFor(ctx, placement.provider);
  watchers.poke({ scope, provider: placement.provider, region: placement.region, kind: kind as WatchKindName });
}
