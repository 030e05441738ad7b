import { z } from 'zod';
import { ValidationError } from '../cloud/errors.js';
import type { StorageObject, StorageUsage } from '../cloud/model.js';
import { refKey } from '../domain/keys.js';
import * as objectStorage from '../domain/object-storage.js';
import { READ_CONTENT_MAX_BYTES, PUBLIC_READ_ACL, type ContainerNode, type ObjectNode } from '../domain/object-storage.js';
import { validate } from '../domain/validate.js';
import { builder } from './builder.js';
import { MetadataEntryRef } from './compute.js';
import { checkPageSize, DEFAULT_PAGE, fromCursor, toCursor } from './connections.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { DeletePayloadRef, deletedIdOf, payloadType } from './payloads.js';
import { address, isUpstreamId, placement } from './refs.js';
import { RegionRef } from './region.js';
import { regionalNode } from './regional-node.js';

/**
 * Object storage: containers and their objects. Containers are listed once per region per
 * operation; metadata and ACLs (a HEAD per container) only when selected; object listings
 * page with the cloud's own marker, so a page costs one call however large the container.
 */

/** `putObject` takes objects up to this size; larger ones belong in a direct or segmented upload. */
export const PUT_OBJECT_MAX_BYTES = 5 * 1024 * 1024;

const oneCharacter = z.string().length(1, 'must be one character, usually "/"');

/** A node id `{container}/{object}` (its shape checked by the id's parse): container names hold no `/`, object names may. */
function splitObjectId(id: string): { container: string; name: string } {
  const slash = id.indexOf('/');
  return { container: id.slice(0, slash), name: id.slice(slash + 1) };
}

const TEXT_TYPES = /^(text\/|application\/(json|xml|yaml|x-yaml|javascript|x-sh|toml|csv|x-ndjson)|[^;]*\+(json|xml))/i;

/** UTF-8 text of a body, or null when it is not text. */
function asText(body: Buffer, contentType: string | null): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    // A known text type is text; anything else only when it decodes and holds no NULs.
    if (contentType && TEXT_TYPES.test(contentType)) return text;
    if (contentType && /^(image|audio|video|font)\//i.test(contentType)) return null;
    return text.includes('\u0000') ? null : text;
  } catch {
    return null;
  }
}

// --- types ---

const StorageUsageRef = builder.objectRef<StorageUsage>('StorageUsage').implement({
  description: "The object storage account's counters in one region.",
  fields: (t) => ({
    containerCount: t.exposeInt('containerCount'),
    objectCount: t.exposeFloat('objectCount'),
    bytesUsed: t.exposeFloat('bytesUsed'),
  }),
});

export const StorageObjectRef = regionalNode<ObjectNode>('StorageObject', {
  description: 'An object in a container.',
  upstreamId: (o) => `${o.container}/${o.name}`,
  load: objectStorage.loadObjects,
});

builder.objectFields(StorageObjectRef, (t) => ({
  name: t.exposeString('name', { description: 'The full name; "/" in it is only a convention for folders' }),
  size: t.exposeFloat('size', { description: 'Bytes' }),
  contentType: t.exposeString('contentType', { nullable: true }),
  etag: t.exposeString('etag', { nullable: true, description: 'MD5 of the content (hex)' }),
  lastModified: t.expose('lastModified', { type: 'DateTime', nullable: true }),
  metadata: t.field({
    type: [MetadataEntryRef],
    nullable: true,
    upstream: true,
    description: 'X-Object-Meta-* (one HEAD when the object came from a listing)',
    resolve: async (o, _, ctx) => Object.entries(await objectStorage.objectMetadata(ctx, o)),
  }),
  content: t.string({
    nullable: true,
    upstream: true,
    description: `The content as UTF-8 text, for text objects up to ${READ_CONTENT_MAX_BYTES} bytes; null for larger or binary ones. Read only when selected.`,
    resolve: async (o, _, ctx) => {
      if (o.size > READ_CONTENT_MAX_BYTES) return null;
      const read = await objectStorage.objectContent(ctx, o);
      return read?.body ? asText(read.body, read.object.contentType) : null;
    },
  }),
  contentBase64: t.string({
    nullable: true,
    upstream: true,
    description: `The content as base64, for objects up to ${READ_CONTENT_MAX_BYTES} bytes; null for larger ones.`,
    resolve: async (o, _, ctx) => {
      if (o.size > READ_CONTENT_MAX_BYTES) return null;
      const read = await objectStorage.objectContent(ctx, o);
      return read?.body ? read.body.toString('base64') : null;
    },
  }),
}));

