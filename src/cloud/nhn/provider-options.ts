import type { ProviderOptions, ProviderSettings } from '../provider-options.js';

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

/** The part of the adapter's options that src/config.ts maps the environment to. */
export type NhnSettings = ProviderSettings<NhnEndpoints, NhnPasswordCredentials>;

export type NhnProviderOptions = ProviderOptions<NhnEndpoints, NhnPasswordCredentials>;
