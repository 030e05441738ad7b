import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import type { Cluster, ClusterEvent, CreateClusterSpec, CreateNodeGroupSpec, KubernetesVersion, NodeGroup, Placement, ResourceAddress } from '../cloud/model.js';
import { sessionFor } from './session.js';
import type { HanulContext } from '../server/context.js';
import { keyedCreate } from './create-once.js';
import { regionKey } from './keys.js';
import { changed } from './changes.js';
import { lists } from './lists.js';

/**
 * Managed Kubernetes, provider-neutral: the operation's reads (one list call per region for
 * clusters, per cluster for node groups; details the list leaves out read only when asked)
 * and the lifecycle operations. A change the cloud refuses in the current state is its 409,
 * reported with the resource's status; the checks made here are the ones whose cloud answer
 * would come late (a build failing minutes later) or say nothing usable.
 */

// Keys under `{region}:clusters` / `{region}:nodeGroups`, so `changed()` drops them.
const clusterListKey = (p: Placement) => `${regionKey(p)}:clusters`;
const nodeGroupListKey = (p: Placement, clusterId: string) => `${regionKey(p)}:nodeGroups:${clusterId}`;

const kube = (ctx: HanulContext, p: Placement) => sessionFor(ctx, p.provider).kubernetes;

export function listClusters(ctx: HanulContext, p: Placement): Promise<Cluster[]> {
  return ctx.cache.memo(clusterListKey(p), () => kube(ctx, p).listClusters(p.region));
}

export function listVersions(ctx: HanulContext, p: Placement): Promise<KubernetesVersion[]> {
  return ctx.cache.memo(`${regionKey(p)}:kubernetesVersions`, () => kube(ctx, p).listVersions(p.region));
}

/** A region's clusters by upstream id: from this operation's list when it has one, else one read each. */
export async function loadClusters(ctx: HanulContext, p: Placement, ids: string[]): Promise<Cluster[]> {
  const listed = ctx.cache.peek<Cluster[]>(clusterListKey(p));
  if (listed) return (await listed).filter((c) => ids.includes(c.id));
  const found = await Promise.all(ids.map((id) => kube(ctx, p).getCluster(p.region, id)));
  return found.filter((c): c is Cluster => c !== null);
}

/** A region's node groups by `{clusterId}/{groupId}`: from this operation's list of their cluster's groups when it has one. */
export async function loadNodeGroups(ctx: HanulContext, p: Placement, ids: string[]): Promise<NodeGroup[]> {
  const found = await Promise.all(
    ids.map(async (id) => {
      const { clusterId, groupId } = groupAddress(id);
      const listed = ctx.cache.peek<NodeGroup[]>(nodeGroupListKey(p, clusterId));
      if (listed) return (await listed).find((g) => g.id === groupId) ?? null;
      return kube(ctx, p).getNodeGroup(p.region, clusterId, groupId);
    }),
  );
  return found.filter((g): g is NodeGroup => g !== null);
}

/** The upstream id of a node group, `{clusterId}/{groupId}` (its shape was checked when its global id was decoded). */
export function groupAddress(id: string): { clusterId: string; groupId: string } {
  const slash = id.indexOf('/');
  return { clusterId: id.slice(0, slash), groupId: id.slice(slash + 1) };
}

/** One cluster by name or upstream id, from the region's one list call. */
export async function findCluster(ctx: HanulContext, p: Placement, nameOrId: string): Promise<Cluster | null> {
  return (await listClusters(ctx, p)).find((c) => c.name === nameOrId || c.id === nameOrId) ?? null;
}

/** The cluster with the fields the list call leaves out (VPC, subnet, API address, dates): one GET, once per operation. */
export function clusterDetail(ctx: HanulContext, c: Cluster): Promise<Cluster | null> {
  if (c.detailed) return Promise.resolve(c);
  return ctx.cache.memo(`${clusterListKey(c)}:detail:${c.id}`, () => kube(ctx, c).getCluster(c.region, c.id));
}

export function nodeGroupDetail(ctx: HanulContext, g: NodeGroup): Promise<NodeGroup | null> {
  if (g.detailed) return Promise.resolve(g);
  return ctx.cache.memo(`${nodeGroupListKey(g, g.clusterId)}:detail:${g.id}`, () => kube(ctx, g).getNodeGroup(g.region, g.clusterId, g.id));
}

/** The worker groups of a cluster; none for a cluster that is gone. */
export function nodeGroupsOf(ctx: HanulContext, c: Cluster): Promise<NodeGroup[]> {
  return emptyWhenGone(ctx.cache.memo(nodeGroupListKey(c, c.id), () => kube(ctx, c).listNodeGroups(c.region, c.id)));
}

/** The task history of a cluster; none for a cluster that is gone. */
export function clusterEvents(ctx: HanulContext, c: Cluster): Promise<ClusterEvent[]> {
  return emptyWhenGone(kube(ctx, c).listClusterEvents(c.region, c.id));
}

async function emptyWhenGone<T>(read: Promise<T[]>): Promise<T[]> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof NotFoundError) return [];
    throw err;
  }
}

