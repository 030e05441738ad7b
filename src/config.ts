import { z } from 'zod';
import { readManifest } from './server/trusted-documents.js';
import { isRegionName } from './cloud/url.js';
import type { KakaoSettings } from './cloud/kakao/provider-options.js';
import type { NhnSettings } from './cloud/nhn/provider-options.js';

/**
 * Hanul's whole configuration, parsed once from the environment at start-up. Every
 * problem is reported together; nothing else in Hanul reads `process.env` (the standalone
 * emulator, `npm run emulator`, reads its own few settings).
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
  /** Milliseconds to wait for in-flight requests on SIGTERM. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
});

/** What a client may send, checked before the work starts (see the README's "Security"). */
const limitsModel = z.object({
  /** Request body bytes (document + variables): room for putObject's 5 MiB as base64. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** Characters of one GraphQL document, checked before it is parsed. */
  MAX_DOCUMENT_CHARS: z.coerce.number().int().min(256).default(32 * 1024),
  /** Lexical tokens of one document (graphql-js stops parsing past it). */
  MAX_TOKENS: z.coerce.number().int().min(16).default(3000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(1).default(50),
  /** Estimated cost of one operation: each field 1, lists multiplied by their page size. */
  MAX_COST: z.coerce.number().int().min(100).default(1_000_000),
  /** Ids one `nodes(ids:)` takes. */
  MAX_NODES_IDS: z.coerce.number().int().min(1).default(100),
  /** An operation still running after this is cut, with its upstream calls. */
  EXECUTION_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Bytes the parsed-document cache may hold (an estimate: 20 bytes of AST per character). */
  DOCUMENT_CACHE_BYTES: z.coerce.number().int().min(0).default(64 * 1024 * 1024),
});

const tristate = z.enum(['auto', 'true', 'false']);

const exposureModel = z.object({
  /** Browser origins allowed to call Hanul (CORS and WebSocket); none by default. `*` is refused. */
  CORS_ORIGINS: csv
    .default([])
    .refine((origins) => origins.every((o) => /^https?:\/\/[^/]+$/.test(o)), 'each origin is scheme://host[:port], without a path or *'),
  /** Schema introspection and "Did you mean" suggestions; `auto`: on unless NODE_ENV=production (always on in demo mode). */
  INTROSPECTION: tristate.default('auto'),
  FIELD_SUGGESTIONS: tristate.default('auto'),
  NODE_ENV: z.string().default('development'),
  /** Serve /metrics on this port instead of the GraphQL port (e.g. bound to a private interface with METRICS_HOST). */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  /** When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
});

const demoModel = z.object({
  /** `auto`: run the embedded emulator with demo credentials when no cloud credentials are set. */
  HANUL_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Length of one asynchronous transition in the embedded emulator. */
  EMULATOR_TRANSITION_MS: z.coerce.number().int().min(0).default(1500),
  /** A file or folder where the embedded emulator keeps its state across restarts; unset: memory only. */
  EMULATOR_STATE: z.string().min(1).optional(),
  /** A fault scenario file (JSON, src/emulator/scenario.ts) the embedded emulator loads at start. */
  EMULATOR_SCENARIO: z.string().optional(),
});

const upstreamModel = z.object({
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Retries of safe (GET/HEAD/PUT/DELETE) upstream calls on 429, 5xx and connection errors. */
  UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  UPSTREAM_RETRY_MIN_MS: z.coerce.number().int().min(0).default(200),
  /** A successful GET also answers identical reads (same URL and token) for this long; writes through Hanul clear it. 0: shared only in flight. */
  UPSTREAM_FRESH_READS_MS: z.coerce.number().int().min(0).max(60_000).default(0),
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
  /** How often a subscriber's own token is re-checked (and no later than its known expiry). */
  WATCH_CREDENTIAL_CHECK_MS: z.coerce.number().int().positive().default(60_000),
});

const budgetModel = z.object({
  /** Upstream calls one tenant may make per minute, fleet-wide with REDIS_URL; 0: unlimited. */
  TENANT_UPSTREAM_BUDGET_PER_MINUTE: z.coerce.number().int().min(0).default(6000),
});

/** `k1=v1,k2=v2` (the OTLP headers format) as a record. */
const keyValues = z.string().transform((s) =>
  Object.fromEntries(
    s
      .split(',')
      .map((pair) => pair.split('=').map((p) => decodeURIComponent(p.trim())))
      .filter(([k, v]) => k && v !== undefined),
  ),
);

const tracingModel = z.object({
  /** OTLP/HTTP collector root (`/v1/traces` follows); tracing is off when unset. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** Headers the collector wants (an API key), `k=v,k2=v2`. */
  OTEL_EXPORTER_OTLP_HEADERS: keyValues.default({}),
  OTEL_SERVICE_NAME: z.string().min(1).default('hanul'),
});

const trustedDocumentsModel = z.object({
  /** Unset: `only` when NODE_ENV=production outside demo mode, else `allow` with a manifest and `off` without. */
  TRUSTED_DOCUMENTS: z.enum(['off', 'allow', 'only']).optional(),
  /** The persisted-documents.json (hash → document) the clients' codegen writes. */
  TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).optional(),
});

const envModel = serverModel
  .and(limitsModel)
  .and(exposureModel)
  .and(demoModel)
  .and(upstreamModel)
  .and(nhnModel)
  .and(kakaoModel)
  .and(watchModel)
  .and(tracingModel)
  .and(trustedDocumentsModel)
  .and(budgetModel);
export type Env = z.infer<typeof envModel>;

