import { describe, expect, it } from 'vitest';
import { measureCostAccuracy, ratio, readmeOperations } from '../../bench/cost-accuracy.js';
import { dashboardQuery } from '../../bench/dashboard.js';
import { useStack } from './kit.js';

const stack = useStack();

describe('upstream cost estimate', () => {
  it('should estimate the dashboard and every README example within 20 % of the calls they make', { timeout: 60_000 }, async () => {
    const { hanul } = stack();
    expect([...readmeOperations().keys()]).toEqual(['Dashboard', 'Catalog', 'Create', 'Stop']);
    const samples = await measureCostAccuracy(hanul.graphqlUrl, (await dashboardQuery(hanul.graphqlUrl)).query);
    expect(samples.map((s) => s.name)).toEqual(['bench dashboard', 'Dashboard', 'Catalog', 'Create', 'Stop']);
    for (const s of samples) {
      expect(s.actual, s.name).toBeGreaterThan(0);
      expect(Math.abs(s.estimated - s.actual), `${s.name}: estimated ${s.estimated}, actual ${s.actual}`).toBeLessThanOrEqual(0.2 * s.actual);
      expect(ratio(s)).toBeGreaterThan(0);
    }
  });
});
