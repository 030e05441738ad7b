import { z } from 'zod';
import { GraphQLError } from 'graphql';
import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import type { Container, ContainerDetails, Placement, StorageObject, StorageUsage, StoredObjectContent } from '../cloud/model.js';
import { IDEMPOTENCY_MARK } from '../cloud/model.js';
import { builder } from './builder.js';
import { changed } from '../domain/changes.js';
import { MetadataEntryRef } from './compute.js';
import { MAX_PAGE } from './connection.js';
import { sessionFor } from '../domain/session.js';
import type { HanulContext } from '../server/context.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { registerNodeLoader } from './node-loaders.js';
import { DeletePayloadRef } from './payloads.js';
import { isUpstreamId, loadGrouped, parseGlobalId, parseRegionId, type Ref } from './refs.js';
import { refKey, regionKey } from '../domain/keys.js';
import { RegionRef } from './region.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { keyedCreate } from '../domain/create-once.js';
import { validate } from '../domain/validate.js';

const oneCharacter = z.string().length(1, 'must be one character, usually "/"');

/**
 * Object storage: containers and their objects. Containers are listed once per region per
 * operation; metadata and ACLs (a HEAD per container) only when selected; object listings
 * page with the cloud's own marker, so a page costs one call however large the container.
 */

/** `putObject` takes objects up to this size; larger ones belong in a direct or segmented upload. */
export const PUT_OBJECT_MAX_BYTES = 5 * 1024 * 1024;
/** `content` and `contentBase64` are read for objects up to this size. */
export const READ_CONTENT_MAX_BYTES = 1024 * 1024;
const DEFAULT_PAGE = 100;

/** The public-read ACL: objects and the listing readable without a token (Swift referrer ACL). */
const PUBLIC_READ_ACL = '.r:*,.rlistings';

// --- per-operation reads (keys under `{region}:containers`, so `changed()` drops them) ---

const containersKey = (p: Placement) => `${regionKey(p)}:containers`;

function listContainers(ctx: HanulContext, p: Placement, prefix = ''): Promise<Container[]> {
  return ctx.cache.memo(`${containersKey(p)}:list:${prefix}`, () => sessionFor(ctx, p.provider).objectStorage.listContainers(p.region, prefix || undefined));
}

/** A container as the schema carries it: listing counters, and its HEAD once read. */
type ContainerNode = Container & { details?: ContainerDetails };

function containerDetails(ctx: HanulContext, c: ContainerNode): Promise<ContainerDetails | null> {
  if (c.details) return Promise.resolve(c.details);
  return containerDetailsByName(ctx, c, c.name);
}

function containerDetailsByName(ctx: HanulContext, p: Placement, name: string): Promise<ContainerDetails | null> {
  return ctx.cache.memo(`${containersKey(p)}:head:${name}`, () => sessionFor(ctx, p.provider).objectStorage.getContainer(p.region, name));
}

/** An object with its metadata once HEAD or GET read it. */
type ObjectNode = StorageObject & { metadata?: Record<string, string> };

function objectContent(ctx: HanulContext, o: StorageObject): Promise<StoredObjectContent | null> {
  return ctx.cache.memo(`${containersKey(o)}:object:${o.container}/${o.name}`, () =>
    sessionFor(ctx, o.provider).objectStorage.getObject(o.region, o.container, o.name, READ_CONTENT_MAX_BYTES),
  );
}

/** A node id `{provider}:{region}:{container}/{object}`: container names hold no `/`, object names may. */
function splitObjectId(ref: Ref, field: string[]): { container: string; name: string } {
  const slash = ref.id.indexOf('/');
  if (slash <= 0 || slash === ref.id.length - 1) throw new ValidationError(`${field.at(-1)} is not the id of a StorageObject`, field);
  return { container: ref.id.slice(0, slash), name: ref.id.slice(slash + 1) };
}

const objectKey = (o: StorageObject) => refKey(o, `${o.container}/${o.name}`);

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

const encodeCursor = (name: string) => Buffer.from(`o:${name}`).toString('base64url');
function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('o:')) throw new GraphQLError(`"${cursor}" is not a cursor of this list`, { extensions: { code: 'BAD_USER_INPUT' } });
  return raw.slice(2);
}

