/**
 * Runs the clouds' asynchronous transitions (BUILD → ACTIVE, creating → available, ...)
 * after a configurable delay, and cancels whatever is pending when the emulator closes.
 */
export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(readonly transitionMs: number) {}

  /** Runs `fn` after `factor × transitionMs` (some transitions take longer than others). */
  after(fn: () => void, factor = 1): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, Math.round(this.transitionMs * factor));
    timer.unref();
    this.timers.add(timer);
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
