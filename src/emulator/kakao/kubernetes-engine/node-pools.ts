import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { GONE, Lifecycle } from '../../transitions.js';
import { authorize } from '../auth.js';
import { flavorsById } from '../bcs/flavors.js';
import { readWrapped } from '../body.js';
import { badRequest, conflict } from '../errors.js';
import { lookup, reference } from '../lookup.js';
import type { KakaoRegionState } from '../state.js';
import { requireSecurityGroups } from '../vpc/network-interfaces.js';
import { type ClusterRecord, clusterLifecycle, kubernetesName, resolveVpcInfo, type VpcInfo } from './clusters.js';
import { NODE_IMAGES, renderNodeImage } from './versions.js';

/** Node pool phases (§9); one value has spaces and parentheses. */
export type NodePoolPhase = 'Pending' | 'ScalingUp' | 'ScalingDown' | 'Running' | 'Failed' | 'Deleting' | 'Updating' | 'Running (Scheduling Disable)';

export interface NodePoolRecord {
  id: string;
  name: string;
  cluster_name: string;
  description: string | null;
  node_count: number;
  flavor: string;
  flavor_id: string;
  volume_size: number;
  ssh_key_name: string;
  version: string;
  is_gpu: boolean;
  is_bare_metal: boolean;
  is_cordon: boolean;
  is_hyper_threading: boolean;
  labels: { key: string; value: string }[];
  taints: { key: string; value: string; effect: 'NoExecute' | 'NoSchedule' | 'PreferNoSchedule' }[];
  security_groups: string[];
  user_data: string | null;
  image: Record<string, unknown>;
  autoscaling: { is_autoscaler_enable: boolean; autoscaler_min_node_count: number | null; autoscaler_max_node_count: number | null };
  status: { phase: NodePoolPhase; available_nodes: number; unavailable_nodes: number };
  vpc_info: VpcInfo;
  failure_message: string | null;
  created_at: string;
}

const createNodePool = z.object({
  name: kubernetesName,
  flavor_id: z.string(),
  node_count: z.number().int().min(0).max(100),
  ssh_key_name: z.string(),
  image_id: z.string(),
  vpc_info: z.object({ id: z.string(), subnets: z.array(z.string()).min(1) }),
  // [guess] Default and bounds of the node volume size.
  volume_size: z.number().int().min(30).max(5120).default(100),
  labels: z.array(z.object({ key: z.string(), value: z.string() })).default([]),
  taints: z.array(z.object({ key: z.string(), value: z.string(), effect: z.enum(['NoExecute', 'NoSchedule', 'PreferNoSchedule']) })).default([]),
  user_data: z.string().optional(),
  is_hyper_threading: z.boolean().default(true),
  security_groups: z.array(z.string()).default([]),
  description: z.string().max(255).optional(),
});
const updateNodePool = z.object({
  description: z.string().max(255).optional(),
  security_groups: z.array(z.string()).optional(),
  node_count: z.number().int().min(0).max(100).optional(),
});

export function renderNodePool(pool: NodePoolRecord, cluster: ClusterRecord): Record<string, unknown> {
  return { ...pool, is_upgradable: pool.version !== cluster.version.minor_version };
}

const poolBusy = (pool: NodePoolRecord) => `Node pool '${pool.name}' is ${pool.status.phase}.`;
const running = (factor: number) => [{ factor, to: 'Running' as const }];

/** Node pools (§9), kept by name in their cluster; `Running` means all nodes available. A wrong phase is a 409. */
export const nodePoolLifecycle = new Lifecycle<NodePoolRecord, NodePoolPhase, readonly NodePoolPhase[], 'create' | 'scaleUp' | 'scaleDown' | 'upgrade' | 'delete'>(
  {
    id: (pool) => pool.name,
    state: (pool) => pool.status.phase,
    allows: (pool, from) => from.includes(pool.status.phase),
    refuse: (pool, _action, row) => conflict(row.refusal!(pool)),
    enter(_ctx, pool, phase) {
      pool.status = phase === 'Running' ? { phase, available_nodes: pool.node_count, unavailable_nodes: 0 } : { ...pool.status, phase };
    },
  },
  {
    create: { steps: running(2) },
    scaleUp: { from: ['Running'], via: 'ScalingUp', steps: running(1), refusal: poolBusy },
    scaleDown: { from: ['Running'], via: 'ScalingDown', steps: running(1), refusal: poolBusy },
    upgrade: { from: ['Running'], via: 'Updating', steps: running(2), refusal: poolBusy },
    delete: {
      from: ['Pending', 'ScalingUp', 'ScalingDown', 'Running', 'Failed', 'Updating', 'Running (Scheduling Disable)'],
      via: 'Deleting',
      steps: [{ factor: 1, to: GONE }],
      refusal: (pool) => `Node pool '${pool.name}' is already being deleted.`,
    },
  },
);

