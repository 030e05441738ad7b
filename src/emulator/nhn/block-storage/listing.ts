import type { EmulatorContext } from '../../context.js';
import { afterMarker } from '../../pagination.js';
import type { EmuRequest } from '../../router.js';
import { badRequest, itemNotFound } from './errors.js';

/** Cinder caps every page at 1000 items, the default `limit` (nhn-block-storage §3.3). */
const MAX_LIMIT = 1000;

export interface CinderListOptions<T> {
  /** A field of an item by its API name, for sorting and plain filters. */
  field: (item: T, name: string) => unknown;
  /** Query names that filter by equality (`name`, `status`, …). */
  filters: readonly string[];
  /** Filters with their own matching (volumes' `metadata={"k":"v"}`). */
  matchers?: Record<string, (item: T, value: string) => boolean>;
}

export interface CinderPage<T> {
  items: T[];
  /** `{key}_links` with a `next` link, present only when more items remain. */
  links?: { rel: 'next'; href: string }[];
}

/**
 * One page of a Cinder list: filters, `sort=key[:dir],…` (or `sort_key`/`sort_dir`; default
 * newest first), `marker` or `offset`, and `limit`.
 */
export function cinderPage<T extends { id: string }>(ctx: EmulatorContext, req: EmuRequest, items: T[], options: CinderListOptions<T>): CinderPage<T> {
  const q = req.query;
  let result = items.filter((item) =>
    options.filters.every((name) => !q.has(name) || String(options.field(item, name)) === q.get(name)) &&
    Object.entries(options.matchers ?? {}).every(([name, match]) => !q.has(name) || match(item, q.get(name)!)),
  );

  const sorts = sortSpec(q);
  result = [...result].sort((a, b) => {
    for (const { key, desc } of sorts) {
      const order = compare(options.field(a, key), options.field(b, key));
      if (order !== 0) return desc ? -order : order;
    }
    return 0;
  });

  const limit = Math.min(positiveInt(q.get('limit'), 'limit') ?? MAX_LIMIT, MAX_LIMIT);
  const marker = q.get('marker');
  const rest = afterMarker(result, marker)?.slice(positiveInt(q.get('offset'), 'offset') ?? 0);
  if (!rest) throw itemNotFound(`Marker ${marker} could not be found.`);
  const page = rest.slice(0, limit);
  if (rest.length <= limit) return { items: page };
  const next = new URLSearchParams(q);
  next.delete('offset');
  next.set('limit', String(limit));
  next.set('marker', page[page.length - 1]!.id);
  return { items: page, links: [{ rel: 'next', href: `${ctx.nhnServiceUrl(req.region, 'volume')}${req.path}?${next}` }] };
}

function sortSpec(q: URLSearchParams): { key: string; desc: boolean }[] {
  const sort = q.get('sort');
  if (sort) {
    return sort.split(',').map((part) => {
      const [key = '', dir = 'desc'] = part.split(':');
      return { key, desc: dir !== 'asc' };
    });
  }
  const key = q.get('sort_key');
  if (key) return [{ key, desc: q.get('sort_dir') !== 'asc' }];
  return [
    { key: 'created_at', desc: true },
    { key: 'id', desc: true },
  ];
}

function positiveInt(text: string | null, name: string): number | undefined {
  if (text === null) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`Invalid input received: ${name} must be a non-negative integer, not '${text}'.`);
  return n;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}
