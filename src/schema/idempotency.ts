/**
 * Remembers what a create mutation returned for an idempotency key, so a retried create
 * (same tenant, same key) returns the first result instead of making a second resource.
 * Concurrent retries share the in-flight attempt. Keys expire after `ttlMs`.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, { value: Promise<string>; expires: number }>();

  constructor(
    private readonly ttlMs = 24 * 3600_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs `create` once per (scope, key) and returns the id of what it created. A failed
   * attempt is forgotten so the client can retry it.
   */
  async once(scope: string, key: string, create: () => Promise<string>): Promise<{ id: string; replayed: boolean }> {
    this.sweep();
    const k = `${scope}\u0000${key}`;
    const existing = this.entries.get(k);
    if (existing) return { id: await existing.value, replayed: true };
    const value = create();
    this.entries.set(k, { value, expires: this.now() + this.ttlMs });
    try {
      return { id: await value, replayed: false };
    } catch (err) {
      this.entries.delete(k);
      throw err;
    }
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, e] of this.entries) if (e.expires <= now) this.entries.delete(k);
  }
}
