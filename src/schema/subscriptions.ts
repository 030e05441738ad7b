import { filter, pipe, Repeater } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { CloudError } from '../cloud/errors.js';
import type { Placement, ProviderName } from '../cloud/model.js';
import { verifyCredentials } from '../status/credentials.js';
import type { StatusChange, WatchItem, WatchKindName } from '../status/events.js';
import { builder } from './builder.js';
import { sessionFor } from '../domain/session.js';
import type { HanulContext } from '../server/context.js';
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
 * Joins the watchers of some (region, kind) pairs of one provider on behalf of this subscriber.
 * Token sessions are verified first with one call of the subscriber's own credentials, so
 * nobody joins a tenant's stream with a token that cannot read that tenant; the watchers
 * re-check them for as long as the stream lasts.
 */
async function watchRegions(ctx: HanulContext, provider: ProviderName, groups: { region: string; kind: WatchKindName }[]): Promise<Repeater<WatchItem>> {
  const session = sessionFor(ctx, provider);
  // No poller (and no URL) for a region the configuration does not name.
  for (const g of groups) {
    if (!isConfiguredRegion(ctx, { provider, region: g.region })) throw new GraphQLError('Not a region these credentials reach', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const watchers = ctx.services.watchers;
  for (const { kind } of groups) {
    if (!watchers.canWatch(kind)) throw new GraphQLError(`${kind} status is not watched yet`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!session.serverHeld) await Promise.all([...new Set(groups.map((g) => g.region))].map((region) => verifyCredentials(session, region))).catch(subscribeError);
  const keys = groups.map(({ region, kind }) => ({ scope: session.scope, provider, region, kind }));
  return watchers.watch(keys, (counter) => {
    const opened = ctx.openSession(provider, counter);
    if (!opened) throw new GraphQLError('credentials vanished', { extensions: { code: 'UNAUTHENTICATED' } });
    return opened;
  });
}

/** Ends a stream right after its first StreamEnd, so a subscription over several providers' watches stops as a whole. */
function untilEnded(source: AsyncIterable<WatchItem>): Repeater<WatchItem> {
  return new Repeater(async (push, stop) => {
    const iterable = source[Symbol.asyncIterator]();
    void stop.then(() => iterable.return?.());
    let latest;
    while ((latest = await iterable.next()).done === false) {
      await push(latest.value);
      if ('ended' in latest.value) break;
    }
    stop();
  });
}

/**
 * An event as the subscription field resolves it. A StreamEnd (the subscriber's credentials
 * were refused, or the server shuts down) becomes the stream's last result, an error with its
 * code (UNAUTHENTICATED, FORBIDDEN, SHUTTING_DOWN), which graphql-ws and SSE deliver before completing.
 */
function resolveItem(item: WatchItem, ctx: HanulContext): StatusChange {
  if ('ended' in item) throw item.ended;
  resetOperationCaches(ctx);
  return item;
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
        return watchRegions(ctx, placement.provider, [{ region: placement.region, kind }]);
      },
      resolve: (item, _, ctx) => resolveItem(item, ctx),
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
      const groups = new Map<string, { provider: ProviderName; region: string; kind: WatchKindName }>();
      for (const globalId of args.ids.map(String)) {
        const [typename, key] = decodeNodeId(globalId);
        const kind = typename ? KIND_OF_TYPE[typename] : undefined;
        const ref = key && typename ? parseRefKey(key, typename) : undefined;
        if (!kind || !ref) throw new GraphQLError('An id given is not the id of a resource with a status', { extensions: { code: 'BAD_USER_INPUT' } });
        wanted.add(`${typename}:${key}`);
        groups.set(`${ref.provider}:${ref.region}:${kind}`, { provider: ref.provider, region: ref.region, kind });
      }
      const providers = [...new Set([...groups.values()].map((g) => g.provider))];
      const streams = await Promise.all(providers.map((p) => watchRegions(ctx, p, [...groups.values()].filter((g) => g.provider === p))));
      return pipe(
        untilEnded(Repeater.merge(streams)),
        filter((item: WatchItem) => 'ended' in item || wanted.has(`${item.typename}:${item.nodeKey}`)),
      );
    },
    resolve: (item, _, ctx) => resolveItem(item, ctx),
  }),
);

function decodeNodeId(globalId: string): [string | undefined, string | undefined] {
  const raw = Buffer.from(globalId, 'base64').toString('utf8');
  const i = raw.indexOf(':');
  return i < 0 ? [undefined, undefined] : [raw.slice(0, i), raw.slice(i + 1)];
}
