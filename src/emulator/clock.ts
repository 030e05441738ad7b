/** The emulator's clock, and the time formats the clouds use (in one place so every service formats alike). */

/** `2020-04-29T15:31:21Z` (Keystone `expires`, Nova `created`). */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2020-04-29T03:32:28.000405` (Keystone `issued_at`, Cinder timestamps): microseconds, no zone. */
export function isoMicrosNoZone(d: Date): string {
  return d.toISOString().replace(/Z$/, '000').replace(/(\.\d{6})\d*$/, '$1');
}

/** `2020-04-29 03:32:28` (Neutron VPC-native `create_time`). */
export function spaceSeconds(d: Date): string {
  return d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

/** `2020-04-29T03:32:28+00:00` (Magnum/NKS). */
export function isoOffset(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/**
 * The emulator's time: what `ctx.now()` reads and what delayed transitions wait on. Tests
 * inject a `ManualClock` so a transition happens when they move the clock, not under load.
 */
export interface EmulatorClock {
  now(): Date;
  /** Runs `fn` once after `ms`; the returned function cancels it. Never keeps the process alive. */
  setTimer(fn: () => void, ms: number): () => void;
}

/** Wall time and Node timers. */
export const systemClock: EmulatorClock = {
  now: () => new Date(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

interface ManualTimer {
  at: number;
  seq: number;
  fn: () => void;
}

/** A clock that stands still until `advance` moves it; due timers run in time order (ties: in the order they were set). */
export class ManualClock implements EmulatorClock {
  private time: number;
  private seq = 0;
  private readonly timers = new Set<ManualTimer>();

  constructor(start: number | Date = Date.parse('2026-01-01T00:00:00Z')) {
    this.time = typeof start === 'number' ? start : start.getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimer(fn: () => void, ms: number): () => void {
    const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, fn };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  /** Timers waiting to run. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way, including those the run ones set. */
  advance(ms: number): void {
    const target = this.time + ms;
    for (let next = this.nextDue(target); next; next = this.nextDue(target)) {
      this.timers.delete(next);
      this.time = next.at;
      next.fn();
    }
    this.time = target;
  }

  private nextDue(until: number): ManualTimer | undefined {
    let first: ManualTimer | undefined;
    for (const t of this.timers) {
      if (t.at <= until && (!first || t.at < first.at || (t.at === first.at && t.seq < first.seq))) first = t;
    }
    return first;
  }
}
