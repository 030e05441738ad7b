import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/emulator/clock.js';
import type { EmulatorContext } from '../../src/emulator/context.js';
import { Scheduler } from '../../src/emulator/scheduler.js';
import { GONE, Lifecycle, statusMachine } from '../../src/emulator/transitions.js';

/** The engine alone, on a manual clock: a context with only what it reads. */
function engine() {
  const clock = new ManualClock(0);
  const ctx = { scheduler: new Scheduler(100, clock), now: () => clock.now() } as unknown as EmulatorContext;
  return { clock, ctx };
}

interface Disk {
  id: string;
  status: 'creating' | 'available' | 'busy' | 'deleting';
  touched: number;
}

const disks = new Lifecycle(
  statusMachine<Disk, Disk['status']>({
    refuse: (disk, action, message) => {
      throw new Error(message ?? `cannot ${action} ${disk.id} while ${disk.status}`);
    },
    touch: (ctx, disk) => void (disk.touched = ctx.now().getTime()),
  }),
  {
    create: { steps: [{ factor: 1, to: 'available' }] },
    work: { from: ['available'], via: 'busy', steps: [{ factor: 2, to: 'available' }] },
    delete: { from: ['available', 'busy'], via: 'deleting', steps: [{ factor: 1, to: GONE }], refusal: (d) => `${d.id} is ${d.status}` },
  },
);

describe('ManualClock', () => {
  it('should run due timers in time order, ties in the order set, including timers they set', () => {
    const clock = new ManualClock(0);
    const seen: string[] = [];
    clock.setTimer(() => seen.push('b@20'), 20);
    clock.setTimer(() => seen.push('a@10'), 10);
    clock.setTimer(() => {
      seen.push('c@20');
      clock.setTimer(() => seen.push(`d@${clock.now().getTime()}`), 5);
    }, 20);
    const cancel = clock.setTimer(() => seen.push('never'), 15);
    cancel();
    clock.advance(24);
    expect(seen).toEqual(['a@10', 'b@20', 'c@20']);
    clock.advance(1);
    expect(seen).toEqual(['a@10', 'b@20', 'c@20', 'd@25']);
    expect(clock.now().getTime()).toBe(25);
    expect(clock.pending).toBe(0);
  });
});

describe('Lifecycle', () => {
  it('should enter the transitional state at once and the final one after factor × transitionMs', () => {
    const { clock, ctx } = engine();
    const disk: Disk = { id: 'd1', status: 'available', touched: 0 };
    disks.run(ctx, disk, 'work');
    expect(disk.status).toBe('busy');
    clock.advance(199);
    expect(disk.status).toBe('busy');
    clock.advance(1);
    expect(disk).toEqual({ id: 'd1', status: 'available', touched: 200 });
  });

  it("should refuse an action in the wrong state with the row's words, changing nothing", () => {
    const { ctx } = engine();
    const disk: Disk = { id: 'd2', status: 'creating', touched: 0 };
    expect(() => disks.run(ctx, disk, 'work')).toThrow('cannot work d2 while creating');
    expect(() => disks.run(ctx, disk, 'delete')).toThrow('d2 is creating');
    expect(disk.status).toBe('creating');
  });

  it('should let a newer operation win over the pending step of an older one, and remove a GONE record from its store', () => {
    const { clock, ctx } = engine();
    const disk: Disk = { id: 'd3', status: 'available', touched: 0 };
    const store = new Map([[disk.id, disk]]);
    disks.run(ctx, disk, 'work', { in: store });
    const done: string[] = [];
    disks.run(ctx, disk, 'delete', { in: store, done: () => done.push('deleted') });
    clock.advance(100);
    expect(store.has('d3')).toBe(false);
    expect(done).toEqual(['deleted']);
    clock.advance(100);
    // The older work step would have made it available again.
    expect(disk.status).toBe('deleting');
  });

  it('should skip a step when the record was moved outside the table meanwhile', () => {
    const { clock, ctx } = engine();
    const disk: Disk = { id: 'd4', status: 'creating', touched: 0 };
    disks.run(ctx, disk, 'create');
    disk.status = 'busy';
    clock.advance(100);
    expect(disk.status).toBe('busy');
  });
});
