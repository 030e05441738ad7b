import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { findFlavor } from '../compute/flavors.js';
import { findImage } from '../image/state.js';
import { matchNodeCount } from './nodes.js';
import {
  DEFAULT_MASTER,
  DEFAULT_WORKER,
  defaultWorker,
  type NksCluster,
  type NksLabels,
  type NksNodeGroup,
  type NksState,
} from './state.js';
import type { NksTask } from './tasks.js';
import type { ClusterRequest, NodeGroupRequest, Scope } from './validation.js';

/** Building clusters and node groups, shared by the create handlers and the seed. */

// [guess] the control plane NHN manages is not sized anywhere in the guide.
const CONTROL_PLANE_NODES = 3;
/** [doc example] the platform version NHN's cluster example reports. */
const PLATFORM_VERSION = '1.202511.0';

type GroupSpec = Pick<NksNodeGroup, 'uuid' | 'name' | 'role' | 'isDefault' | 'flavorId' | 'imageId' | 'nodeCount' | 'maxNodeCount' | 'labels'>;

/** Gives the uuid of a new resource by its role (`cluster`, a node-group name); seeds pass stable ones. */
type UuidSource = (role: string) => string;

/** A node group in `CREATE_IN_PROGRESS` with no nodes yet. */
function newNodeGroup(ctx: EmulatorContext, state: NksState, spec: GroupSpec): NksNodeGroup {
  return {
    ...spec,
    id: state.nextNodeGroupId++,
    minNodeCount: 1,
    status: 'CREATE_IN_PROGRESS',
    statusReason: null,
    stackId: newUuid(),
    nodes: [],
    createdAt: ctx.now(),
    updatedAt: null,
  };
}

/**
 * Read-only labels NKS adds to a cluster (nhn-nks §3.2 "read-only extras"), partly taken
 * from the node image and flavor.
 */
function derivedLabels(scope: Scope, request: ClusterRequest, clusterUuid: string, workerUuid: string): NksLabels {
  const image = findImage(scope.ctx, scope.tenantId, scope.region, String(request.labels.node_image));
  const os = image?.properties ?? {};
  return {
    clusterautoscale: 'nodegroupfeature',
    etcd_volume_size: '10',
    flavor_type: findFlavor(scope.region, request.flavorId)?.type ?? 'general',
    hypervisor_type: 'qemu',
    login_username: os.login_username ?? 'ubuntu',
    os_arch: os.os_architecture ?? 'amd64',
    os_distro: os.os_distro ?? 'ubuntu',
    os_type: os.os_type ?? 'linux',
    os_version: os.os_version ?? '',
    project_domain: 'NORMAL',
    platform_version: PLATFORM_VERSION,
    server_group_meta: `k8s_${clusterUuid}_${workerUuid}`,
  };
}

/**
 * A cluster in `CREATE_IN_PROGRESS` with its control-plane group `default-master` and its
 * `default-worker` group, both created with it (nhn-nks §3.4), stored in `state`.
 */
export function newCluster(scope: Scope, state: NksState, userId: string, request: ClusterRequest, uuids: UuidSource = newUuid): NksCluster {
  const { ctx } = scope;
  const uuid = uuids('cluster');
  const master = newNodeGroup(ctx, state, {
    uuid: uuids(DEFAULT_MASTER),
    name: DEFAULT_MASTER,
    role: 'master',
    isDefault: true,
    flavorId: request.flavorId,
    imageId: String(request.labels.node_image),
    nodeCount: CONTROL_PLANE_NODES,
    maxNodeCount: CONTROL_PLANE_NODES,
    labels: {},
  });
  const worker = newNodeGroup(ctx, state, {
    uuid: uuids(DEFAULT_WORKER),
    name: DEFAULT_WORKER,
    role: 'worker',
    // NHN's examples show default-worker with is_default false.
    isDefault: false,
    flavorId: request.flavorId,
    imageId: String(request.labels.node_image),
    nodeCount: request.nodeCount,
    maxNodeCount: 10,
    labels: {},
  });
  const labels = { ...request.labels, ...derivedLabels(scope, request, uuid, worker.uuid) };
  // Node groups start from the cluster's labels, as Magnum copies them.
  master.labels = { ...labels };
  worker.labels = { ...labels };
  const cluster: NksCluster = {
    uuid,
    name: request.name,
    region: scope.region,
    projectId: scope.tenantId,
    userId,
    status: 'CREATE_IN_PROGRESS',
    statusReason: null,
    stackId: master.stackId,
    keypair: request.keypair,
    fixedNetwork: request.fixedNetwork,
    fixedSubnet: request.fixedSubnet,
    labels,
    createTimeout: request.createTimeout,
    apiAddress: null,
    createdAt: ctx.now(),
    updatedAt: null,
    nodeGroups: [master, worker],
    events: [],
  };
  state.clusters.set(uuid, cluster);
  return cluster;
}

/**
 * The creation task of a new cluster (about ten minutes on the real service, the longest
 * task): it leaves the API endpoint and the default workers' nodes.
 */
export function clusterCreationTask(ctx: EmulatorContext, cluster: NksCluster): NksTask {
  return {
    type: 'CLUSTER_CREATE',
    phase: 'CREATE',
    includesCluster: true,
    groups: [...cluster.nodeGroups],
    factor: 6,
    finish: () => {
      const failure = matchNodeCount(ctx, cluster, defaultWorker(cluster));
      if (failure) return failure;
      // The examples still show the legacy domain in `api_address`.
      cluster.apiAddress = `https://${cluster.uuid.slice(0, 8)}-${cluster.region}-k8s.container.cloud.toast.com:6443`;
      return undefined;
    },
  };
}

/** The creation task of an extra node group; the cluster's own status stays as it is. */
export function nodeGroupCreationTask(ctx: EmulatorContext, cluster: NksCluster, group: NksNodeGroup): NksTask {
  return {
    type: 'NODEGROUP_CREATE',
    phase: 'CREATE',
    subject: group,
    includesCluster: false,
    groups: [group],
    finish: () => matchNodeCount(ctx, cluster, group),
  };
}

/** Labels NKS fills in on new node groups (NHN's create example). */
const NODE_GROUP_LABEL_DEFAULTS: Readonly<Record<string, string>> = {
  ca_max_node_count: '10',
  ca_min_node_count: '1',
  ca_scale_down_enable: 'true',
  ca_scale_down_unneeded_time: '10',
  ca_scale_down_util_thresh: '50',
  clusterautoscale: 'nodegroupfeature',
  user_script_v2: '',
};

/**
 * An extra worker group in `CREATE_IN_PROGRESS`, added to the cluster. New groups run the
 * control plane's Kubernetes version (NKS user guide, upgrade rules).
 */
export function addNodeGroup(ctx: EmulatorContext, state: NksState, cluster: NksCluster, request: NodeGroupRequest, uuids: UuidSource = newUuid): NksNodeGroup {
  const group = newNodeGroup(ctx, state, {
    uuid: uuids(request.name),
    name: request.name,
    role: 'worker',
    isDefault: false,
    flavorId: request.flavorId,
    imageId: request.imageId,
    nodeCount: request.nodeCount,
    maxNodeCount: null,
    labels: { ...NODE_GROUP_LABEL_DEFAULTS, ...request.labels, kube_tag: cluster.labels.kube_tag!, node_image: request.imageId },
  });
  cluster.nodeGroups.push(group);
  return group;
}
