import { randomUUID } from 'node:crypto';
import { Repeater } from 'graphql-yoga';
import type { StatusBus } from '../../status/pubsub.js';
import { watchKeyString, type WatchItem, type WatchKey } from '../../status/events.js';
import type { PollResult } from '../../status/kinds.js';
import type { SessionOpener, StatusWatchers } from '../../status/watcher.js';
import { isFinished, OPERATION_KINDS, type OperationKind, type OperationRecord, type OperationStatus, type OperationTarget } from './model.js';
import type { OperationStore } from './store.js';

/** What the tracker needs to start following an operation. */
export interface StartSpec {
  scope: string;
  kind: OperationKind;
  target: Omit<OperationTarget, 'typename' | 'nodeKey'>;
  /** The target's status as the mutation's answer showed it, if it did. */
  status?: string;
  /** Opens a session on the starter's credentials for the poller. */
  open: SessionOpener;
}

/** One watched key with open operations: one stake in the existing poller, however many operations. */
interface Follow {
  stream: Repeater<WatchItem>;
  ops: Map<string, OperationRecord>;
}

/**
 * Lifecycle operations: started by mutations, finished by the status pollers that already
 * exist (a stake in the (tenant, provider, region, kind) poller while any operation on that
 * key is open, never a poll loop per operation). Each update is stored and published on the
 * bus, so any replica answers for it and follows it.
 */
