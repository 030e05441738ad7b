import type { EmulatorClock } from './clock.js';

/**
 * Runs the clouds' asynchronous transitions (BUILD → ACTIVE, creating → available, ...)
 * after a configurable delay on the emulator's clock, and cancels whatever is pending when
 * the emulator closes.
 */
export class Scheduler {
  /** Pending jobs and how to cancel their timers. */
  private readonly jobs = new Map<() => void, () => void>();
  /** Called after each transition ran (the state changed), e.g. to save it. */
  onRun: (() => void) | undefined;

  constructor(
    readonly transitionMs: number,
    private readonly clock: EmulatorClock,
  ) {}

  /** Runs `fn` after `factor × transitionMs` (some transitions take longer than others). */
  after(fn: () => void, factor = 1): void {
    // A job of its own, so the same `fn` scheduled twice runs twice.
    const job = () => fn();
    this.jobs.set(job, this.clock.setTimer(() => this.run(job), Math.round(this.transitionMs * factor)));
  }

  /** Transitions waiting to run. */
  get pending(): number {
    return this.jobs.size;
  }

  /**
   * Runs every pending transition now, and those they schedule in turn, so the state
   * settles where it was heading (before a final save). Bounded against endless chains.
   */
  flush(maxRounds = 100): void {
    for (let round = 0; round < maxRounds && this.jobs.size > 0; round++) {
      for (const [job, cancel] of [...this.jobs]) {
        cancel();
        this.run(job);
      }
    }
  }

  close(): void {
    for (const cancel of this.jobs.values()) cancel();
    this.jobs.clear();
  }

  private run(job: () => void): void {
    if (!this.jobs.delete(job)) return;
    job();
    this.onRun?.();
  }
}
