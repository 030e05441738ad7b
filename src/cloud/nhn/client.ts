import { sendCall, type ApiCall } from '../authorized.js';
import { parseJson, type CallCounter, type Upstream, type UpstreamResponse } from '../http.js';
import type { TokenSource } from '../token-source.js';
import { segment, serviceRoot } from '../url.js';
import type { NhnEndpoints } from './provider-options.js';
import { NKS_REGIONS } from './regions.js';

/** NHN's services, named as in Hanul's endpoint configuration. */
export type NhnService = keyof Omit<NhnEndpoints, 'identity'>;

/**
 * Services whose paths carry the tenant: `/v2/{tenantId}/…`, and object storage's account
 * `/v1/AUTH_{storageTenantId}` (its client is made with the storage tenant; nhn-notes §1).
 */
const TENANT_PREFIX: Partial<Record<NhnService, string>> = { compute: '/v2/', volume: '/v2/', objectStorage: '/v1/AUTH_' };

const REFUSED = 'NHN Cloud refused the token (expired or invalid); issue a new one with issueToken';

/** One NHN API call (the shape every adapter shares). */
export type NhnCall = ApiCall;

/**
 * Sends NHN API calls for one tenant: builds the regional URL, adds the token, re-issues
 * the token once on 401 when it can, and turns error answers into Hanul's errors.
 */
export class NhnClient {
  constructor(
    private readonly upstream: Upstream,
    private readonly endpoints: NhnEndpoints,
    /** The configured regions: no other region ever reaches a URL. */
    private readonly regions: readonly string[],
    private readonly tokens: TokenSource,
    readonly tenantId: string,
    private readonly counter: CallCounter,
  ) {}

  /** Where `service` is offered: every configured region, NKS only in its own (nhn-nks §1.1). */
  private regionsOf(service: NhnService): readonly string[] {
    return service === 'kubernetes' ? this.regions.filter((r) => NKS_REGIONS.includes(r)) : this.regions;
  }

  /** Sends the call and returns the answer when it is 2xx; throws the mapped error otherwise. */
  async raw(service: NhnService, region: string, call: NhnCall): Promise<UpstreamResponse> {
    const root = serviceRoot(this.endpoints[service], { region }, this.regionsOf(service), 'NHN Cloud');
    const prefix = TENANT_PREFIX[service] ? `${TENANT_PREFIX[service]}${segment(this.tenantId)}` : '';
    return sendCall(this.upstream, this.tokens, { provider: 'NHN', service, root: `${root}${prefix}`, counter: this.counter, refused: REFUSED }, call);
  }

  /** Sends the call and parses the JSON answer. */
  async json<T>(service: NhnService, region: string, call: NhnCall): Promise<T> {
    return parseJson<T>(await this.raw(service, region, call), { provider: 'NHN', service });
  }
}