export interface Config {
  server: { port: number; host: string; logLevel: Env['LOG_LEVEL']; graphiql: boolean; shutdownGraceMs: number };
  limits: Limits;
  exposure: Exposure;
  demo: { mode: 'auto' | 'true' | 'false'; transitionMs: number; statePath?: string | undefined; scenario?: string };
  upstream: { timeoutMs: number; retries: number; retryMinMs: number; freshReadsMs: number; tokenRefreshMarginMs: number };
  nhn: NhnSettings;
  kakao: KakaoSettings;
  watch: { redisUrl?: string; fastIntervalMs: number; slowIntervalMs: number; credentialCheckMs: number };
  tracing: { otlpEndpoint?: string; otlpHeaders: Record<string, string>; serviceName: string };
  /** Which documents run: any (`off`), any or a known one by hash (`allow`), only known ones by hash (`only`). */
  trustedDocuments: { mode: TrustedDocumentsMode; documents: ReadonlyMap<string, string> };
  /** Upstream calls per tenant per minute (0: unlimited). */
  budget: { perMinute: number; /** Tests inject a clock so a minute's window is theirs. */ now?: () => number };
}

export interface Limits {
  maxBodyBytes: number;
  maxDocumentChars: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  maxNodesIds: number;
  executionTimeoutMs: number;
  documentCacheBytes: number;
}

export interface Exposure {
  corsOrigins: string[];
  /** `auto` is decided with the demo mode by `exposes()`. */
  introspection: 'auto' | 'true' | 'false';
  fieldSuggestions: 'auto' | 'true' | 'false';
  production: boolean;
  metrics: { port?: number; host: string; token?: string };
}

export class ConfigError extends Error {}

export type TrustedDocumentsMode = 'off' | 'allow' | 'only';

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
  const config: Config = {
    server: {
      port: e.PORT,
      host: e.HOST,
      logLevel: e.LOG_LEVEL,
      graphiql: e.GRAPHIQL,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    },
    limits: {
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxDocumentChars: e.MAX_DOCUMENT_CHARS,
      maxTokens: e.MAX_TOKENS,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxNodesIds: e.MAX_NODES_IDS,
      executionTimeoutMs: e.EXECUTION_TIMEOUT_MS,
      documentCacheBytes: e.DOCUMENT_CACHE_BYTES,
    },
    exposure: {
      corsOrigins: e.CORS_ORIGINS,
      introspection: e.INTROSPECTION,
      fieldSuggestions: e.FIELD_SUGGESTIONS,
      production: e.NODE_ENV === 'production',
      metrics: { port: e.METRICS_PORT, host: e.METRICS_HOST, token: e.METRICS_TOKEN },
    },
    demo: { mode: e.HANUL_DEMO, transitionMs: e.EMULATOR_TRANSITION_MS, statePath: e.EMULATOR_STATE, scenario: e.EMULATOR_SCENARIO },
    upstream: {
      timeoutMs: e.UPSTREAM_TIMEOUT_MS,
      retries: e.UPSTREAM_RETRIES,
      retryMinMs: e.UPSTREAM_RETRY_MIN_MS,
      freshReadsMs: e.UPSTREAM_FRESH_READS_MS,
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
    watch: { redisUrl: e.REDIS_URL, fastIntervalMs: e.WATCH_FAST_INTERVAL_MS, slowIntervalMs: e.WATCH_SLOW_INTERVAL_MS, credentialCheckMs: e.WATCH_CREDENTIAL_CHECK_MS },
    tracing: { otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, otlpHeaders: e.OTEL_EXPORTER_OTLP_HEADERS, serviceName: e.OTEL_SERVICE_NAME },
    trustedDocuments: { mode: 'off', documents: new Map() },
    budget: { perMinute: e.TENANT_UPSTREAM_BUDGET_PER_MINUTE },
  };
  // Safe by default in production; the demo's GraphiQL runs any document.
  const mode = e.TRUSTED_DOCUMENTS ?? (e.NODE_ENV === 'production' && !isDemo(config) ? 'only' : e.TRUSTED_DOCUMENTS_MANIFEST ? 'allow' : 'off');
  if (mode !== 'off' && !e.TRUSTED_DOCUMENTS_MANIFEST) {
    throw new ConfigError(
      `Invalid configuration:\n  TRUSTED_DOCUMENTS is ${mode}${e.TRUSTED_DOCUMENTS ? '' : ' (the default with NODE_ENV=production)'}: set TRUSTED_DOCUMENTS_MANIFEST to the persisted-documents.json of your clients, or TRUSTED_DOCUMENTS=off to run any document`,
    );
  }
  if (e.TRUSTED_DOCUMENTS_MANIFEST) {
    try {
      config.trustedDocuments = { mode, documents: readManifest(e.TRUSTED_DOCUMENTS_MANIFEST) };
    } catch (err) {
      throw new ConfigError(`Invalid configuration:\n  TRUSTED_DOCUMENTS_MANIFEST: ${(err as Error).message}`);
    }
  }
  return config;
}

/** True when Hanul should start the embedded emulator and use its demo credentials. */
export function isDemo(config: Config): boolean {
  if (config.demo.mode !== 'auto') return config.demo.mode === 'true';
  return !config.nhn.credentials && !config.kakao.credentials;
}

/**
 * Whether introspection or field suggestions are on: a setting, or (`auto`) on in demo
 * mode and outside production, off in production.
 */
export function exposes(setting: Exposure['introspection'], config: Config): boolean {
  if (setting !== 'auto') return setting === 'true';
  return isDemo(config) || !config.exposure.production;
}
