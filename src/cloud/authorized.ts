import type { Dispatcher } from 'undici';
import { UnauthenticatedError } from './errors.js';
import { errorFromResponse, send, type CallCounter, type Upstream, type UpstreamResponse } from './http.js';
import type { ProviderName } from './model.js';
import type { TokenSource } from './token-source.js';
import { upstreamUrl, type QueryValues } from './url.js';

export type { QueryValues } from './url.js';

/** One call of an adapter on a service, as both clouds' clients (and Swift's) take it. */
export interface ApiCall {
  method?: Dispatcher.HttpMethod;
  /** Path after the service root; values in it are `segment()`s (src/cloud/url.ts). */
  path: string;
  query?: QueryValues;
  body?: unknown;
  headers?: Record<string, string>;
  /** For NotFoundError when the answer is 404. */
  resourceType?: string;
  resourceId?: string;
}

/** Where a call goes and on whose behalf: what a cloud's client adds to an ApiCall. */
export interface CallTarget {
  provider: ProviderName;
  /** Service name for messages and metrics. */
  service: string;
  /** The service root, with any account or tenant prefix; the call's path and query follow it. */
  root: string;
  counter: CallCounter;
  /** The UNAUTHENTICATED message when the cloud refuses the token. */
  refused: string;
}

/**
 * Sends a call with the token in `X-Auth-Token` (the one auth header of both clouds) and
 * returns any 2xx answer, with or without a body. A 401 re-issues the token once when the
 * source can (server-held credentials); a second 401, or one on a token the client brought,
 * is UNAUTHENTICATED. Any other failure is mapped by `errorFromResponse`.
 */
export async function sendCall(upstream: Upstream, tokens: TokenSource, target: CallTarget, call: ApiCall): Promise<UpstreamResponse> {
  const req = {
    provider: target.provider,
    service: target.service,
    method: call.method ?? 'GET',
    url: upstreamUrl(target.root, call.path, call.query),
    body: call.body,
    counter: target.counter,
    resourceType: call.resourceType,
    resourceId: call.resourceId,
  };
  for (let attempt = 0; ; attempt++) {
    const { token } = await tokens.get();
    const res = await send(upstream, { ...req, headers: { 'x-auth-token': token, ...call.headers } });
    if (res.status >= 200 && res.status < 300) return res;
    if (res.status === 401 && attempt === 0 && tokens.invalidate(token)) continue;
    if (res.status === 401) throw new UnauthenticatedError(target.refused);
    throw errorFromResponse(res, req);
  }
}
