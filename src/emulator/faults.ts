import { z } from 'zod';
import type { EmuResponse } from './router.js';

/**
 * Faults a test or a benchmark injects into the emulator through `/_emulator/faults`:
 * answer the next N matching requests with a status and body, with garbage, or late.
 */
export const faultRule = z.object({
  /** Substring of `METHOD /mount/path` the rule applies to, e.g. `GET /nhn/kr1/compute`. */
  match: z.string().default(''),
  status: z.number().int().min(100).max(599).default(500),
  body: z.string().optional(),
  contentType: z.string().default('application/json'),
  /** How many matching requests the rule answers before it is spent. */
  times: z.number().int().positive().default(1),
  /** Delay before answering (a timeout test sets it above the gateway's timeout). */
  delayMs: z.number().int().min(0).default(0),
  /** Answer 200 with a body that is not JSON. */
  garbage: z.boolean().default(false),
});
export type FaultRule = z.infer<typeof faultRule>;

export class Faults {
  private rules: FaultRule[] = [];
  /** Added before every answer: the network latency a benchmark simulates. */
  latencyMs = 0;

  add(rule: FaultRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules = [];
    this.latencyMs = 0;
  }

  /** Takes the first live rule matching the request, spending one of its uses. */
  take(method: string, path: string): FaultRule | undefined {
    const line = `${method} ${path}`;
    const rule = this.rules.find((r) => line.includes(r.match));
    if (!rule) return undefined;
    rule.times -= 1;
    if (rule.times <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule;
  }
}

export function faultResponse(rule: FaultRule): EmuResponse {
  if (rule.garbage) return { status: 200, body: '<html>gateway hiccup', headers: { 'content-type': 'application/json' } };
  return {
    status: rule.status,
    body: rule.body ?? JSON.stringify({ error: { code: rule.status, message: 'injected fault' } }),
    headers: { 'content-type': rule.contentType },
  };
}
