import type { ProviderName } from '../cloud/model.js';
import type { CloudSession } from '../cloud/provider.js';
import { noCredentials } from '../cloud/token-source.js';
import type { HanulContext } from '../server/context.js';

/** The session for `provider`, or an UNAUTHENTICATED error naming what to send. */
export function sessionFor(ctx: HanulContext, provider: ProviderName): CloudSession {
  const session = ctx.sessions.get(provider);
  if (!session) throw noCredentials(provider);
  return session;
}
