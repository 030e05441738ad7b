import type { Redis } from 'ioredis';

/** Decides which replica polls a key, so the cloud sees one poller per key whatever the replica count. */
export interface Lease {
  /** True when this replica holds (or just took, or renewed) the key's lease. */
  acquire(key: string): Promise<boolean>;
  release(key: string): Promise<void>;
}

/** One process: it always polls. */
export const localLease: Lease = {
  acquire: async () => true,
  release: async () => undefined,
};

// Renew only a lease we hold; take it when free.
const ACQUIRE = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * A lease in Redis: `SET` with an expiry, renewed on every poll. When the holder dies
 * the lease expires after `ttlMs` and another replica with subscribers takes it.
 */
export function redisLease(redis: Redis, replicaId: string, ttlMs: number): Lease {
  return {
    acquire: async (key) => (await redis.eval(ACQUIRE, 1, `hanul:lease:${key}`, replicaId, String(ttlMs))) === 1,
    release: async (key) => {
      await redis.eval(RELEASE, 1, `hanul:lease:${key}`, replicaId);
    },
  };
}
