import type { Upstream } from '../http.js';

/** NHN's service roots: identity's URL, and per-service URL templates with `{region}`. */
export interface NhnEndpoints {
  identity: string;
  compute: string;
  image: string;
  network: string;
  volume: string;
  objectStorage: string;
  kubernetes: string;
}

/** Server-held NHN credentials: the tenant, a user and its API password (and the object-storage tenant, when it has its own). */
export interface NhnPasswordCredentials {
  tenantId: string;
  username: string;
  password: string;
  storageTenantId?: string;
}

/** What the NHN adapter is built with; src/config.ts maps the environment to the settings part. */
export interface NhnProviderOptions {
  upstream: Upstream;
  endpoints: NhnEndpoints;
  regions: string[];
  credentials?: NhnPasswordCredentials;
  /** Renew a server-held token this long before it expires. */
  tokenRefreshMarginMs: number;
}
