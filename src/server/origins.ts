import type { IncomingMessage } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';

/**
 * Which browser pages may drive Hanul. With server-held credentials any page a user
 * opens could otherwise run mutations on their infrastructure, so nothing cross-origin is
 * allowed unless listed in CORS_ORIGINS; same-origin pages (GraphiQL) and non-browser
 * clients (no Origin header) always are.
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(origins: readonly string[]) {
    this.allowed = new Set(origins.map((o) => o.toLowerCase()));
  }

  /** yoga's `cors` option: credentials and the Hanul headers for listed origins only; nothing for others. */
  cors(): YogaServerOptions<object, object>['cors'] {
    if (!this.allowed.size) return false;
    return (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !this.allowed.has(origin.toLowerCase())) return false;
      return {
        origin: [origin],
        credentials: true,
        methods: ['GET', 'POST'],
        allowedHeaders: ['content-type', 'authorization', 'x-hanul-tenant', 'x-hanul-provider', 'x-hanul-storage-token', 'x-hanul-storage-tenant', 'x-graphql-yoga-csrf', 'graphql-preflight'],
      };
    };
  }

  /** A WebSocket upgrade is accepted without an Origin, from Hanul's own origin, or from a listed one. */
  acceptsUpgrade(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    if (this.allowed.has(origin.toLowerCase())) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
}

/**
 * Requests a browser sends cross-origin without a CORS preflight (GET, form posts) must
 * carry one of these headers, which a hostile page cannot add without a preflight.
 */
export function useCsrfPrevention(): Plugin {
  return useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'graphql-preflight', 'apollo-require-preflight'] });
}
