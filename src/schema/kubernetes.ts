import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import { KUBERNETES_STATES, kubernetesStateFrom, type Cluster, type ClusterEvent, type KubernetesVersion, type NodeGroup, type Placement, type RawLabel } from '../cloud/model.js';
import { builder } from './builder.js';
import { FlavorRef, ImageRef } from './catalog.js';
import { changed } from '../domain/changes.js';
import { sessionFor, type HanulContext } from './context.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { KeypairRef, keypairName } from './keypairs.js';
import { lists } from '../domain/lists.js';
import { registerNodeLoader } from './node-loaders.js';
import { DeletePayloadRef, type DeleteOutcome } from './payloads.js';
import { operationField, track, type LazyOperation } from './operations.js';
import { loadGrouped, parseGlobalId, parseRegionId, refKey, regionKey, sameRegion, type Ref } from './refs.js';
import { SubnetRef, VpcRef } from './network.js';
import { RegionRef } from './region.js';
import { idempotencyKeyDescription, keyedCreate } from './idempotency.js';
import { validate } from './validate.js';

/**
 * Managed Kubernetes: clusters, node groups, task history and versions. Lists come from
 * one call per region (clusters) or per cluster (node groups), shared by the whole
 * operation; details the cloud's list leaves out are read only when selected.
 */

const KubernetesStateEnum = builder.enumType('KubernetesState', {
  values: KUBERNETES_STATES,
  description: "Where a cluster or node group is in its life, the same on both clouds (the cloud's own word is rawStatus)",
});

// --- per-operation reads (keys under `{region}:clusters` / `{region}:nodeGroups`, so `changed()` drops them) ---

const clusterListKey = (p: Placement) => `${regionKey(p)}:clusters`;
const nodeGroupListKey = (p: Placement, clusterId: string) => `${regionKey(p)}:nodeGroups:${clusterId}`;

function listClusters(ctx: HanulContext, p: Placement): Promise<Cluster[]> {
  return ctx.cache.memo(clusterListKey(p), () => sessionFor(ctx, p.provider).kubernetes.listClusters(p.region));
}

function listNodeGroups(ctx: HanulContext, p: Placement, clusterId: string): Promise<NodeGroup[]> {
  return ctx.cache.memo(nodeGroupListKey(p, clusterId), () => sessionFor(ctx, p.provider).kubernetes.listNodeGroups(p.region, clusterId));
}

function listVersions(ctx: HanulContext, p: Placement): Promise<KubernetesVersion[]> {
  return ctx.cache.memo(`${regionKey(p)}:kubernetesVersions`, () => sessionFor(ctx, p.provider).kubernetes.listVersions(p.region));
}

/** The cluster with the fields the list call leaves out (VPC, subnet, API address, dates): one GET, once per operation. */
function clusterDetail(ctx: HanulContext, c: Cluster): Promise<Cluster | null> {
  if (c.detailed) return Promise.resolve(c);
  return ctx.cache.memo(`${clusterListKey(c)}:detail:${c.id}`, () => sessionFor(ctx, c.provider).kubernetes.getCluster(c.region, c.id));
}

function nodeGroupDetail(ctx: HanulContext, g: NodeGroup): Promise<NodeGroup | null> {
  if (g.detailed) return Promise.resolve(g);
  return ctx.cache.memo(`${nodeGroupListKey(g, g.clusterId)}:detail:${g.id}`, () =>
    sessionFor(ctx, g.provider).kubernetes.getNodeGroup(g.region, g.clusterId, g.id),
  );
}

/** A node group's node id: `{provider}:{region}:{clusterId}/{groupId}`. */
const groupKey = (g: Placement & { clusterId: string; id: string }) => refKey(g, `${g.clusterId}/${g.id}`);

function splitGroupId(ref: Ref, field: string[]): { clusterId: string; groupId: string } {
  const slash = ref.id.indexOf('/');
  if (slash <= 0 || slash === ref.id.length - 1) throw new ValidationError(`${field.at(-1)} is not the id of a NodeGroup`, field);
  return { clusterId: ref.id.slice(0, slash), groupId: ref.id.slice(slash + 1) };
}

/** Global id of a node type another module defines (VPCs and subnets), from the upstream id. */
const globalIdOf = (typename: string, p: Placement, id: string | null) => (id ? encodeGlobalID(typename, refKey(p, id)) : null);

// --- types ---

const LabelRef = builder.objectRef<RawLabel>('Label').implement({
  description: 'A key and its value exactly as the cloud gave them (array values as JSON text).',
  fields: (t) => ({
    key: t.exposeString('key'),
    value: t.exposeString('value'),
  }),
});

const KubernetesVersionRef = builder.objectRef<KubernetesVersion>('KubernetesVersion').implement({
  description: 'A Kubernetes version the region offers.',
  fields: (t) => ({
    version: t.exposeString('version', { description: 'v1.32.3 form' }),
    creatable: t.exposeBoolean('creatable', { description: 'New clusters may use it; older versions only run on existing clusters' }),
  }),
});

