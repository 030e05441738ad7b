import type { EmulatorContext } from '../../context.js';
import type { HttpError } from '../../errors.js';
import { newUuid } from '../../ids.js';
import { conflict } from './errors.js';
import type { NksCluster, NksEvent, NksNodeGroup, NksState, NksStatus } from './state.js';

/** The stack action a task performs: its status goes `{phase}_IN_PROGRESS` → `_COMPLETE` | `_FAILED`. */
export type TaskPhase = 'CREATE' | 'UPDATE' | 'DELETE';

/** One asynchronous NKS operation (nhn-nks §2.1 transition table). */
export interface NksTask {
  /** Task-history type, one of `supported_event_type`. */
  type: string;
  phase: TaskPhase;
  /** The node group the history entry names; the cluster when absent. */
  subject?: NksNodeGroup;
  /** Whether the cluster itself passes through the phase (node-group create and delete leave it alone). */
  includesCluster: boolean;
  /** Node groups that pass through the phase. */
  groups: NksNodeGroup[];
  /** Duration in transitions; 4 when absent (cluster creation takes longer). */
  factor?: number;
  /** Applies the outcome when the task ends; a returned string fails the task with that reason. */
  finish(): string | undefined;
}

/**
 * Starts a task: its targets turn `{phase}_IN_PROGRESS` and a history entry opens. Returns
 * the completing step, which runs `finish` and turns them `_COMPLETE` (or `_FAILED`); a
 * target that meanwhile moved on (the cluster is being deleted) makes that step a no-op.
 */
export function startTask(ctx: EmulatorContext, state: NksState, cluster: NksCluster, task: NksTask): () => void {
  const now = ctx.now();
  const inProgress: NksStatus = `${task.phase}_IN_PROGRESS`;
  const targets: (NksCluster | NksNodeGroup)[] = [...(task.includesCluster ? [cluster] : []), ...task.groups];
  for (const target of targets) {
    target.status = inProgress;
    target.statusReason = null;
    if (task.phase !== 'CREATE') target.updatedAt = now;
  }
  const subject = task.subject ?? cluster;
  const event: NksEvent = {
    id: state.nextEventId++,
    uuid: newUuid(),
    resourceUuid: subject.uuid,
    resourceName: subject.name,
    resourceType: task.subject ? 'nodegroup' : 'cluster',
    type: task.type,
    state: 'IN_PROGRESS',
    contents: null,
    createdAt: now,
    updatedAt: now,
  };
  cluster.events.push(event);
  return () => {
    if (!state.clusters.has(cluster.uuid) || targets.some((t) => t.status !== inProgress)) return;
    const failure = task.finish();
    const end = ctx.now();
    event.state = failure ? 'FAIL' : 'SUCCESS';
    event.contents = failure ?? null;
    event.updatedAt = end;
    if (task.phase === 'DELETE') return;
    for (const target of targets) {
      target.status = `${task.phase}_${failure ? 'FAILED' : 'COMPLETE'}`;
      target.statusReason = failure ?? `Stack ${task.phase} completed successfully`;
      target.updatedAt = end;
    }
  };
}

/**
 * Starts a task and completes it `factor` transitions later. NKS tasks take several minutes
 * where a server build takes one, hence several transitions.
 */
export function runTask(ctx: EmulatorContext, state: NksState, cluster: NksCluster, task: NksTask): void {
  ctx.scheduler.after(startTask(ctx, state, cluster, task), task.factor ?? 4);
}

function busy(status: NksStatus): boolean {
  return status.endsWith('_IN_PROGRESS');
}

/** Magnum's OperationInProgress, answered with the reference's 409. */
export function clusterInProgress(cluster: NksCluster): HttpError {
  return conflict(`Cluster ${cluster.name} already has an operation in progress.`);
}

/** Refuses a new operation while the cluster runs one. */
export function requireIdleCluster(cluster: NksCluster): void {
  if (busy(cluster.status)) throw clusterInProgress(cluster);
}

/** Refuses a new operation on a node group while it runs one (Magnum's NgOperationInProgress). */
export function requireIdleGroup(cluster: NksCluster, group: NksNodeGroup): void {
  requireIdleCluster(cluster);
  if (busy(group.status)) throw conflict(`Nodegroup ${group.name} already has an operation in progress.`);
}