const StorageObjectEdge = builder.objectRef<{ cursor: string; node: StorageObject }>('StorageObjectEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: StorageObjectRef, resolve: (e) => e.node }),
  }),
});

interface ObjectPage {
  edges: { cursor: string; node: StorageObject }[];
  folders: string[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

// Not a `t.connection`: the cloud pages by marker, forward only, and a page holds folders
// and no total. Its cursors are the other connections' (`toCursor` of a name).
const StorageObjectConnection = builder.objectRef<ObjectPage>('StorageObjectConnection').implement({
  description: 'One page of a container listing. `pageInfo.endCursor` follows folders too: pass it as `after` for the next page.',
  fields: (t) => ({
    edges: t.field({ type: [StorageObjectEdge], resolve: (p) => p.edges }),
    folders: t.exposeStringList('folders', { description: 'Pseudo-folders of this page (names up to and including the delimiter), when a delimiter was given' }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (p) => p.pageInfo }),
  }),
});

export const ContainerRef = regionalNode<ContainerNode>('Container', {
  description: 'An object storage container (Swift), addressed by name within its region.',
  upstreamId: (c) => c.name,
  load: objectStorage.loadContainers,
});

builder.objectFields(ContainerRef, (t) => ({
  name: t.exposeString('name'),
  objectCount: t.exposeInt('objectCount'),
  bytesUsed: t.exposeFloat('bytesUsed'),
  lastModified: t.expose('lastModified', { type: 'DateTime', nullable: true }),
  storagePolicy: t.string({
    nullable: true,
    upstream: true,
    description: 'Storage class as the cloud reports it: standard or economy',
    resolve: async (c, _, ctx) => (await objectStorage.containerDetails(ctx, c))?.storagePolicy ?? null,
  }),
  metadata: t.field({
    type: [MetadataEntryRef],
    nullable: true,
    upstream: true,
    description: 'X-Container-Meta-* (keys lower-case; Swift treats them case-insensitively)',
    resolve: async (c, _, ctx) => Object.entries((await objectStorage.containerDetails(ctx, c))?.metadata ?? {}),
  }),
  readAcl: t.string({ nullable: true, upstream: true, resolve: async (c, _, ctx) => (await objectStorage.containerDetails(ctx, c))?.readAcl ?? null }),
  writeAcl: t.string({ nullable: true, upstream: true, resolve: async (c, _, ctx) => (await objectStorage.containerDetails(ctx, c))?.writeAcl ?? null }),
  publicRead: t.boolean({
    nullable: true,
    upstream: true,
    description: 'Anyone may read the objects and the listing without a token',
    resolve: async (c, _, ctx) => {
      const rules = ((await objectStorage.containerDetails(ctx, c))?.readAcl ?? '').split(',').map((r) => r.trim());
      return rules.includes('.r:*') && rules.includes('.rlistings');
    },
  }),
  objects: t.field({
    type: StorageObjectConnection,
    nullable: true,
    upstream: true,
    description: 'Objects in name order, paged with the cloud’s own marker (one call per page). With `delimiter`, names below it collapse into `folders`.',
    args: {
      prefix: t.arg.string({ required: false }),
      delimiter: t.arg.string({ required: false }),
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (c, args, ctx) => {
      checkPageSize(args);
      const first = args.first ?? DEFAULT_PAGE;
      const delimiter = args.delimiter == null ? undefined : validate(oneCharacter, args.delimiter, ['delimiter']);
      const marker = args.after ? fromCursor(args.after) : undefined;
      if (first === 0) return { edges: [], folders: [], pageInfo: { hasNextPage: false, hasPreviousPage: Boolean(marker), startCursor: null, endCursor: null } };
      // One more than asked tells whether another page follows.
      const listing = await objectStorage.listObjects(ctx, c, { prefix: args.prefix ?? undefined, delimiter, marker, limit: first + 1 });
      const entries = listing.entries.slice(0, first);
      const nameOf = (e: (typeof entries)[number]) => (e.kind === 'object' ? e.object.name : e.name);
      const firstEntry = entries[0];
      const lastEntry = entries.at(-1);
      return {
        edges: entries.flatMap((e) => (e.kind === 'object' ? [{ cursor: toCursor(e.object.name), node: e.object }] : [])),
        folders: entries.flatMap((e) => (e.kind === 'folder' ? [e.name] : [])),
        pageInfo: {
          hasNextPage: listing.entries.length > first,
          hasPreviousPage: Boolean(marker),
          startCursor: firstEntry ? toCursor(nameOf(firstEntry)) : null,
          endCursor: lastEntry ? toCursor(nameOf(lastEntry)) : null,
        },
      };
    },
  }),
  object: t.field({
    type: StorageObjectRef,
    nullable: true,
    upstream: true,
    description: 'One object by name (a HEAD); null when there is none',
    args: { name: t.arg.string({ required: true }) },
    resolve: (c, args, ctx) => objectStorage.findObject(ctx, { ...c, id: c.name }, args.name),
  }),
}));

// After Container exists: the two types refer to each other.
builder.objectField(StorageObjectRef, 'container', (t) =>
  t.field({ type: ContainerRef, nullable: true, upstream: true, resolve: (o) => refKey(o, o.container) }),
);

builder.objectFields(RegionRef, (t) => ({
  containers: t.field({
    type: [ContainerRef],
    nullable: true,
    upstream: true,
    description: 'The object storage containers of the region, optionally only those whose name starts with `prefix`',
    args: { prefix: t.arg.string({ required: false }) },
    resolve: (r, args, ctx) => objectStorage.listContainers(ctx, r, args.prefix ?? ''),
  }),
  container: t.field({
    type: ContainerRef,
    nullable: true,
    upstream: true,
    description: 'One container by name (one HEAD); null when there is none',
    args: { name: t.arg.string({ required: true }) },
    // A name no container can have is answered without asking the cloud.
    resolve: (r, args, ctx) => (isUpstreamId('Container', args.name) ? objectStorage.findContainer(ctx, r, args.name) : null),
  }),
  objectStorageUsage: t.field({
    type: StorageUsageRef,
    nullable: true,
    upstream: true,
    description: "The account's container, object and byte counters in this region (one HEAD)",
    resolve: (r, _, ctx) => objectStorage.usage(ctx, r),
  }),
}));

// --- mutations ---

/** NHN's container-name rules (nhn-object-storage §3.1) and Swift's limits. */
const containerName = z
  .string()
  .min(1, 'must not be empty')
  .refine((n) => Buffer.byteLength(n) <= 256, 'must be at most 256 bytes')
  .refine((n) => !/['"`<>;\s/]/.test(n), "must not hold spaces, \"/\" or any of ' \" ` < > ;")
  .refine((n) => n !== '.' && n !== '..', 'must not be "." or ".."')
  .refine((n) => !/^\d{1,3}(\.\d{1,3}){3}$/.test(n), 'must not look like an IP address')
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\u0000-\u001f\u007f]/.test(n), 'must not hold control characters');

/** Object names: up to 1024 bytes; `.` and `..` segments are refused because URLs would fold them away. */
const objectName = z
  .string()
  .min(1, 'must not be empty')
  .refine((n) => Buffer.byteLength(n) <= 1024, 'must be at most 1024 bytes')
  .refine((n) => !n.startsWith('/'), 'must not start with "/"')
  .refine((n) => n.split('/').every((s) => s !== '.' && s !== '..'), 'must not hold "." or ".." path segments')
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\u0000-\u001f\u007f]/.test(n), 'must not hold control characters');

