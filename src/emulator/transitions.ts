import type { EmulatorContext } from './context.js';

/**
 * The clouds' asynchronous state machines, written as tables. Each resource has one table
 * (action → allowed states → transitional state → final state, with the delay of each step
 * in transitions) and one `Machine` that says how its states read and are entered; the
 * engine here checks, enters and schedules, and lets the newest operation win.
 */

/** The step's target when the record ends: it is removed (reads as 404 from then on). */
export const GONE = Symbol('gone');

/** A state entered later: `factor × transitionMs` after the previous one. */
export interface Step<R, S extends string> {
  factor: number;
  /** A function of the record and of the state the action started from when it depends on them. */
  to: S | typeof GONE | ((record: R, started: S) => S);
}

/** One row of a table. */
export interface Transition<R, S extends string, F> {
  /** Where the action is allowed (the machine reads it); none: the row starts a new record. */
  from?: F;
  /** Entered at once; none: the record keeps its state until the first step. */
  via?: S;
  /** The steps that follow, in order; none: the action changes nothing asynchronous (a check only). */
  steps?: readonly Step<R, S>[];
  /** The cloud's words when the action comes in the wrong state (the machine wraps them in its error). */
  refusal?: (record: R) => string;
  /** The action's name in the cloud's answers, when not the row's key. */
  name?: string;
}

/** How one kind of record holds its state. */
export interface Machine<R, S extends string, F> {
  /** The record's key in its store. */
  id(record: R): string;
  /** The current state, in the table's names. */
  state(record: R): S;
  /** Whether `record` is in a state `from` allows. */
  allows(record: R, from: F): boolean;
  /** Throws the cloud's answer to `action` (named as the cloud names it) in the wrong state. */
  refuse(record: R, action: string, row: Transition<R, S, F>): never;
  /** Puts `record` in `state` (with what goes with it, e.g. a timestamp). */
  enter(ctx: EmulatorContext, record: R, state: S): void;
}

/** What one run of an action adds to its row. */
export interface RunOptions<R, S extends string> {
  /** Effects of this run when the record enters a state (a resize's new flavor). */
  at?: Partial<Record<S, (record: R) => void>>;
  /** Effects of this run after its last step (an extend's new size). */
  done?: (record: R) => void;
  /** Where the record is kept: a record no longer there takes no further step, and `GONE` removes it. */
  in?: RecordStore;
  /** What must still hold for a step to run, beyond the state (a floating IP still on the same port). */
  while?: (record: R) => boolean;
}

/** A store of records by id, as the services keep them. */
export interface RecordStore {
  has(id: string): boolean;
  delete(id: string): void;
}

/** Bumped by each operation a record starts, so a step of an older one does nothing. */
const generations = new WeakMap<object, number>();

/** A table bound to its machine. */
export class Lifecycle<R extends object, S extends string, F, A extends string> {
  constructor(
    readonly machine: Machine<R, S, F>,
    readonly table: Readonly<Record<A, Transition<R, S, F>>>,
  ) {}

  /** Throws the cloud's refusal unless `action` is allowed in `record`'s state. */
  check(record: R, action: A): void {
    const row = this.table[action];
    if (row.from !== undefined && !this.machine.allows(record, row.from)) this.refuse(record, action);
  }

  /** Throws the cloud's refusal of `action`, for a reason beyond the state (attachments, snapshots, a missing flag). */
  refuse(record: R, action: A): never {
    const row = this.table[action];
    return this.machine.refuse(record, row.name ?? action, row);
  }

  /** Checks `action`, enters its transitional state and schedules its steps. */
  run(ctx: EmulatorContext, record: R, action: A, options: RunOptions<R, S> = {}): void {
    this.check(record, action);
    const row = this.table[action];
    const started = this.machine.state(record);
    const generation = (generations.get(record) ?? 0) + 1;
    generations.set(record, generation);
    if (row.via !== undefined) this.enter(ctx, record, row.via, options);
    this.schedule(ctx, record, started, generation, row.steps ?? [], options);
  }

  private schedule(ctx: EmulatorContext, record: R, started: S, generation: number, steps: readonly Step<R, S>[], options: RunOptions<R, S>): void {
    const [step, ...rest] = steps;
    if (!step) return;
    // A step runs only if no newer operation started and nothing else moved the record meanwhile.
    const expected = this.machine.state(record);
    ctx.scheduler.after(() => {
      if (generations.get(record) !== generation || this.machine.state(record) !== expected) return;
      if (options.in && !options.in.has(this.machine.id(record))) return;
      if (options.while && !options.while(record)) return;
      const to = typeof step.to === 'function' ? step.to(record, started) : step.to;
      if (to === GONE) {
        if (!options.in) throw new Error('a step to GONE needs the store the record is in');
        options.in.delete(this.machine.id(record));
      } else {
        this.enter(ctx, record, to, options);
      }
      if (rest.length > 0) this.schedule(ctx, record, started, generation, rest, options);
      else options.done?.(record);
    }, step.factor);
  }

  private enter(ctx: EmulatorContext, record: R, state: S, options: RunOptions<R, S>): void {
    this.machine.enter(ctx, record, state);
    options.at?.[state]?.(record);
  }
}

/**
 * The machine of a record whose state is one `status` field and whose rows allow a list
 * of statuses. `refuse` throws the service's error; `touch` marks the record changed.
 */
export function statusMachine<R extends { id: string; status: S }, S extends string>(options: {
  refuse: (record: R, action: string, message: string | undefined) => never;
  touch?: (ctx: EmulatorContext, record: R, left: S) => void;
}): Machine<R, S, readonly S[]> {
  return {
    id: (record) => record.id,
    state: (record) => record.status,
    allows: (record, from) => from.includes(record.status),
    refuse: (record, action, row) => options.refuse(record, action, row.refusal?.(record)),
    enter(ctx, record, state) {
      const left = record.status;
      record.status = state;
      options.touch?.(ctx, record, left);
    },
  };
}