/** Reads one cluster fresh (bypassing the operation's list cache). */
async function readCluster(ctx: HanulContext, p: Placement, id: string): Promise<Cluster> {
  const cluster = await kube(ctx, p).getCluster(p.region, id);
  if (!cluster) throw new NotFoundError('Cluster', id);
  return cluster;
}

async function readNodeGroup(ctx: HanulContext, p: Placement, clusterId: string, groupId: string): Promise<NodeGroup> {
  const group = await kube(ctx, p).getNodeGroup(p.region, clusterId, groupId);
  if (!group) throw new NotFoundError('NodeGroup', groupId);
  return group;
}

/** The cloud's 409 (wrong state, another task running), reported with the status the resource is in. */
async function withCurrentStatus<T>(work: () => Promise<T>, current: () => Promise<{ status: string } | null>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ConflictError && err.currentStatus === null) throw new ConflictError(err.message, (await current().catch(() => null))?.status ?? null);
    throw err;
  }
}

function clusterChanged(ctx: HanulContext, p: Placement): void {
  changed(ctx, p, 'clusters');
  changed(ctx, p, 'nodeGroups');
}

/** A cluster's spec before the region's defaults are filled in. */
export type ClusterDraft = Omit<CreateClusterSpec, 'kubernetesVersion' | 'availabilityZone'> & { kubernetesVersion?: string; availabilityZone?: string };

/**
 * Builds a cluster, at most once per idempotency key. The version, flavor, key pair, zone
 * and image are checked first: NKS accepts a wrong one and fails the build minutes later.
 * The VPC and subnet are checked by the adapter, which reads them anyway.
 */
export async function createCluster(ctx: HanulContext, region: Placement, draft: ClusterDraft, idempotency: { idempotencyKey?: string | null }): Promise<Cluster> {
  const session = sessionFor(ctx, region.provider);
  const cluster = await keyedCreate(ctx, session, region, { ...draft, idempotencyKey: idempotency.idempotencyKey }, {
    kind: 'Cluster',
    create: async () => session.kubernetes.createCluster(region.region, { ...draft, ...(await clusterDefaults(ctx, region, draft)) }),
    id: (c) => c.id,
    read: (id) => readCluster(ctx, region, id),
  });
  clusterChanged(ctx, region);
  return cluster;
}

/** Refuses a region without the service, before anything else about the request is looked at. */
export function requireKubernetes(ctx: HanulContext, p: Placement): void {
  if (!kube(ctx, p).available(p.region)) throw new ValidationError(`Managed Kubernetes is not offered in ${p.provider} ${p.region}`, ['regionId']);
}

/** The version and zone to build with (the newest creatable, the first available when not given), once every reference is known to exist. */
async function clusterDefaults(ctx: HanulContext, region: Placement, draft: ClusterDraft): Promise<{ kubernetesVersion: string; availabilityZone: string }> {
  const session = sessionFor(ctx, region.provider);
  const [versions, flavors, keypairs, zones, images] = await Promise.all([
    listVersions(ctx, region),
    lists.flavors(ctx, region),
    lists.keypairs(ctx, region),
    session.compute.listAvailabilityZones(region.region),
    draft.nodeImageId ? session.kubernetes.listNodeImageIds(region.region) : Promise.resolve([]),
  ]);
  const creatable = versions.filter((v) => v.creatable);
  const version = draft.kubernetesVersion ?? creatable[0]?.version;
  if (!version) throw new ValidationError(`${region.region} offers no Kubernetes version for new clusters`, ['kubernetesVersion']);
  if (!creatable.some((v) => v.version === version)) {
    throw new ValidationError(
      `kubernetesVersion ${version} is not offered for new clusters in ${region.region}; choose one of ${creatable.map((v) => v.version).join(', ')}`,
      ['kubernetesVersion'],
    );
  }
  requireFlavor(flavors, draft.flavorId, region);
  if (!keypairs.some((k) => k.name === draft.keyName)) throw new NotFoundError('Keypair', draft.keyName, `Key pair "${draft.keyName}" does not exist in ${region.region}`);
  const zone = draft.availabilityZone ?? zones.find((z) => z.available)?.name;
  if (!zone || !zones.some((z) => z.name === zone)) {
    throw new ValidationError(`availabilityZone ${draft.availabilityZone} does not exist in ${region.region}; choose one of ${zones.map((z) => z.name).join(', ')}`, ['availabilityZone']);
  }
  requireNodeImage(images, draft.nodeImageId, region);
  return { kubernetesVersion: version, availabilityZone: zone };
}

function requireFlavor(flavors: { id: string }[], flavorId: string, region: Placement): void {
  if (!flavors.some((f) => f.id === flavorId)) throw new NotFoundError('Flavor', flavorId, `Flavor ${flavorId} does not exist in ${region.region}`);
}

function requireNodeImage(images: string[], imageId: string | undefined, region: Placement): void {
  if (imageId && !images.includes(imageId)) throw new ValidationError(`Image ${imageId} is not a Kubernetes node image of ${region.region}`, ['nodeImageId']);
}

