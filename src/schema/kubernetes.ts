import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { KUBERNETES_STATES, kubernetesStateFrom, type Cluster, type ClusterEvent, type KubernetesVersion, type NodeGroup, type Placement, type RawLabel } from '../cloud/model.js';
import * as kubernetes from '../domain/kubernetes.js';
import { builder } from './builder.js';
import { FlavorRef, ImageRef } from './catalog.js';
import { sessionFor } from '../domain/session.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { KeypairRef, keypairName } from './keypairs.js';
import { SubnetRef, VpcRef } from './network.js';
import { track, type LazyOperation } from './operations.js';
import { DeletePayloadRef, deletedIdOf, payloadType } from './payloads.js';
import { address, inRegion, placement } from './refs.js';
import { refKey } from '../domain/keys.js';
import { RegionRef } from './region.js';
import { regionalNode } from './regional-node.js';
import { validate } from '../domain/validate.js';

/**
 * Managed Kubernetes: clusters, node groups, task history and versions, over the
 * operations of src/domain/kubernetes.ts.
 */

const KubernetesStateEnum = builder.enumType('KubernetesState', {
  values: KUBERNETES_STATES,
  description: "Where a cluster or node group is in its life, the same on both clouds (the cloud's own word is rawStatus)",
});

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

export const ClusterRef = regionalNode<Cluster>('Cluster', {
  description: 'A managed Kubernetes cluster (NHN Kubernetes Service).',
  load: kubernetes.loadClusters,
});

builder.objectFields(ClusterRef, (t) => ({
  name: t.exposeString('name'),
  status: t.exposeString('status', { description: 'CREATE_IN_PROGRESS, CREATE_COMPLETE, UPDATE_IN_PROGRESS, DELETE_IN_PROGRESS, … as the cloud says' }),
  state: t.field({ type: KubernetesStateEnum, resolve: (c) => kubernetesStateFrom(c.status), description: 'The status, normalised: the same values on both clouds' }),
  rawStatus: t.exposeString('status', { description: 'The cloud\'s own word (NHN CREATE_COMPLETE, KakaoCloud Provisioned)' }),
  statusReason: t.exposeString('statusReason', { nullable: true }),
  health: t.exposeString('healthStatus', { nullable: true, description: 'HEALTHY, UNHEALTHY, … as the cloud says; null while the cluster is being built' }),
  healthDetails: t.field({ type: [LabelRef], description: "The cloud's health report, flattened (`cluster.api_status` = NORMAL)", resolve: (c) => c.healthDetails }),
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
    resolve: async (c, _, ctx) => globalIdOf('Vpc', c, (await kubernetes.clusterDetail(ctx, c))?.vpcId ?? null),
  }),
  subnetId: t.id({
    nullable: true,
    upstream: true,
    description: 'Global id of the subnet the nodes use',
    resolve: async (c, _, ctx) => globalIdOf('Subnet', c, (await kubernetes.clusterDetail(ctx, c))?.subnetId ?? null),
  }),
  vpc: t.field({
    type: VpcRef,
    nullable: true,
    upstream: true,
    description: "The cluster's VPC (one extra read of the cluster when it came from a list)",
    resolve: async (c, _, ctx) => {
      const id = (await kubernetes.clusterDetail(ctx, c))?.vpcId;
      return id ? refKey(c, id) : null;
    },
  }),
  subnet: t.field({
    type: SubnetRef,
    nullable: true,
    upstream: true,
    description: 'The subnet the nodes take their addresses from',
    resolve: async (c, _, ctx) => {
      const id = (await kubernetes.clusterDetail(ctx, c))?.subnetId;
      return id ? refKey(c, id) : null;
    },
  }),
  apiAddress: t.string({ nullable: true, description: 'The Kubernetes API URL, once the control plane is up', upstream: true, resolve: async (c, _, ctx) => (await kubernetes.clusterDetail(ctx, c))?.apiAddress ?? null }),
  nodeAddresses: t.stringList({ nullable: true, upstream: true, resolve: async (c, _, ctx) => (await kubernetes.clusterDetail(ctx, c))?.nodeAddresses ?? [] }),
  createdAt: t.field({ type: 'DateTime', nullable: true, upstream: true, resolve: async (c, _, ctx) => (await kubernetes.clusterDetail(ctx, c))?.createdAt ?? null }),
  updatedAt: t.field({ type: 'DateTime', nullable: true, upstream: true, resolve: async (c, _, ctx) => (await kubernetes.clusterDetail(ctx, c))?.updatedAt ?? null }),
  events: t.field({
    type: [ClusterEventRef],
    nullable: true,
    upstream: true,
    description: 'Task history, oldest first',
    resolve: (c, _, ctx) => kubernetes.clusterEvents(ctx, c),
  }),
  kubeconfig: t.string({
    nullable: true,
    upstream: true,
    description: 'The kubeconfig (YAML) with admin credentials; fetched only when selected, null until the control plane is up. Treat as a secret.',
    resolve: (c, _, ctx) => sessionFor(ctx, c.provider).kubernetes.kubeconfig(c.region, c.id),
  }),
}));

