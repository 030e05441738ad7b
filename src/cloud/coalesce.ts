/**
 * Reads shared by identical requests. Fifty users of one tenant opening the same dashboard
 * at once ask the cloud the same GETs with the same token: a request in flight answers
 * every identical one that arrives meanwhile, and with a freshness window (off by default)
 * a successful answer also serves identical reads for that long, until any write through
 * Hanul clears them. The key holds the whole request (URL and every header, the token
 * included), so two tenants or two tokens never share.
 */
export class SharedReads<T extends { status: number }> {
  private readonly entries = new Map<string, Entry<T>>();

  /**
   * `joinWithinMs`: a request in flight for longer is not joined (a fresh one is sent): a
   * read that has hung that long is the previous caller's trouble, and joining it would
   * hand the next caller a timeout it did not wait for.
   */
  constructor(
    private readonly freshMs: number,
    private readonly joinWithinMs: number,
  ) {}

  static key(method: string, url: string, headers: Record<string, string>): string {
    const sorted = Object.entries(headers)
      .map(([k, v]) => [k.toLowerCase(), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify([method, url, sorted]);
  }

  /**
   * Joins the request of `key` (in flight, or answered within the freshness window when
   * `reuse` allows it), or starts it with `start`. The shared request is aborted only when
   * every caller gave up (each caller's `signal`: its operation's time limit).
   */
  join(key: string, options: { signal?: AbortSignal; reuse: boolean }, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let entry = this.entries.get(key);
    if (entry?.settled && !options.reuse) return start(new AbortController().signal);
    if (!entry || (!entry.settled && Date.now() - entry.startedAt > this.joinWithinMs)) entry = this.begin(key, start);
    return this.wait(entry, options.signal);
  }

  /** A write went through: answers kept for the freshness window may be stale now. */
  invalidate(): void {
    for (const [key, entry] of this.entries) {
      if (entry.settled) {
        clearTimeout(entry.expiry);
        this.entries.delete(key);
      }
    }
  }

  private begin(key: string, start: (signal: AbortSignal) => Promise<T>): Entry<T> {
    const controller = new AbortController();
    const entry: Entry<T> = { promise: start(controller.signal), controller, waiters: 0, settled: false, startedAt: Date.now() };
    this.entries.set(key, entry);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    entry.promise.then(
      (value) => {
        if (this.freshMs <= 0 || value.status >= 300) return forget();
        entry.settled = true;
        entry.expiry = setTimeout(forget, this.freshMs);
        entry.expiry.unref();
      },
      forget,
    );
    return entry;
  }

  private wait(entry: Entry<T>, signal: AbortSignal | undefined): Promise<T> {
    if (entry.settled) return entry.promise;
    entry.waiters += 1;
    if (!signal) return entry.promise;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        entry.waiters -= 1;
        if (entry.waiters === 0 && !entry.settled) entry.controller.abort(signal.reason);
        reject(signal.reason);
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (err) => {
          signal.removeEventListener('abort', leave);
          reject(err);
        },
      );
    });
  }
}

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
  /** Answered, and kept for the freshness window. */
  settled: boolean;
  startedAt: number;
  expiry?: NodeJS.Timeout;
}