const ClusterEventRef = builder.objectRef<ClusterEvent>('ClusterEvent').implement({
  description: "One entry of a cluster's task history.",
  fields: (t) => ({
    eventId: t.exposeString('id', { description: "The cloud's id of the entry" }),
    type: t.exposeString('type', { description: 'CLUSTER_CREATE, NODEGROUP_SCALE_OUT, … as the cloud says' }),
    state: t.exposeString('state', { description: 'SUCCESS, FAIL or IN_PROGRESS' }),
    resourceType: t.exposeString('resourceType', { description: 'cluster or nodegroup' }),
    resourceName: t.exposeString('resourceName'),
    contents: t.exposeString('contents', { nullable: true, description: 'What went wrong, for a FAIL' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const ClusterRef = builder.loadableNode('Cluster', {
  description: 'A managed Kubernetes cluster (NHN Kubernetes Service).',
  id: { resolve: (c: Cluster) => refKey(c, c.id) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, ids) => {
      // When this operation already listed the region's clusters, read from that list.
      const listed = ctx.cache.peek<Cluster[]>(clusterListKey(p));
      if (listed) return (await listed).filter((c) => ids.includes(c.id));
      const kube = sessionFor(ctx, p.provider).kubernetes;
      const found = await Promise.all(ids.map((id) => kube.getCluster(p.region, id)));
      return found.filter((c): c is Cluster => c !== null);
    }, ctx, (c: Cluster) => refKey(c, c.id)),
  fields: (t) => ({
    name: t.exposeString('name'),
    status: t.exposeString('status', { description: 'CREATE_IN_PROGRESS, CREATE_COMPLETE, UPDATE_IN_PROGRESS, DELETE_IN_PROGRESS, … as the cloud says' }),
    state: t.field({ type: KubernetesStateEnum, resolve: (c) => kubernetesStateFrom(c.status), description: 'The status, normalised: the same values on both clouds' }),
    rawStatus: t.exposeString('status', { description: 'The cloud\'s own word (NHN CREATE_COMPLETE, KakaoCloud Provisioned)' }),
    statusReason: t.exposeString('statusReason', { nullable: true }),
    health: t.exposeString('healthStatus', { nullable: true, description: 'HEALTHY, UNHEALTHY, … as the cloud says; null while the cluster is being built' }),
    healthDetails: t.field({ type: [LabelRef], description: "The cloud's health report, flattened (`cluster.api_status` = NORMAL)", resolve: (c) => c.healthDetails }),
    region: t.field({ type: RegionRef, resolve: (c) => regionKey(c) }),
    kubernetesVersion: t.exposeString('kubernetesVersion', { nullable: true, description: 'Of the control plane, v1.32.3 form' }),
    kubernetesVersionStatus: t.exposeString('kubernetesVersionStatus', { nullable: true, description: 'LATEST or NEED_UPGRADE' }),
    nodeCount: t.exposeInt('nodeCount', { description: 'Worker nodes across all worker node groups' }),
    flavor: t.field({ type: FlavorRef, nullable: true, upstream: true, description: 'Of the default worker group', resolve: (c) => (c.flavorId ? refKey(c, c.flavorId) : null) }),
    keypair: t.field({ type: KeypairRef, nullable: true, upstream: true, resolve: (c) => (c.keyName ? refKey(c, c.keyName) : null) }),
    nodeImage: t.field({ type: ImageRef, nullable: true, upstream: true, description: 'Base image of the default worker group', resolve: (c) => (c.nodeImageId ? refKey(c, c.nodeImageId) : null) }),
    availabilityZone: t.exposeString('availabilityZone', { nullable: true }),
    bootVolumeType: t.exposeString('bootVolumeType', { nullable: true }),
    bootVolumeSizeGb: t.exposeInt('bootVolumeSizeGb', { nullable: true }),
    publicEndpoint: t.exposeBoolean('publicEndpoint', { nullable: true, description: 'The Kubernetes API has a public address' }),
    autoscaling: t.exposeBoolean('autoscaling', { nullable: true, description: 'The cluster autoscaler runs for the default worker group' }),
    externalNetworkId: t.exposeString('externalNetworkId', { nullable: true, description: "Upstream id of the internet-facing network the cluster uses" }),
    externalSubnetIds: t.exposeStringList('externalSubnetIds'),
    cniDriver: t.exposeString('cniDriver', { nullable: true }),
    podsNetworkCidr: t.exposeString('podsNetworkCidr', { nullable: true }),
    podsNetworkSubnetPrefix: t.exposeInt('podsNetworkSubnetPrefix', { nullable: true, description: 'Prefix length of each node’s pod subnet' }),
    serviceClusterIpRange: t.exposeString('serviceClusterIpRange', { nullable: true }),
    labels: t.field({ type: [LabelRef], description: 'Every label as the cloud returned it (strings, mixed-case booleans)', resolve: (c) => c.labels }),
    vpcId: t.id({
      nullable: true,
      upstream: true,
      description: 'Global id of the VPC (one extra read of the cluster when it came from a list)',
      resolve: async (c, _, ctx) => globalIdOf('Vpc', c, (await clusterDetail(ctx, c))?.vpcId ?? null),
    }),
    subnetId: t.id({
      nullable: true,
      upstream: true,
      description: 'Global id of the subnet the nodes use',
      resolve: async (c, _, ctx) => globalIdOf('Subnet', c, (await clusterDetail(ctx, c))?.subnetId ?? null),
    }),
    vpc: t.field({
      type: VpcRef,
      nullable: true,
      upstream: true,
      description: "The cluster's VPC (one extra read of the cluster when it came from a list)",
      resolve: async (c, _, ctx) => {
        const id = (await clusterDetail(ctx, c))?.vpcId;
        return id ? refKey(c, id) : null;
      },
    }),
    subnet: t.field({
      type: SubnetRef,
      nullable: true,
      upstream: true,
      description: 'The subnet the nodes take their addresses from',
      resolve: async (c, _, ctx) => {
        const id = (await clusterDetail(ctx, c))?.subnetId;
        return id ? refKey(c, id) : null;
      },
    }),
    apiAddress: t.string({ nullable: true, description: 'The Kubernetes API URL, once the control plane is up', upstream: true, resolve: async (c, _, ctx) => (await clusterDetail(ctx, c))?.apiAddress ?? null }),
    nodeAddresses: t.stringList({ nullable: true, upstream: true, resolve: async (c, _, ctx) => (await clusterDetail(ctx, c))?.nodeAddresses ?? [] }),
    createdAt: t.field({ type: 'DateTime', nullable: true, upstream: true, resolve: async (c, _, ctx) => (await clusterDetail(ctx, c))?.createdAt ?? null }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, upstream: true, resolve: async (c, _, ctx) => (await clusterDetail(ctx, c))?.updatedAt ?? null }),
    events: t.field({
      type: [ClusterEventRef],
      nullable: true,
      upstream: true,
      description: 'Task history, oldest first',
      resolve: async (c, _, ctx) => {
        try {
          return await sessionFor(ctx, c.provider).kubernetes.listClusterEvents(c.region, c.id);
        } catch (err) {
          if (err instanceof NotFoundError) return [];
          throw err;
        }
      },
    }),
    kubeconfig: t.string({
      nullable: true,
      upstream: true,
      description: 'The kubeconfig (YAML) with admin credentials; fetched only when selected, null until the control plane is up. Treat as a secret.',
      resolve: (c, _, ctx) => sessionFor(ctx, c.provider).kubernetes.kubeconfig(c.region, c.id),
    }),
  }),
});

export const NodeGroupRef = builder.loadableNode('NodeGroup', {
  description: 'A group of worker nodes of one flavor and image in a cluster.',
  id: { resolve: (g: NodeGroup) => groupKey(g) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, ids) => {
      const kube = sessionFor(ctx, p.provider).kubernetes;
      const found = await Promise.all(
        ids.map(async (id) => {
          const slash = id.indexOf('/');
          if (slash <= 0) return null;
          const [clusterId, groupId] = [id.slice(0, slash), id.slice(slash + 1)];
          const listed = ctx.cache.peek<NodeGroup[]>(nodeGroupListKey(p, clusterId));
          if (listed) return (await listed).find((g) => g.id === groupId) ?? null;
          return kube.getNodeGroup(p.region, clusterId, groupId);
        }),
      );
      return found.filter((g): g is NodeGroup => g !== null);
    }, ctx, (g: NodeGroup) => groupKey(g)),
  fields: (t) => ({
    name: t.exposeString('name'),
    status: t.exposeString('status', { description: 'CREATE_IN_PROGRESS, UPDATE_COMPLETE, … as the cloud says' }),
    state: t.field({ type: KubernetesStateEnum, resolve: (g) => kubernetesStateFrom(g.status), description: 'The status, normalised: the same values on both clouds' }),
    rawStatus: t.exposeString('status', { description: 'The cloud\'s own word (NHN CREATE_COMPLETE, KakaoCloud Running)' }),
    statusReason: t.string({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.statusReason ?? null }),
    role: t.exposeString('role', { description: 'worker (or master for the control plane)' }),
    isDefault: t.exposeBoolean('isDefault'),
    cluster: t.field({ type: ClusterRef, nullable: true, upstream: true, resolve: (g) => refKey(g, g.clusterId) }),
    region: t.field({ type: RegionRef, resolve: (g) => regionKey(g) }),
    nodeCount: t.exposeInt('nodeCount'),
    minNodeCount: t.exposeInt('minNodeCount', { nullable: true }),
    maxNodeCount: t.exposeInt('maxNodeCount', { nullable: true }),
    flavor: t.field({ type: FlavorRef, nullable: true, upstream: true, resolve: (g) => (g.flavorId ? refKey(g, g.flavorId) : null) }),
    image: t.field({ type: ImageRef, nullable: true, upstream: true, resolve: (g) => (g.imageId ? refKey(g, g.imageId) : null) }),
    kubernetesVersion: t.string({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.kubernetesVersion ?? null }),
    availabilityZone: t.string({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.availabilityZone ?? null }),
    bootVolumeType: t.string({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.bootVolumeType ?? null }),
    bootVolumeSizeGb: t.int({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.bootVolumeSizeGb ?? null }),
    autoscaling: t.boolean({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.autoscaling ?? null }),
    labels: t.field({ nullable: true, type: [LabelRef], upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.labels ?? [] }),
    nodeAddresses: t.stringList({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.nodeAddresses ?? [] }),
    createdAt: t.field({ type: 'DateTime', nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.createdAt ?? null }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, upstream: true, resolve: async (g, _, ctx) => (await nodeGroupDetail(ctx, g))?.updatedAt ?? null }),
  }),
});

// After NodeGroup exists: the two types refer to each other.
builder.objectField(ClusterRef, 'nodeGroups', (t) =>
  t.field({
    type: [NodeGroupRef],
    nullable: true,
    upstream: true,
    description: 'The worker node groups (the control plane group is not listed)',
    resolve: async (c, _, ctx) => {
      try {
        return await listNodeGroups(ctx, c, c.id);
      } catch (err) {
        if (err instanceof NotFoundError) return [];
        throw err;
      }
    },
  }),
);

builder.objectFields(RegionRef, (t) => ({
  kubernetesAvailable: t.boolean({
    description: 'Whether the region offers managed Kubernetes (NHN: kr1, kr2, kr3)',
    resolve: (r, _, ctx) => sessionFor(ctx, r.provider).kubernetes.available(r.region),
  }),
  clusters: t.field({
    type: [ClusterRef],
    nullable: true,
    upstream: true,
    description: 'The Kubernetes clusters of the region; empty where the service is not offered (no call made)',
    resolve: (r, _, ctx) => listClusters(ctx, r),
  }),
  cluster: t.field({
    type: ClusterRef,
    nullable: true,
    upstream: true,
    description: 'One cluster by name (or upstream id), from the region’s one list call; null when there is none',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (r, args, ctx) => (await listClusters(ctx, r)).find((c) => c.name === args.name || c.id === args.name) ?? null,
  }),
  kubernetesVersions: t.field({
    type: [KubernetesVersionRef],
    nullable: true,
    upstream: true,
    description: 'Versions offered, newest first; `creatable` ones can be used by createCluster',
    resolve: (r, _, ctx) => listVersions(ctx, r),
  }),
}));

// --- mutations ---

/** NHN's rule for cluster and node-group names (NKS console and API). */
const kubernetesName = z
  .string()
  .min(1, 'must not be empty')
  .max(20, 'must be at most 20 characters')
  .regex(/^[a-z]([a-z0-9-]*[a-z0-9])?$/, 'must hold only lower-case letters, digits and "-", start with a letter and end with a letter or digit')
  .refine((n) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(n), 'must not look like a UUID');

/** NHN's default per-group node quota. */
const nodeCount = z.number().int().min(1, 'must be at least 1').max(10, 'must be at most 10 (the default quota per node group)');
const bootVolumeSize = z.number().int().min(20, 'must be at least 20').max(1000, 'must be at most 1000');
const bootVolumeType = z.string().min(1, 'must not be empty').max(64);
const kubernetesVersion = z.string().regex(/^v\d+\.\d+\.\d+$/, 'must look like v1.32.3');

/** Pod and service ranges: IPv4 CIDRs of /24 or larger (nhn-nks §3.4). */
const clusterCidr = z
  .string()
  .regex(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/, 'must be an IPv4 CIDR such as 10.100.0.0/16')
  .refine((c) => c.split('/')[0]!.split('.').every((o) => Number(o) <= 255), 'must be an IPv4 CIDR such as 10.100.0.0/16')
  .refine((c) => Number(c.split('/')[1]) >= 8 && Number(c.split('/')[1]) <= 24, 'must be /24 or larger (and no larger than /8)');

const CreateClusterInput = builder.inputType('CreateClusterInput', {
  fields: (t) => ({
    regionId: t.id({ required: true }),
    name: t.string({ required: true, description: 'Up to 20 lower-case letters, digits and "-", starting with a letter' }),
    vpcId: t.id({ required: true }),
    subnetId: t.id({ required: true, description: 'A subnet of the VPC; the nodes get their addresses there' }),
    flavorId: t.id({ required: true, description: 'Flavor of the default worker group' }),
    keypairId: t.id({ required: true }),
    kubernetesVersion: t.string({ required: false, description: 'The newest creatable version when omitted (see Region.kubernetesVersions)' }),
    availabilityZone: t.string({ required: false, description: "The region's first zone when omitted" }),
    nodeCount: t.int({ required: false, defaultValue: 1, description: 'Nodes of the default worker group, 1 to 10' }),
    nodeImageId: t.id({ required: false, description: "Base image of the nodes; the cloud's newest Kubernetes node image when omitted" }),
    bootVolumeType: t.string({ required: false, defaultValue: 'General SSD', description: 'Block storage type name: General HDD, General SSD, …' }),
    bootVolumeSizeGb: t.int({ required: false, defaultValue: 50 }),
    publicEndpoint: t.boolean({
      required: false,
      defaultValue: false,
      description: "Give the Kubernetes API a public address. Hanul looks up the region's external network itself.",
    }),
    autoscaling: t.boolean({ required: false, defaultValue: false, description: 'Run the cluster autoscaler for the default group' }),
    podsNetworkCidr: t.string({ required: false, description: '10.100.0.0/16 when omitted' }),
    serviceClusterIpRange: t.string({ required: false, description: '10.254.0.0/16 when omitted' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('cluster') }),
  }),
});

const CreateNodeGroupInput = builder.inputType('CreateNodeGroupInput', {
  fields: (t) => ({
    clusterId: t.id({ required: true }),
    name: t.string({ required: true, description: 'Up to 20 lower-case letters, digits and "-", starting with a letter' }),
    flavorId: t.id({ required: true }),
    keypairId: t.id({
      required: false,
      description: "SSH key pair of the nodes, where the cloud asks for one per group (KakaoCloud node pools; the cluster's other pools' key when omitted)",
    }),
    nodeImageId: t.id({ required: false, description: "The cloud's newest Kubernetes node image when omitted" }),
    nodeCount: t.int({ required: false, defaultValue: 1 }),
    availabilityZone: t.string({ required: false, description: "The cluster's zone when omitted" }),
    bootVolumeType: t.string({ required: false, defaultValue: 'General SSD' }),
    bootVolumeSizeGb: t.int({ required: false, defaultValue: 50 }),
    autoscaling: t.boolean({ required: false, defaultValue: false }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('node group') }),
  }),
});

const ClusterPayload = builder.objectRef<Outcome<{ cluster: Cluster | null; operation?: LazyOperation }>>('ClusterPayload').implement({
  description: 'The cluster as the cloud shows it right after accepting the change, or why it was refused.',
  fields: (t) => ({
    cluster: t.field({ type: ClusterRef, nullable: true, resolve: (p) => p.cluster }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    operation: operationField(t),
  }),
});

const NodeGroupPayload = builder.objectRef<Outcome<{ nodeGroup: NodeGroup | null; operation?: LazyOperation }>>('NodeGroupPayload').implement({
  description: 'The node group as the cloud shows it right after accepting the change, or why it was refused.',
  fields: (t) => ({
    nodeGroup: t.field({ type: NodeGroupRef, nullable: true, resolve: (p) => p.nodeGroup }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    operation: operationField(t),
  }),
});

/** Reads one cluster fresh (bypassing the operation's list cache). */
async function readCluster(ctx: HanulContext, ref: Ref): Promise<Cluster> {
  const cluster = await sessionFor(ctx, ref.provider).kubernetes.getCluster(ref.region, ref.id);
  if (!cluster) throw new NotFoundError('Cluster', ref.id);
  return cluster;
}

async function readNodeGroup(ctx: HanulContext, p: Placement, clusterId: string, groupId: string): Promise<NodeGroup> {
  const group = await sessionFor(ctx, p.provider).kubernetes.getNodeGroup(p.region, clusterId, groupId);
  if (!group) throw new NotFoundError('NodeGroup', groupId);
  return group;
}

/** A refusal because something is in progress: report the current status with it. */
async function withCurrentStatus<T>(work: () => Promise<T>, current: () => Promise<string | null>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ConflictError && err.currentStatus === null) throw new ConflictError(err.message, await current().catch(() => null));
    throw err;
  }
}

function requireKubernetes(ctx: HanulContext, p: Placement, field: string[]): void {
  if (!sessionFor(ctx, p.provider).kubernetes.available(p.region)) {
    throw new ValidationError(`Managed Kubernetes is not offered in ${p.provider} ${p.region}`, field);
  }
}

/**
 * Checks, before the cloud is asked to build anything, that the version, flavor, key
 * pair, zone and image exist in the region. The VPC and subnet are checked by the adapter,
 * which reads them anyway (whether the subnet routes to the internet decides the labels).
 */
async function checkClusterReferences(
  ctx: HanulContext,
  region: Placement,
  refs: { version?: string; flavorId: string; keyName?: string; zone?: string; nodeImageId?: string },
): Promise<{ version: string; zone: string }> {
  const session = sessionFor(ctx, region.provider);
  const [versions, flavors, keypairs, zones, images] = await Promise.all([
    listVersions(ctx, region),
    lists.flavors(ctx, region),
    refs.keyName ? lists.keypairs(ctx, region) : Promise.resolve([]),
    session.compute.listAvailabilityZones(region.region),
    refs.nodeImageId ? session.kubernetes.listNodeImageIds(region.region) : Promise.resolve([]),
  ]);
  const creatable = versions.filter((v) => v.creatable);
  let version = refs.version;
  if (!version) {
    version = creatable[0]?.version;
    if (!version) throw new ValidationError(`${region.region} offers no Kubernetes version for new clusters`, ['input', 'kubernetesVersion']);
  } else if (!creatable.some((v) => v.version === version)) {
    throw new ValidationError(
      `kubernetesVersion ${version} is not offered for new clusters in ${region.region}; choose one of ${creatable.map((v) => v.version).join(', ')}`,
      ['input', 'kubernetesVersion'],
    );
  }
  if (!flavors.some((f) => f.id === refs.flavorId)) throw new NotFoundError('Flavor', refs.flavorId, `Flavor ${refs.flavorId} does not exist in ${region.region}`);
  if (refs.keyName && !keypairs.some((k) => k.name === refs.keyName)) {
    throw new NotFoundError('Keypair', refs.keyName, `Key pair "${refs.keyName}" does not exist in ${region.region}`);
  }
  const zone = refs.zone ?? zones.find((z) => z.available)?.name;
  if (!zone || !zones.some((z) => z.name === zone)) {
    throw new ValidationError(`availabilityZone ${refs.zone} does not exist in ${region.region}; choose one of ${zones.map((z) => z.name).join(', ')}`, ['input', 'availabilityZone']);
  }
  if (refs.nodeImageId && !images.includes(refs.nodeImageId)) {
    throw new ValidationError(`Image ${refs.nodeImageId} is not a Kubernetes node image of ${region.region}`, ['input', 'nodeImageId']);
  }
  return { version, zone };
}

function regionRef(value: unknown, typename: string, region: Placement, field: string[]): Ref {
  const ref = parseGlobalId(String(value), typename, field);
  sameRegion(region, ref, field);
  return ref;
}

builder.mutationFields((t) => ({
  createCluster: t.field({
    type: ClusterPayload,
    description: 'Asks the cloud to build a Kubernetes cluster; returns it in CREATE_IN_PROGRESS. Follow it with clusterStatusChanged.',
    args: { input: t.arg({ type: CreateClusterInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ cluster: null as Cluster | null } as { cluster: Cluster | null; operation?: LazyOperation }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        requireKubernetes(ctx, region, ['input', 'regionId']);
        const name = validate(kubernetesName, input.name, ['input', 'name']);
        const vpc = regionRef(input.vpcId, 'Vpc', region, ['input', 'vpcId']);
        const subnet = regionRef(input.subnetId, 'Subnet', region, ['input', 'subnetId']);
        const flavor = regionRef(input.flavorId, 'Flavor', region, ['input', 'flavorId']);
        const keypair = regionRef(input.keypairId, 'Keypair', region, ['input', 'keypairId']);
        validate(keypairName, keypair.id, ['input', 'keypairId']);
        const nodeImage = input.nodeImageId ? regionRef(input.nodeImageId, 'Image', region, ['input', 'nodeImageId']) : undefined;
        const count = validate(nodeCount, input.nodeCount ?? 1, ['input', 'nodeCount']);
        const volumeSize = validate(bootVolumeSize, input.bootVolumeSizeGb ?? 50, ['input', 'bootVolumeSizeGb']);
        const volumeType = validate(bootVolumeType, input.bootVolumeType ?? 'General SSD', ['input', 'bootVolumeType']);
        const version = input.kubernetesVersion ? validate(kubernetesVersion, input.kubernetesVersion, ['input', 'kubernetesVersion']) : undefined;
        const pods = input.podsNetworkCidr ? validate(clusterCidr, input.podsNetworkCidr, ['input', 'podsNetworkCidr']) : undefined;
        const services = input.serviceClusterIpRange ? validate(clusterCidr, input.serviceClusterIpRange, ['input', 'serviceClusterIpRange']) : undefined;

        const session = sessionFor(ctx, region.provider);
        const cluster = await keyedCreate(ctx, session, region, input, {
          kind: 'Cluster',
          create: async () => {
            const checked = await checkClusterReferences(ctx, region, {
              version,
              flavorId: flavor.id,
              keyName: keypair.id,
              zone: input.availabilityZone ?? undefined,
              nodeImageId: nodeImage?.id,
            });
            return session.kubernetes.createCluster(region.region, {
              name,
              vpcId: vpc.id,
              subnetId: subnet.id,
              flavorId: flavor.id,
              keyName: keypair.id,
              kubernetesVersion: checked.version,
              availabilityZone: checked.zone,
              nodeCount: count,
              nodeImageId: nodeImage?.id,
              bootVolumeType: volumeType,
              bootVolumeSizeGb: volumeSize,
              publicEndpoint: input.publicEndpoint ?? false,
              autoscaling: input.autoscaling ?? false,
              podsNetworkCidr: pods,
              serviceClusterIpRange: services,
            });
          },
          id: (c) => c.id,
          read: (id) => readCluster(ctx, { ...region, id }),
        });
        changed(ctx, region, 'clusters');
        changed(ctx, region, 'nodeGroups');
        return { cluster, operation: track(ctx, 'CLUSTER_CREATE', { ...region, id: cluster.id }, cluster.status) };
      }),
  }),
  deleteCluster: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a cluster and its node groups. The cloud removes it asynchronously (DELETE_IN_PROGRESS, then gone).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome<DeleteOutcome>({ deletedId: null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Cluster', ['id']);
        const kube = sessionFor(ctx, ref.provider).kubernetes;
        await withCurrentStatus(() => kube.deleteCluster(ref.region, ref.id), async () => (await kube.getCluster(ref.region, ref.id))?.status ?? null);
        changed(ctx, ref, 'clusters');
        changed(ctx, ref, 'nodeGroups');
        return { deletedId: String(args.id), operation: track(ctx, 'CLUSTER_DELETE', ref) };
      }),
  }),
  upgradeCluster: t.field({
    type: ClusterPayload,
    description: "Upgrades the control plane one minor version (see Region.kubernetesVersions); then upgrade each worker group with upgradeNodeGroup.",
    args: { id: t.arg.id({ required: true }), kubernetesVersion: t.arg.string({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ cluster: null as Cluster | null } as { cluster: Cluster | null; operation?: LazyOperation }, async () => {
        const ref = parseGlobalId(String(args.id), 'Cluster', ['id']);
        const version = validate(kubernetesVersion, args.kubernetesVersion, ['kubernetesVersion']);
        const kube = sessionFor(ctx, ref.provider).kubernetes;
        await withCurrentStatus(() => kube.upgradeCluster(ref.region, ref.id, version), async () => (await kube.getCluster(ref.region, ref.id))?.status ?? null);
        changed(ctx, ref, 'clusters');
        changed(ctx, ref, 'nodeGroups');
        return { cluster: await readCluster(ctx, ref) };
      }),
  }),
  createNodeGroup: t.field({
    type: NodeGroupPayload,
    description: 'Adds a worker node group to a cluster; returns it in CREATE_IN_PROGRESS.',
    args: { input: t.arg({ type: CreateNodeGroupInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ nodeGroup: null as NodeGroup | null } as { nodeGroup: NodeGroup | null; operation?: LazyOperation }, async () => {
        const cluster = parseGlobalId(String(input.clusterId), 'Cluster', ['input', 'clusterId']);
        const name = validate(kubernetesName, input.name, ['input', 'name']);
        const flavor = regionRef(input.flavorId, 'Flavor', cluster, ['input', 'flavorId']);
        const nodeImage = input.nodeImageId ? regionRef(input.nodeImageId, 'Image', cluster, ['input', 'nodeImageId']) : undefined;
        const keypair = input.keypairId ? regionRef(input.keypairId, 'Keypair', cluster, ['input', 'keypairId']) : undefined;
        const count = validate(nodeCount, input.nodeCount ?? 1, ['input', 'nodeCount']);
        const volumeSize = validate(bootVolumeSize, input.bootVolumeSizeGb ?? 50, ['input', 'bootVolumeSizeGb']);
        const volumeType = validate(bootVolumeType, input.bootVolumeType ?? 'General SSD', ['input', 'bootVolumeType']);
        const session = sessionFor(ctx, cluster.provider);
        const [owner, flavors, zones, images] = await Promise.all([
          readCluster(ctx, cluster),
          lists.flavors(ctx, cluster),
          session.compute.listAvailabilityZones(cluster.region),
          nodeImage ? session.kubernetes.listNodeImageIds(cluster.region) : Promise.resolve([]),
        ]);
        if (!flavors.some((f) => f.id === flavor.id)) throw new NotFoundError('Flavor', flavor.id, `Flavor ${flavor.id} does not exist in ${cluster.region}`);
        const zone = input.availabilityZone ?? owner.availabilityZone ?? zones[0]?.name;
        if (!zone || !zones.some((z) => z.name === zone)) {
          throw new ValidationError(`availabilityZone ${zone} does not exist in ${cluster.region}`, ['input', 'availabilityZone']);
        }
        if (nodeImage && !images.includes(nodeImage.id)) {
          throw new ValidationError(`Image ${nodeImage.id} is not a Kubernetes node image of ${cluster.region}`, ['input', 'nodeImageId']);
        }
        const group = await keyedCreate(ctx, session, cluster, input, {
          kind: 'NodeGroup',
          id: (g) => g.id,
          read: (id) => readNodeGroup(ctx, cluster, cluster.id, id),
          create: () =>
            withCurrentStatus(
              () =>
                session.kubernetes.createNodeGroup(cluster.region, cluster.id, {
                  name,
                  flavorId: flavor.id,
                  keyName: keypair?.id,
                  nodeImageId: nodeImage?.id,
                  nodeCount: count,
                  availabilityZone: zone,
                  bootVolumeType: volumeType,
                  bootVolumeSizeGb: volumeSize,
                  autoscaling: input.autoscaling ?? false,
                }),
              async () => (await session.kubernetes.getCluster(cluster.region, cluster.id))?.status ?? null,
            ),
        });
        changed(ctx, cluster, 'nodeGroups');
        return { nodeGroup: group, operation: track(ctx, 'NODE_GROUP_CREATE', { ...cluster, id: `${group.clusterId}/${group.id}` }, group.status) };
      }),
  }),
  resizeNodeGroup: t.field({
    type: NodeGroupPayload,
    description: 'Sets the number of nodes of a worker group (1 to 10); returns the group in UPDATE_IN_PROGRESS.',
    args: { id: t.arg.id({ required: true }), nodeCount: t.arg.int({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ nodeGroup: null as NodeGroup | null } as { nodeGroup: NodeGroup | null; operation?: LazyOperation }, async () => {
        const ref = parseGlobalId(String(args.id), 'NodeGroup', ['id']);
        const { clusterId, groupId } = splitGroupId(ref, ['id']);
        const count = validate(nodeCount, args.nodeCount, ['nodeCount']);
        const kube = sessionFor(ctx, ref.provider).kubernetes;
        await withCurrentStatus(
          () => kube.resizeNodeGroup(ref.region, clusterId, groupId, count),
          async () => (await kube.getNodeGroup(ref.region, clusterId, groupId))?.status ?? null,
        );
        changed(ctx, ref, 'nodeGroups');
        changed(ctx, ref, 'clusters');
        const group = await readNodeGroup(ctx, ref, clusterId, groupId);
        return { nodeGroup: group, operation: track(ctx, 'NODE_GROUP_RESIZE', ref, group.status) };
      }),
  }),
  upgradeNodeGroup: t.field({
    type: NodeGroupPayload,
    description: "Upgrades a worker group to the control plane's version (upgradeCluster first).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ nodeGroup: null as NodeGroup | null } as { nodeGroup: NodeGroup | null; operation?: LazyOperation }, async () => {
        const ref = parseGlobalId(String(args.id), 'NodeGroup', ['id']);
        const { clusterId, groupId } = splitGroupId(ref, ['id']);
        const kube = sessionFor(ctx, ref.provider).kubernetes;
        const cluster = await readCluster(ctx, { ...ref, id: clusterId });
        if (!cluster.kubernetesVersion) throw new ConflictError('The control plane version is not known yet', cluster.status);
        await withCurrentStatus(
          () => kube.upgradeNodeGroup(ref.region, clusterId, groupId, cluster.kubernetesVersion!),
          async () => (await kube.getNodeGroup(ref.region, clusterId, groupId))?.status ?? null,
        );
        changed(ctx, ref, 'nodeGroups');
        changed(ctx, ref, 'clusters');
        const group = await readNodeGroup(ctx, ref, clusterId, groupId);
        return { nodeGroup: group, operation: track(ctx, 'NODE_GROUP_UPGRADE', ref, group.status) };
      }),
  }),
  deleteNodeGroup: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a worker node group (not the default one). The cloud removes it asynchronously.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome<DeleteOutcome>({ deletedId: null }, async () => {
        const ref = parseGlobalId(String(args.id), 'NodeGroup', ['id']);
        const { clusterId, groupId } = splitGroupId(ref, ['id']);
        const kube = sessionFor(ctx, ref.provider).kubernetes;
        await withCurrentStatus(
          () => kube.deleteNodeGroup(ref.region, clusterId, groupId),
          async () => (await kube.getNodeGroup(ref.region, clusterId, groupId))?.status ?? null,
        );
        changed(ctx, ref, 'nodeGroups');
        changed(ctx, ref, 'clusters');
        return { deletedId: String(args.id) };
      }),
  }),
}));

registerNodeLoader('Cluster', ClusterRef);
registerNodeLoader('NodeGroup', NodeGroupRef);
