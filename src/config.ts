import { z } from 'zod';
import { isRegionName } from './cloud/url.js';

/**
 * Hanul's whole configuration, parsed once from the environment at start-up. Every
 * problem is reported together; nothing else reads `process.env`.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const csv = z.string().transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean));

/** Region names go into upstream hosts: only names spelled like the clouds' (`kr1`, `kr-central-2`). */
const regionList = csv.refine((names) => names.every(isRegionName), 'must be region names like kr1 or kr-central-2, comma-separated');

const serverModel = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHIQL: bool.default(true),
  /** Reject operations nested deeper than this (cost guard). */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  /** Seconds to wait for in-flight requests on SIGTERM. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
});

const demoModel = z.object({
  /** `auto`: run the embedded emulator with demo credentials when no cloud credentials are set. */
  HANUL_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Length of one asynchronous transition in the embedded emulator. */
  EMULATOR_TRANSITION_MS: z.coerce.number().int().min(0).default(1500),
});

const upstreamModel = z.object({
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Retries of safe (GET/HEAD/PUT/DELETE) upstream calls on 429, 5xx and connection errors. */
  UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  UPSTREAM_RETRY_MIN_MS: z.coerce.number().int().min(0).default(200),
  /** Renew a server-held token this long before it expires. */
  TOKEN_REFRESH_MARGIN_MS: z.coerce.number().int().min(0).default(5 * 60_000),
});

const nhnModel = z.object({
  NHN_TENANT_ID: z.string().optional(),
  NHN_USERNAME: z.string().optional(),
  NHN_API_PASSWORD: z.string().optional(),
  NHN_STORAGE_TENANT_ID: z.string().optional(),
  NHN_REGIONS: regionList.default(['kr1', 'kr2', 'kr3', 'jp1', 'us1']),
  NHN_IDENTITY_URL: z.url().default('https://api-identity-infrastructure.nhncloudservice.com/v2.0'),
  /** Per-service URL templates; `{region}` is replaced by the region name. */
  NHN_COMPUTE_URL: z.string().default('https://{region}-api-instance-infrastructure.nhncloudservice.com'),
  NHN_IMAGE_URL: z.string().default('https://{region}-api-image-infrastructure.nhncloudservice.com'),
  NHN_NETWORK_URL: z.string().default('https://{region}-api-network-infrastructure.nhncloudservice.com'),
  NHN_VOLUME_URL: z.string().default('https://{region}-api-block-storage-infrastructure.nhncloudservice.com'),
  NHN_OBJECT_STORAGE_URL: z.string().default('https://{region}-api-object-storage.nhncloudservice.com'),
  NHN_KUBERNETES_URL: z.string().default('https://{region}-api-kubernetes-infrastructure.nhncloudservice.com'),
});

/** A URL template must name the placeholders it is filled with. */
const template = (...placeholders: string[]) =>
  z.string().refine((t) => placeholders.every((p) => t.includes(p)), `must contain ${placeholders.join(' and ')}`);

const kakaoModel = z.object({
  /** IAM access key (kakaocloud §2.1): the id and its secret, set together. */
  KAKAO_ACCESS_KEY_ID: z.string().optional(),
  KAKAO_ACCESS_KEY_SECRET: z.string().optional(),
  /** The access key's project; learned from the first token when unset. */
  KAKAO_PROJECT_ID: z.string().optional(),
  KAKAO_REGIONS: regionList.default(['kr-central-2']),
  KAKAO_IAM_URL: z.url().default('https://iam.kakaocloud.com'),
  /** Every regional service (bcs, volume, image, vpc, network, kubernetes-engine); `{service}` and `{region}` are filled in. */
  KAKAO_SERVICE_URL: template('{service}', '{region}').default('https://{service}.{region}.kakaocloud.com'),
  /** Object storage (Swift under `/v1/{project id}`); `{region}` is filled in. */
  KAKAO_OBJECT_STORAGE_URL: template('{region}').default('https://objectstorage.{region}.kakaocloud.com'),
});

const watchModel = z.object({
  REDIS_URL: z.string().optional(),
  /** Poll interval while something watched is in a transitional state. */
  WATCH_FAST_INTERVAL_MS: z.coerce.number().int().positive().default(1000),
  /** Poll interval when everything watched is settled. */
  WATCH_SLOW_INTERVAL_MS: z.coerce.number().int().positive().default(10_000),
});

const benchModel = z.object({
  /**
   * Bench only (`npm run bench`): the naive baseline Hanul is measured against. Switches
   * off the per-operation list memo and batched loading, so every field and object costs
   * its own upstream call. Never set it in production.
   */
  HANUL_BENCH_NAIVE: bool.default(false),
});

const envModel = serverModel.and(demoModel).and(upstreamModel).and(nhnModel).and(kakaoModel).and(watchModel).and(benchModel);
export type Env = z.infer<typeof envModel>;

export interface NhnPasswordCredentials {
  tenantId: string;
  username: string;
  password: string;
  storageTenantId?: string;
}

