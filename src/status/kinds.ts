import { TRANSITIONAL_SERVER_STATUSES, type ServerStatus } from '../cloud/model.js';
import type { CloudSession } from '../cloud/provider.js';
import type { WatchKindName } from './events.js';

/** One resource as a poll sees it. */
export interface Watchable {
  id: string;
  status: string;
  /** Still moving (transitional status or a task in progress): poll fast. */
  busy: boolean;
  /** The provider-neutral resource, handed to subscribers as the event's node. */
  node: unknown;
}

export interface PollResult {
  items: Watchable[];
  /** True when `items` is everything of the kind; false for a `changes-since` delta. */
  complete: boolean;
}

/** How to watch one kind: its GraphQL type and its cheapest list call. */
export interface WatchKind {
  typename: string;
  /** One upstream list call; with `since`, only what changed since then where the API allows it. */
  poll(session: CloudSession, region: string, since: Date | undefined): Promise<PollResult>;
}

export const WATCH_KINDS: Partial<Record<WatchKindName, WatchKind>> = {
  servers: {
    typename: 'Server',
    async poll(session, region, since) {
      // Nova's changes-since returns only servers updated since, deleted ones included.
      const servers = await session.compute.listServers(region, since ? { changedSince: since } : {});
      return {
        items: servers.map((s) => ({
          id: s.id,
          status: s.status,
          busy: TRANSITIONAL_SERVER_STATUSES.has(s.status as ServerStatus) || s.taskState !== null,
          node: s,
        })),
        complete: !since,
      };
    },
  },
};
