import { decodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from '../cloud/errors.js';
import type { Placement, ProviderName, ResourceAddress } from '../cloud/model.js';
import { regionKey } from '../domain/keys.js';
import { inChildSpan } from '../spans.js';
import { INVALID_NODE_KEY } from './payload-plugin.js';
import { isRegionName, MAX_SEGMENT_BYTES, segmentProblem } from '../cloud/url.js';
import type { HanulContext } from '../server/context.js';

/**
 * A resource's address in Hanul: its cloud, region and upstream id. The node id of every
 * type is `{provider}:{region}:{upstreamId}` (regions: `{provider}:{region}`), which the
 * relay plugin wraps with the type name into the opaque global id.
 * `Ref` is the old name (Pothos' object refs are `XRef`), kept until src/schema says `ResourceAddress`.
 */
export type Ref = ResourceAddress;

const PROVIDERS: readonly ProviderName[] = ['NHN', 'KAKAO'];

/** The clouds' own ids and names are short and plain; these never occur in one. */
const NOT_IN_IDS = /[?#%\\]/;
const MAX_ID_BYTES = 255;

/** An upstream id that is one path segment: no `/`, dots, `?#%\`, control characters, nothing endless. */
function isPlainId(id: string): boolean {
  return !segmentProblem(id) && !NOT_IN_IDS.test(id) && Buffer.byteLength(id) <= MAX_ID_BYTES;
}

/** A Swift name encodes to one segment (`?`, `#` and `%` are legal in them, and encoded). */
const isSwiftName = (name: string) => !segmentProblem(name);

/** `{container}/{object name}`: the object name may hold `/`, never a `.` or `..` part. */
function isObjectId(id: string): boolean {
  const slash = id.indexOf('/');
  const name = id.slice(slash + 1);
  return slash > 0 && isSwiftName(id.slice(0, slash)) && Buffer.byteLength(name) <= MAX_SEGMENT_BYTES && name.split('/').every((part) => part === '' || isSwiftName(part));
}

/** `{a}/{b}` of two plain ids (a node group: its cluster and its own id). */
function isPairId(id: string): boolean {
  const parts = id.split('/');
  return parts.length === 2 && parts.every(isPlainId);
}

/** The shape of each kind's upstream id; every other kind's is one plain id. */
const ID_SHAPES: Record<string, (id: string) => boolean> = {
  StorageObject: isObjectId,
  Container: isSwiftName,
  NodeGroup: isPairId,
};

/** True when `id` can be the upstream id of a `typename` (so it can only ever be one URL segment, or the kind's few). */
export function isUpstreamId(typename: string, id: string): boolean {
  return (ID_SHAPES[typename] ?? isPlainId)(id);
}

/**
 * Reads a node id made by `refKey`; undefined when it is not one. Every part is the
 * client's: the provider must be known, the region spelled like one, and (given the
 * kind) the upstream id shaped like that kind's. Whether the region is configured is the
 * context's to say (`isConfiguredRegion`).
 */
export function parseRefKey(key: string, typename?: string): Ref | undefined {
  const first = key.indexOf(':');
  const second = key.indexOf(':', first + 1);
  if (first < 0 || second < 0) return undefined;
  const provider = key.slice(0, first) as ProviderName;
  const region = key.slice(first + 1, second);
  const id = key.slice(second + 1);
  if (!PROVIDERS.includes(provider) || !isRegionName(region) || !id) return undefined;
  if (typename !== undefined && !isUpstreamId(typename, id)) return undefined;
  return { provider, region, id };
}

export function parseRegionKey(key: string): Placement | undefined {
  const [provider, region, ...rest] = key.split(':');
  if (!PROVIDERS.includes(provider as ProviderName) || !region || !isRegionName(region) || rest.length) return undefined;
  return { provider: provider as ProviderName, region };
}

/** True when this operation has credentials for the placement's provider and the provider is configured with its region. */
export function isConfiguredRegion(ctx: Pick<HanulContext, 'sessions'>, placement: Placement): boolean {
  return ctx.sessions.get(placement.provider)?.regions().some((r) => r.region === placement.region) ?? false;
}

/**
 * The `parse` of every node type's id: the key when it can name a node of `typename`,
 * otherwise `INVALID_NODE_KEY`, which `node` answers null for and an argument refuses (payload-plugin.ts).
 */
export function nodeKeyParser(typename: string): (key: string) => string {
  return (key) => (parseRefKey(key, typename) ? key : INVALID_NODE_KEY);
}

/** The Region id's `parse`: the key when it names a region, otherwise `INVALID_NODE_KEY`. */
export const regionKeyParser = (key: string): string => (parseRegionKey(key) ? key : INVALID_NODE_KEY);

/**
 * The address in a decoded global id argument (`t.arg.globalID({ for })`): its key was
 * checked by the type's `parse` before the resolver ran.
 */
export function address(id: { id: string; typename: string }): Ref {
  const ref = parseRefKey(id.id, id.typename);
  if (!ref) throw new ValidationError(`id is not the id of a ${id.typename}`, ['id']);
  return ref;
}

/** A decoded global id that must be of `typename`, for an argument that cannot name its type with `for`. */
export function ofType<T extends { id: string; typename: string }>(id: T, typename: string, field: string[]): T {
  if (id.typename !== typename) throw new ValidationError(`${field.at(-1)} is not the id of a ${typename}`, field);
  return id;
}

/** The upstream id in a decoded global id argument whose resource must live in `region` (the mutation's target). */
export function inRegion(region: Placement, id: { id: string; typename: string }, field: string | string[]): string {
  const ref = address(id);
  sameRegion(region, ref, typeof field === 'string' ? [field] : field);
  return ref.id;
}

/** The placement in a decoded Region global id argument. */
export function placement(id: { id: string }): Placement {
  const p = parseRegionKey(id.id);
  if (!p) throw new ValidationError('regionId is not the id of a Region', ['regionId']);
  return p;
}

/**
 * Decodes a global id argument that must name a `typename`. A malformed id or one of
 * another type is a ValidationError on `field`.
 */
export function parseGlobalId(globalId: string, typename: string, field: string[]): Ref {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new ValidationError(`${field.at(-1)} is not a Hanul id`, field);
  }
  const ref = decoded.typename === typename ? parseRefKey(decoded.id, typename) : undefined;
  // The id is not echoed: it is the client's, and may be anything.
  if (!ref) throw new ValidationError(`${field.at(-1)} is not the id of a ${typename}`, field);
  return ref;
}

/** Decodes a Region global id argument. */
export function parseRegionId(globalId: string, field: string[]): Placement {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = undefined;
  }
  const placement = decoded?.typename === 'Region' ? parseRegionKey(decoded.id) : undefined;
  if (!placement) throw new ValidationError(`${field.at(-1)} is not the id of a Region`, field);
  return placement;
}

