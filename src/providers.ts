import { createUpstream } from './cloud/http.js';
import { KakaoProvider } from './cloud/kakao/provider.js';
import type { ProviderName } from './cloud/model.js';
import { NhnProvider } from './cloud/nhn/provider.js';
import type { CloudProvider } from './cloud/provider.js';
import type { Config } from './config.js';
import type { Metrics } from './metrics.js';

/** Both clouds' adapters, sharing one upstream connection pool. */
export interface Providers {
  readonly byName: ReadonlyMap<ProviderName, CloudProvider>;
  /** Closes the connection pool; the server calls it once its requests in flight are answered. */
  close(): Promise<void>;
}

/**
 * Builds the NHN and KakaoCloud adapters from their settings, on one undici pool whose
 * calls count into `metrics`. Both are always built: without server-held credentials an
 * adapter still serves the tokens clients bring.
 */
export function createProviders(config: Pick<Config, 'upstream' | 'nhn' | 'kakao'>, metrics: Metrics): Providers {
  const upstream = createUpstream(config.upstream, metrics);
  const tokenRefreshMarginMs = config.upstream.tokenRefreshMarginMs;
  return {
    byName: new Map<ProviderName, CloudProvider>([
      ['NHN', new NhnProvider({ ...config.nhn, upstream, tokenRefreshMarginMs })],
      ['KAKAO', new KakaoProvider({ ...config.kakao, upstream, tokenRefreshMarginMs })],
    ]),
    close: () => upstream.agent.close(),
  };
}
