import type { Upstream } from './http.js';

/** What the configuration says about one cloud: where its APIs are, which regions, and the server-held credentials if any. */
export interface ProviderSettings<Endpoints, Credentials> {
  endpoints: Endpoints;
  regions: string[];
  credentials?: Credentials;
}

/** What an adapter is built with: its settings, and the HTTP layer the composition root shares between adapters. */
export interface ProviderOptions<Endpoints, Credentials> extends ProviderSettings<Endpoints, Credentials> {
  upstream: Upstream;
  /** Renew a server-held token this long before it expires. */
  tokenRefreshMarginMs: number;
}
