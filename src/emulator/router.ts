import type { IncomingHttpHeaders } from 'node:http';

/** One request as an emulated service sees it. */
export interface EmuRequest {
  method: string;
  /** Path relative to the service's mount point, e.g. `/v2/{tenant}/servers`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body when the request sent JSON, otherwise undefined. */
  body: unknown;
  /** True when a body was sent as JSON but does not parse. */
  bodyInvalid: boolean;
  rawBody: Buffer;
  /** The region of the host the request was sent to (`kr1`, `kr-central-2`, ...). */
  region: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and buffers as they are. */
  body?: unknown;
}

export type Handler = (req: EmuRequest) => EmuResponse | Promise<EmuResponse>;

/** What a service answers when no route takes a request: its own error body, not a generic one. */
export type Unmatched = (
  req: Pick<EmuRequest, 'method' | 'path' | 'headers' | 'region'>,
  kind: 'not-found' | 'method-not-allowed',
) => EmuResponse;

export interface RouterOptions {
  unmatched?: Unmatched;
  /** Last look at every answer of the service, errors included (e.g. content negotiation). */
  finish?: (req: Pick<EmuRequest, 'method' | 'path' | 'headers'>, res: EmuResponse) => EmuResponse;
}

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

/**
 * A small path router for one emulated service. Patterns use `:name` segments and an
 * optional trailing `*rest` that captures the remainder (object names with slashes).
 */
export class Router {
  private readonly routes: Route[] = [];

  constructor(readonly options: RouterOptions = {}) {}

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  get(pattern: string, handler: Handler): this {
    return this.add('GET', pattern, handler);
  }
  post(pattern: string, handler: Handler): this {
    return this.add('POST', pattern, handler);
  }
  put(pattern: string, handler: Handler): this {
    return this.add('PUT', pattern, handler);
  }
  delete(pattern: string, handler: Handler): this {
    return this.add('DELETE', pattern, handler);
  }
  head(pattern: string, handler: Handler): this {
    return this.add('HEAD', pattern, handler);
  }
  patch(pattern: string, handler: Handler): this {
    return this.add('PATCH', pattern, handler);
  }

  /**
   * Finds the handler for a request. Returns `undefined` when no pattern matches the
   * path, and `'method-not-allowed'` when the path matches under another method.
   */
  match(method: string, path: string):
    | { handler: Handler; params: Record<string, string> }
    | 'method-not-allowed'
    | undefined {
    const parts = path.split('/').filter(Boolean);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET' && !this.hasHead(route.segments))) {
        return { handler: route.handler, params };
      }
      pathMatched = true;
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }

  private hasHead(segments: string[]): boolean {
    return this.routes.some((r) => r.method === 'HEAD' && r.segments.join('/') === segments.join('/'));
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i]!;
    if (seg.startsWith('*')) {
      if (i >= parts.length) return undefined;
      params[seg.slice(1)] = parts.slice(i).map(decodeURIComponent).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(part);
    else if (seg !== part) return undefined;
  }
  return pattern.length === parts.length ? params : undefined;
}

/** JSON response helper. */
export function json(status: number, body: unknown, headers?: Record<string, string>): EmuResponse {
  return { status, body, headers: { 'content-type': 'application/json', ...headers } };
}

/** Body-less response (204, 202 without body, HEAD answers). */
export function empty(status: number, headers?: Record<string, string>): EmuResponse {
  return { status, headers };
}

/** Plain-text or HTML response. */
export function text(status: number, body: string, contentType = 'text/plain; charset=utf-8'): EmuResponse {
  return { status, body, headers: { 'content-type': contentType } };
}
