import type { Plugin } from 'graphql-yoga';
import { OperationTimeoutError } from '../cloud/errors.js';
import type { HanulContext } from '../schema/context.js';

/**
 * Cuts a query or mutation that runs longer than `ms`: its pending upstream calls are
 * aborted and new ones fail at once, so the fields still waiting resolve to
 * EXECUTION_TIMEOUT errors and the answer goes out with whatever was done.
 * Subscriptions are long-lived by design and not cut.
 */
export function useExecutionTimeout(ms: number): Plugin<HanulContext> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as HanulContext;
      const timer = setTimeout(() => ctx.counter.cut(new OperationTimeoutError(`The operation ran longer than ${ms} ms and was stopped`)), ms);
      return { onExecuteDone: () => clearTimeout(timer) };
    },
  };
}
