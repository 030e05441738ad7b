import { CloudError } from '../cloud/errors.js';
import type { Placement } from '../cloud/model.js';
import type { OperationRecord } from '../domain/operations/model.js';

/** The kinds of resources Hanul watches, one poller per (tenant scope, region, kind). */
export type WatchKindName = 'servers' | 'volumes' | 'snapshots' | 'floatingIps' | 'clusters' | 'nodeGroups';

/** One watched key: whose (scope), where, and what. */
export interface WatchKey extends Placement {
  /** Tenant isolation key (`NHN:{tenantId}`), from the session. */
  scope: string;
  kind: WatchKindName;
}

export function watchKeyString(k: WatchKey): string {
  return `${k.scope}|${k.provider}|${k.region}|${k.kind}`;
}

/** A status change a poller saw. Carries the resource as last seen, so subscribers need no extra call. */
export interface StatusChange {
  key: string;
  /** GraphQL type of the node (`Server`, `Cluster`, …). */
  typename: string;
  /** Node id (`{provider}:{region}:{upstreamId}`) as the schema's loaders key it. */
  nodeKey: string;
  previousStatus: string | null;
  status: string;
  at: Date;
  /** The resource as the poll saw it; for DELETED, as it was last seen. */
  node: unknown;
}

/** The last item of a subscriber's stream when its credentials are refused: the stream ends with this error. */
export interface StreamEnd {
  ended: CloudError;
}

/** Why a stream ends when the server shuts down: subscribe again (another replica will answer). */
export class ShuttingDownError extends CloudError {
  readonly code = 'SHUTTING_DOWN';
  constructor() {
    super('Hanul is shutting down: subscribe again (another replica will answer)');
  }
}

/** What a subscriber's stream yields: changes, and at most one StreamEnd, last. */
export type WatchItem = StatusChange | StreamEnd;

/**
 * The pub/sub topics: status changes per watched key, and "poll now" requests that
 * reach whichever replica holds the key's lease.
 */
export type StatusTopics = {
  status: [key: string, change: StatusChange];
  poke: [key: string, nothing: null];
  /** Every update of an operation, by operation id. */
  operation: [id: string, op: OperationRecord];
};

/** JSON reviver for events that crossed Redis: ISO strings in `…At` fields become Dates again. */
export function reviveDates(key: string, value: unknown): unknown {
  if (typeof value === 'string' && /At$/.test(key) && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value);
  if (key === 'at' && typeof value === 'string') return new Date(value);
  return value;
}
