import { describe, expect, it } from 'vitest';
import { useStack } from './kit.js';

// Every second KakaoCloud request is refused with 429 (and Retry-After: 1).
const stack = useStack({ emulator: { injected429Rate: 0.5 } });

async function post(url: string, query: string): Promise<{ data?: any; errors?: unknown[]; extensions?: { cost?: any } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return res.json();
}

describe("the cloud's own 429s", () => {
  it('should count against the tenant budget: every refused attempt is an upstream call charged', { timeout: 30_000 }, async () => {
    const { hanul, emulator } = stack();
    const url = hanul.graphqlUrl;
    const before = emulator.requestCount();
    const answer = await post(url, '{ region(provider: KAKAO, name: "kr-central-2") { servers(first: 5) { totalCount } } }');
    expect(answer.errors).toBeUndefined();
    const cost = answer.extensions!.cost;
    // The server list was refused at least once and retried: more calls than estimated.
    expect(cost.estimatedUpstreamCalls).toBe(1);
    expect(cost.actualUpstreamCalls).toBeGreaterThan(1);
    expect(cost.actualUpstreamCalls).toBeLessThanOrEqual(emulator.requestCount() - before);
    const { rateLimit } = (await post(url, '{ rateLimit { used remaining limit } }')).data;
    expect(rateLimit.used).toBe(cost.actualUpstreamCalls);
    expect(rateLimit.remaining).toBe(rateLimit.limit - cost.actualUpstreamCalls);
  });
});
