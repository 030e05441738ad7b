import {
  isKubernetesBusy,
  TRANSITIONAL_SERVER_STATUSES,
  TRANSITIONAL_SNAPSHOT_STATUSES,
  TRANSITIONAL_VOLUME_STATUSES,
  type ServerStatus,
} from '../cloud/model.js';
import { NotFoundError } from '../cloud/errors.js';
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
  volumes: {
    typename: 'Volume',
    async poll(session, region) {
      // Cinder has no changes-since: one detail list per poll.
      const volumes = await session.blockStorage.listVolumes(region);
      return { items: volumes.map((v) => ({ id: v.id, status: v.status, busy: TRANSITIONAL_VOLUME_STATUSES.has(v.status), node: v })), complete: true };
    },
  },
  snapshots: {
    typename: 'Snapshot',
    async poll(session, region) {
      const snapshots = await session.blockStorage.listSnapshots(region);
      return { items: snapshots.map((s) => ({ id: s.id, status: s.status, busy: TRANSITIONAL_SNAPSHOT_STATUSES.has(s.status), node: s })), complete: true };
    },
  },
  floatingIps: {
    typename: 'FloatingIp',
    async poll(session, region) {
      // An association settles asynchronously: DOWN with a port is on its way to ACTIVE.
      const fips = await session.network.listFloatingIps(region);
      return { items: fips.map((f) => ({ id: f.id, status: f.status, busy: f.portId !== null && f.status === 'DOWN', node: f })), complete: true };
    },
  },
  clusters: {
    typename: 'Cluster',
    async poll(session, region) {
      // NKS has no changes-since: one list call per poll (empty, and no call, outside kr1–kr3).
      const clusters = await session.kubernetes.listClusters(region);
      return { items: clusters.map((c) => ({ id: c.id, status: c.status, busy: isKubernetesBusy(c.status), node: c })), complete: true };
    },
  },
  nodeGroups: {
    typename: 'NodeGroup',
    async poll(session, region) {
      // One list per cluster: node groups have no region-wide list. Ids are `{clusterId}/{groupId}`, as the schema keys them.
      const clusters = await session.kubernetes.listClusters(region);
      const groups = await Promise.all(clusters.map((c) => session.kubernetes.listNodeGroups(region, c.id).catch(goneIsEmpty)));
      return {
        items: groups.flat().map((g) => ({ id: `${g.clusterId}/${g.id}`, status: g.status, busy: isKubernetesBusy(g.status), node: g })),
        complete: true,
      };
    },
  },
};

/** A cluster deleted between the two calls of a poll has no node groups; any other failure fails the poll. */
function goneIsEmpty(err: unknown): never[] {
  if (err instanceof NotFoundError) return [];
  throw err;
}
