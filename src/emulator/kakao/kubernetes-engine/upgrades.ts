import type { EmulatorContext } from '../../context.js';
import type { EmuRequest, Router } from '../../router.js';
import { json } from '../../router.js';
import { authorize } from '../auth.js';
import { conflict } from '../errors.js';
import { lookup } from '../lookup.js';
import { type ClusterRecord, clusterLifecycle, renderCluster } from './clusters.js';
import { nodePoolLifecycle, renderNodePool } from './node-pools.js';
import { KUBERNETES_VERSIONS } from './versions.js';

/**
 * Version upgrades (§9): `GET|POST /clusters/{name}/upgrade` moves the control plane to its
 * next minor version; `POST …/node-pools/{name}/upgrade` brings a pool to the control
 * plane's version. Both pass through `Updating`.
 */
export function addUpgradeRoutes(router: Router, ctx: EmulatorContext): void {
  const clusterOf = (req: EmuRequest): ClusterRecord => {
    const { state } = authorize(ctx, req);
    return lookup(ctx, state.clusters, req.params.cluster!, 'Cluster');
  };
  router.get('/api/v1/clusters/:cluster/upgrade', (req) => {
    const cluster = clusterOf(req);
    // [guess] The answer lists the versions in the shape of `GET /versions`: only the next minor.
    const next = KUBERNETES_VERSIONS.filter((v) => v.minor_version === cluster.version.next_version);
    return json(200, { versions: next });
  });
  router.post('/api/v1/clusters/:cluster/upgrade', (req) => {
    const cluster = clusterOf(req);
    clusterLifecycle.check(cluster, 'upgrade');
    const next = KUBERNETES_VERSIONS.find((v) => v.minor_version === cluster.version.next_version);
    if (!next) conflict(`Cluster '${cluster.name}' already runs the newest version ${cluster.version.minor_version}.`);
    clusterLifecycle.run(ctx, cluster, 'upgrade', { at: { Provisioned: (c) => (c.version = next) } });
    // [guess] The answer carries the cluster as it is now, like the other cluster calls.
    return json(200, { cluster: renderCluster(cluster) });
  });
  router.post('/api/v1/clusters/:cluster/node-pools/:pool/upgrade', (req) => {
    const cluster = clusterOf(req);
    const pool = lookup(ctx, cluster.nodePools, req.params.pool!, 'Node pool');
    clusterLifecycle.check(cluster, 'change');
    nodePoolLifecycle.check(pool, 'upgrade');
    if (pool.version === cluster.version.minor_version) conflict(`Node pool '${pool.name}' already runs the cluster's version ${pool.version}.`);
    const target = cluster.version.minor_version;
    nodePoolLifecycle.run(ctx, pool, 'upgrade', { in: cluster.nodePools, at: { Running: (p) => (p.version = target) } });
    return json(200, { node_pool: renderNodePool(pool, cluster) });
  });
}
