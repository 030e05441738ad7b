import { measureCostAccuracy, type CostSample } from '../cost-accuracy.js';
import type { Dashboard } from '../dashboard.js';
import type { HanulProcess } from '../processes.js';
import { progress } from '../progress.js';

/**
 * Estimated (`extensions.cost.estimatedUpstreamCalls`, computed before the operation ran)
 * against actual upstream calls for the bench's dashboard and each README example, on
 * the fleet the sections before left. The README's Create builds one server.
 */
export async function runCostAccuracy(hanul: HanulProcess, dashboard: Dashboard): Promise<CostSample[]> {
  progress('cost estimate accuracy');
  return measureCostAccuracy(hanul.graphqlUrl, dashboard.query);
}
