import { CallCounter } from '../cloud/http.js';
import type { ProviderName } from '../cloud/model.js';
import type { CloudProvider, CloudSession } from '../cloud/provider.js';
import type { Limits } from '../config.js';
import type { UpstreamBudget } from '../domain/cost/budget.js';
import type { IdempotencyStore } from '../domain/create-once.js';
import type { OperationTracker } from '../domain/operations/tracker.js';
import { RequestCache } from '../domain/request-cache.js';
import type { StatusWatchers } from '../status/watcher.js';
import type { RequestCredentials } from './credentials.js';

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
  /**
   * Opens another session on this operation's credentials, counting on `counter`: how a
   * subscription hands its credentials to a long-lived poller.
   */
  openSession(provider: ProviderName, counter: CallCounter): CloudSession | undefined;
}


/**
 * A fresh context for one operation: sessions bound to this request's credentials (so no
 * loader, cache or token crosses tenants), a new call counter and a new list cache.
 */
export function createContext(services: HanulServices, credentials: RequestCredentials): HanulContext {
  const counter = new CallCounter('fresh');
  const open = (name: ProviderName, c: CallCounter): CloudSession | undefined => {
    const provider = services.providers.get(name);
    if (!provider) return undefined;
    if (credentials.kind === 'token') return credentials.provider === name ? provider.tokenSession(credentials.token, credentials.tenantId, c, credentials.storage) : undefined;
    return provider.serverSession(c);
  };
  const sessions = new Map<ProviderName, CloudSession>();
  for (const name of services.providers.keys()) {
    const session = open(name, counter);
    if (session) sessions.set(name, session);
  }
  return { sessions, counter, cache: new RequestCache(), services, openSession: open };
}
