import { CallCounter } from '../cloud/http.js';
import type { ProviderName } from '../cloud/model.js';
import type { CloudSession } from '../cloud/provider.js';
import { RequestCache, type HanulContext, type HanulServices } from '../schema/context.js';
import type { RequestCredentials } from './credentials.js';

/**
 * A fresh context for one operation: sessions bound to this request's credentials (so no
 * loader, cache or token crosses tenants), a new call counter and a new list cache.
 */
export function createContext(services: HanulServices, credentials: RequestCredentials): HanulContext {
  const counter = new CallCounter();
  const sessions = new Map<ProviderName, CloudSession>();
  if (credentials.kind === 'token') {
    const provider = services.providers.get(credentials.provider);
    if (provider) sessions.set(provider.name, provider.tokenSession(credentials.token, credentials.tenantId, counter));
  } else {
    for (const provider of services.providers.values()) {
      const session = provider.serverSession(counter);
      if (session) sessions.set(provider.name, session);
    }
  }
  return { sessions, counter, cache: new RequestCache(), services };
}
