import { ValidationError } from './errors.js';

/**
 * The one place upstream URLs are made, for both clouds. A region, an id or a name may
 * have come from a client (every part of a global id is forgeable), so each reaches a URL
 * only through these helpers: a region must be one the configuration names, a value in a
 * path is one percent-encoded segment, and the finished URL must still lie under the
 * configured service root. Nothing here echoes the offending value (it is the client's).
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Region names as both clouds spell them: `kr1`, `kr-central-2`. */
const REGION_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longer than any id or name the clouds accept (Swift's object names: 1024 bytes). */
export const MAX_SEGMENT_BYTES = 1024;

export function isRegionName(value: string): boolean {
  return value.length <= 32 && REGION_NAME.test(value);
}

/**
 * Why `value` cannot be one path segment once percent-encoded, or undefined when it can:
 * encoding keeps `?`, `#`, `%` and `\` inside the segment, but `.` and `..` are resolved
 * by every URL parser (and `%2e%2e` by any proxy that decodes once), `/` would split it,
 * and control characters and endless values are never a real name.
 */
export function segmentProblem(value: string): string | undefined {
  if (value === '') return 'must not be empty';
  if (value === '.' || value === '..' || /^(?:\.|%2e){1,2}$/i.test(value)) return 'must not be "." or ".."';
  if (value.includes('/')) return 'must not hold "/"';
  if (CONTROL.test(value)) return 'must not hold control characters';
  if (Buffer.byteLength(value) > MAX_SEGMENT_BYTES) return `must be at most ${MAX_SEGMENT_BYTES} bytes`;
  return undefined;
}

/** `value` as one percent-encoded path segment; a ValidationError when it cannot be one. */
export function segment(value: string): string {
  const problem = segmentProblem(value);
  if (problem) throw new ValidationError(`An id or name in the request ${problem}`);
  return encodeURIComponent(value);
}

/**
 * A `/`-separated name (a Swift object name) as path segments, each encoded on its own.
 * Empty parts are kept (`a//b` is a name of its own); dot parts are refused.
 */
export function segments(name: string): string {
  if (Buffer.byteLength(name) > MAX_SEGMENT_BYTES) throw new ValidationError(`An object name must be at most ${MAX_SEGMENT_BYTES} bytes`);
  return name
    .split('/')
    .map((part) => (part === '' ? '' : segment(part)))
    .join('/');
}

/**
 * Fills a configured URL template (`{region}`, `{service}`) for one region. The region
 * must be one of `regions` (the provider's configured ones, or the fewer a service is
 * offered in); anything else is a ValidationError before any request.
 */
export function serviceRoot(template: string, values: { region: string; service?: string }, regions: readonly string[], cloud: string): string {
  if (!isRegionName(values.region) || !regions.includes(values.region)) {
    throw new ValidationError(`Not a region ${cloud} offers on this server; use one of: ${regions.join(', ') || 'none configured'}`);
  }
  let root = template.replaceAll('{region}', values.region);
  if (values.service !== undefined) root = root.replaceAll('{service}', values.service);
  return root.replace(/\/$/, '');
}

/** Query values as both adapters take them: undefined ones are left out. */
export type QueryValues = Record<string, string | number | undefined>;

/**
 * `root + path` with the defined query values appended (encoded by URLSearchParams).
 * The result must be the root with the path appended as given: a path that a URL parser
 * would resolve (`..`), cut (`?`, `#`) or move to another origin is a bug in an adapter,
 * and is refused rather than sent with the token.
 */
export function upstreamUrl(root: string, path: string, query?: QueryValues): string {
  const base = new URL(root);
  const url = new URL(`${root}${path}`);
  const expectedPath = `${base.pathname === '/' && path ? '' : base.pathname}${path}` || '/';
  if (url.origin !== base.origin || url.pathname !== expectedPath || url.search || url.hash || (path && !path.startsWith('/'))) {
    throw new Error('refused to build an upstream URL outside its configured service root');
  }
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}
