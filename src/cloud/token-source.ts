import { UnauthenticatedError } from './errors.js';

export interface AccessToken {
  token: string;
  /** Null when the gateway was handed a bare token and cannot know its expiry. */
  expiresAt: Date | null;
}

/** Where an adapter gets the token it sends upstream. */
export interface TokenSource {
  get(): Promise<AccessToken>;
  /**
   * Called after the cloud answered 401 to `token`. Returns true when a fresh token can
   * be issued (the next `get` will), false when the caller must give up.
   */
  invalidate(token: string): boolean;
}

/** A token the client brought (`Authorization: Bearer …`): used as is, never renewed. */
export class StaticTokenSource implements TokenSource {
  constructor(private readonly token: string) {}

  async get(): Promise<AccessToken> {
    return { token: this.token, expiresAt: null };
  }

  invalidate(): boolean {
    return false;
  }
}

/**
 * A token issued from server-held credentials: cached, renewed `marginMs` before it
 * expires, re-issued after a 401, and issued once however many requests wait for it.
 */
export class RenewingTokenSource implements TokenSource {
  private pending: Promise<AccessToken> | undefined;
  private settled: AccessToken | undefined;

  constructor(
    private readonly issue: () => Promise<AccessToken>,
    private readonly marginMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<AccessToken> {
    if (this.settled && !this.isStale(this.settled)) return Promise.resolve(this.settled);
    if (this.pending && !this.settled) return this.pending;
    this.settled = undefined;
    const pending = this.issue().then((t) => {
      if (this.pending === pending) this.settled = t;
      return t;
    });
    this.pending = pending;
    // A failed issue is not cached: the next request tries again.
    pending.catch(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    return pending;
  }

  invalidate(token: string): boolean {
    if (this.settled?.token === token) {
      this.settled = undefined;
      this.pending = undefined;
    }
    return true;
  }

  private isStale(t: AccessToken): boolean {
    return t.expiresAt !== null && t.expiresAt.getTime() - this.marginMs <= this.now();
  }
}

/** Raised when a request names a provider it has no credentials for. */
export function noCredentials(provider: string): UnauthenticatedError {
  return new UnauthenticatedError(
    `No ${provider} credentials: send "Authorization: Bearer <token>" with "X-Hanul-Provider: ${provider}" and "X-Hanul-Tenant", or configure server-held credentials`,
  );
}
