import { badRequest, conflict, invalidField } from './errors.js';
import { matchNodeCount } from './nodes.js';
import type { NksCluster, NksNodeGroup } from './state.js';
import type { NksCall } from './access.js';
import { checkFlavor, intField, objectBody, requiredString, rollingOptions, type Scope } from './validation.js';

/** What a node-group PATCH changes: the task-history type and the change applied when the task ends. */
export interface NodeGroupChange {
  type: string;
  apply(): string | undefined;
}

type Body = Record<string, unknown>;

/** The metrics a metric-based autoscaler rule may watch (nhn-nks §4.2). */
const MBA_METRICS = [
  'GROUP_CPU_USAGE',
  'GROUP_MEMORY_USAGE',
  'GROUP_DISK_READ_BYTES',
  'GROUP_DISK_WRITE_BYTES',
  'GROUP_NETWORK_SENT_BYTES',
  'GROUP_NETWORK_RECV_BYTES',
];
const MAX_K8S_NODE_LABELS = 20;

const isObject = (v: unknown): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads `PATCH …/nodegroups/{ng}`: one of NHN's four typed bodies (nhn-nks §4.2), or the
 * Magnum JSON-Patch array the Terraform provider sends. Labels keep NKS's string form:
 * booleans as `"True"`/`"False"`, objects as JSON text. [guess] the messages.
 */
export function nodeGroupPatch(call: NksCall, cluster: NksCluster, group: NksNodeGroup): NodeGroupChange {
  if (Array.isArray(call.req.body)) return jsonPatch(call, cluster, group, call.req.body);
  const body = objectBody(call.req);
  switch (body.type) {
    case 'flavor_id': {
      const flavorId = requiredString(body, 'flavor_id');
      checkFlavor(call, flavorId);
      rollingOptions(body, group);
      return {
        type: 'NODEGROUP_UPDATE_FLAVOR',
        apply: () => {
          group.flavorId = flavorId;
          return undefined;
        },
      };
    }
    case 'metric_base_autoscale':
      return metricAutoscale(group, body);
    case 'fip_auto_bind':
      return fipAutoBind(cluster, group, body);
    case 'k8s_node_labels': {
      const labels = body.k8s_node_labels;
      const valid = isObject(labels) && Object.values(labels).every((v) => typeof v === 'string');
      if (!valid) throw invalidField('k8s_node_labels', labels, 'Expected an object of string values.');
      if (Object.keys(labels).length > MAX_K8S_NODE_LABELS) {
        throw invalidField('k8s_node_labels', labels, `At most ${MAX_K8S_NODE_LABELS} labels can be set.`);
      }
      return {
        type: 'NODEGROUP_UPDATE_K8S_NODE_LABELS',
        apply: () => {
          group.labels.k8s_node_labels = JSON.stringify(labels);
          return undefined;
        },
      };
    }
    default:
      throw invalidField('type', body.type, 'Expected one of flavor_id, metric_base_autoscale, fip_auto_bind, k8s_node_labels.');
  }
}

function metricAutoscale(group: NksNodeGroup, body: Body): NodeGroupChange {
  const policies = (['mba_scale_out', 'mba_scale_in'] as const).filter((key) => body[key] !== undefined);
  if (policies.length === 0) throw invalidField('mba_scale_out', undefined, 'Set mba_scale_out, mba_scale_in or both.');
  for (const key of policies) {
    const policy = body[key];
    const rules = isObject(policy) ? policy.rules ?? [] : undefined;
    const valid =
      isObject(policy) && typeof policy.enable === 'boolean' && Array.isArray(rules) && rules.every((r) => isObject(r) && MBA_METRICS.includes(String(r.metric)));
    if (!valid) throw invalidField(key, policy, `Expected {enable, rules:[{metric, threshold, duration}]} with metrics among ${MBA_METRICS.join(', ')}.`);
  }
  return {
    type: 'NODEGROUP_SET_METRIC_BASE_AUTOSCALER',
    apply: () => {
      for (const key of policies) group.labels[key] = JSON.stringify(body[key]);
      return undefined;
    },
  };
}

