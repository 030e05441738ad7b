import type { EmulatorContext } from '../context.js';
import type { EmuRequest } from '../router.js';
import { fail } from './errors.js';
import type { KakaoRegion, KakaoRegionState, KakaoToken } from './state.js';

/** Who is calling, where, and when: what every service handler starts from. */
export interface KakaoScope {
  token: KakaoToken;
  /** The state of the token's project in the region of the host called. */
  state: KakaoRegionState;
  now: Date;
}

/** The caller's `X-Auth-Token` (header names are case-insensitive, §1.2), if any. */
export function authToken(req: EmuRequest): string | undefined {
  const header = req.headers['x-auth-token'];
  return Array.isArray(header) ? header[0] : header;
}

/**
 * Checks `X-Auth-Token` and resolves the project's state in the request's region. There
 * is no project header: the project comes from the token (§1.2). Throws 401 otherwise.
 */
export function authorize(ctx: EmulatorContext, req: EmuRequest): KakaoScope {
  const now = ctx.now();
  const token = ctx.kakao.validToken(authToken(req), now);
  if (!token) fail(401, 'The request you have made requires authentication.');
  return { token, state: ctx.kakao.region(token.project.id, req.region as KakaoRegion), now };
}
