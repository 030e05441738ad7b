import { Lifecycle, type Machine } from '../../transitions.js';
import { conflict } from './errors.js';
import { touchServer, type NhnServer, type TaskState, type VmState } from './state.js';

/**
 * A server's phase: its task state while an operation runs, else its vm state; `settled`
 * ends a task and leaves the vm state as it was (an image snapshot).
 */
export type ServerPhase = VmState | TaskState | 'settled';

/** Where a Nova action is allowed: vm states, and task states (default: no task running). */
export interface ServerStates {
  vm: readonly VmState[];
  task?: readonly (TaskState | null)[];
}

const TASK_STATES: ReadonlySet<string> = new Set<TaskState>([
  'scheduling', 'powering-on', 'powering-off', 'rebooting', 'rebooting_hard', 'resize_prep', 'resize_finish', 'shelving', 'unshelving', 'image_snapshot', 'deleting',
]);
const ALL_VM_STATES: readonly VmState[] = ['building', 'active', 'stopped', 'resized', 'shelved_offloaded', 'error', 'deleted'];
const ANY_TASK: readonly (TaskState | null)[] = [null, ...(TASK_STATES as Set<TaskState>)];
/** Nova's power state in each vm state it sets one for (the others keep theirs). */
const POWER: Partial<Record<VmState, NhnServer['powerState']>> = { active: 1, stopped: 4, shelved_offloaded: 0, deleted: 0 };

const serverMachine: Machine<NhnServer, ServerPhase, ServerStates> = {
  id: (server) => server.id,
  state: (server) => server.taskState ?? server.vmState,
  allows: (server, from) => from.vm.includes(server.vmState) && (from.task ?? [null]).includes(server.taskState),
  refuse(server, action, row) {
    if (row.from && !row.from.vm.includes(server.vmState)) {
      conflict(`Cannot '${action}' instance ${server.id} while it is in vm_state ${server.vmState}`);
    }
    return conflict(`Cannot '${action}' instance ${server.id} while it is in task_state ${server.taskState}`);
  },
  enter(ctx, server, phase) {
    if (TASK_STATES.has(phase)) server.taskState = phase as TaskState;
    else if (phase === 'settled') server.taskState = null;
    else {
      const vm = phase as VmState;
      server.vmState = vm;
      server.taskState = null;
      server.powerState = POWER[vm] ?? server.powerState;
      if (vm === 'active') server.launchedAt = ctx.now();
    }
    touchServer(ctx, server);
  },
};

/** Nova server actions (compute guide, "Instance Status" and "Additional Instance Features"). */
export const serverLifecycle = new Lifecycle(serverMachine, {
  build: { steps: [{ factor: 1, to: 'active' }] },
  /** The emulator's failed build (FAIL_BUILD_PREFIX). */
  buildFails: { steps: [{ factor: 1, to: 'error' }] },
  start: { from: { vm: ['stopped'] }, via: 'powering-on', steps: [{ factor: 1, to: 'active' }] },
  stop: { from: { vm: ['active', 'error'] }, via: 'powering-off', steps: [{ factor: 1, to: 'stopped' }] },
  // SOFT needs ACTIVE; HARD also works from SHUTOFF, ERROR and during a reboot (compute guide, Restart Instance).
  reboot: { from: { vm: ['active'] }, via: 'rebooting', steps: [{ factor: 1, to: 'active' }] },
  reboot_hard: {
    name: 'reboot',
    from: { vm: ['active', 'stopped', 'error'], task: [null, 'rebooting', 'rebooting_hard'] },
    via: 'rebooting_hard',
    steps: [{ factor: 1, to: 'active' }],
  },
  // RESIZE, then VERIFY_RESIZE, which NHN confirms by itself (compute guide, Instance Status).
  resize: {
    from: { vm: ['active', 'stopped'] },
    via: 'resize_prep',
    steps: [
      { factor: 1, to: 'resize_finish' },
      { factor: 1, to: 'resized' },
      { factor: 0.5, to: (_server, started) => (started === 'active' ? 'active' : 'stopped') },
    ],
  },
  // The guide allows "terminate" (shelve) from ACTIVE only.
  shelve: { from: { vm: ['active'] }, via: 'shelving', steps: [{ factor: 1.5, to: 'shelved_offloaded' }] },
  unshelve: { from: { vm: ['shelved_offloaded'] }, via: 'unshelving', steps: [{ factor: 1.5, to: 'active' }] },
  createImage: { from: { vm: ['active', 'stopped'] }, via: 'image_snapshot', steps: [{ factor: 1.5, to: 'settled' }] },
  // A delete cancels whatever else runs.
  delete: { from: { vm: ALL_VM_STATES, task: ANY_TASK }, via: 'deleting', steps: [{ factor: 1, to: 'deleted' }] },
  update_metadata: { from: { vm: ['active', 'stopped', 'shelved_offloaded'] } },
  attach_volume: { from: { vm: ['active', 'stopped', 'shelved_offloaded'] } },
  detach_volume: { from: { vm: ['active', 'stopped', 'resized', 'shelved_offloaded'] } },
});
