import type { EmulatorContext } from '../../context.js';
import { empty, json, type EmuRequest, type Router } from '../../router.js';
import { imageCall, ownedImage } from './access.js';
import { badRequest, refuse } from './errors.js';
import { isCore, schemaMismatch, setAttribute, validTag } from './image-fields.js';
import { imageBody } from './image-view.js';
import { addImage, findImage, queuedImage, removeImage, type NhnImage } from './state.js';

/** Glance's two JSON-patch media types; anything else is a 415 (nhn-image.md §3.5). */
const PATCH_TYPES = ['application/openstack-images-v2.1-json-patch', 'application/openstack-images-v2.0-json-patch'];

/** Create, modify, delete and tag images (nhn-image.md §3.3, §3.5–3.7). */
export function addImageWriteRoutes(router: Router, ctx: EmulatorContext): void {
  router.post('/v2/images', (req) => {
    const call = imageCall(ctx, req);
    const body = objectBody(req);
    const image = queuedImage(call.tenantId, ctx.now());
    for (const [attr, value] of Object.entries(body)) {
      if (attr === 'id') image.id = imageId(ctx, call.tenantId, call.region, value);
      else setAttribute(image, attr, value);
    }
    // NHN requires both on create (nhn-image.md §3.3); [guess] for the wording.
    if (typeof body.name !== 'string' || body.name === '') badRequest('name is required to create an image.');
    if (body.os_type === undefined) badRequest('os_type is required to create an image: linux or windows.');
    addImage(ctx, call.region, image);
    return json(201, imageBody(image), { location: `${ctx.nhnServiceUrl(call.region, 'image')}/v2/images/${image.id}` });
  });

  router.patch('/v2/images/:imageId', (req) => {
    const call = imageCall(ctx, req);
    const image = ownedImage(ctx, call, req.params.imageId!, 'modify');
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (!PATCH_TYPES.includes(type)) refuse(415, `Unsupported Content-Type: ${type || 'none'}. Use ${PATCH_TYPES[0]}.`);
    const ops = patchOps(req);
    // [guess] NHN: a protected image refuses changes (nhn-image.md §3.5), except unprotecting it.
    if (image.protected && ops.some((op) => op.attr !== 'protected')) refuse(403, `Image ${image.id} is protected and cannot be modified.`);
    const draft: NhnImage = { ...image, properties: { ...image.properties }, tags: [...image.tags] };
    for (const op of ops) applyOp(draft, op);
    if (draft.status !== 'queued' && (draft.containerFormat !== image.containerFormat || draft.diskFormat !== image.diskFormat)) {
      refuse(403, 'Attributes container_format and disk_format can be only replaced for a queued image.');
    }
    Object.assign(image, draft, { updatedAt: ctx.now() });
    return json(200, imageBody(image));
  });

  router.delete('/v2/images/:imageId', (req) => {
    const call = imageCall(ctx, req);
    const image = ownedImage(ctx, call, req.params.imageId!, 'delete');
    if (image.protected) refuse(403, `Image ${image.id} is protected and cannot be deleted.`);
    removeImage(ctx, call.region, image);
    return empty(204);
  });

  router.put('/v2/images/:imageId/tags/:tag', (req) => {
    const image = ownedImage(ctx, imageCall(ctx, req), req.params.imageId!, 'modify');
    const tag = validTag(req.params.tag);
    if (!image.tags.includes(tag)) image.tags.push(tag);
    image.updatedAt = ctx.now();
    return empty(204);
  });

  router.delete('/v2/images/:imageId/tags/:tag', (req) => {
    const image = ownedImage(ctx, imageCall(ctx, req), req.params.imageId!, 'modify');
    const at = image.tags.indexOf(req.params.tag!);
    if (at < 0) refuse(404, `Tag ${req.params.tag} not found.`);
    image.tags.splice(at, 1);
    image.updatedAt = ctx.now();
    return empty(204);
  });
}

interface PatchOp {
  op: 'add' | 'replace' | 'remove';
  attr: string;
  value: unknown;
}

/** The JSON-patch document: an array of `{op, path: "/attr", value}` (one level deep). */
function patchOps(req: EmuRequest): PatchOp[] {
  let doc: unknown;
  try {
    doc = JSON.parse(req.rawBody.toString('utf8'));
  } catch {
    badRequest('Malformed JSON in request body.');
  }
  if (!Array.isArray(doc)) badRequest('Request body must be a JSON array of operation objects.');
  return doc.map((raw: unknown) => {
    const { op, path, value } = (raw ?? {}) as { op?: unknown; path?: unknown; value?: unknown };
    if (op !== 'add' && op !== 'replace' && op !== 'remove') badRequest(`Operation objects must contain exactly one member named "add", "remove", or "replace".`);
    if (typeof path !== 'string' || !/^\/[^/]+$/.test(path)) badRequest(`Invalid JSON pointer for this resource: '${String(path)}'`);
    if (op !== 'remove' && value === undefined) badRequest(`Operation "${op}" requires a member named "value".`);
    return { op, attr: path.slice(1).replaceAll('~1', '/').replaceAll('~0', '~'), value };
  });
}

function applyOp(image: NhnImage, { op, attr, value }: PatchOp): void {
  if (isCore(attr) || attr === 'id') {
    if (op === 'remove') refuse(403, `Attribute '${attr}' is reserved.`);
    return setAttribute(image, attr, value);
  }
  const exists = attr in image.properties;
  if (op !== 'add' && !exists) refuse(409, `Property ${attr} does not exist.`);
  if (op === 'remove') {
    const { [attr]: _removed, ...rest } = image.properties;
    image.properties = rest;
    return;
  }
  setAttribute(image, attr, value);
}

/** A create body: one flat JSON object (nhn-image.md §3.3). */
function objectBody(req: EmuRequest): Record<string, unknown> {
  if (req.bodyInvalid) badRequest('Malformed JSON in request body.');
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) schemaMismatch('the body is not an object');
  return body as Record<string, unknown>;
}

/** A caller-chosen id: a uuid no image in the region has. */
function imageId(ctx: EmulatorContext, tenantId: string, region: Parameters<typeof findImage>[2], value: unknown): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) schemaMismatch(`${JSON.stringify(value)} does not match the uuid pattern (id)`);
  if (findImage(ctx, tenantId, region, value)) refuse(409, `Image with identifier ${value} already exists!`);
  return value;
}