export interface NhnEndpoints {
  identity: string;
  compute: string;
  image: string;
  network: string;
  volume: string;
  objectStorage: string;
  kubernetes: string;
}

/** A KakaoCloud IAM access key: id and secret, and the project it belongs to when known. */
export interface KakaoAccessKeyCredentials {
  accessKeyId: string;
  secret: string;
  projectId?: string;
}

export interface KakaoEndpoints {
  /** Global IAM root (`/identity/v3/...` follows). */
  iam: string;
  /** Template of every regional service root, with `{service}` and `{region}`. */
  service: string;
  /** Template of the object storage root, with `{region}`. */
  objectStorage: string;
}

export interface Config {
  server: { port: number; host: string; logLevel: Env['LOG_LEVEL']; graphiql: boolean; maxQueryDepth: number; shutdownGraceMs: number };
  demo: { mode: 'auto' | 'true' | 'false'; transitionMs: number };
  upstream: { timeoutMs: number; retries: number; retryMinMs: number; tokenRefreshMarginMs: number };
  nhn: { regions: string[]; endpoints: NhnEndpoints; credentials?: NhnPasswordCredentials };
  kakao: { regions: string[]; endpoints: KakaoEndpoints; credentials?: KakaoAccessKeyCredentials };
  watch: { redisUrl?: string; fastIntervalMs: number; slowIntervalMs: number };
  /** Bench only: `naive` is the unbatched, unmemoised baseline of `npm run bench`. */
  bench: { naive: boolean };
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envModel.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const nhnCredParts = [e.NHN_TENANT_ID, e.NHN_USERNAME, e.NHN_API_PASSWORD];
  if (nhnCredParts.some(Boolean) && !nhnCredParts.every(Boolean)) {
    throw new ConfigError('Invalid configuration:\n  NHN_TENANT_ID, NHN_USERNAME and NHN_API_PASSWORD must be set together');
  }
  if (Boolean(e.KAKAO_ACCESS_KEY_ID) !== Boolean(e.KAKAO_ACCESS_KEY_SECRET)) {
    throw new ConfigError('Invalid configuration:\n  KAKAO_ACCESS_KEY_ID and KAKAO_ACCESS_KEY_SECRET must be set together');
  }
  return {
    server: {
      port: e.PORT,
      host: e.HOST,
      logLevel: e.LOG_LEVEL,
      graphiql: e.GRAPHIQL,
      maxQueryDepth: e.MAX_QUERY_DEPTH,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    },
    demo: { mode: e.HANUL_DEMO, transitionMs: e.EMULATOR_TRANSITION_MS },
    upstream: {
      timeoutMs: e.UPSTREAM_TIMEOUT_MS,
      retries: e.UPSTREAM_RETRIES,
      retryMinMs: e.UPSTREAM_RETRY_MIN_MS,
      tokenRefreshMarginMs: e.TOKEN_REFRESH_MARGIN_MS,
    },
    nhn: {
      regions: e.NHN_REGIONS,
      endpoints: {
        identity: e.NHN_IDENTITY_URL,
        compute: e.NHN_COMPUTE_URL,
        image: e.NHN_IMAGE_URL,
        network: e.NHN_NETWORK_URL,
        volume: e.NHN_VOLUME_URL,
        objectStorage: e.NHN_OBJECT_STORAGE_URL,
        kubernetes: e.NHN_KUBERNETES_URL,
      },
      credentials:
        e.NHN_TENANT_ID && e.NHN_USERNAME && e.NHN_API_PASSWORD
          ? { tenantId: e.NHN_TENANT_ID, username: e.NHN_USERNAME, password: e.NHN_API_PASSWORD, storageTenantId: e.NHN_STORAGE_TENANT_ID }
          : undefined,
    },
    kakao: {
      regions: e.KAKAO_REGIONS,
      endpoints: { iam: e.KAKAO_IAM_URL, service: e.KAKAO_SERVICE_URL, objectStorage: e.KAKAO_OBJECT_STORAGE_URL },
      credentials:
        e.KAKAO_ACCESS_KEY_ID && e.KAKAO_ACCESS_KEY_SECRET
          ? { accessKeyId: e.KAKAO_ACCESS_KEY_ID, secret: e.KAKAO_ACCESS_KEY_SECRET, projectId: e.KAKAO_PROJECT_ID }
          : undefined,
    },
    watch: { redisUrl: e.REDIS_URL, fastIntervalMs: e.WATCH_FAST_INTERVAL_MS, slowIntervalMs: e.WATCH_SLOW_INTERVAL_MS },
    bench: { naive: e.HANUL_BENCH_NAIVE },
  };
}

/** True when Hanul should start the embedded emulator and use its demo credentials. */
export function isDemo(config: Config): boolean {
  if (config.demo.mode !== 'auto') return config.demo.mode === 'true';
  return !config.nhn.credentials && !config.kakao.credentials;
}
