import { request, type Dispatcher } from 'undici';
import { DEMO_NHN } from '../src/emulator/seed.js';
import { FLEET_REGION } from './fleet.js';

/** NHN services as the emulator mounts them under `/nhn/{region}/…`. */
export type NhnService = 'compute' | 'image' | 'network' | 'kubernetes';

/** NKS wants its API version named (nhn-nks.md). */
const NKS_HEADERS = { 'openstack-api-version': 'container-infra latest' };

/**
 * A plain REST client of the NHN APIs (as served by the emulator) for the demo tenant in
 * kr1: one token issued up front and reused, every call a bare HTTP request on the given
 * undici dispatcher. It counts the round trips it makes.
 */
export class NhnRest {
  /** HTTP requests sent so far, the token's included. */
  calls = 0;
  private token = '';

  constructor(
    private readonly emulatorUrl: string,
    private readonly dispatcher: Dispatcher,
  ) {}

  /** Issues the token every later call reuses. */
  async login(): Promise<this> {
    const body = await this.send<{ access: { token: { id: string } } }>('POST', `${this.emulatorUrl}/nhn/identity/v2.0/tokens`, {
      auth: { tenantId: DEMO_NHN.tenantId, passwordCredentials: { username: DEMO_NHN.username, password: DEMO_NHN.password } },
    });
    this.token = body.access.token.id;
    return this;
  }

  /** `X-Auth-Token`, for callers that drive the emulator themselves (autocannon). */
  get authToken(): string {
    return this.token;
  }

  /** The URL of `path` on a service; compute paths carry the tenant (`/v2/{tenant}`). */
  url(service: NhnService, path: string): string {
    const root = `${this.emulatorUrl}/nhn/${FLEET_REGION}/${service}`;
    return service === 'compute' ? `${root}/v2/${DEMO_NHN.tenantId}${path}` : `${root}${path}`;
  }

  get<T>(service: NhnService, path: string): Promise<T> {
    return this.send<T>('GET', this.url(service, path), undefined, service === 'kubernetes' ? NKS_HEADERS : {});
  }

  post<T>(service: NhnService, path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', this.url(service, path), body);
  }

  private async send<T>(method: Dispatcher.HttpMethod, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    this.calls += 1;
    const res = await request(url, {
      method,
      dispatcher: this.dispatcher,
      headers: { accept: 'application/json', 'x-auth-token': this.token, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${text.slice(0, 200)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
