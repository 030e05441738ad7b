/**
 * Runs the clouds' asynchronous transitions (BUILD → ACTIVE, creating → available, ...)
 * after a configurable delay, and cancels whatever is pending when the emulator closes.
 */
export class Scheduler {
  private readonly jobs = new Map<NodeJS.Timeout, () => void>();
  /** Called after each transition ran (the state changed), e.g. to save it. */
  onRun: (() => void) | undefined;

  constructor(readonly transitionMs: number) {}

  /** Runs `fn` after `factor × transitionMs` (some transitions take longer than others). */
  after(fn: () => void, factor = 1): void {
    const timer = setTimeout(() => this.run(timer), Math.round(this.transitionMs * factor));
    timer.unref();
    this.jobs.set(timer, fn);
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
      for (const timer of [...this.jobs.keys()]) {
        clearTimeout(timer);
        this.run(timer);
      }
    }
  }

  close(): void {
    for (const t of this.jobs.keys()) clearTimeout(t);
    this.jobs.clear();
  }

  private run(timer: NodeJS.Timeout): void {
    const fn = this.jobs.get(timer);
    if (!fn) return;
    this.jobs.delete(timer);
    fn();
    this.onRun?.();
  }
}
