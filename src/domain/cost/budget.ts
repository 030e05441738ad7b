import type { Redis } from 'ioredis';

/** One tenant's upstream budget in the current minute. */
export interface BudgetState {
  /** Calls per minute; 0: unlimited. */
  limit: number;
  used: number;
  /** Calls left this minute (null when unlimited). */
  remaining: number | null;
  /** When the minute ends and the budget is whole again. */
  resetAt: Date;
}

/**
 * Upstream calls per tenant per minute, in fixed one-minute windows: in memory for one
 * replica, or in Redis (INCRBY on a per-minute key with a TTL) shared by every replica.
 */
export interface UpstreamBudget {
  readonly limit: number;
  /** The clock the windows follow (injected by tests). */
  readonly now: () => number;
  state(tenant: string): Promise<BudgetState>;
  /** Adds `calls` to the tenant's minute and answers the state after it. */
  charge(tenant: string, calls: number): Promise<BudgetState>;
}

const WINDOW_MS = 60_000;

interface Counts {
  get(key: string): Promise<number>;
  add(key: string, n: number): Promise<number>;
}

function budgetOver(counts: Counts, limit: number, now: () => number): UpstreamBudget {
  const windowOf = (tenant: string) => {
    const start = Math.floor(now() / WINDOW_MS) * WINDOW_MS;
    return { key: `hanul:budget:${tenant}:${start}`, resetAt: new Date(start + WINDOW_MS) };
  };
  const stateOf = (used: number, resetAt: Date): BudgetState => ({ limit, used, remaining: limit === 0 ? null : Math.max(0, limit - used), resetAt });
  return {
    limit,
    now,
    async state(tenant) {
      const w = windowOf(tenant);
      return stateOf(await counts.get(w.key), w.resetAt);
    },
    async charge(tenant, calls) {
      const w = windowOf(tenant);
      return stateOf(calls > 0 ? await counts.add(w.key, calls) : await counts.get(w.key), w.resetAt);
    },
  };
}

/** One replica's budget: counts in a map, the windows past dropped as new ones start. */
export function memoryBudget(limit: number, now: () => number = Date.now): UpstreamBudget {
  const counts = new Map<string, number>();
  const current = () => String(Math.floor(now() / WINDOW_MS) * WINDOW_MS);
  return budgetOver(
    {
      get: async (key) => counts.get(key) ?? 0,
      add: async (key, n) => {
        // Keys of a window past are never read again.
        for (const k of counts.keys()) if (!k.endsWith(`:${current()}`)) counts.delete(k);
        const next = (counts.get(key) ?? 0) + n;
        counts.set(key, next);
        return next;
      },
    },
    limit,
    now,
  );
}

/** The fleet's budget: every replica INCRBYs the same per-minute key; it expires after two minutes. */
export function redisBudget(redis: Redis, limit: number, now: () => number = Date.now): UpstreamBudget {
  return budgetOver(
    {
      get: async (key) => Number((await redis.get(key)) ?? 0),
      add: async (key, n) => {
        const [[, used]] = (await redis.multi().incrby(key, n).pexpire(key, 2 * WINDOW_MS).exec()) as [[unknown, number]];
        return used;
      },
    },
    limit,
    now,
  );
}

/**
 * The tenant an operation is charged to: the tenants (NHN tenant id, KakaoCloud project)
 * of the sessions its credentials open, so the server-held credentials are one tenant and
 * each bearer token's tenant another.
 */
export function tenantOf(sessions: ReadonlyMap<string, { scope: string }>): string {
  return [...sessions.values()].map((s) => s.scope).sort().join(',') || 'anonymous';
}