/** Metadata travels as HTTP headers: token-like keys, printable ASCII values. */
const metadataKey = z
  .string()
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'may hold only letters, digits and "-" (it becomes an HTTP header name)');
const metadataValue = z
  .string()
  .max(256, 'must be at most 256 characters')
  .regex(/^[\x20-\x7e]*$/, 'may hold only printable ASCII (it becomes an HTTP header value)');

const MetadataInput = builder.inputType('MetadataInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    value: t.string({ required: true, description: 'For updates, an empty value removes the key' }),
  }),
});

function readMetadata(entries: readonly { key: string; value: string }[] | null | undefined, allowEmpty: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  (entries ?? []).forEach((e, i) => {
    const key = validate(metadataKey, e.key, ['metadata', String(i), 'key']).toLowerCase();
    const value = validate(metadataValue, e.value, ['metadata', String(i), 'value']);
    if (!allowEmpty && value === '') throw new ValidationError('value must not be empty', ['metadata', String(i), 'value']);
    out[key] = value;
  });
  return out;
}

const StoragePolicyEnum = builder.enumType('ContainerStoragePolicy', {
  description: 'Storage class, fixed at creation',
  values: {
    STANDARD: { value: 'Standard', description: 'Frequently read data' },
    ECONOMY: { value: 'Economy', description: 'Rarely read data: cheaper storage, 30-day minimum, per-request billing' },
  } as const,
});

