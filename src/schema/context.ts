import type { CallCounter } from '../cloud/http.js';
import type { Limits } from '../config.js';
import type { ProviderName } from '../cloud/model.js';
import type { CloudProvider, CloudSession } from '../cloud/provider.js';
import { noCredentials } from '../cloud/token-source.js';
import type { StatusWatchers } from '../status/watcher.js';
import type { IdempotencyStore } from '../domain/create-once.js';
import type { OperationTracker } from '../domain/operations/tracker.js';
import type { UpstreamBudget } from '../domain/cost/budget.js';

/**
 * Per-operation memo of upstream list calls, so that every field needing "the servers of
 * kr1" in one operation shares one call. Lives exactly as long as the context.
 */
export class RequestCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly firstUses = new Map<string, number>();

  /** `memoise: false` is the bench's naive baseline (HANUL_BENCH_NAIVE): every call computes. */
  constructor(private readonly memoise = true) {}

  /** The value of `key`, computing it once per operation. A failure is not kept. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.memoise) return compute();
    let entry = this.entries.get(key) as Promise<T> | undefined;
    if (!entry) {
      entry = compute();
      this.entries.set(key, entry);
      entry.catch(() => this.entries.delete(key));
    }
    return entry;
  }

  /** The cached value of `key`, if this operation computed it already. */
  peek<T>(key: string): Promise<T> | undefined {
    return this.entries.get(key) as Promise<T> | undefined;
  }

  /** When this operation first asked for `key` (`performance.now()`): where a region's budget starts. */
  firstUse(key: string): number {
    let at = this.firstUses.get(key);
    if (at === undefined) this.firstUses.set(key, (at = performance.now()));
    return at;
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
    this.firstUses.clear();
  }

  /** Forgets cached lists whose key starts with `prefix` (after a mutation changed them). */
  invalidate(prefix: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}

/** Services that outlive one request, shared by every context. */
export interface HanulServices {
  providers: ReadonlyMap<ProviderName, CloudProvider>;
  /** The limits checked before an operation runs (cost, `nodes` ids). */
  limits: Pick<Limits, 'maxCost' | 'maxNodesIds'>;
  idempotency: IdempotencyStore;
  watchers: StatusWatchers;
  /** How long a query waits for one region (UPSTREAM_TIMEOUT_MS): see upstream-plugin.ts. */
  regionBudgetMs: number;
  operations: OperationTracker;
  /** Upstream calls per tenant per minute (src/server/cost.ts charges it). */
  budget: UpstreamBudget;
}

/** What every resolver receives. One per GraphQL operation (or per subscription event). */
export interface HanulContext {
  /** The clouds this operation's credentials open, by provider. */
  readonly sessions: ReadonlyMap<ProviderName, CloudSession>;
  /** Upstream HTTP requests made for this operation. */
  readonly counter: CallCounter;
  readonly cache: RequestCache;
  readonly services: HanulServices;
  /** Bench only (HANUL_BENCH_NAIVE): load objects one by one instead of in batches. */
  readonly naive: boolean;
  /**
   * Opens another session on this operation's credentials, counting on `counter`: how a
   * subscription hands its credentials to a long-lived poller.
   */
  openSession(provider: ProviderName, counter: CallCounter): CloudSession | undefined;
}

/** The session for `provider`, or an UNAUTHENTICATED error naming what to send. */
export function sessionFor(ctx: HanulContext, provider: ProviderName): CloudSession {
  const session = ctx.sessions.get(provider);
  if (!session) throw noCredentials(provider);
  return session;
}
