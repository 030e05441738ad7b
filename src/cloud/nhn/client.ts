import type { NhnEndpoints } from '../../config.js';
import type { Dispatcher } from 'undici';
import { sendAuthorized, urlWithQuery, type QueryValues } from '../authorized.js';
import { parseJson, type CallCounter, type Upstream, type UpstreamResponse } from '../http.js';
import type { TokenSource } from '../token-source.js';

/** NHN's services, named as in Hanul's endpoint configuration. */
export type NhnService = keyof Omit<NhnEndpoints, 'identity'>;

/**
 * Services whose paths carry the tenant: `/v2/{tenantId}/…`, and object storage's account
 * `/v1/AUTH_{storageTenantId}` (its client is made with the storage tenant; nhn-notes §1).
 */
const TENANT_PREFIX: Partial<Record<NhnService, string>> = { compute: '/v2/', volume: '/v2/', objectStorage: '/v1/AUTH_' };

export interface NhnCall {
  method?: Dispatcher.HttpMethod;
  /** Path after the service root (and after `/v2/{tenantId}` for compute and volume, `/v1/AUTH_{tenant}` for object storage). */
  path: string;
  query?: QueryValues;
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
    return urlWithQuery(`${root}${prefix}`, path, query);
  }

  /** Sends the call and returns the answer when it is 2xx; throws the mapped error otherwise. */
  async raw(service: NhnService, region: string, call: NhnCall): Promise<UpstreamResponse> {
    return sendAuthorized(
      this.upstream,
      this.tokens,
      {
        provider: 'NHN',
        service,
        method: call.method ?? 'GET',
        url: this.url(service, region, call.path, call.query),
        headers: call.headers,
        body: call.body,
        counter: this.counter,
        resourceType: call.resourceType,
        resourceId: call.resourceId,
      },
      'NHN Cloud refused the token (expired or invalid); issue a new one with issueToken',
    );
  }

  /** Sends the call and parses the JSON answer. */
  async json<T>(service: NhnService, region: string, call: NhnCall): Promise<T> {
    return parseJson<T>(await this.raw(service, region, call), { provider: 'NHN', service });
  }
}
