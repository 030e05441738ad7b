import { Repeater } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { CloudError } from '../cloud/errors.js';
import { CallCounter } from '../cloud/http.js';
import type { CloudSession } from '../cloud/provider.js';
import { refusesCredentials, verifyCredentials } from './credentials.js';
import { ShuttingDownError, watchKeyString, type StatusChange, type WatchItem, type WatchKey } from './events.js';
import { WATCH_KINDS, type PollResult, type Watchable, type WatchKind } from './kinds.js';
import type { Lease } from './lease.js';
import type { StatusBus } from './pubsub.js';

export interface WatcherOptions {
  bus: StatusBus;
  lease: Lease;
  /** Interval while anything watched is moving. */
  fastMs: number;
  /** Interval when everything watched is settled. */
  slowMs: number;
  /**
   * How often a subscriber's own token is re-checked (and no later than its expiry, where the
   * cloud tells it). Server-held credentials are renewed instead, never checked.
   */
  credentialCheckMs: number;
  logger: Logger;
  /** Every this many polls, list everything instead of asking for changes (catches silent deletions). */
  fullListEvery?: number;
}

/** Opens a session on the subscriber's credentials that counts its calls on `counter`. */
export type SessionOpener = (counter: CallCounter) => CloudSession;

/** One subscription's stake in the watchers: its credentials, and how to end its stream. */
interface Subscriber {
  session: CloudSession;
  /** The pollers it joined. */
  ids: string[];
  /** Where its credentials are checked: a region it watches. */
  region: string;
  /** When its token expires, once known (null: unknown). */
  expiresAt: Date | null;
  /** The next credential check. */
  timer: NodeJS.Timeout | undefined;
  /** Set once it left every poller (gone, refused, or shut down). */
  left: boolean;
  /** Ends its stream with `err` as the last item (credentials refused, or shutdown). */
  refuse(err: CloudError): void;
}

interface Poller {
  key: WatchKey;
  id: string;
  kind: WatchKind;
  /** In the order they joined. */
  subscribers: Set<Subscriber>;
  snapshot: Map<string, Watchable> | undefined;
  lastPollStart: Date | undefined;
  polls: number;
  backoffMs: number;
  /** Whether this replica held the key's lease at the last tick (always, without Redis). */
  holding: boolean;
  stopped: boolean;
  /** Ends the current wait early (a poke, or stop). */
  wake: (() => void) | undefined;
  pokes: AsyncIterator<unknown> | undefined;
  /** Settles when its loop has returned (no poll of it in flight any more). */
  done: Promise<void> | undefined;
}

/**
 * The status watchers: exactly one poller per (tenant scope, provider, region, kind) with
 * at least one subscriber, however many subscribers or resources. A poller makes one
 * list call per interval, diffs it against the last snapshot and publishes the changes.
 */
export class StatusWatchers {
  private readonly pollers = new Map<string, Poller>();
  /** Pollers whose loop still runs, a stopped one's last poll included. */
  private readonly running = new Set<Poller>();
  private readonly subscribers = new Set<Subscriber>();
  /** Upstream calls made by all pollers of this replica. */
  readonly counter = new CallCounter();
  private totalPolls = 0;
  private readonly pollListeners = new Set<(keyId: string, result: PollResult) => void>();

  constructor(private readonly options: WatcherOptions) {}

  /** Whether a kind can be watched. */
  canWatch(kind: WatchKey['kind']): boolean {
    return WATCH_KINDS[kind] !== undefined;
  }

  /**
   * The changes of some keys as one stream, on one subscriber's credentials. Joining starts
   * each key's poller if needed; returning the stream (client gone, socket closed) leaves
   * them, and the last one out stops a poller. A token the client brought is re-checked when
   * it expires, every `credentialCheckMs`, and whenever a poll made with it is refused: once
   * refused, the stream yields one StreamEnd and ends, whoever else shares the pollers.
   * A Repeater, so `return()` works even while a `next()` is pending.
   */
  watch(keys: WatchKey[], open: SessionOpener): Repeater<WatchItem> {
    return new Repeater<WatchItem>(async (push, stop) => {
      const unique = new Map(keys.map((k) => [watchKeyString(k), k]));
      const subscriber: Subscriber = {
        session: open(this.counter),
        ids: [...unique.keys()],
        region: keys[0]!.region,
        expiresAt: null,
        timer: undefined,
        left: false,
        refuse: (err) => {
          this.detach(subscriber);
          void push({ ended: err });
          stop();
        },
      };
      const sources = subscriber.ids.map((id) => {
        const source = this.options.bus.pubsub.subscribe('status', id);
        void (async () => {
          for await (const change of source) {
            this.follow(id, change);
            await push(change);
          }
        })().catch(() => undefined);
        return source;
      });
      this.subscribers.add(subscriber);
      for (const [id, key] of unique) this.join(key, id, subscriber);
      if (!subscriber.session.serverHeld) this.startChecks(subscriber);
      await stop;
      this.detach(subscriber);
      await Promise.all(sources.map((s) => s.return?.()));
    });
  }