export const NodeGroupRef = regionalNode<NodeGroup>('NodeGroup', {
  description: 'A group of worker nodes of one flavor and image in a cluster.',
  upstreamId: (g) => `${g.clusterId}/${g.id}`,
  load: kubernetes.loadNodeGroups,
});

builder.objectFields(NodeGroupRef, (t) => ({
  name: t.exposeString('name'),
  status: t.exposeString('status', { description: 'CREATE_IN_PROGRESS, UPDATE_COMPLETE, … as the cloud says' }),
  state: t.field({ type: KubernetesStateEnum, resolve: (g) => kubernetesStateFrom(g.status), description: 'The status, normalised: the same values on both clouds' }),
  rawStatus: t.exposeString('status', { description: 'The cloud\'s own word (NHN CREATE_COMPLETE, KakaoCloud Running)' }),
  statusReason: t.string({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.statusReason ?? null }),
  role: t.exposeString('role', { description: 'worker (or master for the control plane)' }),
  isDefault: t.exposeBoolean('isDefault'),
  cluster: t.field({ type: ClusterRef, nullable: true, upstream: true, resolve: (g) => refKey(g, g.clusterId) }),
  nodeCount: t.exposeInt('nodeCount'),
  minNodeCount: t.exposeInt('minNodeCount', { nullable: true }),
  maxNodeCount: t.exposeInt('maxNodeCount', { nullable: true }),
  flavor: t.field({ type: FlavorRef, nullable: true, upstream: true, resolve: (g) => (g.flavorId ? refKey(g, g.flavorId) : null) }),
  image: t.field({ type: ImageRef, nullable: true, upstream: true, resolve: (g) => (g.imageId ? refKey(g, g.imageId) : null) }),
  kubernetesVersion: t.string({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.kubernetesVersion ?? null }),
  availabilityZone: t.string({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.availabilityZone ?? null }),
  bootVolumeType: t.string({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.bootVolumeType ?? null }),
  bootVolumeSizeGb: t.int({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.bootVolumeSizeGb ?? null }),
  autoscaling: t.boolean({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.autoscaling ?? null }),
  labels: t.field({ nullable: true, type: [LabelRef], upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.labels ?? [] }),
  nodeAddresses: t.stringList({ nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.nodeAddresses ?? [] }),
  createdAt: t.field({ type: 'DateTime', nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.createdAt ?? null }),
  updatedAt: t.field({ type: 'DateTime', nullable: true, upstream: true, resolve: async (g, _, ctx) => (await kubernetes.nodeGroupDetail(ctx, g))?.updatedAt ?? null }),
}));

