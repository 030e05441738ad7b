import type { EmulatorContext } from '../../context.js';
import type { EmuRequest, EmuResponse } from '../../router.js';
import { json } from '../../router.js';
import { afterMarker } from '../../pagination.js';
import { badRequest, notFound } from './errors.js';

/** Query keys that steer a list instead of filtering it. */
const CONTROL_KEYS = new Set(['sort_key', 'sort_dir', 'fields', 'limit', 'marker', 'page_reverse', 'detail']);

export type Item = Record<string, unknown>;

export interface ListOptions {
  /** Filters that need their own matching (ports' `fixed_ips=ip_address=…`). */
  matchers?: Record<string, (item: Item, values: string[]) => boolean>;
  /** Query names standing for another field (ports' `admin_state` → `admin_state_up`). */
  aliases?: Record<string, string>;
}

/**
 * Answers a Neutron-style list call (nhn-network §1.3): field filters, `sort_key`/`sort_dir`,
 * `fields`, and `limit`/`marker` with a `{key}_links` next link only when `limit` was given.
 */
export function listResponse(ctx: EmulatorContext, req: EmuRequest, key: string, items: Item[], options: ListOptions = {}): EmuResponse {
  let result = items.filter((item) => matchesQuery(item, req.query, options));
  result = sortItems(result, req.query.getAll('sort_key'), req.query.getAll('sort_dir'));

  const limitText = req.query.get('limit');
  const links: { rel: string; href: string }[] = [];
  if (limitText !== null) {
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) throw badRequest(`Bad limit request: Limit must be an integer 1 or greater and not '${limitText}'.`);
    const marker = req.query.get('marker');
    const rest = afterMarker(result as (Item & { id: string })[], marker);
    if (!rest) throw notFound('HTTPNotFound', `Marker ${marker} could not be found.`);
    const page = rest.slice(0, limit);
    if (rest.length > limit) {
      const next = new URLSearchParams(req.query);
      next.set('marker', String(page[page.length - 1]!.id));
      links.push({ rel: 'next', href: `${ctx.nhnServiceUrl(req.region, 'network')}${req.path}?${next}` });
    }
    result = page;
  }
  const body: Record<string, unknown> = { [key]: result.map((item) => projectFields(item, req.query)) };
  if (limitText !== null) body[`${key}_links`] = links;
  return json(200, body);
}

/** One object answer, honouring `fields` (documented for Neutron-standard GETs). */
export function itemResponse(req: EmuRequest, key: string, item: Item, status = 200): EmuResponse {
  return json(status, { [key]: projectFields(item, req.query) });
}

function matchesQuery(item: Item, query: URLSearchParams, options: ListOptions): boolean {
  for (const name of new Set(query.keys())) {
    if (CONTROL_KEYS.has(name)) continue;
    const values = query.getAll(name);
    const matcher = options.matchers?.[name];
    if (matcher) {
      if (!matcher(item, values)) return false;
      continue;
    }
    const field = options.aliases?.[name] ?? name;
    // [guess] unknown filters are ignored, as older Neutron releases do.
    if (!(field in item)) continue;
    const actual = filterText(item[field]);
    if (!values.some((v) => filterText(v) === actual)) return false;
  }
  return true;
}

/** Booleans compare case-insensitively (`router:external=True` and `=true` both work). */
function filterText(value: unknown): string {
  const text = String(value);
  return /^(true|false)$/i.test(text) ? text.toLowerCase() : text;
}

function sortItems(items: Item[], keys: string[], dirs: string[]): Item[] {
  if (keys.length === 0) return items;
  return [...items].sort((a, b) => {
    for (const [i, k] of keys.entries()) {
      const order = compare(a[k], b[k]) * (dirs[i] === 'desc' ? -1 : 1);
      if (order !== 0) return order;
    }
    return 0;
  });
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

function projectFields(item: Item, query: URLSearchParams): Item {
  const fields = query.getAll('fields');
  if (fields.length === 0) return item;
  return Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, item[f]]));
}