const CreateContainerInput = builder.inputType('CreateContainerInput', {
  fields: (t) => ({
    regionId: t.globalID({ required: true, for: RegionRef }),
    name: t.string({ required: true, description: "Up to 256 bytes; no spaces, \"/\" or ' \" ` < > ; and not an IP address" }),
    storagePolicy: t.field({ type: StoragePolicyEnum, required: false, defaultValue: 'Standard' }),
    publicRead: t.boolean({ required: false, defaultValue: false, description: 'Let anyone read the objects and the listing' }),
    metadata: t.field({ type: [MetadataInput], required: false }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('container') }),
  }),
});

const UpdateContainerInput = builder.inputType('UpdateContainerInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: ContainerRef }),
    metadata: t.field({ type: [MetadataInput], required: false, description: 'Keys to set; an empty value removes the key; keys not named are kept' }),
    publicRead: t.boolean({ required: false, description: 'Change the read policy; omit to keep it' }),
  }),
});

const PutObjectInput = builder.inputType('PutObjectInput', {
  fields: (t) => ({
    containerId: t.globalID({ required: true, for: ContainerRef }),
    name: t.string({ required: true, description: 'Up to 1024 bytes; "/" makes pseudo-folders' }),
    content: t.string({ required: false, description: 'The content as text (stored as UTF-8); this or contentBase64' }),
    contentBase64: t.string({ required: false, description: 'The content as base64, for binary objects' }),
    contentType: t.string({ required: false, description: 'text/plain; charset=utf-8 for content, application/octet-stream for contentBase64 when omitted' }),
    metadata: t.field({ type: [MetadataInput], required: false }),
  }),
});

const containerPayload = (name: string) =>
  payloadType<{ container: ContainerNode | null }>(name, { fields: (t) => ({ container: t.field({ type: ContainerRef, nullable: true, resolve: (p) => p.container }) }) });

const CreateContainerPayload = containerPayload('CreateContainerPayload');
const ContainerPayload = containerPayload('ContainerPayload');

const StorageObjectPayload = payloadType<{ object: ObjectNode | null }>('StorageObjectPayload', {
  fields: (t) => ({ object: t.field({ type: StorageObjectRef, nullable: true, resolve: (p) => p.object }) }),
});

const contentType = z.string().min(1).max(256).regex(/^[\x20-\x7e]+$/, 'must be printable ASCII');

