import { filter, pipe, Repeater } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { CloudError } from '../cloud/errors.js';
import type { Placement } from '../cloud/model.js';
import type { WatchKindName } from '../status/events.js';
import type { StatusChange } from '../status/events.js';
import { builder } from './builder.js';
import { sessionFor, type HanulContext } from './context.js';
import { toGraphQLError } from './errors.js';
import { nodeFromSnapshot, resetOperationCaches } from './node-loaders.js';
import { isConfiguredRegion, parseRefKey, parseRegionId } from './refs.js';

/** The GraphQL type of each watchable kind's nodes, and back. */
const KIND_OF_TYPE: Record<string, WatchKindName> = {
  Server: 'servers',
  Volume: 'volumes',
  Snapshot: 'snapshots',
  FloatingIp: 'floatingIps',
  Cluster: 'clusters',
  NodeGroup: 'nodeGroups',
};

const StatusEventRef = builder.objectRef<StatusChange>('StatusEvent').implement({
  description: 'A resource changed status.',
  fields: (t) => ({
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The resource as the poll saw it (for DELETED: as last seen); any of its fields can be selected',
      resolve: (e, _, ctx) => nodeFromSnapshot(ctx, e.typename, e.nodeKey, e.node) as never,
    }),
    previousStatus: t.exposeString('previousStatus', { nullable: true, description: 'Null when the resource just appeared' }),
    status: t.exposeString('status', { description: "The cloud's status; DELETED when the resource is gone" }),
    at: t.expose('at', { type: 'DateTime', description: 'When Hanul saw the change' }),
  }),
});

/** Turns a cloud failure at subscribe time into a GraphQL error with its code. */
function subscribeError(err: unknown): never {
  if (err instanceof CloudError) throw toGraphQLError(err)!;
  throw err;
}

/**
 * Joins the watcher of a (region, kind) on behalf of this subscriber. Token sessions are
 * verified first with one list call of the subscriber's own credentials, so nobody joins a
 * tenant's stream with a token that cannot read that tenant.
 */
async function watchRegion(ctx: HanulContext, placement: Placement, kind: WatchKindName): Promise<Repeater<StatusChange>> {
  const session = sessionFor(ctx, placement.provider);
  // No poller (and no URL) for a region the configuration does not name.
  if (!isConfiguredRegion(ctx, placement)) throw new GraphQLError('Not a region these credentials reach', { extensions: { code: 'BAD_USER_INPUT' } });
  const watchers = ctx.services.watchers;
  if (!watchers.canWatch(kind)) {
    throw new GraphQLError(`${kind} status is not watched yet`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!session.serverHeld) await session.compute.listServers(placement.region, { changedSince: new Date() }).catch(subscribeError);
  return watchers.watch({ scope: session.scope, provider: placement.provider, region: placement.region, kind }, (counter) => {
    const opened = ctx.openSession(placement.provider, counter);
    if (!opened) throw new GraphQLError('credentials vanished', { extensions: { code: 'UNAUTHENTICATED' } });
    return opened;
  });
}

function regionSubscription(name: string, kind: WatchKindName, description: string) {
  builder.subscriptionField(name, (t) =>
    t.field({
      type: StatusEventRef,
      description,
      authScopes: { credentials: true },
      args: { regionId: t.arg.id({ required: true }) },
      subscribe: async (_, args, ctx) => {
        let placement: Placement;
        try {
          placement = parseRegionId(String(args.regionId), ['regionId']);
        } catch (err) {
          subscribeError(err);
        }
        return watchRegion(ctx, placement, kind);
      },
      resolve: (change, _, ctx) => {
        resetOperationCaches(ctx);
        return change;
      },
    }),
  );
}

builder.subscriptionType({});

regionSubscription('serverStatusChanged', 'servers', 'Every status change of the servers of a region.');
regionSubscription('volumeStatusChanged', 'volumes', 'Every status change of the volumes of a region (DELETED when one is gone).');
regionSubscription('clusterStatusChanged', 'clusters', 'Every status change of the Kubernetes clusters of a region (DELETED when one is gone).');

builder.subscriptionField('statusChanged', (t) =>
  t.field({
    type: StatusEventRef,
    description: 'Status changes of the given resources (servers, volumes, clusters, …), however many: one poll per region and kind.',
    authScopes: { credentials: true },
    args: { ids: t.arg.idList({ required: true }) },
    subscribe: async (_, args, ctx) => {
      const wanted = new Set<string>();
      const groups = new Map<string, { placement: Placement; kind: WatchKindName }>();
      for (const globalId of args.ids.map(String)) {
        const [typename, key] = decodeNodeId(globalId);
        const kind = typename ? KIND_OF_TYPE[typename] : undefined;
        const ref = key && typename ? parseRefKey(key, typename) : undefined;
        if (!kind || !ref) throw new GraphQLError('An id given is not the id of a resource with a status', { extensions: { code: 'BAD_USER_INPUT' } });
        wanted.add(`${typename}:${key}`);
        groups.set(`${ref.provider}:${ref.region}:${kind}`, { placement: { provider: ref.provider, region: ref.region }, kind });
      }
      const streams = await Promise.all([...groups.values()].map((g) => watchRegion(ctx, g.placement, g.kind)));
      return pipe(
        Repeater.merge(streams),
        filter((change: StatusChange) => wanted.has(`${change.typename}:${change.nodeKey}`)),
      );
    },
    resolve: (change, _, ctx) => {
      resetOperationCaches(ctx);
      return change;
    },
  }),
);

function decodeNodeId(globalId: string): [string | undefined, string | undefined] {
  const raw = Buffer.from(globalId, 'base64').toString('utf8');
  const i = raw.indexOf(':');
  return i < 0 ? [undefined, undefined] : [raw.slice(0, i), raw.slice(i + 1)];
}
