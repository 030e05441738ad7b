import { decodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from '../cloud/errors.js';
import type { Placement, ProviderName } from '../cloud/model.js';
import type { HanulContext } from './context.js';

/**
 * A resource's address in Hanul: its cloud, region and upstream id. The node id of every
 * type is `{provider}:{region}:{upstreamId}` (regions: `{provider}:{region}`), which the
 * relay plugin wraps with the type name into the opaque global id.
 */
export interface Ref extends Placement {
  id: string;
}

const PROVIDERS: readonly ProviderName[] = ['NHN', 'KAKAO'];

export function refKey(placement: Placement, id: string): string {
  return `${placement.provider}:${placement.region}:${id}`;
}

export function regionKey(placement: Placement): string {
  return `${placement.provider}:${placement.region}`;
}

/** Reads a node id made by `refKey`; undefined when it is not one. */
export function parseRefKey(key: string): Ref | undefined {
  const first = key.indexOf(':');
  const second = key.indexOf(':', first + 1);
  if (first < 0 || second < 0) return undefined;
  const provider = key.slice(0, first) as ProviderName;
  const region = key.slice(first + 1, second);
  const id = key.slice(second + 1);
  if (!PROVIDERS.includes(provider) || !region || !id) return undefined;
  return { provider, region, id };
}

export function parseRegionKey(key: string): Placement | undefined {
  const [provider, region, ...rest] = key.split(':');
  if (!PROVIDERS.includes(provider as ProviderName) || !region || rest.length) return undefined;
  return { provider: provider as ProviderName, region };
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
    throw new ValidationError(`"${globalId}" is not a Hanul id`, field);
  }
  const ref = decoded.typename === typename ? parseRefKey(decoded.id) : undefined;
  if (!ref) throw new ValidationError(`"${globalId}" is not the id of a ${typename}`, field);
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
  if (!placement) throw new ValidationError(`"${globalId}" is not the id of a Region`, field);
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
 * adopts a promise in the batch's answer as that key's result).
 * In the bench's naive baseline (`ctx.naive`) every key is its own group: one `fetch` per object.
 */
export async function loadGrouped<T>(
  keys: readonly string[],
  fetch: (placement: Placement, ids: string[]) => Promise<T[]>,
  ctx: Pick<HanulContext, 'naive'>,
  keyOf: (item: T) => string,
): Promise<T[]> {
  const groups = new Map<string, { placement: Placement; ids: string[]; found?: Promise<Map<string, T>> }>();
  const groupOfKey = new Map<string, string>();
  for (const key of keys) {
    const ref = parseRefKey(key);
    if (!ref) continue;
    const g = ctx.naive ? key : regionKey(ref);
    let group = groups.get(g);
    if (!group) {
      group = { placement: { provider: ref.provider, region: ref.region }, ids: [] };
      groups.set(g, group);
    }
    group.ids.push(ref.id);
    groupOfKey.set(key, g);
  }
  for (const group of groups.values()) group.found = fetch(group.placement, group.ids).then((items) => new Map(items.map((i) => [keyOf(i), i])));
  const results = keys.map((key) => {
    const found = groups.get(groupOfKey.get(key) ?? '')?.found;
    return found ? found.then((byKey) => byKey.get(key) ?? null) : null;
  });
  return results as unknown as T[];
}
