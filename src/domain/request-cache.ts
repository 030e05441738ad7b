/**
 * Per-operation memo of upstream list calls, so that every field needing "the servers of
 * kr1" in one operation shares one call. Lives exactly as long as the context.
 */
export class RequestCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly firstUses = new Map<string, number>();

  /** The value of `key`, computing it once per operation. A failure is not kept. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key) as Promise<T> | undefined;
    if (!entry) {
      entry = compute();
      this.entries.set(key, entry);
      entry.catch(() => this.entries.delete(key));
    }
    return entry;
  }

  /** The cached value of `key`, if this operation computed it already. */
  peek<T>(key: string): Promise<T> | undefined {
    return this.entries.get(key) as Promise<T> | undefined;
  }

  /** When this operation first asked for `key` (`performance.now()`): where a region's budget starts. */
  firstUse(key: string): number {
    let at = this.firstUses.get(key);
    if (at === undefined) this.firstUses.set(key, (at = performance.now()));
    return at;
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
    this.firstUses.clear();
  }

  /** Forgets cached lists whose key starts with `prefix` (after a mutation changed them). */
  invalidate(prefix: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}