// After NodeGroup exists: the two types refer to each other.
builder.objectField(ClusterRef, 'nodeGroups', (t) =>
  t.field({
    type: [NodeGroupRef],
    nullable: true,
    upstream: true,
    description: 'The worker node groups (the control plane group is not listed)',
    resolve: (c, _, ctx) => kubernetes.nodeGroupsOf(ctx, c),
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
    resolve: (r, _, ctx) => kubernetes.listClusters(ctx, r),
  }),
  cluster: t.field({
    type: ClusterRef,
    nullable: true,
    upstream: true,
    description: 'One cluster by name (or upstream id), from the region’s one list call; null when there is none',
    args: { name: t.arg.string({ required: true }) },
    resolve: (r, args, ctx) => kubernetes.findCluster(ctx, r, args.name),
  }),
  kubernetesVersions: t.field({
    type: [KubernetesVersionRef],
    nullable: true,
    upstream: true,
    description: 'Versions offered, newest first; `creatable` ones can be used by createCluster',
    resolve: (r, _, ctx) => kubernetes.listVersions(ctx, r),
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
    regionId: t.globalID({ required: true, for: RegionRef }),
    name: t.string({ required: true, description: 'Up to 20 lower-case letters, digits and "-", starting with a letter' }),
    vpcId: t.globalID({ required: true, for: VpcRef }),
    subnetId: t.globalID({ required: true, for: SubnetRef, description: 'A subnet of the VPC; the nodes get their addresses there' }),
    flavorId: t.globalID({ required: true, for: FlavorRef, description: 'Flavor of the default worker group' }),
    keypairId: t.globalID({ required: true, for: KeypairRef }),
    kubernetesVersion: t.string({ required: false, description: 'The newest creatable version when omitted (see Region.kubernetesVersions)' }),
    availabilityZone: t.string({ required: false, description: "The region's first zone when omitted" }),
    nodeCount: t.int({ required: false, defaultValue: 1, description: 'Nodes of the default worker group, 1 to 10' }),
    nodeImageId: t.globalID({ required: false, for: ImageRef, description: "Base image of the nodes; the cloud's newest Kubernetes node image when omitted" }),
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
    clusterId: t.globalID({ required: true, for: ClusterRef }),
    name: t.string({ required: true, description: 'Up to 20 lower-case letters, digits and "-", starting with a letter' }),
    flavorId: t.globalID({ required: true, for: FlavorRef }),
    keypairId: t.globalID({
      required: false,
      for: KeypairRef,
      description: "SSH key pair of the nodes, where the cloud asks for one per group (KakaoCloud node pools; the cluster's other pools' key when omitted)",
    }),
    nodeImageId: t.globalID({ required: false, for: ImageRef, description: "The cloud's newest Kubernetes node image when omitted" }),
    nodeCount: t.int({ required: false, defaultValue: 1 }),
    availabilityZone: t.string({ required: false, description: "The cluster's zone when omitted" }),
    bootVolumeType: t.string({ required: false, defaultValue: 'General SSD' }),
    bootVolumeSizeGb: t.int({ required: false, defaultValue: 50 }),
    autoscaling: t.boolean({ required: false, defaultValue: false }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('node group') }),
  }),
});

interface ClusterResult {
  cluster: Cluster | null;
  operation?: LazyOperation;
}

/** createCluster's payload and the one of changes to a cluster: the same fields under the contract's two names. */
const clusterPayload = (name: string, description: string) =>
  payloadType<ClusterResult>(name, {
    description,
    operation: true,
    fields: (t) => ({ cluster: t.field({ type: ClusterRef, nullable: true, resolve: (p) => p.cluster }) }),
  });

const CreateClusterPayload = clusterPayload('CreateClusterPayload', 'The cluster as the cloud shows it right after accepting it (CREATE_IN_PROGRESS), or why it was refused.');

const ClusterPayload = clusterPayload('ClusterPayload', 'The cluster as the cloud shows it right after accepting the change, or why it was refused.');

const NodeGroupPayload = payloadType<{ nodeGroup: NodeGroup | null; operation?: LazyOperation }>('NodeGroupPayload', {
  description: 'The node group as the cloud shows it right after accepting the change, or why it was refused.',
  operation: true,
  fields: (t) => ({ nodeGroup: t.field({ type: NodeGroupRef, nullable: true, resolve: (p) => p.nodeGroup }) }),
});

