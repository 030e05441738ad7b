import type { EmuRequest, EmuResponse } from '../../router.js';
import { header } from './metadata.js';
import { swiftError } from './swift-http.js';

/** Swift returns at most this many names per listing page (nhn-object-storage §3.2). */
const LISTING_LIMIT = 10_000;

export type ListingFormat = 'plain' | 'json' | 'xml';

/** The query parameters every Swift listing (containers of an account, objects of a container) takes. */
export interface ListingQuery {
  prefix: string;
  delimiter?: string;
  marker?: string;
  endMarker?: string;
  limit: number;
  reverse: boolean;
  format: ListingFormat;
}

const CONTENT_TYPES: Record<ListingFormat, string> = {
  plain: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

/**
 * Reads the listing parameters. `format` wins over `Accept`; a non-numeric `limit` is
 * ignored and one above 10,000 is refused with 412, as Swift does.
 */
export function listingQuery(req: EmuRequest): ListingQuery {
  const q = req.query;
  const limitText = q.get('limit');
  let limit = LISTING_LIMIT;
  if (limitText && /^\d+$/.test(limitText)) {
    limit = Number(limitText);
    if (limit > LISTING_LIMIT) throw swiftError(412, `Maximum limit is ${LISTING_LIMIT}`);
  }
  return {
    prefix: q.get('prefix') ?? '',
    delimiter: q.get('delimiter') || undefined,
    marker: q.get('marker') || undefined,
    endMarker: q.get('end_marker') || undefined,
    limit,
    reverse: ['true', '1', 'yes', 'on'].includes((q.get('reverse') ?? '').toLowerCase()),
    format: listingFormat(q.get('format'), header(req.headers, 'accept')),
  };
}

function listingFormat(format: string | null, accept: string | undefined): ListingFormat {
  const chosen = format?.toLowerCase();
  if (chosen === 'json' || chosen === 'xml') return chosen;
  if (chosen) return 'plain';
  if (accept?.includes('application/json')) return 'json';
  if (accept?.includes('application/xml') || accept?.includes('text/xml')) return 'xml';
  return 'plain';
}

/** One listing line: an entry, or a pseudo-folder that `delimiter` collapsed names into. */
export type ListingRow<T> = { entry: T } | { subdir: string };

/** Swift orders names by their UTF-8 bytes. */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Applies prefix, markers, delimiter, order and limit to `entries`, as Swift's listing does. */
export function pageListing<T extends { name: string }>(entries: Iterable<T>, q: ListingQuery): ListingRow<T>[] {
  const sorted = [...entries].filter((e) => e.name.startsWith(q.prefix)).sort((a, b) => byteOrder(a.name, b.name));
  if (q.reverse) sorted.reverse();
  // In reverse order the markers bound the other side (marker is the upper bound).
  const after = (name: string, bound: string): boolean => (q.reverse ? byteOrder(name, bound) < 0 : byteOrder(name, bound) > 0);
  const rows: ListingRow<T>[] = [];
  let lastSubdir: string | undefined;
  for (const entry of sorted) {
    if (rows.length >= q.limit) break;
    // Swift lists names strictly after `marker` and strictly before `end_marker`.
    if (q.marker !== undefined && !after(entry.name, q.marker)) continue;
    if (q.endMarker !== undefined && (entry.name === q.endMarker || after(entry.name, q.endMarker))) break;
    const cut = q.delimiter ? entry.name.indexOf(q.delimiter, q.prefix.length) : -1;
    if (cut < 0) {
      rows.push({ entry });
      continue;
    }
    const subdir = entry.name.slice(0, cut + q.delimiter!.length);
    // Names under one pseudo-folder are contiguous once sorted; a marker naming the folder was already seen.
    if (subdir === lastSubdir || subdir === q.marker) continue;
    lastSubdir = subdir;
    rows.push({ subdir });
  }
  return rows;
}

/** How one kind of listing renders its entries. */
export interface ListingView<T> {
  /** `account` or `container`: the XML root element. */
  root: string;
  /** The XML `name` attribute of the root: the account or container name. */
  rootName: string;
  /** `container` or `object`: the XML element of one entry. */
  item: string;
  toJson(entry: T): Record<string, string | number>;
}

/**
 * The listing answer: one name per line by default (204 when there is none), or a JSON
 * array / XML document with per-entry details and `subdir` rows.
 */
export function renderListing<T extends { name: string }>(
  rows: ListingRow<T>[],
  q: ListingQuery,
  view: ListingView<T>,
  headers: Record<string, string>,
): EmuResponse {
  const withType = { ...headers, 'content-type': CONTENT_TYPES[q.format] };
  if (q.format === 'plain') {
    if (rows.length === 0) return { status: 204, headers: withType };
    const lines = rows.map((r) => ('subdir' in r ? r.subdir : r.entry.name));
    return { status: 200, headers: withType, body: lines.map((l) => `${l}\n`).join('') };
  }
  if (q.format === 'json') {
    const items = rows.map((r) => ('subdir' in r ? { subdir: r.subdir } : view.toJson(r.entry)));
    return { status: 200, headers: withType, body: JSON.stringify(items) };
  }
  const items = rows.map((r) => {
    if ('subdir' in r) return `<subdir name="${xmlEscape(r.subdir)}"><name>${xmlEscape(r.subdir)}</name></subdir>`;
    const fields = Object.entries(view.toJson(r.entry)).map(([k, v]) => `<${k}>${xmlEscape(String(v))}</${k}>`);
    return `<${view.item}>${fields.join('')}</${view.item}>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<${view.root} name="${xmlEscape(view.rootName)}">${items.join('')}</${view.root}>`;
  return { status: 200, headers: withType, body };
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