/** The bytes of a putObject input, or a ValidationError; checked before any upstream call. */
function objectBody(input: { content?: string | null; contentBase64?: string | null }): Buffer {
  const hasText = input.content != null;
  const hasBase64 = input.contentBase64 != null;
  if (hasText === hasBase64) throw new ValidationError('Give exactly one of content and contentBase64', [hasText ? 'contentBase64' : 'content']);
  let body: Buffer;
  if (hasText) {
    // Cheap bound first: UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (input.content!.length > PUT_OBJECT_MAX_BYTES) body = Buffer.alloc(PUT_OBJECT_MAX_BYTES + 1);
    else body = Buffer.from(input.content!, 'utf8');
    if (body.length > PUT_OBJECT_MAX_BYTES) throw tooLarge('content', Buffer.byteLength(input.content!, 'utf8'));
    return body;
  }
  const b64 = input.contentBase64!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) throw new ValidationError('contentBase64 is not base64', ['contentBase64']);
  const size = Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
  if (size > PUT_OBJECT_MAX_BYTES) throw tooLarge('contentBase64', size);
  return Buffer.from(b64, 'base64');
}

function tooLarge(field: string, size: number): ValidationError {
  return new ValidationError(
    `${field} is ${size} bytes; putObject takes at most ${PUT_OBJECT_MAX_BYTES} bytes (5 MiB). Upload larger objects straight to the object storage API (segmented upload).`,
    [field],
  );
}

builder.mutationFields((t) => ({
  createContainer: t.field({
    type: CreateContainerPayload,
    description: 'Creates an empty container. A container of that name that already exists is a ConflictError (and is left as it is).',
    args: { input: t.arg({ type: CreateContainerInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const spec = {
        name: validate(containerName, input.name, ['name']),
        storagePolicy: input.storagePolicy ?? 'Standard',
        metadata: readMetadata(input.metadata, false),
        publicRead: Boolean(input.publicRead),
      };
      return { container: await objectStorage.createContainer(ctx, placement(input.regionId), spec, input) };
    },
  }),
  updateContainer: t.field({
    type: ContainerPayload,
    description: "Sets or removes metadata keys and changes the read policy; what is not named is kept.",
    args: { input: t.arg({ type: UpdateContainerInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const metadata = readMetadata(input.metadata, true);
      const readAcl = input.publicRead == null ? undefined : input.publicRead ? PUBLIC_READ_ACL : '';
      if (Object.keys(metadata).length === 0 && readAcl === undefined) throw new ValidationError('Nothing to change: give metadata or publicRead', ['input']);
      return { container: await objectStorage.updateContainer(ctx, address(input.id), { metadata, readAcl }) };
    },
  }),
  deleteContainer: t.field({
    type: DeletePayloadRef,
    description: 'Deletes an empty container; one that still holds objects is a ConflictError (currentStatus NOT_EMPTY).',
    args: { id: t.arg.globalID({ required: true, for: ContainerRef }) },
    resolve: async (_, args, ctx) => {
      await objectStorage.deleteContainer(ctx, address(args.id));
      return { deletedId: deletedIdOf(args.id) };
    },
  }),
  putObject: t.field({
    type: StorageObjectPayload,
    description: `Uploads (or overwrites) a small object, up to ${PUT_OBJECT_MAX_BYTES} bytes; larger content is refused before any upload.`,
    args: { input: t.arg({ type: PutObjectInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const name = validate(objectName, input.name, ['name']);
      const body = objectBody(input);
      const metadata = readMetadata(input.metadata, false);
      const type = validate(contentType, input.contentType ?? (input.content != null ? 'text/plain; charset=utf-8' : 'application/octet-stream'), ['contentType']);
      return { object: await objectStorage.putObject(ctx, address(input.containerId), name, body, { contentType: type, metadata }) };
    },
  }),
  deleteObject: t.field({
    type: DeletePayloadRef,
    args: { id: t.arg.globalID({ required: true, for: StorageObjectRef }) },
    resolve: async (_, args, ctx) => {
      const ref = address(args.id);
      const { container, name } = splitObjectId(ref.id);
      await objectStorage.deleteObject(ctx, { ...ref, id: container }, name);
      return { deletedId: deletedIdOf(args.id) };
    },
  }),
}));