  /**
   * Hears every poll this replica makes (its baseline included, which publishes no change):
   * how the operation tracker sees a target that settled before anyone diffed it.
   */
  onPoll(listener: (keyId: string, result: PollResult) => void): () => void {
    this.pollListeners.add(listener);
    return () => this.pollListeners.delete(listener);
  }

  /** Asks the key's poller (on whichever replica holds it) to poll now: a mutation just changed something. */
  poke(key: WatchKey): void {
    this.options.bus.pubsub.publish('poke', watchKeyString(key), null);
  }

  /** `pollers` counts a stopped poller until its last poll settled, so both ends have counted its calls. */
  stats(): { pollers: number; subscribers: number; polls: number; upstreamCalls: number } {
    return { pollers: this.running.size, subscribers: this.subscribers.size, polls: this.totalPolls, upstreamCalls: this.counter.total };
  }

  /**
   * Shutdown: ends every stream still open with SHUTTING_DOWN (an SSE response then finishes,
   * so the HTTP drain is not held by it), stops every poller and credential check, and waits
   * for the polls in flight.
   */
  async close(): Promise<void> {
    for (const s of [...this.subscribers]) s.refuse(new ShuttingDownError());
    for (const id of [...this.pollers.keys()]) await this.stopPoller(id);
    await Promise.all([...this.running].map((p) => p.done));
  }

  private join(key: WatchKey, id: string, subscriber: Subscriber): void {
    const existing = this.pollers.get(id);
    if (existing) {
      existing.subscribers.add(subscriber);
      return;
    }
    const kind = WATCH_KINDS[key.kind];
    if (!kind) throw new Error(`${key.kind} cannot be watched`);
    const poller: Poller = {
      key,
      id,
      kind,
      subscribers: new Set([subscriber]),
      snapshot: undefined,
      lastPollStart: undefined,
      polls: 0,
      backoffMs: 0,
      holding: false,
      stopped: false,
      wake: undefined,
      pokes: undefined,
      done: undefined,
    };
    this.pollers.set(id, poller);
    this.listenForPokes(poller);
    this.running.add(poller);
    poller.done = this.run(poller).finally(() => this.running.delete(poller));
  }

  /** Takes a subscriber out of every poller it joined (once); the last one out stops a poller. */
  private detach(s: Subscriber): void {
    if (s.left) return;
    s.left = true;
    clearTimeout(s.timer);
    this.subscribers.delete(s);
    for (const id of s.ids) {
      const poller = this.pollers.get(id);
      if (!poller?.subscribers.delete(s)) continue;
      if (poller.subscribers.size === 0) void this.stopPoller(id);
    }
  }

  /** Whose credentials a poll uses: server-held ones when a subscriber has them (they renew), else the newest token. */
  private pollingSubscriber(p: Poller): Subscriber | undefined {
    let newest: Subscriber | undefined;
    for (const s of p.subscribers) {
      if (s.session.serverHeld) return s;
      newest = s;
    }
    return newest;
  }

  /** Learns when the subscriber's token expires (where the cloud tells), then schedules its checks. */
  private startChecks(s: Subscriber): void {
    void s.session
      .viewer()
      .then(
        (v) => v.tokenExpiresAt,
        () => null,
      )
      .then((expiresAt) => {
        if (s.left) return;
        s.expiresAt = expiresAt;
        this.scheduleCheck(s);
      });
  }

  /** The next check: after `credentialCheckMs`, or at the token's expiry when that comes first. */
  private scheduleCheck(s: Subscriber): void {
    const untilExpiry = s.expiresAt ? Math.max(0, s.expiresAt.getTime() - Date.now()) : Infinity;
    clearTimeout(s.timer);
    s.timer = setTimeout(() => void this.check(s), Math.min(this.options.credentialCheckMs, untilExpiry));
    s.timer.unref();
  }

  private async check(s: Subscriber): Promise<void> {
    if (s.left) return;
    try {
      await verifyCredentials(s.session, s.region);
    } catch (err) {
      if (refusesCredentials(err)) {
        if (!s.left) s.refuse(err);
        return;
      }
      // Upstream trouble proves nothing either way: check again later.
    }
    if (!s.left) this.scheduleCheck(s);
  }

  private async stopPoller(id: string): Promise<void> {
    const poller = this.pollers.get(id);
    if (!poller) return;
    this.pollers.delete(id);
    poller.stopped = true;
    poller.wake?.();
    await poller.pokes?.return?.();
    await this.options.lease.release(id).catch(() => undefined);
  }

  private listenForPokes(poller: Poller): void {
    const pokes = this.options.bus.pubsub.subscribe('poke', poller.id);
    poller.pokes = pokes;
    void (async () => {
      for await (const _ of pokes) poller.wake?.();
    })().catch(() => undefined);
  }