builder.mutationFields((t) => ({
  createCluster: t.field({
    type: CreateClusterPayload,
    description: 'Asks the cloud to build a Kubernetes cluster; returns it in CREATE_IN_PROGRESS. Follow it with clusterStatusChanged.',
    args: { input: t.arg({ type: CreateClusterInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const region = placement(input.regionId);
      kubernetes.requireKubernetes(ctx, region);
      const name = validate(kubernetesName, input.name, ['name']);
      const vpcId = inRegion(region, input.vpcId, 'vpcId');
      const subnetId = inRegion(region, input.subnetId, 'subnetId');
      const flavorId = inRegion(region, input.flavorId, 'flavorId');
      const keyName = validate(keypairName, inRegion(region, input.keypairId, 'keypairId'), ['keypairId']);
      const nodeImageId = input.nodeImageId ? inRegion(region, input.nodeImageId, 'nodeImageId') : undefined;
      const cluster = await kubernetes.createCluster(
        ctx,
        region,
        {
          name,
          vpcId,
          subnetId,
          flavorId,
          keyName,
          nodeImageId,
          nodeCount: validate(nodeCount, input.nodeCount ?? 1, ['nodeCount']),
          bootVolumeSizeGb: validate(bootVolumeSize, input.bootVolumeSizeGb ?? 50, ['bootVolumeSizeGb']),
          bootVolumeType: validate(bootVolumeType, input.bootVolumeType ?? 'General SSD', ['bootVolumeType']),
          kubernetesVersion: input.kubernetesVersion ? validate(kubernetesVersion, input.kubernetesVersion, ['kubernetesVersion']) : undefined,
          availabilityZone: input.availabilityZone ?? undefined,
          publicEndpoint: input.publicEndpoint ?? false,
          autoscaling: input.autoscaling ?? false,
          podsNetworkCidr: input.podsNetworkCidr ? validate(clusterCidr, input.podsNetworkCidr, ['podsNetworkCidr']) : undefined,
          serviceClusterIpRange: input.serviceClusterIpRange ? validate(clusterCidr, input.serviceClusterIpRange, ['serviceClusterIpRange']) : undefined,
        },
        input,
      );
      return { cluster, operation: track(ctx, 'CLUSTER_CREATE', { ...region, id: cluster.id }, cluster.status) };
    },
  }),
  deleteCluster: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a cluster and its node groups. The cloud removes it asynchronously (DELETE_IN_PROGRESS, then gone).',
    args: { id: t.arg.globalID({ required: true, for: ClusterRef }) },
    resolve: async (_, args, ctx) => {
      const cluster = address(args.id);
      await kubernetes.deleteCluster(ctx, cluster);
      return { deletedId: deletedIdOf(args.id), operation: track(ctx, 'CLUSTER_DELETE', cluster) };
    },
  }),
  upgradeCluster: t.field({
    type: ClusterPayload,
    description: "Upgrades the control plane one minor version (see Region.kubernetesVersions); then upgrade each worker group with upgradeNodeGroup.",
    args: { id: t.arg.globalID({ required: true, for: ClusterRef }), kubernetesVersion: t.arg.string({ required: true }) },
    resolve: async (_, args, ctx) => {
      const version = validate(kubernetesVersion, args.kubernetesVersion, ['kubernetesVersion']);
      return { cluster: await kubernetes.upgradeCluster(ctx, address(args.id), version) };
    },
  }),
  createNodeGroup: t.field({
    type: NodeGroupPayload,
    description: 'Adds a worker node group to a cluster; returns it in CREATE_IN_PROGRESS.',
    args: { input: t.arg({ type: CreateNodeGroupInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const cluster = address(input.clusterId);
      const group = await kubernetes.createNodeGroup(
        ctx,
        cluster,
        {
          name: validate(kubernetesName, input.name, ['name']),
          flavorId: inRegion(cluster, input.flavorId, 'flavorId'),
          nodeImageId: input.nodeImageId ? inRegion(cluster, input.nodeImageId, 'nodeImageId') : undefined,
          keyName: input.keypairId ? inRegion(cluster, input.keypairId, 'keypairId') : undefined,
          nodeCount: validate(nodeCount, input.nodeCount ?? 1, ['nodeCount']),
          bootVolumeSizeGb: validate(bootVolumeSize, input.bootVolumeSizeGb ?? 50, ['bootVolumeSizeGb']),
          bootVolumeType: validate(bootVolumeType, input.bootVolumeType ?? 'General SSD', ['bootVolumeType']),
          availabilityZone: input.availabilityZone ?? undefined,
          autoscaling: input.autoscaling ?? false,
        },
        input,
      );
      return { nodeGroup: group, operation: track(ctx, 'NODE_GROUP_CREATE', { ...cluster, id: `${group.clusterId}/${group.id}` }, group.status) };
    },
  }),
  resizeNodeGroup: t.field({
    type: NodeGroupPayload,
    description: 'Sets the number of nodes of a worker group (1 to 10); returns the group in UPDATE_IN_PROGRESS.',
    args: { id: t.arg.globalID({ required: true, for: NodeGroupRef }), nodeCount: t.arg.int({ required: true }) },
    resolve: async (_, args, ctx) => {
      const ref = address(args.id);
      const group = await kubernetes.resizeNodeGroup(ctx, ref, validate(nodeCount, args.nodeCount, ['nodeCount']));
      return { nodeGroup: group, operation: track(ctx, 'NODE_GROUP_RESIZE', ref, group.status) };
    },
  }),
  upgradeNodeGroup: t.field({
    type: NodeGroupPayload,
    description: "Upgrades a worker group to the control plane's version (upgradeCluster first).",
    args: { id: t.arg.globalID({ required: true, for: NodeGroupRef }) },
    resolve: async (_, args, ctx) => {
      const ref = address(args.id);
      const group = await kubernetes.upgradeNodeGroup(ctx, ref);
      return { nodeGroup: group, operation: track(ctx, 'NODE_GROUP_UPGRADE', ref, group.status) };
    },
  }),
  deleteNodeGroup: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a worker node group (not the default one). The cloud removes it asynchronously.',
    args: { id: t.arg.globalID({ required: true, for: NodeGroupRef }) },
    resolve: async (_, args, ctx) => {
      await kubernetes.deleteNodeGroup(ctx, address(args.id));
      return { deletedId: deletedIdOf(args.id) };
    },
  }),
}));
