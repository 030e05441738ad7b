import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { estimateUpstreamCalls } from '../domain/cost/estimate.js';
import { tenantOf, type BudgetState, type UpstreamBudget } from '../domain/cost/budget.js';
import type { HanulContext } from './context.js';
import { visibleRegions } from '../schema/region.js';

/** `extensions.cost` of every answer (Shopify's `extensions.cost` is the model). */
export interface CostReport {
  estimatedUpstreamCalls: number;
  actualUpstreamCalls: number;
  /** Null when the request never got as far as its tenant (it did not parse or validate), or Redis did not answer. */
  budget: { limit: number; remaining: number | null; resetAt: string } | null;
}

const budgetJson = (s: BudgetState) => ({ limit: s.limit, remaining: s.remaining, resetAt: s.resetAt.toISOString() });

type ResultWithExtensions = { extensions?: Record<string, unknown> };

/** A budget store that cannot answer (Redis down) lets the operation run: reads matter more than the count. */
async function orNull(read: Promise<BudgetState>): Promise<BudgetState | null> {
  try {
    return await read;
  } catch {
    return null;
  }
}

/**
 * Estimates each query's and mutation's upstream calls before it runs, refuses it with
 * RATE_LIMITED (HTTP 429, `retryAfter`) when the estimate exceeds what is left of its
 * tenant's minute, charges the calls it actually made after it ran (retries and the
 * clouds' own 429s included: each attempt is a call), and reports both on the answer.
 */
export function useUpstreamCost(budget: UpstreamBudget): Plugin<HanulContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as HanulContext;
      const tenant = tenantOf(ctx.sessions);
      const estimated = estimateUpstreamCalls(args.schema, args.document, args.variableValues ?? undefined, args.operationName, visibleRegions(ctx));
      const before = await orNull(budget.state(tenant));
      if (before && before.remaining !== null && estimated > before.remaining) {
        const retryAfter = Math.max(1, Math.ceil((before.resetAt.getTime() - budget.now()) / 1000));
        const cost: CostReport = { estimatedUpstreamCalls: estimated, actualUpstreamCalls: 0, budget: budgetJson(before) };
        const tooBig = estimated > before.limit;
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              tooBig
                ? `This operation is expected to make ${estimated} upstream calls, more than the tenant's ${before.limit} per minute: split it`
                : `This operation is expected to make ${estimated} upstream calls and the tenant has ${before.remaining} left this minute`,
              { extensions: { code: 'RATE_LIMITED', retryAfter, http: { status: 429, headers: { 'retry-after': String(retryAfter) } } } },
            ),
          ],
          extensions: { cost },
        });
        return;
      }
      return {
        async onExecuteDone({ result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return;
          const after = await orNull(budget.charge(tenant, ctx.counter.total));
          const cost: CostReport = { estimatedUpstreamCalls: estimated, actualUpstreamCalls: ctx.counter.total, budget: after && budgetJson(after) };
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
    // An answer that never executed (it did not parse or validate) made no call either.
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || Symbol.asyncIterator in result) return;
      const r = result as ResultWithExtensions;
      if (r.extensions?.cost) return;
      const cost: CostReport = { estimatedUpstreamCalls: 0, actualUpstreamCalls: 0, budget: null };
      setResult({ ...r, extensions: { ...r.extensions, cost } } as typeof result);
    },
  };
}