/** Asserts that a referenced resource lives in the region the operation targets. */
export function sameRegion(target: Placement, ref: Ref, field: string[]): void {
  if (ref.provider !== target.provider || ref.region !== target.region) {
    throw new ValidationError(`${field.at(-1)} must be in ${target.provider} ${target.region}, not ${ref.provider} ${ref.region}`, field);
  }
}

/**
 * Loads node keys grouped by (provider, region): one `fetch` per group, in parallel.
 * Each key's result is its own group's (matched by `keyOf`): one failing or slow region
 * fails or delays only its own keys, never another region's in the same batch (DataLoader
 * adopts a promise in the batch's answer as that key's result). A key of a provider or
 * region this operation cannot reach is not fetched: it loads as null.
 */
export async function loadGrouped<T>(
  keys: readonly string[],
  fetch: (placement: Placement, ids: string[]) => Promise<T[]>,
  ctx: Pick<HanulContext, 'sessions'>,
  keyOf: (item: T) => string,
): Promise<T[]> {
  const groups = new Map<string, { placement: Placement; ids: string[]; found?: Promise<Map<string, T>> }>();
  const groupOfKey = new Map<string, string>();
  for (const key of keys) {
    const ref = parseRefKey(key);
    if (!ref || !isConfiguredRegion(ctx, ref)) continue;
    const g = regionKey(ref);
    let group = groups.get(g);
    if (!group) {
      group = { placement: { provider: ref.provider, region: ref.region }, ids: [] };
      groups.set(g, group);
    }
    group.ids.push(ref.id);
    groupOfKey.set(key, g);
  }
  // One span per region of a DataLoader batch: its upstream calls are its children.
  for (const group of groups.values()) {
    const attributes = () => ({ 'hanul.batch.keys': group.ids.length, 'hanul.batch.regions': [regionKey(group.placement)] });
    group.found = inChildSpan('dataloader batch', attributes, () => fetch(group.placement, group.ids)).then(
      (items) => new Map(items.map((i) => [keyOf(i), i])),
      (err: unknown) => Promise.reject(ownCopy(err)),
    );
  }
  const results = keys.map((key) => {
    const found = groups.get(groupOfKey.get(key) ?? '')?.found;
    return found ? found.then((byKey) => byKey.get(key) ?? null) : null;
  });
  return results as unknown as T[];
}

/**
 * DataLoader hands a failed batch's error to each of its keys, and Pothos brands what a
 * node load returns with the node's type (a non-configurable property). An error two
 * loaders share (a memoised list call, one token check) would be branded twice, which
 * throws "Cannot redefine property": each batch fails with its own copy instead.
 */
function ownCopy(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(err) as object) as Error, err);
  Object.defineProperty(copy, 'message', { value: err.message, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(copy, 'stack', { value: err.stack, enumerable: false, writable: true, configurable: true });
  return copy;
}
