import type { EmuResponse } from '../router.js';
import { json } from '../router.js';
import { badRequest } from './errors.js';

/**
 * Query filters a list accepts, each reading the compared value from a rendered item. A
 * filter that reads an array matches when any element does (a route table's subnets).
 */
export type Filters<T> = Record<string, (item: T) => unknown>;

/** Filters that compare a top-level field of the same name. */
export function fieldFilters<T extends object = Record<string, unknown>>(...names: (keyof T & string)[]): Filters<T> {
  return Object.fromEntries(names.map((name) => [name, (item: T) => item[name]]));
}

export interface ListOptions<T> {
  filters: Filters<T>;
  /** Filters that match a substring instead of the exact value (the instance name, §3.1). */
  contains?: string[];
}

export interface Pagination {
  total: number;
  offset: number;
  limit: number;
}

const DEFAULT_LIMIT = 20;
const PAGING_PARAMS = new Set(['limit', 'offset', 'sort_keys', 'sort_dirs']);

/**
 * Offset paging as every KakaoCloud list except Kubernetes does it (§1.4): exact-match
 * filters, `sort_keys`/`sort_dirs` (default `created_at` descending), `limit` (default 20)
 * and `offset`. Sorting is allowed on any filterable field. Unknown query parameters are
 * ignored.
 */
export function paginate<T>(items: T[], query: URLSearchParams, options: ListOptions<T>): { items: T[]; pagination: Pagination } {
  const limit = intParam(query, 'limit', DEFAULT_LIMIT, 1);
  const offset = intParam(query, 'offset', 0, 0);
  let selected = items.filter((item) => matches(item, query, options));
  selected = sorted(selected, query, options.filters);
  return { items: selected.slice(offset, offset + limit), pagination: { total: selected.length, offset, limit } };
}

/** A 200 answer `{"<key>": [...], "pagination": {...}}`. */
export function pagedList<T>(key: string, items: T[], query: URLSearchParams, options: ListOptions<T>): EmuResponse {
  const page = paginate(items, query, options);
  return json(200, { [key]: page.items, pagination: page.pagination });
}

function intParam(query: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min) badRequest(`Query parameter ${name} must be an integer of at least ${min}.`);
  return value;
}

function matches<T>(item: T, query: URLSearchParams, options: ListOptions<T>): boolean {
  for (const [name, wanted] of query) {
    if (PAGING_PARAMS.has(name)) continue;
    const read = options.filters[name];
    if (!read) continue;
    const actual = read(item);
    const contains = options.contains?.includes(name) ?? false;
    const hit = (value: unknown): boolean => (contains ? String(value ?? '').includes(wanted) : String(value) === wanted);
    if (!(Array.isArray(actual) ? actual.some(hit) : hit(actual))) return false;
  }
  return true;
}

function sorted<T>(items: T[], query: URLSearchParams, filters: Filters<T>): T[] {
  const keys = query.get('sort_keys')?.split(',').filter(Boolean) ?? (filters['created_at'] ? ['created_at'] : []);
  const dirs = query.get('sort_dirs')?.split(',').filter(Boolean) ?? [];
  for (const key of keys) if (!filters[key]) badRequest(`Cannot sort by ${key}.`);
  for (const dir of dirs) if (dir !== 'asc' && dir !== 'desc') badRequest(`sort_dirs must be asc or desc, not ${dir}.`);
  // [guess] Directions pair with keys by position; a single direction applies to every key.
  const direction = (i: number): number => ((dirs[i] ?? dirs[0] ?? 'desc') === 'asc' ? 1 : -1);
  return [...items].sort((a, b) => {
    for (const [i, key] of keys.entries()) {
      const read = filters[key]!;
      const order = compare(read(a), read(b));
      if (order !== 0) return order * direction(i);
    }
    return 0;
  });
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
