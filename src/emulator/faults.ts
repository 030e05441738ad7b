import { z } from 'zod';
import type { EmuResponse } from './router.js';

/**
 * Faults a test, a benchmark or a scenario file injects into the emulator through
 * `/_emulator/faults`. A rule either answers INSTEAD of the service (`answer`, `garbage`),
 * or lets the service APPLY the request and then loses its answer (`reset-after`,
 * `status-after`, `delay-after`): "created, but the answer was lost", as a dying proxy or
 * a dropped connection leaves it.
 */
export const faultKinds = ['answer', 'garbage', 'reset', 'reset-after', 'status-after', 'delay-after'] as const;
export type FaultKind = (typeof faultKinds)[number];

export const faultRule = z
  .object({
    /** Substring of `METHOD /mount/path` the rule applies to, e.g. `GET /nhn/kr1/compute`. */
    match: z.string().default(''),
    /** Only requests of this method (`POST`). */
    method: z.string().toUpperCase().optional(),
    /** Only this cloud. */
    cloud: z.enum(['nhn', 'kakao']).optional(),
    /** Only this service: `compute`, `network`, `identity` (NHN), `bcs`, `vpc`, `iam` (KakaoCloud), ... */
    service: z.string().optional(),
    /** Only this region (`kr2`, `kr-central-2`). */
    region: z.string().optional(),
    kind: z.enum(faultKinds).default('answer'),
    status: z.number().int().min(100).max(599).default(500),
    body: z.string().optional(),
    contentType: z.string().default('application/json'),
    /** Fire on the nth matching request only (1 = the first). */
    nth: z.number().int().positive().optional(),
    /** Fire on every nth matching request (5: the 5th, 10th, ...). */
    every: z.number().int().positive().optional(),
    /** How many times the rule fires before it is spent; default 1, unlimited with `every` or a time window. */
    times: z.number().int().positive().optional(),
    /** Delay before answering (`answer`), or before sending the real answer (`delay-after`). */
    delayMs: z.number().int().min(0).default(0),
    /** Answer 200 with a body that is not JSON (the same as `kind: "garbage"`). */
    garbage: z.boolean().default(false),
    /** Live from this many ms after the fault clock's epoch (the scenario's start) ... */
    fromMs: z.number().int().min(0).optional(),
    /** ... until this many ms after it. */
    untilMs: z.number().int().min(0).optional(),
  })
  .transform((r) => ({ ...r, kind: r.garbage ? ('garbage' as const) : r.kind }));
export type FaultRule = z.output<typeof faultRule>;

/** Where a request goes: `/nhn/{region}/{service}/…`, `/nhn/identity/…`, `/kakao/{service}/{region}/…`, `/kakao/iam/…`. */
export function requestTarget(path: string): { cloud?: 'nhn' | 'kakao'; service?: string; region?: string } {
  const [, cloud, a, b] = path.split('/');
  if (cloud === 'nhn') return a === 'identity' ? { cloud, service: 'identity' } : { cloud, region: a, service: b };
  if (cloud === 'kakao') return a === 'iam' ? { cloud, service: 'iam' } : { cloud, service: a, region: b };
  return {};
}

interface LiveRule {
  rule: FaultRule;
  seen: number;
  fired: number;
  limit: number;
}

/** A request limit per cloud, on the fault clock: above `perSecond` in one second, 429. */
export interface Throttle {
  cloud: 'nhn' | 'kakao';
  perSecond: number;
}

export class Faults {
  private rules: LiveRule[] = [];
  private throttles: Throttle[] = [];
  private readonly windowCounts = new Map<string, number>();
  /** Added before every answer: the network latency a benchmark simulates. */
  latencyMs = 0;
  /** Time origin of `fromMs`/`untilMs` and throttle windows: when the scenario was loaded. */
  epochMs: number;

  constructor(private readonly now: () => number = Date.now) {
    this.epochMs = now();
  }

  add(rule: FaultRule): void {
    const unlimited = rule.every !== undefined || rule.fromMs !== undefined || rule.untilMs !== undefined;
    this.rules.push({ rule: { ...rule }, seen: 0, fired: 0, limit: rule.times ?? (unlimited ? Infinity : 1) });
  }

  throttle(throttle: Throttle): void {
    this.throttles.push(throttle);
  }

  clear(): void {
    this.rules = [];
    this.throttles = [];
    this.windowCounts.clear();
    this.latencyMs = 0;
  }

  /** Restarts the fault clock: time windows count from now. */
  restartClock(): void {
    this.epochMs = this.now();
    this.windowCounts.clear();
  }

  /**
   * The first live rule matching the request that fires on it. Every matching rule counts
   * the request (for `nth`/`every`) whether or not it fires.
   */
  take(method: string, path: string): FaultRule | undefined {
    const line = `${method} ${path}`;
    const target = requestTarget(path);
    const elapsed = this.now() - this.epochMs;
    let chosen: LiveRule | undefined;
    for (const live of this.rules) {
      const r = live.rule;
      if (!line.includes(r.match)) continue;
      if ((r.method && r.method !== method) || (r.cloud && r.cloud !== target.cloud)) continue;
      if ((r.service && r.service !== target.service) || (r.region && r.region !== target.region)) continue;
      if ((r.fromMs !== undefined && elapsed < r.fromMs) || (r.untilMs !== undefined && elapsed >= r.untilMs)) continue;
      live.seen += 1;
      const fires = r.nth !== undefined ? live.seen === r.nth : r.every !== undefined ? live.seen % r.every === 0 : true;
      if (fires && !chosen) chosen = live;
    }
    if (!chosen) return undefined;
    chosen.fired += 1;
    if (chosen.fired >= chosen.limit || (chosen.rule.nth !== undefined && chosen.seen >= chosen.rule.nth)) {
      this.rules = this.rules.filter((r) => r !== chosen);
    }
    return chosen.rule;
  }

  /** Whether a throttle refuses this request (counted per cloud per second of the fault clock). */
  throttled(path: string): boolean {
    const { cloud } = requestTarget(path);
    const limit = this.throttles.find((t) => t.cloud === cloud);
    if (!limit || !cloud) return false;
    const key = `${cloud}:${Math.floor((this.now() - this.epochMs) / 1000)}`;
    const count = (this.windowCounts.get(key) ?? 0) + 1;
    if (this.windowCounts.size > 64) this.windowCounts.clear();
    this.windowCounts.set(key, count);
    return count > limit.perSecond;
  }
}

/** What a fault answers instead of (or in place of) the service's answer. */
export function faultResponse(rule: FaultRule): EmuResponse {
  if (rule.kind === 'garbage') return { status: 200, body: '<html>gateway hiccup', headers: { 'content-type': 'application/json' } };
  if (rule.kind === 'status-after' && rule.body === undefined) {
    // What a load balancer in front of the API answers when the backend's reply is lost.
    return { status: rule.status, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } };
  }
  return {
    status: rule.status,
    body: rule.body ?? JSON.stringify({ error: { code: rule.status, message: 'injected fault' } }),
    headers: { 'content-type': rule.contentType },
  };
}

/** True for the kinds that let the service apply the request first. */
export function appliesFirst(rule: FaultRule): boolean {
  return rule.kind === 'reset-after' || rule.kind === 'status-after' || rule.kind === 'delay-after';
}
