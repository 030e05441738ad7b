import type { Placement } from '../cloud/model.js';

/** The node key of a regional resource, `{provider}:{region}:{upstreamId}` (global ids wrap it with the type name). */
export function refKey(placement: Placement, id: string): string {
  return `${placement.provider}:${placement.region}:${id}`;
}

export function regionKey(placement: Placement): string {
  return `${placement.provider}:${placement.region}`;
}
