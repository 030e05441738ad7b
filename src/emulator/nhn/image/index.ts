import type { EmulatorContext } from '../../context.js';
import { afterMarker } from '../../pagination.js';
import type { EmuRequest, EmuResponse } from '../../router.js';
import { json, Router } from '../../router.js';
import { requireToken } from '../auth.js';
import type { NhnRegion } from '../state.js';
import { badRequest, imageUnmatched, negotiateError, refuse } from './errors.js';
import { addImageDataRoutes } from './image-data.js';
import { imageBody } from './image-view.js';
import { addImageWriteRoutes } from './image-writes.js';
import { addMemberRoutes } from './members.js';
import { addSchemaRoutes, IMAGE_STATUSES as STATUSES, VISIBILITIES } from './schemas.js';
import { findImage, visibleImages, type ImageMember } from './state.js';
import { addVersionRoutes } from './versions.js';

export { imageBody } from './image-view.js';
export { addImage, findImage, visibleImages } from './state.js';
export type { ImageStatus, NhnImage } from './state.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const MEMBER_STATUSES: Record<string, ImageMember['status'][]> = {
  accepted: ['accepted'],
  pending: ['pending'],
  rejected: ['rejected'],
  all: ['accepted', 'pending', 'rejected'],
};
const SORT_KEYS = ['name', 'status', 'container_format', 'disk_format', 'size', 'id', 'created_at', 'updated_at', 'min_disk', 'min_ram', 'visibility', 'owner'];
/** Query keys with their own meaning; any other key filters on an attribute or property. */
const CONTROL_KEYS = new Set(['limit', 'marker', 'sort_key', 'sort_dir', 'visibility', 'member_status', 'size_min', 'size_max', 'tag', 'os_hidden']);
/** Attributes that take Glance's `in:a,b` operator. */
const IN_OPERATOR_KEYS = new Set(['id', 'name', 'status', 'container_format', 'disk_format']);

/** The Glance v2 image service of one region: `/v2/images…`, no tenant in the path (nhn-image.md §1). */
export function imageRouter(ctx: EmulatorContext): Router {
  const router = new Router({ unmatched: imageUnmatched, finish: negotiateError })
    .get('/v2/images', (req) => listImages(ctx, req))
    .get('/v2/images/:imageId', (req) => showImage(ctx, req));
  addVersionRoutes(router, ctx);
  addSchemaRoutes(router, ctx);
  addImageWriteRoutes(router, ctx);
  addImageDataRoutes(router, ctx);
  addMemberRoutes(router, ctx);
  return router;
}

function listImages(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const token = requireToken(ctx, req, 'text');
  const q = req.query;
  const limit = Math.min(intParam(q, 'limit') ?? DEFAULT_LIMIT, MAX_LIMIT);
  const visibility = q.get('visibility');
  if (visibility !== null && visibility !== 'all' && !VISIBILITIES.includes(visibility)) badRequest(`Invalid visibility value: ${visibility}`);
  const sortKey = q.get('sort_key') ?? 'created_at';
  if (!SORT_KEYS.includes(sortKey)) badRequest(`Invalid sort key: ${sortKey}. It is not in the list of supported sort keys.`);
  const sortDir = q.get('sort_dir') ?? 'desc';
  if (sortDir !== 'asc' && sortDir !== 'desc') badRequest(`Invalid sort direction: ${sortDir}`);
  const status = q.get('status');
  if (status !== null && !status.startsWith('in:') && !STATUSES.includes(status)) badRequest(`Invalid status value: ${status}`);
  const sizeMin = intParam(q, 'size_min');
  const sizeMax = intParam(q, 'size_max');
  const tags = q.getAll('tag');
  const memberStatuses = MEMBER_STATUSES[q.get('member_status') ?? 'accepted'] ?? badRequest(`Invalid member_status value: ${q.get('member_status')}`);
  // Glance leaves hidden images out unless `os_hidden=true` asks for them alone.
  const hidden = (q.get('os_hidden') ?? 'false').toLowerCase() === 'true';

  const bodies = visibleImages(ctx, token.tenantId, region(req), memberStatuses)
    .filter((image) => (image.hidden ?? false) === hidden)
    .map(imageBody);
  const sorted = bodies.sort((a, b) => compareBy(a, b, sortKey) * (sortDir === 'asc' ? 1 : -1));
  const afterPage = afterMarker(sorted, q.get('marker'));
  if (!afterPage) notFoundMarker(q.get('marker')!);

  const matching = afterPage.filter(
    (body) =>
      (visibility === null || visibility === 'all' || body.visibility === visibility) &&
      (sizeMin === undefined || (body.size ?? 0) >= sizeMin) &&
      (sizeMax === undefined || (body.size ?? 0) <= sizeMax) &&
      tags.every((tag) => (body.tags as string[]).includes(tag)) &&
      [...q.keys()].every((key) => CONTROL_KEYS.has(key) || matchesFilter(body, key, q.get(key)!)),
  );
  const page = matching.slice(0, limit);

  const query = new URLSearchParams(q);
  query.delete('marker');
  const first = query.size > 0 ? `/v2/images?${query}` : '/v2/images';
  const answer: Record<string, unknown> = { images: page, schema: '/v2/schemas/images', first };
  if (matching.length > page.length && page.length > 0) {
    query.append('marker', page.at(-1)!.id);
    answer.next = `/v2/images?${query}`;
  }
  return json(200, answer);
}

function showImage(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  const token = requireToken(ctx, req, 'text');
  const image = findImage(ctx, token.tenantId, region(req), req.params.imageId!);
  if (!image) refuse(404, `No image found with ID ${req.params.imageId}`);
  return json(200, imageBody(image));
}

/** Attribute or property filter; `in:a,b` matches any of the listed values. */
function matchesFilter(body: Record<string, unknown>, key: string, value: string): boolean {
  const actual = body[key];
  if (actual === undefined || actual === null) return false;
  const wanted = IN_OPERATOR_KEYS.has(key) && value.startsWith('in:') ? value.slice(3).split(',') : [value];
  return wanted.includes(String(actual));
}

function compareBy(a: Record<string, unknown>, b: Record<string, unknown>, key: string): number {
  const x = a[key] ?? '';
  const y = b[key] ?? '';
  const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  // Glance breaks ties on id so pages stay stable.
  return order !== 0 ? order : String(a.id).localeCompare(String(b.id));
}

function intParam(q: URLSearchParams, name: string): number | undefined {
  const raw = q.get(name);
  if (raw === null) return undefined;
  if (!/^-?\d+$/.test(raw)) badRequest(`${name} param must be an integer`);
  const value = Number(raw);
  if (value < 0) badRequest(`${name} param must be positive`);
  return value;
}

function region(req: EmuRequest): NhnRegion {
  return req.region as NhnRegion;
}

function notFoundMarker(marker: string): never {
  // [guess] Glance refuses an unknown marker with 400, as for other bad filters.
  return badRequest(`Invalid marker. Image ${marker} could not be found.`);
}
