import type { EmulatorContext } from '../../context.js';
import { json, type Router } from '../../router.js';
import { nksRoute } from './access.js';
import { clusterCreationTask, newCluster } from './cluster-model.js';
import { badRequest, conflict, invalidField, notFound } from './errors.js';
import { kubeconfig } from './kubeconfig.js';
import { clusterByUuid, findCluster, findNodeGroup } from './lookup.js';
import { matchNodeCount } from './nodes.js';
import type { NksNodeGroup } from './state.js';
import { SUPPORTED_EVENT_TYPES, SUPPORTED_K8S } from './supports.js';
import { clusterInProgress, requireIdleGroup, runTask } from './tasks.js';
import { clusterDetail, clusterSummary, eventView } from './views.js';
import { clusterRequest, intField, objectBody } from './validation.js';

/** Cluster calls, `/v1/supports` and the kubeconfig and task-history sub-resources. */
export function registerClusterRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v1/supports', nksRoute(ctx, () => json(200, { supported_k8s: SUPPORTED_K8S, supported_event_type: SUPPORTED_EVENT_TYPES })));

  router.get('/v1/clusters', nksRoute(ctx, ({ state }) => json(200, { clusters: [...state.clusters.values()].map((c) => clusterSummary(ctx, c)) })));

  router.post('/v1/clusters', nksRoute(ctx, (call) => {
    const request = clusterRequest(call, objectBody(call.req));
    // [guess] NKS refuses a second cluster of the same name (names are used as path keys).
    if ([...call.state.clusters.values()].some((c) => c.name === request.name)) {
      throw conflict(`A cluster with name ${request.name} already exists.`);
    }
    const cluster = newCluster(call, call.state, call.userId, request);
    runTask(ctx, call.state, cluster, clusterCreationTask(ctx, cluster));
    return json(202, { uuid: cluster.uuid });
  }));

  router.get('/v1/clusters/:cluster', nksRoute(ctx, ({ state, req }) => json(200, clusterDetail(ctx, findCluster(state, req.params.cluster!)))));

  router.delete('/v1/clusters/:cluster', nksRoute(ctx, ({ state, req }) => {
    const cluster = findCluster(state, req.params.cluster!);
    // Deleting is allowed at any time except while a deletion runs.
    if (cluster.status === 'DELETE_IN_PROGRESS') throw clusterInProgress(cluster);
    runTask(ctx, state, cluster, {
      type: 'CLUSTER_DELETE',
      phase: 'DELETE',
      includesCluster: true,
      groups: [...cluster.nodeGroups],
      finish: () => {
        state.clusters.delete(cluster.uuid);
        return undefined;
      },
    });
    return { status: 204 };
  }));

  router.post('/v1/clusters/:cluster/actions/resize', nksRoute(ctx, (call) => {
    const cluster = findCluster(call.state, call.req.params.cluster!);
    const body = objectBody(call.req);
    if (typeof body.nodegroup !== 'string') throw invalidField('nodegroup', body.nodegroup, 'Mandatory field missing.');
    const group = findNodeGroup(cluster, body.nodegroup);
    if (group.role === 'master') throw badRequest('Resizing the master nodegroup is not supported by this driver.');
    requireIdleGroup(cluster, group);
    const max = group.maxNodeCount ?? 10;
    const count = intField(body, 'node_count', undefined, 0, Number.MAX_SAFE_INTEGER);
    if (count < group.minNodeCount || count > max) {
      throw badRequest(`Resizing ${group.name} outside the allowed range: min_node_count = ${group.minNodeCount}, max_node_count = ${max}`);
    }
    const toRemove = nodesToRemove(body.nodes_to_remove, group);
    group.nodeCount = count;
    runTask(ctx, call.state, cluster, {
      type: 'CLUSTER_RESIZE',
      phase: 'UPDATE',
      includesCluster: true,
      groups: [group],
      finish: () => matchNodeCount(ctx, cluster, group, toRemove),
    });
    return json(202, { uuid: cluster.uuid });
  }));

  router.get('/v1/clusters/:cluster/config', nksRoute(ctx, ({ state, req }) => {
    const cluster = findCluster(state, req.params.cluster!);
    // Magnum's ClusterAPIAddressUnavailable (a 409) until the control plane is up.
    if (!cluster.apiAddress) throw conflict('Cluster API address is not available yet');
    return json(200, { config: kubeconfig(cluster, cluster.apiAddress) });
  }));

  router.get('/v1/clusters/:cluster/events', nksRoute(ctx, ({ state, req }) => {
    const cluster = clusterByUuid(state, req.params.cluster!);
    return json(200, { events: cluster.events.map((e) => eventView(cluster, e)) });
  }));

  router.get('/v1/clusters/:cluster/events/:event', nksRoute(ctx, ({ state, req }) => {
    const cluster = clusterByUuid(state, req.params.cluster!);
    const event = cluster.events.find((e) => e.uuid === req.params.event);
    // [guess] NHN's own resource; worded like Magnum's not-found messages.
    if (!event) throw notFound(`Event ${req.params.event} could not be found.`);
    return json(200, eventView(cluster, event));
  }));
}

/** `nodes_to_remove`: instance uuids of nodes of the group (optional). */
function nodesToRemove(value: unknown, group: NksNodeGroup): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw invalidField('nodes_to_remove', value, 'Wrong type. Expected a list of node uuids.');
  }
  const known = new Set(group.nodes.map((n) => n.uuid));
  // [guess] the wording; NHN documents only that the named nodes are removed.
  const stranger = value.find((id) => !known.has(id));
  if (stranger) throw badRequest(`Invalid nodes_to_remove. Node ${stranger} is not a node of ${group.name}.`);
  return value;
}
