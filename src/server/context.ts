import { CallCounter } from '../cloud/http.js';
import type { ProviderName } from '../cloud/model.js';
import type { CloudSession } from '../cloud/provider.js';
import { RequestCache, type HanulContext, type HanulServices } from '../schema/context.js';
import type { RequestCredentials } from './credentials.js';

/**
 * A fresh context for one operation: sessions bound to this request's credentials (so no
 * loader, cache or token crosses tenants), a new call counter and a new list cache.
 * `naive` (bench only) turns batching and the list memo off.
 */
export function createContext(services: HanulServices, credentials: RequestCredentials, naive: boolean): HanulContext {
  const counter = new CallCounter(naive ? 'none' : 'fresh');
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
  return { sessions, counter, cache: new RequestCache(!naive), services, naive, openSession: open };
}