export class OperationTracker {
  private readonly follows = new Map<string, Follow>();
  private readonly stopListening: () => void;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: OperationStore,
    private readonly bus: StatusBus,
    private readonly watchers: StatusWatchers,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.stopListening = watchers.onPoll((keyId, result) => this.polled(keyId, result));
  }

  async start(spec: StartSpec): Promise<OperationRecord> {
    const kind = OPERATION_KINDS[spec.kind];
    const nodeKey = `${spec.target.provider}:${spec.target.region}:${spec.target.upstreamId}`;
    const at = this.now();
    const op: OperationRecord = {
      id: randomUUID(),
      scope: spec.scope,
      kind: spec.kind,
      status: spec.status ? 'RUNNING' : 'PENDING',
      target: { ...spec.target, typename: kind.typename, nodeKey },
      startedAt: at,
      finishedAt: null,
      error: null,
      steps: spec.status ? [{ status: spec.status, at }] : [],
    };
    await this.save(op);
    const key: WatchKey = { scope: spec.scope, provider: spec.target.provider as WatchKey['provider'], region: spec.target.region, kind: kind.watch };
    const id = watchKeyString(key);
    let follow = this.follows.get(id);
    if (!follow) {
      follow = { stream: this.watchers.watch([key], spec.open), ops: new Map() };
      this.follows.set(id, follow);
      void this.consume(id, follow);
    }
    follow.ops.set(op.id, op);
    this.watchers.poke(key);
    return op;
  }

  /** The operation, if it is the scope's and still kept: another tenant's id answers undefined. */
  async get(scopes: readonly string[], id: string): Promise<OperationRecord | undefined> {
    const op = await this.store.get(id);
    return op && scopes.includes(op.scope) ? op : undefined;
  }

  async list(scope: string, status?: OperationStatus | null): Promise<OperationRecord[]> {
    return (await this.store.list(scope)).filter((op) => !status || op.status === status);
  }

  /**
   * The operation's states from now on: its current one first (so a late subscriber gets the
   * final state at once), then each update, ending after the final one. Undefined when unknown.
   */
  async follow(scopes: readonly string[], id: string): Promise<AsyncIterable<OperationRecord> | undefined> {
    const updates = this.bus.pubsub.subscribe('operation', id);
    const current = await this.get(scopes, id);
    if (!current) {
      await updates.return?.();
      return undefined;
    }
    return new Repeater<OperationRecord>(async (push, stop) => {
      void stop.then(() => updates.return?.());
      await push(current);
      if (isFinished(current)) return stop();
      for await (const op of updates) {
        await push(op);
        if (isFinished(op)) break;
      }
      stop();
    });
  }

  /** Leaves every poller (shutdown). Open operations stay as stored. */
  async close(): Promise<void> {
    this.stopListening();
    await Promise.all([...this.follows.values()].map((f) => f.stream.return()));
    this.follows.clear();
  }

  private async consume(id: string, follow: Follow): Promise<void> {
    for await (const item of follow.stream) {
      if ('ended' in item) break;
      for (const open of follow.ops.values()) {
        if (open.target.nodeKey === item.nodeKey) this.observe(id, open, item.status, busyOf(item.typename, item.node), item.node);
      }
    }
    // Credentials refused or shutdown: the open operations stay as they are.
    if (this.follows.get(id) === follow) this.follows.delete(id);
  }

  /** A poll of a key with open operations: settles targets its baseline already shows settled, and deletes already gone. */
  private polled(keyId: string, result: PollResult): void {
    const follow = this.follows.get(keyId);
    if (!follow) return;
    const items = new Map(result.items.map((w) => [w.id, w]));
    for (const op of follow.ops.values()) {
      const seen = items.get(op.target.upstreamId);
      if (seen) this.observe(keyId, op, seen.status, seen.busy, seen.node);
      else if (result.complete) this.observe(keyId, op, 'DELETED', false, undefined);
    }
  }

  /** Moves an open operation on by what its target shows now. */
  private observe(keyId: string, op: OperationRecord, status: string, busy: boolean, node: unknown): void {
    if (isFinished(op)) return;
    const kind = OPERATION_KINDS[op.kind];
    const before = op.status;
    const last = op.steps.at(-1)?.status;
    const at = this.now();
    if (last !== status) op.steps.push({ status, at });
    // NKS may list a deleted cluster as DELETE_COMPLETE before it is gone.
    if (status === 'DELETED' || status === 'DELETE_COMPLETE') {
      if (kind.success === 'gone') op.status = 'SUCCEEDED';
      else this.fail(op, status, `The ${kind.typename.toLowerCase()} is gone`);
    } else if (kind.failure.includes(status)) {
      this.fail(op, status, reasonOf(kind.typename, status, node));
    } else if (kind.success !== 'gone' && kind.success.includes(status) && !busy) {
      op.status = 'SUCCEEDED';
    } else {
      op.status = 'RUNNING';
    }
    if (isFinished(op)) {
      op.finishedAt = at;
      this.release(keyId, op.id);
    }
    if (op.status !== before || last !== status) void this.save(op);
  }

  private fail(op: OperationRecord, status: string, message: string): void {
    op.status = 'FAILED';
    op.error = { code: 'CONFLICT', message, currentStatus: status };
  }

  /** The last open operation of a key gives up its stake in the poller. */
  private release(keyId: string, opId: string): void {
    const follow = this.follows.get(keyId);
    if (!follow) return;
    follow.ops.delete(opId);
    if (follow.ops.size === 0) {
      this.follows.delete(keyId);
      void follow.stream.return();
    }
  }

  /** Stores then publishes a copy; saves run in order, so the store never goes back to an older state. */
  private save(op: OperationRecord): Promise<void> {
    const copy = structuredClone(op);
    this.saving = this.saving.then(async () => {
      await this.store.put(copy).catch(() => undefined);
      this.bus.pubsub.publish('operation', copy.id, copy);
    });
    return this.saving;
  }
}

/** A server with a task running is still moving, whatever its status says. */
function busyOf(typename: string, node: unknown): boolean {
  return typename === 'Server' && (node as { taskState?: string | null } | undefined)?.taskState != null;
}

/** The cloud's reason where it gives one: Nova's fault, NKS's status_reason. */
function reasonOf(typename: string, status: string, node: unknown): string {
  const n = (node ?? {}) as { fault?: string | null; statusReason?: string | null };
  const reason = n.fault ?? n.statusReason;
  return `The ${typename.toLowerCase()} went to ${status}${reason ? `: ${reason}` : ''}`;
}
