import type { Redis } from 'ioredis';
import { reviveDates } from '../../status/events.js';
import type { OperationRecord } from './model.js';

/** Where operations live for their retention: process memory, or Redis shared by the replicas. */
export interface OperationStore {
  put(op: OperationRecord): Promise<void>;
  get(id: string): Promise<OperationRecord | undefined>;
  /** The scope's operations still kept, newest first. */
  list(scope: string): Promise<OperationRecord[]>;
}

export function createOperationStore(redis: Redis | undefined, retentionMs: number, now: () => number = Date.now): OperationStore {
  return redis ? redisStore(redis, retentionMs, now) : memoryStore(retentionMs, now);
}

function memoryStore(retentionMs: number, now: () => number): OperationStore {
  const ops = new Map<string, OperationRecord>();
  const live = (op: OperationRecord | undefined) => (op && op.startedAt.getTime() + retentionMs > now() ? op : undefined);
  const sweep = () => {
    for (const [id, op] of ops) if (!live(op)) ops.delete(id);
  };
  return {
    async put(op) {
      sweep();
      ops.set(op.id, structuredClone(op));
    },
    async get(id) {
      const op = live(ops.get(id));
      return op && structuredClone(op);
    },
    async list(scope) {
      sweep();
      return [...ops.values()].filter((op) => op.scope === scope).reverse().map((op) => structuredClone(op));
    },
  };
}

const opKey = (id: string) => `hanul:operation:${id}`;
const scopeKey = (scope: string) => `hanul:operations:${scope}`;

/** JSON with a TTL per operation, and a sorted set per scope (by start time) to list them. */
function redisStore(redis: Redis, retentionMs: number, now: () => number): OperationStore {
  const parse = (json: string | null) => (json ? (JSON.parse(json, reviveDates) as OperationRecord) : undefined);
  return {
    async put(op) {
      const ttl = Math.max(1, op.startedAt.getTime() + retentionMs - now());
      await redis
        .multi()
        .set(opKey(op.id), JSON.stringify(op), 'PX', ttl)
        .zadd(scopeKey(op.scope), op.startedAt.getTime(), op.id)
        .zremrangebyscore(scopeKey(op.scope), '-inf', now() - retentionMs)
        .pexpire(scopeKey(op.scope), retentionMs)
        .exec();
    },
    async get(id) {
      return parse(await redis.get(opKey(id)));
    },
    async list(scope) {
      const ids = await redis.zrevrange(scopeKey(scope), 0, -1);
      if (!ids.length) return [];
      const found = await redis.mget(...ids.map(opKey));
      return found.map(parse).filter((op): op is OperationRecord => op !== undefined);
    },
  };
}