  private async run(poller: Poller): Promise<void> {
    while (!poller.stopped) {
      const delay = await this.tick(poller);
      if (poller.stopped) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        poller.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      poller.wake = undefined;
    }
  }

  /** One poll; returns how long to wait before the next. */
  private async tick(p: Poller): Promise<number> {
    const { fastMs, slowMs } = this.options;
    const holding = await this.options.lease.acquire(p.id).catch(() => false);
    const tookOver = holding && !p.holding;
    p.holding = holding;
    if (!holding && p.snapshot) {
      // Another replica polls this key; `follow` keeps our snapshot at what it publishes, ready
      // for when its lease lapses. (Resetting it instead would make our first poll after a
      // takeover a silent baseline, swallowing every change made while nobody polled.)
      return fastMs;
    }
    const started = new Date();
    const fullEvery = this.options.fullListEvery ?? 10;
    // Ask only for changes since the last poll (minus clock skew) while everything is settled;
    // list everything while something moves (it may vanish), every `fullEvery` polls, and on
    // taking a key over (the followed snapshot may miss what changed while nobody polled).
    const busy = [...(p.snapshot?.values() ?? [])].some((w) => w.busy);
    const since =
      p.snapshot && p.lastPollStart && !busy && !tookOver && p.polls % fullEvery !== 0 ? new Date(p.lastPollStart.getTime() - 1000) : undefined;
    const by = this.pollingSubscriber(p);
    if (!by) return slowMs;
    let result: PollResult;
    try {
      result = await p.kind.poll(by.session, p.key.region, since);
    } catch (err) {
      if (refusesCredentials(err) && !by.session.serverHeld) {
        // This subscriber's token is refused: end its stream, and poll again at once on the
        // next subscriber's credentials (none left: the poller stops).
        if (!by.left) by.refuse(err);
        return 0;
      }
      // Upstream trouble, or server-held credentials that could not be renewed, never ends a
      // stream: back off and try again.
      p.backoffMs = Math.min(Math.max(p.backoffMs * 2, fastMs), slowMs * 3);
      this.options.logger.warn({ key: p.id, err: (err as Error).message }, 'status poll failed; backing off');
      return p.backoffMs;
    }
    p.backoffMs = 0;
    p.polls += 1;
    this.totalPolls += 1;
    p.lastPollStart = started;
    // Without the lease this was the one baseline poll a follower makes: it publishes nothing.
    const changes = this.diff(p, result);
    for (const listener of this.pollListeners) listener(p.id, result);
    if (!holding) return fastMs;
    for (const change of changes) this.options.bus.pubsub.publish('status', p.id, change);
    return [...(p.snapshot?.values() ?? [])].some((w) => w.busy) ? fastMs : slowMs;
  }

  /**
   * On a replica without the key's lease, applies a change the lease holder published to our
   * snapshot (once per subscriber, harmlessly), so that taking over diffs from the last state
   * anyone published. The holder's own snapshot is authoritative and left alone.
   */
  private follow(id: string, change: StatusChange): void {
    const p = this.pollers.get(id);
    if (!p || p.holding || !p.snapshot) return;
    const upstreamId = change.nodeKey.split(':').slice(2).join(':');
    if (change.status === 'DELETED') p.snapshot.delete(upstreamId);
    else p.snapshot.set(upstreamId, { id: upstreamId, status: change.status, busy: false, node: change.node });
  }

  /** Updates the snapshot and returns what changed. The first poll is a baseline and publishes nothing. */
  private diff(p: Poller, result: PollResult): StatusChange[] {
    const at = new Date();
    const nodeKey = (id: string) => `${p.key.provider}:${p.key.region}:${id}`;
    const change = (id: string, previousStatus: string | null, status: string, node: unknown): StatusChange => ({
      key: p.id,
      typename: p.kind.typename,
      nodeKey: nodeKey(id),
      previousStatus,
      status,
      at,
      node,
    });
    if (!p.snapshot) {
      p.snapshot = new Map(result.items.filter((w) => w.status !== 'DELETED').map((w) => [w.id, w]));
      return [];
    }
    const changes: StatusChange[] = [];
    const seen = new Set<string>();
    for (const item of result.items) {
      seen.add(item.id);
      const before = p.snapshot.get(item.id);
      if (item.status === 'DELETED') {
        if (before) changes.push(change(item.id, before.status, 'DELETED', before.node));
        p.snapshot.delete(item.id);
        continue;
      }
      if (!before || before.status !== item.status) changes.push(change(item.id, before?.status ?? null, item.status, item.node));
      p.snapshot.set(item.id, item);
    }
    if (result.complete) {
      for (const [id, before] of p.snapshot) {
        if (seen.has(id)) continue;
        changes.push(change(id, before.status, 'DELETED', before.node));
        p.snapshot.delete(id);
      }
    }
    return changes;
  }
}
