import type { Upstream } from '../http.js';

/** KakaoCloud's service roots. */
export interface KakaoEndpoints {
  /** Global IAM root (`/identity/v3/...` follows). */
  iam: string;
  /** Template of every regional service root, with `{service}` and `{region}`. */
  service: string;
  /** Template of the object storage root, with `{region}`. */
  objectStorage: string;
}

/** A KakaoCloud IAM access key: id and secret, and the project it belongs to when known. */
export interface KakaoAccessKeyCredentials {
  accessKeyId: string;
  secret: string;
  projectId?: string;
}

/** What the KakaoCloud adapter is built with; src/config.ts maps the environment to the settings part. */
export interface KakaoProviderOptions {
  upstream: Upstream;
  endpoints: KakaoEndpoints;
  regions: string[];
  credentials?: KakaoAccessKeyCredentials;
  /** Renew a server-held token this long before it expires. */
  tokenRefreshMarginMs: number;
}
