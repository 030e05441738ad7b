import type { WatchKindName } from '../../status/events.js';

export const OPERATION_STATUSES = ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

/** How one kind of operation ends: the target statuses that finish it, and the ones that fail it. */
export interface OperationKindSpec {
  watch: WatchKindName;
  typename: string;
  /** Settled statuses that mean done; `gone` for a delete (DELETED, or absent from a full list). */
  success: readonly string[] | 'gone';
  failure: readonly string[];
}

const server = (success: readonly string[] | 'gone'): OperationKindSpec => ({ watch: 'servers', typename: 'Server', success, failure: ['ERROR'] });
const volume = (success: readonly string[] | 'gone', failure: readonly string[]): OperationKindSpec => ({ watch: 'volumes', typename: 'Volume', success, failure });
const cluster = (success: readonly string[] | 'gone', failure: readonly string[]): OperationKindSpec => ({ watch: 'clusters', typename: 'Cluster', success, failure });
const nodeGroup = (success: readonly string[], failure: readonly string[]): OperationKindSpec => ({ watch: 'nodeGroups', typename: 'NodeGroup', success, failure });

/** Every operation kind, by the settled state its action expects. */
export const OPERATION_KINDS = {
  SERVER_CREATE: server(['ACTIVE']),
  SERVER_DELETE: server('gone'),
  SERVER_START: server(['ACTIVE']),
  SERVER_STOP: server(['SHUTOFF']),
  SERVER_REBOOT: server(['ACTIVE']),
  // Hanul's resize leaves the server to be confirmed (VERIFY_RESIZE), or the cloud confirms it itself.
  SERVER_RESIZE: server(['VERIFY_RESIZE', 'ACTIVE']),
  SERVER_SHELVE: server(['SHELVED_OFFLOADED', 'SHELVED']),
  SERVER_UNSHELVE: server(['ACTIVE']),
  VOLUME_CREATE: volume(['AVAILABLE'], ['ERROR']),
  VOLUME_DELETE: volume('gone', ['ERROR_DELETING']),
  VOLUME_ATTACH: volume(['IN_USE'], ['ERROR']),
  VOLUME_DETACH: volume(['AVAILABLE'], ['ERROR']),
  CLUSTER_CREATE: cluster(['CREATE_COMPLETE'], ['CREATE_FAILED']),
  CLUSTER_DELETE: cluster('gone', ['DELETE_FAILED']),
  NODE_GROUP_CREATE: nodeGroup(['CREATE_COMPLETE'], ['CREATE_FAILED']),
  NODE_GROUP_RESIZE: nodeGroup(['UPDATE_COMPLETE'], ['UPDATE_FAILED']),
  NODE_GROUP_UPGRADE: nodeGroup(['UPDATE_COMPLETE'], ['UPDATE_FAILED']),
} satisfies Record<string, OperationKindSpec>;
export type OperationKind = keyof typeof OPERATION_KINDS;

/** What an operation acts on: enough to find its poller and its node. */
export interface OperationTarget {
  typename: string;
  provider: string;
  region: string;
  /** The upstream id as the watcher keys it (node groups: `{clusterId}/{groupId}`). */
  upstreamId: string;
  /** The node key the schema's loaders use (`{provider}:{region}:{upstreamId}`). */
  nodeKey: string;
}

/** A status the target passed through, in order. */
export interface OperationStep {
  status: string;
  at: Date;
}

/** Why an operation failed, as a UserError (CONFLICT: the target settled in a failed state). */
export interface OperationError {
  code: 'CONFLICT';
  message: string;
  currentStatus: string;
}

/** One operation, as stored (JSON, dates revived) and as the schema resolves it. */
export interface OperationRecord {
  id: string;
  /** Tenant isolation key of whoever started it. */
  scope: string;
  kind: OperationKind;
  status: OperationStatus;
  target: OperationTarget;
  startedAt: Date;
  finishedAt: Date | null;
  error: OperationError | null;
  steps: OperationStep[];
}

export const isFinished = (op: OperationRecord): boolean => op.status === 'SUCCEEDED' || op.status === 'FAILED';
