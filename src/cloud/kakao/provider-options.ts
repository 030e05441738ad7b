import type { ProviderOptions, ProviderSettings } from '../provider-options.js';

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

/** The part of the adapter's options that src/config.ts maps the environment to. */
export type KakaoSettings = ProviderSettings<KakaoEndpoints, KakaoAccessKeyCredentials>;

export type KakaoProviderOptions = ProviderOptions<KakaoEndpoints, KakaoAccessKeyCredentials>;