function fipAutoBind(cluster: NksCluster, group: NksNodeGroup, body: Body): NodeGroupChange {
  const info = body.fip_auto_bind_update_info;
  if (!isObject(info)) throw invalidField('fip_auto_bind_update_info', info, 'Mandatory field missing.');
  const flag = String(info.fip_auto_bind_enable).toLowerCase();
  if (flag !== 'true' && flag !== 'false') throw invalidField('fip_auto_bind_enable', info.fip_auto_bind_enable, 'Expected a boolean.');
  const enable = flag === 'true';
  const subnet = info.fip_bind_subnet;
  if (enable) {
    // The subnet must be the cluster's own or one of the group's additional subnets.
    const allowed = [cluster.fixedSubnet, ...String(group.labels.additional_subnet_id_list ?? '').split(':')];
    if (typeof subnet !== 'string' || !allowed.includes(subnet)) {
      throw invalidField('fip_bind_subnet', subnet, 'Expected the cluster subnet or an additional subnet of the node group.');
    }
  }
  return {
    type: 'NODEGROUP_UPDATE_FIP_AUTO_BIND',
    apply: () => {
      group.labels.fip_auto_bind_enable = enable ? 'True' : 'False';
      for (const key of ['fip_bind_subnet', 'fip_selector']) {
        const value = info[key];
        if (enable && typeof value === 'string') group.labels[key] = value;
        else delete group.labels[key];
      }
      return undefined;
    },
  };
}

/** The attributes Magnum lets a node-group JSON-Patch change. */
const PATCHABLE = ['/node_count', '/min_node_count', '/max_node_count'];

/**
 * Magnum's JSON-Patch form: `replace`/`add` of the node counts. Counts take effect now
 * (as Magnum writes them at once); the nodes follow when the task ends.
 */
function jsonPatch(scope: Scope, cluster: NksCluster, group: NksNodeGroup, ops: unknown[]): NodeGroupChange {
  const next: { node_count: number; min_node_count: number; max_node_count: number | null } = {
    node_count: group.nodeCount,
    min_node_count: group.minNodeCount,
    max_node_count: group.maxNodeCount,
  };
  for (const op of ops) {
    if (!isObject(op) || (op.op !== 'replace' && op.op !== 'add') || typeof op.path !== 'string') {
      throw badRequest(`Couldn't apply patch '${JSON.stringify(op)}'. Reason: only replace and add operations are supported.`);
    }
    if (!PATCHABLE.includes(op.path)) throw badRequest(`'${op.path}' is an internal attribute and can not be updated`);
    if (op.path === '/max_node_count') next.max_node_count = op.value === null ? null : intField(op, 'value', undefined, 0, 1000);
    else next[op.path === '/node_count' ? 'node_count' : 'min_node_count'] = intField(op, 'value', undefined, 0, 1000);
  }
  const max = next.max_node_count ?? Number.MAX_SAFE_INTEGER;
  // Magnum's NodeGroupInvalidInput is a 409.
  if (next.min_node_count > next.node_count) {
    throw conflict(`min_node_count for ${group.name} is invalid (min_node_count (${next.min_node_count}) should be less or equal to node_count (${next.node_count})).`);
  }
  if (next.node_count > max) {
    throw conflict(`max_node_count for ${group.name} is invalid (max_node_count (${max}) should be greater or equal to node_count (${next.node_count})).`);
  }
  const grows = next.node_count > group.nodeCount;
  const shrinks = next.node_count < group.nodeCount;
  group.nodeCount = next.node_count;
  group.minNodeCount = next.min_node_count;
  group.maxNodeCount = next.max_node_count;
  // [guess] which history type a count patch records.
  const type = grows ? 'NODEGROUP_SCALE_OUT' : shrinks ? 'NODEGROUP_SCALE_IN' : 'NODEGROUP_SET_CLUSTER_AUTOSCALER';
  return { type, apply: () => matchNodeCount(scope.ctx, cluster, group) };
}
