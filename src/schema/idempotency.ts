import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { IdempotencyStore, KeyRecord } from '../domain/create-once.js';

/** How long a finished key is remembered (Stripe keeps keys 24 h). */
const DONE_TTL_MS = 24 * 3600_000;
/** How long a pending claim lives if its process dies mid-create; the cloud-side reconciliation covers the rest. */
const PENDING_TTL_MS = 60_000;

/** Keys in this process only: enough for one replica; a restart is covered by reconciliation from the cloud. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, { record: KeyRecord; expires: number }>();
  private readonly events = new EventEmitter().setMaxListeners(0);

  constructor(private readonly now: () => number = Date.now) {}

  async claim(key: string, record: KeyRecord): Promise<KeyRecord | undefined> {
    this.sweep();
    const taken = this.entries.get(key);
    if (taken) return taken.record;
    this.entries.set(key, { record, expires: this.now() + PENDING_TTL_MS });
    return undefined;
  }

  async complete(key: string, record: KeyRecord & { id: string }): Promise<void> {
    this.entries.set(key, { record, expires: this.now() + DONE_TTL_MS });
    this.events.emit(key);
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.entries.get(key)?.record.owner === owner) this.entries.delete(key);
    this.events.emit(key);
  }

  settled(key: string, timeoutMs: number): Promise<KeyRecord | undefined> {
    const pending = this.entries.get(key);
    if (!pending || pending.record.id !== undefined) return Promise.resolve(pending?.record);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.events.off(key, done);
        resolve(this.entries.get(key)?.record);
      };
      const timer = setTimeout(done, Math.min(timeoutMs, PENDING_TTL_MS));
      this.events.on(key, done);
    });
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, e] of this.entries) if (e.expires <= now) this.entries.delete(k);
  }
}

const RELEASE = `local v = redis.call('GET', KEYS[1]) if v and cjson.decode(v).owner == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Keys shared by every replica through Redis: `SET NX PX` claims a key for one attempt,
 * the finished record replaces it for 24 h. A duplicate on another replica polls until
 * the first attempt finishes.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly redis: Redis,
    private readonly pollMs = 100,
  ) {}

  async claim(key: string, record: KeyRecord): Promise<KeyRecord | undefined> {
    const k = redisKey(key);
    for (;;) {
      if ((await this.redis.set(k, JSON.stringify(record), 'PX', PENDING_TTL_MS, 'NX')) === 'OK') return undefined;
      const taken = await this.redis.get(k);
      if (taken) return JSON.parse(taken) as KeyRecord;
      // Released or expired between the two calls: claim again.
    }
  }

  async complete(key: string, record: KeyRecord & { id: string }): Promise<void> {
    await this.redis.set(redisKey(key), JSON.stringify(record), 'PX', DONE_TTL_MS);
  }

  async release(key: string, owner: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, redisKey(key), owner);
  }

  async settled(key: string, timeoutMs: number): Promise<KeyRecord | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const raw = await this.redis.get(redisKey(key));
      const record = raw ? (JSON.parse(raw) as KeyRecord) : undefined;
      if (!record || record.id !== undefined || Date.now() >= deadline) return record;
      await new Promise((r) => setTimeout(r, this.pollMs));
    }
  }
}

/** The key's scope is hashed: tenant ids stay out of Redis key names, and the length is bounded. */
function redisKey(key: string): string {
  return `hanul:idempotency:${createHash('sha256').update(key).digest('hex')}`;
}

/** The store for this process: Redis when the replicas share one, memory otherwise. */
export function createIdempotencyStore(redis: Redis | undefined): IdempotencyStore {
  return redis ? new RedisIdempotencyStore(redis) : new MemoryIdempotencyStore();
}

/** The `idempotencyKey` input field every create mutation has. */
export function idempotencyKeyDescription(what: string): string {
  return `Retrying with the same key returns the first ${what} instead of making a second one (the same key with another input is a ValidationError)`;
}