function pageInfo(hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null) {
  return { hasNextPage, hasPreviousPage, startCursor, endCursor };
}

export const StorageObjectRef = builder.loadableNode('StorageObject', {
  description: 'An object in a container.',
  id: { resolve: (o: ObjectNode) => objectKey(o) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, ids): Promise<ObjectNode[]> => {
      const storage = sessionFor(ctx, p.provider).objectStorage;
      const found = await Promise.all(
        ids.map(async (id): Promise<ObjectNode | null> => {
          const slash = id.indexOf('/');
          if (slash <= 0) return null;
          const head = await storage.headObject(p.region, id.slice(0, slash), id.slice(slash + 1));
          return head ? { ...head.object, metadata: head.metadata } : null;
        }),
      );
      return found.filter((o): o is ObjectNode => o !== null);
    }, ctx, (o: ObjectNode) => objectKey(o)),
  fields: (t) => ({
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
      resolve: async (o, _, ctx) => {
        if (o.metadata) return Object.entries(o.metadata);
        const head = await ctx.cache.memo(`${containersKey(o)}:objecthead:${o.container}/${o.name}`, () =>
          sessionFor(ctx, o.provider).objectStorage.headObject(o.region, o.container, o.name),
        );
        return Object.entries(head?.metadata ?? {});
      },
    }),
    content: t.string({
      nullable: true,
      upstream: true,
      description: `The content as UTF-8 text, for text objects up to ${READ_CONTENT_MAX_BYTES} bytes; null for larger or binary ones. Read only when selected.`,
      resolve: async (o, _, ctx) => {
        if (o.size > READ_CONTENT_MAX_BYTES) return null;
        const read = await objectContent(ctx, o);
        return read?.body ? asText(read.body, read.object.contentType) : null;
      },
    }),
    contentBase64: t.string({
      nullable: true,
      upstream: true,
      description: `The content as base64, for objects up to ${READ_CONTENT_MAX_BYTES} bytes; null for larger ones.`,
      resolve: async (o, _, ctx) => {
        if (o.size > READ_CONTENT_MAX_BYTES) return null;
        const read = await objectContent(ctx, o);
        return read?.body ? read.body.toString('base64') : null;
      },
    }),
  }),
});

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

const StorageObjectConnection = builder.objectRef<ObjectPage>('StorageObjectConnection').implement({
  description: 'One page of a container listing. `pageInfo.endCursor` follows folders too: pass it as `after` for the next page.',
  fields: (t) => ({
    edges: t.field({ type: [StorageObjectEdge], resolve: (p) => p.edges }),
    folders: t.exposeStringList('folders', { description: 'Pseudo-folders of this page (names up to and including the delimiter), when a delimiter was given' }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (p) => p.pageInfo }),
  }),
});

