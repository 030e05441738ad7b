import { isoOffset } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { defaultWorker, workerGroups, type NksCluster, type NksEvent, type NksLabels, type NksNodeGroup } from './state.js';
import { versionStatus } from './supports.js';

/**
 * The JSON shapes of NKS (nhn-nks §3–4): objects unwrapped, clusters identified by `uuid`
 * only, node groups by `uuid` and an integer `id`, timestamps `…+00:00`, and the list
 * calls returning a subset of the fields of GET one.
 */

// [guess] the template NHN reports for clusters created with `iaas_console` (its examples show one fixed uuid).
const CLUSTER_TEMPLATE_ID = 'b4503d97-6012-499d-a31a-5200f94a7890';

/** `self` and `bookmark` links on the NKS host, as Magnum renders them. */
function links(ctx: EmulatorContext, cluster: NksCluster, path: string): { href: string; rel: string }[] {
  const base = ctx.nhnServiceUrl(cluster.region, 'kubernetes');
  return [
    { href: `${base}/v1/${path}`, rel: 'self' },
    { href: `${base}/${path}`, rel: 'bookmark' },
  ];
}

function timestamp(d: Date | null): string | null {
  return d ? isoOffset(d) : null;
}

function isBuilding(cluster: NksCluster): boolean {
  return cluster.status === 'CREATE_IN_PROGRESS' || cluster.status === 'CREATE_FAILED';
}

/** Documented `health_status_reason` keys (nhn-nks §2.2); empty until the control plane answers. */
function healthReason(ctx: EmulatorContext, cluster: NksCluster): Record<string, unknown> {
  if (isBuilding(cluster)) return {};
  const groups = workerGroups(cluster);
  return {
    timestamp: isoOffset(ctx.now()),
    cluster: { api_status: 'NORMAL', node_status: 'NORMAL' },
    api: 'OK',
    nodegroup: { node_status: Object.fromEntries(groups.map((g) => [g.name, 'NORMAL'])) },
    'nodegroup-stats': Object.fromEntries(groups.map((g) => [g.name, `${g.nodes.length}:0`])),
  };
}

/** Cluster labels with the values NKS computes on read. */
function clusterLabels(cluster: NksCluster): NksLabels {
  const kubeTag = String(cluster.labels.kube_tag);
  return { ...cluster.labels, kube_version_status: versionStatus(kubeTag) };
}

/** One cluster of `GET /v1/clusters` (the documented subset). */
export function clusterSummary(ctx: EmulatorContext, cluster: NksCluster): Record<string, unknown> {
  return {
    uuid: cluster.uuid,
    name: cluster.name,
    status: cluster.status,
    status_reason: cluster.statusReason,
    // The examples show Magnum's HEALTHY although the guide documents FRESH/STALE/ROTTEN.
    health_status: isBuilding(cluster) ? null : 'HEALTHY',
    health_status_reason: healthReason(ctx, cluster),
    flavor_id: defaultWorker(cluster).flavorId,
    keypair: cluster.keypair,
    node_count: workerGroups(cluster).reduce((sum, g) => sum + g.nodeCount, 0),
    stack_id: cluster.stackId,
    labels: clusterLabels(cluster),
    links: links(ctx, cluster, `clusters/${cluster.uuid}`),
    cluster_template_id: CLUSTER_TEMPLATE_ID,
    create_timeout: cluster.createTimeout,
    docker_volume_size: null,
  };
}

/** `GET /v1/clusters/{id}`: the full cluster, unwrapped. */
export function clusterDetail(ctx: EmulatorContext, cluster: NksCluster): Record<string, unknown> {
  return {
    ...clusterSummary(ctx, cluster),
    api_address: cluster.apiAddress,
    coe_version: cluster.labels.kube_tag,
    // [guess] the container runtime version of NHN's example.
    container_version: '1.12.6',
    created_at: timestamp(cluster.createdAt),
    updated_at: timestamp(cluster.updatedAt),
    fixed_network: cluster.fixedNetwork,
    fixed_subnet: cluster.fixedSubnet,
    floating_ip_enabled: false,
    node_addresses: workerGroups(cluster).flatMap((g) => g.nodes.map((n) => n.address)),
    project_id: cluster.projectId,
    user_id: cluster.userId,
  };
}

/** One node group of `GET …/nodegroups` (the documented subset). */
export function nodeGroupSummary(group: NksNodeGroup): Record<string, unknown> {
  return {
    uuid: group.uuid,
    name: group.name,
    flavor_id: group.flavorId,
    image_id: group.imageId,
    is_default: group.isDefault,
    max_node_count: group.maxNodeCount,
    min_node_count: group.minNodeCount,
    node_count: group.nodeCount,
    role: group.role,
    stack_id: group.stackId,
    status: group.status,
  };
}

/** The body `POST …/nodegroups` answers with (NHN's example: no status, no id). */
export function nodeGroupCreated(ctx: EmulatorContext, cluster: NksCluster, group: NksNodeGroup): Record<string, unknown> {
  return {
    uuid: group.uuid,
    name: group.name,
    cluster_id: cluster.uuid,
    flavor_id: group.flavorId,
    image_id: group.imageId,
    labels: group.labels,
    links: links(ctx, cluster, `clusters/${cluster.uuid}/nodegroups/${group.uuid}`),
    max_node_count: group.maxNodeCount,
    min_node_count: group.minNodeCount,
    node_count: group.nodeCount,
    project_id: cluster.projectId,
    role: group.role,
  };
}

/** `GET …/nodegroups/{id}`: the full node group, unwrapped. */
export function nodeGroupDetail(ctx: EmulatorContext, cluster: NksCluster, group: NksNodeGroup): Record<string, unknown> {
  return {
    ...nodeGroupSummary(group),
    ...nodeGroupCreated(ctx, cluster, group),
    id: group.id,
    status_reason: group.statusReason,
    node_addresses: group.nodes.map((n) => n.address),
    docker_volume_size: null,
    version: null,
    created_at: timestamp(group.createdAt),
    updated_at: timestamp(group.updatedAt),
  };
}

/** One task-history entry (nhn-nks §3.8). */
export function eventView(cluster: NksCluster, event: NksEvent): Record<string, unknown> {
  return {
    id: event.id,
    uuid: event.uuid,
    project_id: cluster.projectId,
    cluster_uuid: cluster.uuid,
    cluster_name: cluster.name,
    resource_uuid: event.resourceUuid,
    resource_name: event.resourceName,
    resource_type: event.resourceType,
    type: event.type,
    state: event.state,
    contents: event.contents,
    created_at: isoOffset(event.createdAt),
    updated_at: isoOffset(event.updatedAt),
  };
}
