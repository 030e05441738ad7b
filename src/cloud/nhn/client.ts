import type { NhnEndpoints } from '../../config.js';
import { UnauthenticatedError } from '../errors.js';
import type { Dispatcher } from 'undici';
import { errorFromResponse, parseJson, send, type CallCounter, type Upstream, type UpstreamResponse } from '../http.js';
import type { TokenSource } from '../token-source.js';

/** NHN's services, named as in Hanul's endpoint configuration. */
export type NhnService = keyof Omit<NhnEndpoints, 'identity'>;

/** Services whose paths carry the tenant: `/v2/{tenantId}/…` (nhn-notes §1). */
const TENANT_PREFIX: Partial<Record<NhnService, string>> = { compute: '/v2/', volume: '/v2/' };

export interface NhnCall {
  method?: Dispatcher.HttpMethod;
  /** Path after the service root (and after `/v2/{tenantId}` for compute and volume). */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** For NotFoundError when the answer is 404. */
  resourceType?: string;
  resourceId?: string;
}

/**
 * Sends NHN API calls for one tenant: builds the regional URL, adds the token, re-issues
 * the token once on 401 when it can, and turns error answers into Hanul's errors.
 */
export class NhnClient {
  constructor(
    private readonly upstream: Upstream,
    private readonly endpoints: NhnEndpoints,
    private readonly tokens: TokenSource,
    readonly tenantId: string,
    private readonly counter: CallCounter,
  ) {}

  url(service: NhnService, region: string, path: string, query?: NhnCall['query']): string {
    const root = this.endpoints[service].replaceAll('{region}', region).replace(/\/$/, '');
    const prefix = TENANT_PREFIX[service] ? `${TENANT_PREFIX[service]}${this.tenantId}` : '';
    const url = new URL(`${root}${prefix}${path}`);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.toString();
  }

  /** Sends the call and returns the answer when it is 2xx; throws the mapped error otherwise. */
  async raw(service: NhnService, region: string, call: NhnCall): Promise<UpstreamResponse> {
    const url = this.url(service, region, call.path, call.query);
    for (let attempt = 0; ; attempt++) {
      const { token } = await this.tokens.get();
      const res = await send(this.upstream, {
        provider: 'NHN',
        service,
        method: call.method ?? 'GET',
        url,
        headers: { 'x-auth-token': token, ...call.headers },
        body: call.body,
        counter: this.counter,
      });
      if (res.status >= 200 && res.status < 300) return res;
      if (res.status === 401 && attempt === 0 && this.tokens.invalidate(token)) continue;
      if (res.status === 401) throw new UnauthenticatedError('NHN Cloud refused the token (expired or invalid); issue a new one with issueToken');
      throw errorFromResponse(res, { provider: 'NHN', service, resourceType: call.resourceType, resourceId: call.resourceId });
    }
  }

  /** Sends the call and parses the JSON answer. */
  async json<T>(service: NhnService, region: string, call: NhnCall): Promise<T> {
    return parseJson<T>(await this.raw(service, region, call), { provider: 'NHN', service });
  }
}
