import type { Faults } from './faults.js';
import type { KakaoCloud } from './kakao/state.js';
import type { NhnCloud } from './nhn/state.js';
import type { Scheduler } from './scheduler.js';

/** What every emulated service shares: its own URLs, the clock, timers, faults and state. */
export interface EmulatorContext {
  /** `http://127.0.0.1:{port}`: the emulator's root. */
  readonly baseUrl: string;
  /** NHN identity endpoint (ends in `/v2.0`), as the service catalog publishes it. */
  readonly nhnIdentityUrl: string;
  /** Root URL of one NHN service in one region, e.g. `{baseUrl}/nhn/kr1/compute`. */
  nhnServiceUrl(region: string, service: string): string;
  readonly scheduler: Scheduler;
  readonly faults: Faults;
  readonly nhn: NhnCloud;
  /**
   * Root URL of one KakaoCloud service, standing for `https://{service}.{region}.kakaocloud.com`:
   * `{baseUrl}/kakao/{service}/{region}` (region defaults to kr-central-2), or
   * `{baseUrl}/kakao/iam` for the global IAM.
   */
  kakaoServiceUrl(service: string, region?: string): string;
  readonly kakao: KakaoCloud;
  /** The emulator clock's time (the one `scheduler` waits on). */
  now(): Date;
}
