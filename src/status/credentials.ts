import { ForbiddenError, UnauthenticatedError, type CloudError } from '../cloud/errors.js';
import type { CloudSession } from '../cloud/provider.js';

/**
 * Proves that a session's credentials still read its tenant in `region`: one cheap list call
 * (servers changed since now, usually empty). NHN documents no token validation for users,
 * so a 401 from any service is how an expired token shows (nhn-notes §2.3).
 */
export async function verifyCredentials(session: CloudSession, region: string): Promise<void> {
  await session.compute.listServers(region, { changedSince: new Date() });
}

/** Whether a failure means the credentials themselves are refused (as opposed to upstream trouble). */
export function refusesCredentials(err: unknown): err is CloudError {
  return err instanceof UnauthenticatedError || err instanceof ForbiddenError;
}
