import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { GONE, Lifecycle } from '../../transitions.js';
import { authorize } from '../auth.js';
import { cidrField, readWrapped } from '../body.js';
import { badRequest, conflict } from '../errors.js';
import { lookup, reference } from '../lookup.js';
import type { KakaoRegionState, KakaoUser } from '../state.js';
import type { NodePoolRecord } from './node-pools.js';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from './versions.js';

export type ClusterPhase = 'Pending' | 'Provisioning' | 'Provisioned' | 'Updating' | 'Deleting' | 'Failed';

export interface VpcInfo {
  id: string;
  subnets: { id: string; cidr_block: string; availability_zone: string }[];
}

/** A Kubernetes cluster, addressed by its name (§9). */
export interface ClusterRecord {
  id: string;
  name: string;
  description: string | null;
  api_version: string;
  is_allocate_fip: boolean;
  failure_message: string | null;
  created_at: string;
  status: { phase: ClusterPhase };
  version: KubernetesVersion;
  control_plane_endpoint: { host: string; port: number };
  network: { cni: 'cilium' | 'calico'; pod_cidr: string; service_cidr: string };
  vpc_info: VpcInfo;
  creator_info: { id: string; name: string };
  /** Internal: the cluster's node pools, by name. */
  nodePools: Map<string, NodePoolRecord>;
}

/** Cluster and node pool names: [guess] DNS-label style, 4 to 20 characters. */
export const kubernetesName = z.string().regex(/^[a-z][a-z0-9-]{2,18}[a-z0-9]$/, 'must be 4-20 lower-case letters, digits or "-"');

const vpcInfo = z.object({ id: z.string(), subnets: z.array(z.string()).min(1) });
const createCluster = z.object({
  name: kubernetesName,
  version: z.string(),
  vpc_info: vpcInfo,
  is_allocate_fip: z.boolean(),
  network: z.object({ cni: z.enum(['cilium', 'calico']), service_cidr: cidrField.optional(), pod_cidr: cidrField.optional() }),
  description: z.string().max(255).optional(),
});
const updateCluster = z.object({ description: z.string().max(255) });

export function renderCluster(cluster: ClusterRecord): Record<string, unknown> {
  const { nodePools: _internal, ...shown } = cluster;
  return { ...shown, is_upgradable: cluster.version.next_version !== null && cluster.status.phase === 'Provisioned' };
}

/** Resolves `vpc_info` against the project's network: the subnets must belong to the VPC. */
export function resolveVpcInfo(state: KakaoRegionState, input: z.infer<typeof vpcInfo>): VpcInfo {
  reference(state.vpcs, input.id, 'VPC');
  return {
    id: input.id,
    subnets: input.subnets.map((id) => {
      const subnet = reference(state.subnets, id, 'Subnet');
      if (subnet.vpc_id !== input.id) badRequest(`Subnet ${id} does not belong to VPC ${input.id}.`);
      return { id, cidr_block: subnet.cidr_block, availability_zone: subnet.availability_zone };
    }),
  };
}

/** Creates a cluster: `Provisioning` now, `Provisioned` after four transitions. */
export function addCluster(ctx: EmulatorContext, state: KakaoRegionState, creator: KakaoUser, input: z.infer<typeof createCluster>): ClusterRecord {
  if (state.clusters.has(input.name)) conflict(`Cluster '${input.name}' already exists.`);
  const version = KUBERNETES_VERSIONS.find((v) => v.minor_version === input.version);
  if (!version || version.is_deprecated) badRequest(`Kubernetes version ${input.version} is not available for new clusters.`);
  const id = newUuid();
  const cluster: ClusterRecord = {
    id,
    name: input.name,
    description: input.description ?? null,
    api_version: 'v1',
    is_allocate_fip: input.is_allocate_fip,
    failure_message: null,
    created_at: isoSeconds(ctx.now()),
    status: { phase: 'Provisioning' },
    version,
    // [guess] The endpoint host pattern is not documented.
    control_plane_endpoint: { host: `${id.slice(0, 8)}.api.${state.region}.kakaocloud.com`, port: 443 },
    network: {
      cni: input.network.cni,
      // [guess] Defaults when the request leaves the ranges out.
      pod_cidr: input.network.pod_cidr ?? '172.16.0.0/16',
      service_cidr: input.network.service_cidr ?? '172.17.0.0/16',
    },
    vpc_info: resolveVpcInfo(state, input.vpc_info),
    creator_info: { id: creator.id, name: creator.name },
    nodePools: new Map(),
  };
  state.clusters.set(cluster.name, cluster);
  clusterLifecycle.run(ctx, cluster, 'create', { in: state.clusters });
  return cluster;
}

const clusterBusy = (cluster: ClusterRecord) => `Cluster '${cluster.name}' is ${cluster.status.phase}.`;

/** Clusters (§9), kept by name; a wrong phase is a 409. */
export const clusterLifecycle = new Lifecycle<ClusterRecord, ClusterPhase, readonly ClusterPhase[], 'create' | 'change' | 'upgrade' | 'delete'>(
  {
    id: (cluster) => cluster.name,
    state: (cluster) => cluster.status.phase,
    allows: (cluster, from) => from.includes(cluster.status.phase),
    refuse: (cluster, _action, row) => conflict(row.refusal!(cluster)),
    enter: (_ctx, cluster, phase) => void (cluster.status.phase = phase),
  },
  {
    create: { steps: [{ factor: 4, to: 'Provisioned' }] },
    /** What needs a running control plane: node pools, kubeconfig. */
    change: { from: ['Provisioned'], refusal: clusterBusy },
    // [guess] A control-plane upgrade takes as long as a create.
    upgrade: { from: ['Provisioned'], via: 'Updating', steps: [{ factor: 4, to: 'Provisioned' }], refusal: clusterBusy },
    // [guess] A cluster still provisioning or updating cannot be deleted yet.
    delete: { from: ['Provisioned', 'Failed'], via: 'Deleting', steps: [{ factor: 2, to: GONE }], refusal: clusterBusy },
  },
);

/** `/api/v1/clusters[/{cluster_name}]`: unpaged, addressed by name. */
export function addClusterRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/clusters', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { clusters: [...state.clusters.values()].map(renderCluster) });
  });
  router.post('/api/v1/clusters', (req) => {
    const { state, token, now } = authorize(ctx, req);
    const cluster = addCluster(ctx, state, token.user, readWrapped(req, 'cluster', createCluster));
    ctx.kakao.conceal(cluster.id, now);
    return json(201, { cluster: renderCluster(cluster) });
  });
  router.get('/api/v1/clusters/:name', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { cluster: renderCluster(lookup(ctx, state.clusters, req.params.name!, 'Cluster')) });
  });
  router.put('/api/v1/clusters/:name', (req) => {
    const { state } = authorize(ctx, req);
    const cluster = lookup(ctx, state.clusters, req.params.name!, 'Cluster');
    cluster.description = readWrapped(req, 'cluster', updateCluster).description;
    return json(200, { cluster: renderCluster(cluster) });
  });
  router.delete('/api/v1/clusters/:name', (req) => {
    const { state } = authorize(ctx, req);
    const cluster = lookup(ctx, state.clusters, req.params.name!, 'Cluster');
    // Its node pools show Deleting until they go with it.
    clusterLifecycle.run(ctx, cluster, 'delete', { in: state.clusters });
    for (const pool of cluster.nodePools.values()) pool.status.phase = 'Deleting';
    return empty(204);
  });
}
