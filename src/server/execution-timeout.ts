import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { OperationTimeoutError } from '../cloud/errors.js';
import { toGraphQLError } from '../schema/errors.js';
import type { HanulContext } from './context.js';

/** How long fields get, once their upstream calls are cut, to settle with errors before the answer goes out regardless. */
const SETTLE_MS = 100;

/**
 * Cuts a query or mutation that runs longer than `ms`: its pending upstream calls are
 * aborted and new ones fail at once, so the fields still waiting resolve to
 * EXECUTION_TIMEOUT errors beside what was done. If something still waits (a shared
 * token being issued), the answer goes out shortly after with the timeout error alone.
 * Subscriptions are long-lived by design and not cut.
 */
export function useExecutionTimeout(ms: number): Plugin<HanulContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const ctx = args.contextValue as HanulContext;
        const error = new OperationTimeoutError(`The operation ran longer than ${ms} ms and was stopped`);
        let backstop: NodeJS.Timeout | undefined;
        const timer = setTimeout(() => ctx.counter.cut(error), ms);
        const late = new Promise<ExecutionResult>((resolve) => {
          backstop = setTimeout(() => resolve({ data: null, errors: [toGraphQLError(error)!] }), ms + SETTLE_MS);
        });
        try {
          return await Promise.race([executeFn(args) as Promise<ExecutionResult>, late]);
        } finally {
          clearTimeout(timer);
          clearTimeout(backstop);
        }
      });
    },
  };
}
