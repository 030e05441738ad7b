import { badRequest, refuse } from './errors.js';
import { CONTAINER_FORMATS, DISK_FORMATS } from './schemas.js';
import type { NhnImage } from './state.js';

/** Attributes Glance computes itself: setting one is a 403 (`Attribute 'status' is read-only.`). */
export const READ_ONLY = new Set([
  'status', 'size', 'virtual_size', 'checksum', 'os_hash_algo', 'os_hash_value', 'created_at', 'updated_at',
  'self', 'file', 'schema', 'owner', 'direct_url', 'locations',
]);

/** The attributes a caller may set, and how each lands on the stored image. */
const CORE: Record<string, (image: NhnImage, value: unknown) => void> = {
  name: (i, v) => (i.name = string(v, 'name', 255)),
  visibility: (i, v) => (i.visibility = visibility(v)),
  protected: (i, v) => (i.protected = boolean(v, 'protected')),
  os_hidden: (i, v) => (i.hidden = boolean(v, 'os_hidden')),
  container_format: (i, v) => (i.containerFormat = format(v, 'container_format', CONTAINER_FORMATS)),
  disk_format: (i, v) => (i.diskFormat = format(v, 'disk_format', DISK_FORMATS)),
  min_disk: (i, v) => (i.minDisk = count(v, 'min_disk')),
  min_ram: (i, v) => (i.minRam = count(v, 'min_ram')),
  tags: (i, v) => (i.tags = tagList(v)),
};

export function isCore(attr: string): boolean {
  return attr in CORE;
}

/**
 * Sets one attribute or custom property on `image` (a working copy: callers validate every
 * change before any reaches the stored image). Custom properties are strings, as the
 * schema's `additionalProperties` says.
 */
export function setAttribute(image: NhnImage, attr: string, value: unknown): void {
  if (READ_ONLY.has(attr)) refuse(403, `Attribute '${attr}' is read-only.`);
  if (attr === 'id') refuse(403, "Attribute 'id' is read-only.");
  const core = CORE[attr];
  if (core) return core(image, value);
  if (typeof value !== 'string') schemaMismatch(`${JSON.stringify(value)} is not of type 'string'`);
  if (attr.length > 255) schemaMismatch(`'${attr}' is too long`);
  image.properties = { ...image.properties, [attr]: value };
}

/** A tag: at most 255 characters, and NHN keeps `_`-prefixed tags for itself (nhn-image.md §2). */
export function validTag(tag: unknown): string {
  if (typeof tag !== 'string' || tag.length === 0) schemaMismatch(`${JSON.stringify(tag)} is not of type 'string'`);
  if (tag.length > 255) badRequest(`Tag '${tag.slice(0, 20)}…' is longer than 255 characters.`);
  // [guess] NHN documents the rule, not the answer.
  if (tag.startsWith('_')) badRequest(`Tags starting with '_' are reserved: ${tag}`);
  return tag;
}

/** Glance's answer to a body its JSON schema refuses. */
export function schemaMismatch(reason: string): never {
  return badRequest(`Provided object does not match schema 'image': ${reason}`);
}

function string(value: unknown, attr: string, max: number): string {
  if (typeof value !== 'string') schemaMismatch(`${JSON.stringify(value)} is not of type 'string' (${attr})`);
  if (value.length > max) schemaMismatch(`'${value.slice(0, 20)}…' is too long (${attr})`);
  return value;
}

function boolean(value: unknown, attr: string): boolean {
  if (typeof value !== 'boolean') schemaMismatch(`${JSON.stringify(value)} is not of type 'boolean' (${attr})`);
  return value;
}

function count(value: unknown, attr: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) schemaMismatch(`${JSON.stringify(value)} is not a non-negative integer (${attr})`);
  return value;
}

function format(value: unknown, attr: string, allowed: string[]): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !allowed.includes(value)) schemaMismatch(`${JSON.stringify(value)} is not one of [${allowed.join(', ')}] (${attr})`);
  return value;
}

function visibility(value: unknown): NhnImage['visibility'] {
  // Public and community images are NHN's (nhn-image.md §3.3: `private` or `shared` only).
  if (value === 'public' || value === 'community') refuse(403, 'You are not authorized to complete publicize_image action.');
  if (value !== 'private' && value !== 'shared') schemaMismatch(`${JSON.stringify(value)} is not one of [public, private, shared, community] (visibility)`);
  return value;
}

function tagList(value: unknown): string[] {
  if (!Array.isArray(value)) schemaMismatch(`${JSON.stringify(value)} is not of type 'array' (tags)`);
  return [...new Set(value.map(validTag))];
}