export const ContainerRef = builder.loadableNode('Container', {
  description: 'An object storage container (Swift), addressed by name within its region.',
  id: { resolve: (c: ContainerNode) => refKey(c, c.name) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, names): Promise<ContainerNode[]> => {
      const listed = ctx.cache.peek<Container[]>(`${containersKey(p)}:list:`);
      if (listed) return (await listed).filter((c) => names.includes(c.name));
      // One HEAD per container is cheaper than listing an account that may hold thousands.
      const storage = sessionFor(ctx, p.provider).objectStorage;
      const found = await Promise.all(
        names.map(async (name): Promise<ContainerNode | null> => {
          const details = await storage.getContainer(p.region, name);
          return details ? { ...p, name, objectCount: details.objectCount, bytesUsed: details.bytesUsed, lastModified: null, details } : null;
        }),
      );
      return found.filter((c): c is ContainerNode => c !== null);
    }, ctx, (c: ContainerNode) => refKey(c, c.name)),
  fields: (t) => ({
    name: t.exposeString('name'),
    region: t.field({ type: RegionRef, resolve: (c) => regionKey(c) }),
    objectCount: t.exposeInt('objectCount'),
    bytesUsed: t.exposeFloat('bytesUsed'),
    lastModified: t.expose('lastModified', { type: 'DateTime', nullable: true }),
    storagePolicy: t.string({
      nullable: true,
      upstream: true,
      description: 'Storage class as the cloud reports it: standard or economy',
      resolve: async (c, _, ctx) => (await containerDetails(ctx, c))?.storagePolicy ?? null,
    }),
    metadata: t.field({
      type: [MetadataEntryRef],
      nullable: true,
      upstream: true,
      description: 'X-Container-Meta-* (keys lower-case; Swift treats them case-insensitively)',
      resolve: async (c, _, ctx) => Object.entries((await containerDetails(ctx, c))?.metadata ?? {}),
    }),
    readAcl: t.string({ nullable: true, upstream: true, resolve: async (c, _, ctx) => (await containerDetails(ctx, c))?.readAcl ?? null }),
    writeAcl: t.string({ nullable: true, upstream: true, resolve: async (c, _, ctx) => (await containerDetails(ctx, c))?.writeAcl ?? null }),
    publicRead: t.boolean({
      nullable: true,
      upstream: true,
      description: 'Anyone may read the objects and the listing without a token',
      resolve: async (c, _, ctx) => {
        const rules = ((await containerDetails(ctx, c))?.readAcl ?? '').split(',').map((r) => r.trim());
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
        const first = args.first ?? DEFAULT_PAGE;
        if (first < 0 || first > MAX_PAGE) throw new GraphQLError(`first must be between 0 and ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT' } });
        const delimiter = args.delimiter == null ? undefined : validate(oneCharacter, args.delimiter, ['delimiter']);
        const marker = args.after ? decodeCursor(args.after) : undefined;
        if (first === 0) return { edges: [], folders: [], pageInfo: pageInfo(false, Boolean(marker), null, null) };
        // One more than asked tells whether another page follows.
        const listing = await sessionFor(ctx, c.provider).objectStorage.listObjects(c.region, c.name, {
          prefix: args.prefix ?? undefined,
          delimiter,
          marker,
          limit: first + 1,
        });
        const entries = listing.entries.slice(0, first);
        const edges = entries.flatMap((e) => (e.kind === 'object' ? [{ cursor: encodeCursor(e.object.name), node: e.object }] : []));
        const folders = entries.flatMap((e) => (e.kind === 'folder' ? [e.name] : []));
        const nameOf = (e: (typeof entries)[number]) => (e.kind === 'object' ? e.object.name : e.name);
        const firstEntry = entries[0];
        const lastEntry = entries.at(-1);
        return {
          edges,
          folders,
          pageInfo: pageInfo(
            listing.entries.length > first,
            Boolean(marker),
            firstEntry ? encodeCursor(nameOf(firstEntry)) : null,
            lastEntry ? encodeCursor(nameOf(lastEntry)) : null,
          ),
        };
      },
    }),
    object: t.field({
      type: StorageObjectRef,
      nullable: true,
      upstream: true,
      description: 'One object by name (a HEAD); null when there is none',
      args: { name: t.arg.string({ required: true }) },
      resolve: async (c, args, ctx) => {
        const head = await sessionFor(ctx, c.provider).objectStorage.headObject(c.region, c.name, args.name);
        return head ? { ...head.object, metadata: head.metadata } : null;
      },
    }),
  }),
});

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
    resolve: (r, args, ctx) => listContainers(ctx, r, args.prefix ?? ''),
  }),
  container: t.field({
    type: ContainerRef,
    nullable: true,
    upstream: true,
    description: 'One container by name (one HEAD); null when there is none',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (r, args, ctx) => {
      // A name no container can have is answered without asking the cloud.
      if (!isUpstreamId('Container', args.name)) return null;
      const details = await containerDetailsByName(ctx, r, args.name);
      return details ? { provider: r.provider, region: r.region, name: args.name, objectCount: details.objectCount, bytesUsed: details.bytesUsed, lastModified: null, details } : null;
    },
  }),
  objectStorageUsage: t.field({
    type: StorageUsageRef,
    nullable: true,
    upstream: true,
    description: "The account's container, object and byte counters in this region (one HEAD)",
    resolve: (r, _, ctx) => sessionFor(ctx, r.provider).objectStorage.usage(r.region),
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

function readMetadata(entries: readonly { key: string; value: string }[] | null | undefined, field: string[], allowEmpty: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  (entries ?? []).forEach((e, i) => {
    const key = validate(metadataKey, e.key, [...field, String(i), 'key']).toLowerCase();
    const value = validate(metadataValue, e.value, [...field, String(i), 'value']);
    if (!allowEmpty && value === '') throw new ValidationError('value must not be empty', [...field, String(i), 'value']);
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
    regionId: t.id({ required: true }),
    name: t.string({ required: true, description: "Up to 256 bytes; no spaces, \"/\" or ' \" ` < > ; and not an IP address" }),
    storagePolicy: t.field({ type: StoragePolicyEnum, required: false, defaultValue: 'Standard' }),
    publicRead: t.boolean({ required: false, defaultValue: false, description: 'Let anyone read the objects and the listing' }),
    metadata: t.field({ type: [MetadataInput], required: false }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('container') }),
  }),
});

const UpdateContainerInput = builder.inputType('UpdateContainerInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    metadata: t.field({ type: [MetadataInput], required: false, description: 'Keys to set; an empty value removes the key; keys not named are kept' }),
    publicRead: t.boolean({ required: false, description: 'Change the read policy; omit to keep it' }),
  }),
});

