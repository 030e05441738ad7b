import type { IncomingHttpHeaders } from 'node:http';
import { SWIFT_TEXT, swiftError } from './swift-http.js';

/** Whose metadata a header carries: `X-Account-Meta-*`, `X-Container-Meta-*`, `X-Object-Meta-*`. */
export type MetaScope = 'account' | 'container' | 'object';

/** Swift's metadata limits (swift/common/constraints.py). */
const MAX_NAME_LENGTH = 128;
const MAX_VALUE_LENGTH = 256;
const MAX_COUNT = 90;

/** The first value of a request header, or undefined. */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The metadata a request sets, by lower-case key; `undefined` marks a removal (an empty
 * value, or `X-Remove-{Scope}-Meta-{Key}`). Throws Swift's 400 when a limit is broken.
 */
export function readMeta(headers: IncomingHttpHeaders, scope: MetaScope): Map<string, string | undefined> {
  const prefix = `x-${scope}-meta-`;
  const removePrefix = `x-remove-${scope}-meta-`;
  const updates = new Map<string, string | undefined>();
  for (const name of Object.keys(headers)) {
    const value = header(headers, name) ?? '';
    if (name.startsWith(removePrefix)) {
      updates.set(name.slice(removePrefix.length), undefined);
      continue;
    }
    if (!name.startsWith(prefix)) continue;
    const key = name.slice(prefix.length);
    if (key.length > MAX_NAME_LENGTH) throw swiftError(400, `Metadata name too long: ${name}`, SWIFT_TEXT);
    if (value.length > MAX_VALUE_LENGTH) throw swiftError(400, `Metadata value longer than ${MAX_VALUE_LENGTH}: ${name}`, SWIFT_TEXT);
    updates.set(key, value === '' ? undefined : value);
  }
  if (updates.size > MAX_COUNT) throw swiftError(400, `Too many metadata items; max ${MAX_COUNT}`, SWIFT_TEXT);
  return updates;
}

/** Applies `readMeta` updates to stored metadata (account and container POST merge). */
export function mergeMeta(target: Map<string, string>, updates: Map<string, string | undefined>): void {
  for (const [key, value] of updates) {
    if (value === undefined) target.delete(key);
    else target.set(key, value);
  }
}

/** The set values of `readMeta` updates alone (object PUT and POST replace the whole set). */
export function freshMeta(updates: Map<string, string | undefined>): Map<string, string> {
  const meta = new Map<string, string>();
  mergeMeta(meta, updates);
  return meta;
}

/** Stored metadata as response headers, Title-Cased as Swift returns them (`X-Object-Meta-Color`). */
export function metaHeaders(scope: MetaScope, meta: ReadonlyMap<string, string>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of meta) headers[titleCase(`x-${scope}-meta-${key}`)] = value;
  return headers;
}

/** `x-container-object-count` → `X-Container-Object-Count`. */
export function titleCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, letter: string) => dash + letter.toUpperCase());
}