/** Adds a node pool to a `Provisioned` cluster: `Pending`, then `Running` after two transitions. */
export function addNodePool(ctx: EmulatorContext, state: KakaoRegionState, cluster: ClusterRecord, input: z.input<typeof createNodePool>): NodePoolRecord {
  const body = createNodePool.parse(input);
  clusterLifecycle.check(cluster, 'change');
  if (cluster.nodePools.has(body.name)) conflict(`Node pool '${body.name}' already exists in cluster '${cluster.name}'.`);
  const flavor = reference(flavorsById, body.flavor_id, 'Flavor');
  reference(state.keypairs, body.ssh_key_name, 'Keypair');
  const image = NODE_IMAGES.find((i) => i.id === body.image_id) ?? badRequest(`Node image ${body.image_id} could not be found`);
  if (body.vpc_info.id !== cluster.vpc_info.id) badRequest(`Node pools must use the cluster's VPC ${cluster.vpc_info.id}.`);
  const pool: NodePoolRecord = {
    id: newUuid(),
    name: body.name,
    cluster_name: cluster.name,
    description: body.description ?? null,
    node_count: body.node_count,
    flavor: flavor.name,
    flavor_id: flavor.id,
    volume_size: body.volume_size,
    ssh_key_name: body.ssh_key_name,
    version: cluster.version.minor_version,
    is_gpu: flavor.instance_type === 'gpu',
    is_bare_metal: flavor.instance_type === 'bm',
    is_cordon: false,
    is_hyper_threading: body.is_hyper_threading,
    labels: body.labels,
    taints: body.taints,
    security_groups: requireSecurityGroups(state, body.security_groups),
    user_data: body.user_data ?? null,
    image: renderNodeImage(image),
    autoscaling: { is_autoscaler_enable: false, autoscaler_min_node_count: null, autoscaler_max_node_count: null },
    status: { phase: 'Pending', available_nodes: 0, unavailable_nodes: body.node_count },
    vpc_info: resolveVpcInfo(state, body.vpc_info),
    failure_message: null,
    created_at: isoSeconds(ctx.now()),
  };
  cluster.nodePools.set(pool.name, pool);
  nodePoolLifecycle.run(ctx, pool, 'create', { in: cluster.nodePools });
  return pool;
}

/** `/api/v1/clusters/{cluster_name}/node-pools[/{node_pool_name}]`: unpaged, addressed by name. */
export function addNodePoolRoutes(router: Router, ctx: EmulatorContext): void {
  const clusterOf = (state: KakaoRegionState, name: string): ClusterRecord => lookup(ctx, state.clusters, name, 'Cluster');
  router.get('/api/v1/clusters/:cluster/node-pools', (req) => {
    const { state } = authorize(ctx, req);
    const cluster = clusterOf(state, req.params.cluster!);
    return json(200, { node_pools: [...cluster.nodePools.values()].map((p) => renderNodePool(p, cluster)) });
  });
  router.post('/api/v1/clusters/:cluster/node-pools', (req) => {
    const { state, now } = authorize(ctx, req);
    const cluster = clusterOf(state, req.params.cluster!);
    const pool = addNodePool(ctx, state, cluster, readWrapped(req, 'node_pool', createNodePool));
    ctx.kakao.conceal(pool.id, now);
    return json(201, { node_pool: renderNodePool(pool, cluster) });
  });
  router.get('/api/v1/clusters/:cluster/node-pools/:pool', (req) => {
    const { state } = authorize(ctx, req);
    const cluster = clusterOf(state, req.params.cluster!);
    return json(200, { node_pool: renderNodePool(lookup(ctx, cluster.nodePools, req.params.pool!, 'Node pool'), cluster) });
  });
  router.put('/api/v1/clusters/:cluster/node-pools/:pool', (req) => {
    const { state } = authorize(ctx, req);
    const cluster = clusterOf(state, req.params.cluster!);
    const pool = lookup(ctx, cluster.nodePools, req.params.pool!, 'Node pool');
    const body = readWrapped(req, 'node_pool', updateNodePool);
    if (body.node_count !== undefined && body.node_count !== pool.node_count) {
      const action = body.node_count > pool.node_count ? 'scaleUp' : 'scaleDown';
      nodePoolLifecycle.check(pool, action);
      pool.node_count = body.node_count;
      nodePoolLifecycle.run(ctx, pool, action, { in: cluster.nodePools });
    }
    if (body.security_groups !== undefined) pool.security_groups = requireSecurityGroups(state, body.security_groups);
    if (body.description !== undefined) pool.description = body.description;
    return json(200, { node_pool: renderNodePool(pool, cluster) });
  });
  router.delete('/api/v1/clusters/:cluster/node-pools/:pool', (req) => {
    const { state } = authorize(ctx, req);
    const cluster = clusterOf(state, req.params.cluster!);
    const pool = lookup(ctx, cluster.nodePools, req.params.pool!, 'Node pool');
    nodePoolLifecycle.run(ctx, pool, 'delete', { in: cluster.nodePools });
    return empty(204);
  });
}