const PutObjectInput = builder.inputType('PutObjectInput', {
  fields: (t) => ({
    containerId: t.id({ required: true }),
    name: t.string({ required: true, description: 'Up to 1024 bytes; "/" makes pseudo-folders' }),
    content: t.string({ required: false, description: 'The content as text (stored as UTF-8); this or contentBase64' }),
    contentBase64: t.string({ required: false, description: 'The content as base64, for binary objects' }),
    contentType: t.string({ required: false, description: 'text/plain; charset=utf-8 for content, application/octet-stream for contentBase64 when omitted' }),
    metadata: t.field({ type: [MetadataInput], required: false }),
  }),
});

const ContainerPayload = builder.objectRef<Outcome<{ container: ContainerNode | null }>>('ContainerPayload').implement({
  fields: (t) => ({
    container: t.field({ type: ContainerRef, nullable: true, resolve: (p) => p.container }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const StorageObjectPayload = builder.objectRef<Outcome<{ object: ObjectNode | null }>>('StorageObjectPayload').implement({
  fields: (t) => ({
    object: t.field({ type: StorageObjectRef, nullable: true, resolve: (p) => p.object }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

/** Reads a container fresh (one HEAD). */
async function readContainer(ctx: HanulContext, p: Placement, name: string): Promise<ContainerNode> {
  const details = await sessionFor(ctx, p.provider).objectStorage.getContainer(p.region, name);
  if (!details) throw new NotFoundError('Container', name);
  return { provider: p.provider, region: p.region, name, objectCount: details.objectCount, bytesUsed: details.bytesUsed, lastModified: null, details };
}

/** The bytes of a putObject input, or a ValidationError; checked before any upstream call. */
function objectBody(input: { content?: string | null; contentBase64?: string | null }): Buffer {
  const hasText = input.content != null;
  const hasBase64 = input.contentBase64 != null;
  if (hasText === hasBase64) throw new ValidationError('Give exactly one of content and contentBase64', ['input', hasText ? 'contentBase64' : 'content']);
  let body: Buffer;
  if (hasText) {
    // Cheap bound first: UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (input.content!.length > PUT_OBJECT_MAX_BYTES) body = Buffer.alloc(PUT_OBJECT_MAX_BYTES + 1);
    else body = Buffer.from(input.content!, 'utf8');
    if (body.length > PUT_OBJECT_MAX_BYTES) throw tooLarge('content', Buffer.byteLength(input.content!, 'utf8'));
    return body;
  }
  const b64 = input.contentBase64!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) throw new ValidationError('contentBase64 is not base64', ['input', 'contentBase64']);
  const size = Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
  if (size > PUT_OBJECT_MAX_BYTES) throw tooLarge('contentBase64', size);
  return Buffer.from(b64, 'base64');
}

function tooLarge(field: string, size: number): ValidationError {
  return new ValidationError(
    `${field} is ${size} bytes; putObject takes at most ${PUT_OBJECT_MAX_BYTES} bytes (5 MiB). Upload larger objects straight to the object storage API (segmented upload).`,
    ['input', field],
  );
}

builder.mutationFields((t) => ({
  createContainer: t.field({
    type: ContainerPayload,
    description: 'Creates an empty container. A container of that name that already exists is a ConflictError (and is left as it is).',
    args: { input: t.arg({ type: CreateContainerInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ container: null as ContainerNode | null }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        const name = validate(containerName, input.name, ['input', 'name']);
        const metadata = readMetadata(input.metadata, ['input', 'metadata'], false);
        const session = sessionFor(ctx, region.provider);
        const storage = session.objectStorage;
        const container = await keyedCreate(ctx, session, region, input, {
          kind: 'Container',
          create: async (key) => {
            // Swift's PUT on an existing container succeeds and rewrites its settings: refuse that instead.
            if (await storage.getContainer(region.region, name)) throw new ConflictError(`A container named ${name} already exists in ${region.region}`, 'EXISTS');
            await storage.createContainer(region.region, name, {
              storagePolicy: input.storagePolicy ?? 'Standard',
              metadata: key ? { ...metadata, [IDEMPOTENCY_MARK]: key } : metadata,
              readAcl: input.publicRead ? PUBLIC_READ_ACL : undefined,
            });
            return readContainer(ctx, region, name);
          },
          id: (c) => c.name,
          read: (id) => readContainer(ctx, region, id),
          // The container carries its key as metadata: a lost answer's container is found by it.
          find: async (key) => ((await storage.getContainer(region.region, name))?.metadata[IDEMPOTENCY_MARK] === key ? readContainer(ctx, region, name) : undefined),
        });
        changed(ctx, region, 'containers');
        return { container };
      }),
  }),
  updateContainer: t.field({
    type: ContainerPayload,
    description: "Sets or removes metadata keys and changes the read policy; what is not named is kept.",
    args: { input: t.arg({ type: UpdateContainerInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ container: null as ContainerNode | null }, async () => {
        const ref = parseGlobalId(String(input.id), 'Container', ['input', 'id']);
        const metadata = readMetadata(input.metadata, ['input', 'metadata'], true);
        const readAcl = input.publicRead == null ? undefined : input.publicRead ? PUBLIC_READ_ACL : '';
        if (Object.keys(metadata).length === 0 && readAcl === undefined) throw new ValidationError('Nothing to change: give metadata or publicRead', ['input']);
        await sessionFor(ctx, ref.provider).objectStorage.updateContainer(ref.region, ref.id, { metadata, readAcl });
        changed(ctx, ref, 'containers');
        return { container: await readContainer(ctx, ref, ref.id) };
      }),
  }),
  deleteContainer: t.field({
    type: DeletePayloadRef,
    description: 'Deletes an empty container; one that still holds objects is a ConflictError (currentStatus NOT_EMPTY).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Container', ['id']);
        await sessionFor(ctx, ref.provider).objectStorage.deleteContainer(ref.region, ref.id);
        changed(ctx, ref, 'containers');
        return { deletedId: String(args.id) };
      }),
  }),
  putObject: t.field({
    type: StorageObjectPayload,
    description: `Uploads (or overwrites) a small object, up to ${PUT_OBJECT_MAX_BYTES} bytes; larger content is refused before any upload.`,
    args: { input: t.arg({ type: PutObjectInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ object: null as ObjectNode | null }, async () => {
        const container = parseGlobalId(String(input.containerId), 'Container', ['input', 'containerId']);
        const name = validate(objectName, input.name, ['input', 'name']);
        const body = objectBody(input);
        const metadata = readMetadata(input.metadata, ['input', 'metadata'], false);
        const contentType = validate(
          z.string().min(1).max(256).regex(/^[\x20-\x7e]+$/, 'must be printable ASCII'),
          input.contentType ?? (input.content != null ? 'text/plain; charset=utf-8' : 'application/octet-stream'),
          ['input', 'contentType'],
        );
        const object = await sessionFor(ctx, container.provider).objectStorage.putObject(container.region, container.id, name, body, { contentType, metadata });
        changed(ctx, container, 'containers');
        return { object: { ...object, metadata } };
      }),
  }),
  deleteObject: t.field({
    type: DeletePayloadRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'StorageObject', ['id']);
        const { container, name } = splitObjectId(ref, ['id']);
        await sessionFor(ctx, ref.provider).objectStorage.deleteObject(ref.region, container, name);
        changed(ctx, ref, 'containers');
        return { deletedId: String(args.id) };
      }),
  }),
}));

registerNodeLoader('Container', ContainerRef);
registerNodeLoader('StorageObject', StorageObjectRef);
