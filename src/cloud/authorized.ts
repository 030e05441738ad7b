import { UnauthenticatedError } from './errors.js';
import { errorFromResponse, send, type Upstream, type UpstreamRequest, type UpstreamResponse } from './http.js';
import type { TokenSource } from './token-source.js';

/** An upstream call made on a token, with what it is about (for NotFoundError on 404). */
export interface AuthorizedRequest extends UpstreamRequest {
  resourceType?: string;
  resourceId?: string;
}

/**
 * Sends a call with the token in `X-Auth-Token` (the one auth header of both clouds) and
 * returns any 2xx answer, with or without a body. A 401 re-issues the token once when the
 * source can (server-held credentials); a second 401, or one on a token the client brought,
 * is UNAUTHENTICATED with `refused` as its message. Any other failure is mapped by
 * `errorFromResponse`.
 */
export async function sendAuthorized(upstream: Upstream, tokens: TokenSource, req: AuthorizedRequest, refused: string): Promise<UpstreamResponse> {
  for (let attempt = 0; ; attempt++) {
    const { token } = await tokens.get();
    const res = await send(upstream, { ...req, headers: { 'x-auth-token': token, ...req.headers } });
    if (res.status >= 200 && res.status < 300) return res;
    if (res.status === 401 && attempt === 0 && tokens.invalidate(token)) continue;
    if (res.status === 401) throw new UnauthenticatedError(refused);
    throw errorFromResponse(res, req);
  }
}

/** Query values as both adapters take them: undefined ones are left out. */
export type QueryValues = Record<string, string | number | undefined>;

/** `root + path` with the defined query values appended. */
export function urlWithQuery(root: string, path: string, query?: QueryValues): string {
  const url = new URL(`${root}${path}`);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}
