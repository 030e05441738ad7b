import { sendCall, type ApiCall, type QueryValues } from '../authorized.js';
import { parseJson, type CallCounter, type Upstream, type UpstreamResponse } from '../http.js';
import type { TokenSource } from '../token-source.js';
import { segment, serviceRoot } from '../url.js';
import type { KakaoEndpoints } from './provider-options.js';

/** KakaoCloud's regional services, named as in their hosts (`{service}.{region}.kakaocloud.com`, kakaocloud §1.1). */
export type KakaoService = 'bcs' | 'volume' | 'image' | 'vpc' | 'network' | 'kubernetes-engine' | 'objectstorage';

/** One KakaoCloud API call (the shape every adapter shares). */
export type KakaoCall = ApiCall;

const REFUSED = 'KakaoCloud refused the token (expired or invalid); issue a new one with issueToken';

/** Offset paging (kakaocloud §1.4): the largest `limit` is not documented; this one is modest. */
const PAGE = 100;

interface Paged {
  pagination?: { total?: number } | null;
  [key: string]: unknown;
}

/**
 * Sends KakaoCloud API calls for one project: builds the regional URL, adds the token,
 * re-issues it once on 401 when it can, and turns error answers (`{"error":{"code",
 * "message"}}`, kakaocloud §1.5) into Hanul's errors. Any 2xx is a success, with or
 * without a body.
 */
export class KakaoClient {
  constructor(
    private readonly upstream: Upstream,
    private readonly endpoints: KakaoEndpoints,
    /** The configured regions: no other region ever reaches a URL. */
    private readonly regions: readonly string[],
    private readonly tokens: TokenSource,
    private readonly counter: CallCounter,
    /**
     * The project the token acts in (the object storage account). For a token the client
     * brought it also checks that the token belongs to the project the request claims, so
     * it runs before every call.
     */
    readonly project: () => Promise<string>,
  ) {}

  /** Sends the call and returns any 2xx answer; throws the mapped error otherwise. */
  async raw(service: KakaoService, region: string, call: KakaoCall): Promise<UpstreamResponse> {
    // The region is checked before the project: a forged one costs not even an IAM call.
    const root =
      service === 'objectstorage'
        ? serviceRoot(this.endpoints.objectStorage, { region }, this.regions, 'KakaoCloud')
        : serviceRoot(this.endpoints.service, { region, service }, this.regions, 'KakaoCloud');
    const project = await this.project();
    // Swift's account is the project id as it is, without `AUTH_` (kakaocloud §10).
    const account = service === 'objectstorage' ? `/v1/${segment(project)}` : '';
    return sendCall(this.upstream, this.tokens, { provider: 'KAKAO', service, root: `${root}${account}`, counter: this.counter, refused: REFUSED }, call);
  }

  /** Sends the call and parses its JSON answer. */
  async json<T>(service: KakaoService, region: string, call: KakaoCall): Promise<T> {
    return parseJson<T>(await this.raw(service, region, call), { provider: 'KAKAO', service });
  }

  /** Sends the call; the JSON answer when there is one (many actions and deletes answer with none). */
  async maybeJson<T>(service: KakaoService, region: string, call: KakaoCall): Promise<T | undefined> {
    const res = await this.raw(service, region, call);
    return res.text.trim() ? parseJson<T>(res, { provider: 'KAKAO', service }) : undefined;
  }

  /**
   * Every item of an offset-paged list (`{"<key>": [...], "pagination": {"total"}}`), page
   * by page until `total` is reached. Unpaged lists (Kubernetes Engine, volume types) answer
   * in one page without `pagination`.
   */
  async list<T>(service: KakaoService, region: string, path: string, key: string, query: QueryValues = {}): Promise<T[]> {
    const items: T[] = [];
    for (;;) {
      const body = await this.json<Paged>(service, region, { path, query: { ...query, limit: PAGE, offset: items.length } });
      const page = (Array.isArray(body[key]) ? body[key] : []) as T[];
      items.push(...page);
      const total = body.pagination?.total;
      if (page.length === 0 || (typeof total === 'number' ? items.length >= total : page.length < PAGE)) return items;
    }
  }
}
