import type { EmulatorContext } from '../../context.js';
import { json, type Router } from '../../router.js';
import { nksRoute, type NksCall } from './access.js';
import { addNodeGroup, nodeGroupCreationTask } from './cluster-model.js';
import { badRequest, conflict } from './errors.js';
import { findCluster, findNodeGroup } from './lookup.js';
import { nodeGroupPatch } from './nodegroup-patch.js';
import { DEFAULT_WORKER, workerGroups, type NksCluster, type NksNodeGroup } from './state.js';
import { nextVersion } from './supports.js';
import { requireIdleCluster, requireIdleGroup, runTask } from './tasks.js';
import { nodeGroupCreated, nodeGroupDetail, nodeGroupSummary } from './views.js';
import { nodeGroupRequest, objectBody, requiredString, rollingOptions } from './validation.js';

/** The cluster and node group a `…/nodegroups/{ng}` path names. */
function target(call: NksCall): { cluster: NksCluster; group: NksNodeGroup } {
  const cluster = findCluster(call.state, call.req.params.cluster!);
  return { cluster, group: findNodeGroup(cluster, call.req.params.nodegroup!) };
}

/** Node-group calls under `/v1/clusters/{id}/nodegroups` (nhn-nks §4). */
export function registerNodeGroupRoutes(router: Router, ctx: EmulatorContext): void {
  const base = '/v1/clusters/:cluster/nodegroups';

  // The list shows the worker groups; `default-master` is reachable by name (NHN's list example).
  router.get(base, nksRoute(ctx, ({ state, req }) => {
    const cluster = findCluster(state, req.params.cluster!);
    return json(200, { nodegroups: workerGroups(cluster).map(nodeGroupSummary) });
  }));

  router.post(base, nksRoute(ctx, (call) => {
    const cluster = findCluster(call.state, call.req.params.cluster!);
    requireIdleCluster(cluster);
    const request = nodeGroupRequest(call, objectBody(call.req));
    if (cluster.nodeGroups.some((g) => g.name === request.name)) {
      throw conflict(`A node group with name ${request.name} already exists in the cluster ${cluster.uuid}.`);
    }
    const group = addNodeGroup(ctx, call.state, cluster, request);
    runTask(ctx, call.state, cluster, nodeGroupCreationTask(ctx, cluster, group));
    return json(202, nodeGroupCreated(ctx, cluster, group));
  }));

  router.get(`${base}/:nodegroup`, nksRoute(ctx, (call) => {
    const { cluster, group } = target(call);
    return json(200, nodeGroupDetail(ctx, cluster, group));
  }));

  router.delete(`${base}/:nodegroup`, nksRoute(ctx, (call) => {
    const { cluster, group } = target(call);
    if (group.role === 'master' || group.name === DEFAULT_WORKER) throw badRequest('Deleting a default nodegroup is not supported.');
    requireIdleGroup(cluster, group);
    runTask(ctx, call.state, cluster, {
      type: 'NODEGROUP_DELETE',
      phase: 'DELETE',
      subject: group,
      includesCluster: false,
      groups: [group],
      finish: () => {
        cluster.nodeGroups = cluster.nodeGroups.filter((g) => g !== group);
        return undefined;
      },
    });
    return { status: 204 };
  }));

  router.patch(`${base}/:nodegroup`, nksRoute(ctx, (call) => {
    const { cluster, group } = target(call);
    if (group.role === 'master') throw badRequest('Updating the master nodegroup is not supported.');
    requireIdleGroup(cluster, group);
    const change = nodeGroupPatch(call, cluster, group);
    runTask(ctx, call.state, cluster, {
      type: change.type,
      phase: 'UPDATE',
      subject: group,
      includesCluster: true,
      groups: [group],
      finish: change.apply,
    });
    return json(202, { uuid: group.uuid });
  }));

  router.post(`${base}/:nodegroup/upgrade`, nksRoute(ctx, (call) => {
    const { cluster, group } = target(call);
    requireIdleGroup(cluster, group);
    const body = objectBody(call.req);
    const version = requiredString(body, 'version');
    checkUpgrade(cluster, group, version);
    if (group.role === 'worker') rollingOptions(body, group);
    runTask(ctx, call.state, cluster, {
      type: 'NODEGROUP_UPGRADE',
      phase: 'UPDATE',
      subject: group,
      includesCluster: true,
      groups: [group],
      finish: () => {
        group.labels.kube_tag = version;
        if (group.role === 'master') cluster.labels.kube_tag = version;
        return undefined;
      },
    });
    return json(202, { uuid: group.uuid });
  }));
}

/**
 * NKS's upgrade rules (user guide, "Upgrade Rules"): the control plane first, one minor
 * version at a time and only when every worker group has caught up; a worker group then
 * moves to the control plane's version. [guess] the messages.
 */
function checkUpgrade(cluster: NksCluster, group: NksNodeGroup, version: string): void {
  const controlPlane = String(cluster.labels.kube_tag);
  if (group.role === 'master') {
    if (workerGroups(cluster).some((g) => g.labels.kube_tag !== controlPlane)) {
      throw badRequest('Upgrade not possible. The control plane and all worker node groups must run the same version first.');
    }
    const next = nextVersion(controlPlane);
    if (!next) throw badRequest(`Upgrade not possible. ${controlPlane} is the latest version NKS offers.`);
    if (version !== next) throw badRequest(`Invalid version. The control plane at ${controlPlane} can only be upgraded to ${next}.`);
    return;
  }
  if (group.labels.kube_tag === controlPlane) {
    throw badRequest('Upgrade not possible. Upgrade the control plane (default-master) first.');
  }
  if (version !== controlPlane) throw badRequest(`Invalid version. Worker node groups can only be upgraded to the control plane version ${controlPlane}.`);
}