export async function deleteCluster(ctx: HanulContext, cluster: ResourceAddress): Promise<void> {
  const api = kube(ctx, cluster);
  await withCurrentStatus(() => api.deleteCluster(cluster.region, cluster.id), () => api.getCluster(cluster.region, cluster.id));
  clusterChanged(ctx, cluster);
}

/** Upgrades the control plane; the cloud says which versions it can move to (the next minor one). */
export async function upgradeCluster(ctx: HanulContext, cluster: ResourceAddress, version: string): Promise<Cluster> {
  const api = kube(ctx, cluster);
  await withCurrentStatus(() => api.upgradeCluster(cluster.region, cluster.id, version), () => api.getCluster(cluster.region, cluster.id));
  clusterChanged(ctx, cluster);
  return readCluster(ctx, cluster, cluster.id);
}

/** A node group's spec before the cluster's zone is filled in. */
export type NodeGroupDraft = Omit<CreateNodeGroupSpec, 'availabilityZone'> & { availabilityZone?: string };

/**
 * Adds a worker group, at most once per idempotency key. The flavor, zone and image are
 * checked first, for the same reason as a cluster's; a cluster busy with another task is
 * the cloud's 409.
 */
export async function createNodeGroup(ctx: HanulContext, cluster: ResourceAddress, draft: NodeGroupDraft, idempotency: { idempotencyKey?: string | null }): Promise<NodeGroup> {
  const session = sessionFor(ctx, cluster.provider);
  const [owner, flavors, zones, images] = await Promise.all([
    readCluster(ctx, cluster, cluster.id),
    lists.flavors(ctx, cluster),
    session.compute.listAvailabilityZones(cluster.region),
    draft.nodeImageId ? session.kubernetes.listNodeImageIds(cluster.region) : Promise.resolve([]),
  ]);
  requireFlavor(flavors, draft.flavorId, cluster);
  const zone = draft.availabilityZone ?? owner.availabilityZone ?? zones[0]?.name;
  if (!zone || !zones.some((z) => z.name === zone)) throw new ValidationError(`availabilityZone ${zone} does not exist in ${cluster.region}`, ['availabilityZone']);
  requireNodeImage(images, draft.nodeImageId, cluster);
  const group = await keyedCreate(ctx, session, cluster, { ...draft, idempotencyKey: idempotency.idempotencyKey }, {
    kind: 'NodeGroup',
    id: (g) => g.id,
    read: (id) => readNodeGroup(ctx, cluster, cluster.id, id),
    create: () =>
      withCurrentStatus(
        () => session.kubernetes.createNodeGroup(cluster.region, cluster.id, { ...draft, availabilityZone: zone }),
        () => session.kubernetes.getCluster(cluster.region, cluster.id),
      ),
  });
  changed(ctx, cluster, 'nodeGroups');
  return group;
}

/** Runs a change to a node group (`{clusterId}/{groupId}`); a change to a group changes its cluster's node count too. */
async function changeNodeGroup(ctx: HanulContext, group: ResourceAddress, work: (clusterId: string, groupId: string) => Promise<void>): Promise<void> {
  const { clusterId, groupId } = groupAddress(group.id);
  await withCurrentStatus(() => work(clusterId, groupId), () => kube(ctx, group).getNodeGroup(group.region, clusterId, groupId));
  changed(ctx, group, 'nodeGroups');
  changed(ctx, group, 'clusters');
}

export async function resizeNodeGroup(ctx: HanulContext, group: ResourceAddress, nodeCount: number): Promise<NodeGroup> {
  await changeNodeGroup(ctx, group, (clusterId, groupId) => kube(ctx, group).resizeNodeGroup(group.region, clusterId, groupId, nodeCount));
  return readGroup(ctx, group);
}

/**
 * Brings a worker group to its control plane's version. A control plane whose version is
 * not known yet is refused here: there is no version to ask the cloud for.
 */
export async function upgradeNodeGroup(ctx: HanulContext, group: ResourceAddress): Promise<NodeGroup> {
  const { clusterId } = groupAddress(group.id);
  const cluster = await readCluster(ctx, group, clusterId);
  const version = cluster.kubernetesVersion;
  if (!version) throw new ConflictError('The control plane version is not known yet', cluster.status);
  await changeNodeGroup(ctx, group, (id, groupId) => kube(ctx, group).upgradeNodeGroup(group.region, id, groupId, version));
  return readGroup(ctx, group);
}

export async function deleteNodeGroup(ctx: HanulContext, group: ResourceAddress): Promise<void> {
  await changeNodeGroup(ctx, group, (clusterId, groupId) => kube(ctx, group).deleteNodeGroup(group.region, clusterId, groupId));
}

function readGroup(ctx: HanulContext, group: ResourceAddress): Promise<NodeGroup> {
  const { clusterId, groupId } = groupAddress(group.id);
  return readNodeGroup(ctx, group, clusterId, groupId);
}
