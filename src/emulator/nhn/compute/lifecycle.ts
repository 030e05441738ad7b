import type { EmulatorContext } from '../../context.js';
import { conflict } from './errors.js';
import { touchServer, type NhnServer, type TaskState, type VmState } from './state.js';

/** One later step of an asynchronous server operation. */
export interface Step {
  /** Delay in transitions (`transitionMs × factor`) after the previous step. */
  factor: number;
  apply(server: NhnServer): void;
}

/**
 * Starts an operation: applies `start` now, then each step after its delay. Starting a
 * newer operation (a delete, say) cancels the remaining steps of the older one. Every
 * change bumps `updated`.
 */
export function runOperation(ctx: EmulatorContext, server: NhnServer, start: (server: NhnServer) => void, steps: Step[]): void {
  const generation = ++server.generation;
  start(server);
  touchServer(ctx, server);
  schedule(ctx, server, generation, steps);
}

function schedule(ctx: EmulatorContext, server: NhnServer, generation: number, steps: Step[]): void {
  const [step, ...rest] = steps;
  if (!step) return;
  ctx.scheduler.after(() => {
    if (server.generation !== generation) return;
    step.apply(server);
    touchServer(ctx, server);
    schedule(ctx, server, generation, rest);
  }, step.factor);
}

/**
 * Throws Nova's 409 unless the server is in one of the vm states, and one of the task
 * states (default: no task running), that allow `action`.
 */
export function requireState(server: NhnServer, action: string, vmStates: VmState[], taskStates: (TaskState | null)[] = [null]): void {
  if (!vmStates.includes(server.vmState)) {
    conflict(`Cannot '${action}' instance ${server.id} while it is in vm_state ${server.vmState}`);
  }
  if (!taskStates.includes(server.taskState)) {
    conflict(`Cannot '${action}' instance ${server.id} while it is in task_state ${server.taskState}`);
  }
}

/** The final step of an operation that leaves the server running. */
export function running(ctx: EmulatorContext): (server: NhnServer) => void {
  return (server) => {
    server.vmState = 'active';
    server.taskState = null;
    server.powerState = 1;
    server.launchedAt = ctx.now();
  };
}
