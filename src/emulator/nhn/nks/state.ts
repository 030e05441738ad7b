import type { NhnRegion } from '../state.js';

/** What NKS keeps for one tenant in one region: clusters, their node groups and task history. */

/** The groups every cluster is created with: the control plane and the first workers (nhn-nks §3.4). */
export const DEFAULT_MASTER = 'default-master';
export const DEFAULT_WORKER = 'default-worker';

/** Magnum stack-style task status (nhn-nks §2.1); the emulator passes through these. */
export type NksStatus =
  | 'CREATE_IN_PROGRESS'
  | 'CREATE_COMPLETE'
  | 'CREATE_FAILED'
  | 'UPDATE_IN_PROGRESS'
  | 'UPDATE_COMPLETE'
  | 'UPDATE_FAILED'
  | 'DELETE_IN_PROGRESS'
  | 'DELETE_FAILED'
  | 'DELETE_COMPLETE';

/** Labels are strings, except the two documented array labels (nhn-nks §3.2). */
export type NksLabels = Record<string, string | unknown[]>;

/** One worker node (a compute instance in the real service). */
export interface NksNode {
  uuid: string;
  address: string;
}

export interface NksNodeGroup {
  /** Integer database id, shown by GET one (nhn-nks §4.1). */
  id: number;
  uuid: string;
  name: string;
  role: 'master' | 'worker';
  isDefault: boolean;
  flavorId: string;
  imageId: string;
  nodeCount: number;
  minNodeCount: number;
  maxNodeCount: number | null;
  status: NksStatus;
  statusReason: string | null;
  stackId: string;
  labels: NksLabels;
  nodes: NksNode[];
  createdAt: Date;
  updatedAt: Date | null;
}

export type NksEventState = 'SUCCESS' | 'FAIL' | 'IN_PROGRESS';

/** One entry of a cluster's task history (nhn-nks §3.8). */
export interface NksEvent {
  id: number;
  uuid: string;
  resourceUuid: string;
  resourceName: string;
  resourceType: 'cluster' | 'nodegroup';
  type: string;
  state: NksEventState;
  contents: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NksCluster {
  uuid: string;
  name: string;
  region: NhnRegion;
  projectId: string;
  userId: string;
  status: NksStatus;
  statusReason: string | null;
  stackId: string;
  keypair: string;
  fixedNetwork: string;
  fixedSubnet: string;
  labels: NksLabels;
  createTimeout: number;
  /** Set once the control plane is up. */
  apiAddress: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  /** `default-master` first, then the worker groups in creation order. */
  nodeGroups: NksNodeGroup[];
  events: NksEvent[];
}

export interface NksState {
  clusters: Map<string, NksCluster>;
  nextNodeGroupId: number;
  nextEventId: number;
}

export function createNksState(): NksState {
  return { clusters: new Map(), nextNodeGroupId: 1, nextEventId: 1 };
}

/** The cluster's worker groups (the control plane group excluded). */
export function workerGroups(cluster: NksCluster): NksNodeGroup[] {
  return cluster.nodeGroups.filter((g) => g.role === 'worker');
}

/** `default-worker`, which every cluster has and which cannot be deleted. */
export function defaultWorker(cluster: NksCluster): NksNodeGroup {
  return cluster.nodeGroups.find((g) => g.name === DEFAULT_WORKER)!;
}
