/**
 * The provider-neutral model: what the graph knows of a cloud resource, whichever cloud
 * it lives in. Adapters map their wire formats into these shapes; the schema reads only
 * these. Every resource carries its provider and region, so a global id can be made of it.
 */

export type ProviderName = 'NHN' | 'KAKAO';

/** Where a resource lives: the cloud and the region, as the cloud spells it. */
export interface Placement {
  provider: ProviderName;
  region: string;
}

/** Where one resource is: its cloud, region and upstream id (what a node id encodes). */
export interface ResourceAddress extends Placement {
  id: string;
}

export interface RegionInfo extends Placement {
  displayName: string;
}

export interface AvailabilityZone extends Placement {
  name: string;
  available: boolean;
}

export interface Flavor extends Placement {
  id: string;
  name: string;
  vcpus: number;
  ramMb: number;
  diskGb: number;
  isPublic: boolean;
  disabled: boolean;
}

export interface Image extends Placement {
  id: string;
  name: string;
  status: string;
  visibility: string;
  sizeBytes: number | null;
  minDiskGb: number;
  minRamMb: number;
  osType: string | null;
  osDistro: string | null;
  osVersion: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export interface Keypair extends Placement {
  /** Key pairs are addressed by name in both clouds. */
  name: string;
  fingerprint: string;
  publicKey: string;
  type: string | null;
  createdAt: Date | null;
}

export const SERVER_STATUSES = [
  'ACTIVE', 'BUILD', 'DELETED', 'ERROR', 'HARD_REBOOT', 'MIGRATING', 'PASSWORD', 'PAUSED', 'REBOOT',
  'REBUILD', 'RESCUE', 'RESIZE', 'REVERT_RESIZE', 'VERIFY_RESIZE', 'SHELVED', 'SHELVED_OFFLOADED', 'SHUTOFF',
  'SUSPENDED', 'UNKNOWN',
] as const;
export type ServerStatus = (typeof SERVER_STATUSES)[number];

/**
 * A cloud's status word as one of Hanul's enum values: upper-cased with `-` as `_`
 * (Nova's `ACTIVE`, KakaoCloud's `active`, Cinder's `in-use`), then `aliases` for words of
 * the cloud's own (KakaoCloud `STOPPED` → `SHUTOFF`). Anything else is `fallback`; the
 * raw word is kept beside it (`rawStatus`).
 */
export function enumFrom<T extends string>(raw: string, values: readonly T[], fallback: T, aliases: Readonly<Record<string, T>> = {}): T {
  const upper = raw.toUpperCase().replaceAll('-', '_');
  return aliases[upper] ?? ((values as readonly string[]).includes(upper) ? (upper as T) : fallback);
}

/** A cloud's server status as a ServerStatus (see `enumFrom`). */
export function serverStatusFrom(raw: string, aliases: Readonly<Record<string, ServerStatus>> = {}): ServerStatus {
  return enumFrom(raw, SERVER_STATUSES, 'UNKNOWN', aliases);
}

/** The root volume a new server gets when the request names no size (Hanul's default, as the seed REST proxy chose). */
export const DEFAULT_BOOT_VOLUME_GB = 50;

export interface ServerAddress {
  address: string;
  version: number;
  type: 'FIXED' | 'FLOATING';
  macAddress: string | null;
  /** The network name the cloud files the address under (KakaoCloud files none: its network interface id). */
  networkName: string;
  /** The network interface (port) holding the address, where the cloud says (KakaoCloud). */
  portId?: string | null;
}

export interface Server extends Placement {
  id: string;
  name: string;
  status: ServerStatus;
  /** The cloud's own word for the status, before normalisation. */
  rawStatus: string;
  taskState: string | null;
  flavorId: string | null;
  imageId: string | null;
  keyName: string | null;
  availabilityZone: string | null;
  addresses: ServerAddress[];
  securityGroupNames: string[];
  volumeIds: string[];
  metadata: Record<string, string>;
  createdAt: Date | null;
  updatedAt: Date | null;
  /** Why the server is in ERROR, where the cloud says (Nova's `fault.message`). */
  fault?: string | null;
}

/** Statuses a server passes through on its way to a settled one. */
export const TRANSITIONAL_SERVER_STATUSES: ReadonlySet<ServerStatus> = new Set([
  'BUILD', 'HARD_REBOOT', 'MIGRATING', 'PASSWORD', 'REBOOT', 'REBUILD', 'RESIZE', 'REVERT_RESIZE', 'VERIFY_RESIZE',
]);

export type ServerAction =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'reboot'; hard: boolean }
  | { type: 'resize'; flavorId: string }
  | { type: 'shelve' }
  | { type: 'unshelve' };

export interface CreateServerSpec {
  name: string;
  flavorId: string;
  imageId: string;
  keyName?: string;
  availabilityZone?: string;
  /** Network or subnet ids to attach; the cloud's default network when empty. */
  networkIds: string[];
  securityGroupNames: string[];
  /** Boot from a volume of this size (GB) instead of local disk. */
  bootVolumeSizeGb?: number;
  metadata: Record<string, string>;
}

export interface ServerFilter {
  name?: string;
  status?: ServerStatus;
  flavorId?: string;
  imageId?: string;
  /** Only servers changed since this instant (Nova `changes-since`). */
  changedSince?: Date;
}

export interface CreatedKeypair {
  keypair: Keypair;
  /** Present only when the cloud generated the key pair. Shown once, never stored. */
  privateKey: string | null;
}

/** Who the credentials are. */
export interface Viewer {
  provider: ProviderName;
  tenantId: string;
  tenantName: string | null;
  userId: string | null;
  /** Null when the gateway was handed a bare token whose expiry it cannot know. */
  tokenExpiresAt: Date | null;
}

/** A project (tenant) the signed-in user belongs to. */
export interface Project {
  provider: ProviderName;
  id: string;
  name: string;
  description: string | null;
  enabled: boolean;
}

export interface IssuedToken {
  provider: ProviderName;
  token: string;
  tenantId: string;
  expiresAt: Date;
}

// --- Kubernetes (NHN NKS, KakaoCloud Kubernetes Engine) ---

/** A cluster or node group task status: `CREATE_IN_PROGRESS`, `UPDATE_COMPLETE`, … as the cloud says it. */
export type KubernetesTaskStatus = string;

/**
 * Where a cluster or node group is in its life, the same for both clouds. NHN speaks Heat
 * stack words (`CREATE_IN_PROGRESS`, `UPDATE_COMPLETE`, nhn-nks §2.1), KakaoCloud phases
 * (`Provisioning`, `Provisioned`, `ScalingUp`, kakaocloud §9). Neither cloud tells an upgrade
 * from other updates (NHN: `UPDATE_IN_PROGRESS` for both), so there is no UPGRADING.
 * SCALING is KakaoCloud's `ScalingUp`/`ScalingDown` (NHN's resize is an UPDATING).
 */
export const KUBERNETES_STATES = ['CREATING', 'ACTIVE', 'UPDATING', 'SCALING', 'DELETING', 'DELETED', 'FAILED', 'UNKNOWN'] as const;
export type KubernetesState = (typeof KUBERNETES_STATES)[number];

/** KakaoCloud phases, upper-cased with spaces and parentheses as `_` (`Running (Scheduling Disable)`). */
const KAKAO_PHASE_STATES: Readonly<Record<string, KubernetesState>> = {
  PENDING: 'CREATING', PROVISIONING: 'CREATING', PROVISIONED: 'ACTIVE', RUNNING: 'ACTIVE', RUNNING_SCHEDULING_DISABLE: 'ACTIVE',
  UPDATING: 'UPDATING', SCALINGUP: 'SCALING', SCALINGDOWN: 'SCALING', DELETING: 'DELETING', DELETED: 'DELETED', FAILED: 'FAILED',
};

/** A cluster's or node group's status word, either cloud's, as a KubernetesState. */
export function kubernetesStateFrom(raw: string): KubernetesState {
  const word = raw.toUpperCase().replace(/[^A-Z]+/g, '_').replace(/^_|_$/g, '');
  const phase = KAKAO_PHASE_STATES[word];
  if (phase) return phase;
  // Heat words: {ACTION}_{IN_PROGRESS|COMPLETE|FAILED}.
  if (word.endsWith('_FAILED')) return 'FAILED';
  if (word === 'DELETE_COMPLETE') return 'DELETED';
  if (word === 'DELETE_IN_PROGRESS') return 'DELETING';
  if (word === 'CREATE_IN_PROGRESS') return 'CREATING';
  if (word.endsWith('_IN_PROGRESS')) return 'UPDATING';
  if (word.endsWith('_COMPLETE')) return 'ACTIVE';
  return 'UNKNOWN';
}

const BUSY_KUBERNETES_STATES: ReadonlySet<KubernetesState> = new Set(['CREATING', 'UPDATING', 'SCALING', 'DELETING']);

/** True while the cloud is working on the resource (NHN `*_IN_PROGRESS`, KakaoCloud `Provisioning`, …): watchers poll fast. */
export function isKubernetesBusy(status: string): boolean {
  return BUSY_KUBERNETES_STATES.has(kubernetesStateFrom(status));
}

/** One label as the cloud returned it; array-valued labels are given as JSON text. */
export interface RawLabel {
  key: string;
  value: string;
}

/** A managed Kubernetes cluster. Detail fields are null when the cloud's list call omits them. */
export interface Cluster extends Placement {
  id: string;
  name: string;
  status: KubernetesTaskStatus;
  statusReason: string | null;
  /** NHN documents FRESH/STALE/ROTTEN but answers HEALTHY/UNHEALTHY/UNKNOWN: an open string. */
  healthStatus: string | null;
  /** `health_status_reason` flattened to dotted keys (`cluster.api_status` → `NORMAL`). */
  healthDetails: RawLabel[];
  kubernetesVersion: string | null;
  /** LATEST or NEED_UPGRADE. */
  kubernetesVersionStatus: string | null;
  /** Worker nodes across all worker groups. */
  nodeCount: number;
  flavorId: string | null;
  keyName: string | null;
  availabilityZone: string | null;
  nodeImageId: string | null;
  bootVolumeType: string | null;
  bootVolumeSizeGb: number | null;
  /** The API endpoint has a public address (`master_lb_floating_ip_enabled`). */
  publicEndpoint: boolean | null;
  /** The cluster autoscaler runs for the default group (`ca_enable`). */
  autoscaling: boolean | null;
  externalNetworkId: string | null;
  externalSubnetIds: string[];
  cniDriver: string | null;
  podsNetworkCidr: string | null;
  podsNetworkSubnetPrefix: number | null;
  serviceClusterIpRange: string | null;
  labels: RawLabel[];
  /** Whether the detail fields below were read (GET one) rather than left out by the list. */
  detailed: boolean;
  vpcId: string | null;
  subnetId: string | null;
  apiAddress: string | null;
  nodeAddresses: string[];
  createdAt: Date | null;
  updatedAt: Date | null;
}

export interface NodeGroup extends Placement {
  id: string;
  clusterId: string;
  name: string;
  status: KubernetesTaskStatus;
  statusReason: string | null;
  /** `worker`, or `master` for the control plane group. */
  role: string;
  isDefault: boolean;
  flavorId: string | null;
  imageId: string | null;
  nodeCount: number;
  minNodeCount: number | null;
  maxNodeCount: number | null;
  /** Detail fields (labels, addresses, dates) are read with GET one. */
  detailed: boolean;
  kubernetesVersion: string | null;
  availabilityZone: string | null;
  bootVolumeType: string | null;
  bootVolumeSizeGb: number | null;
  autoscaling: boolean | null;
  labels: RawLabel[];
  nodeAddresses: string[];
  createdAt: Date | null;
  updatedAt: Date | null;
}

/** One entry of a cluster's task history. */
export interface ClusterEvent extends Placement {
  id: string;
  clusterId: string;
  resourceType: string;
  resourceId: string;
  resourceName: string;
  /** `CLUSTER_CREATE`, `NODEGROUP_SCALE_OUT`, … */
  type: string;
  /** SUCCESS, FAIL or IN_PROGRESS. */
  state: string;
  contents: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export interface KubernetesVersion extends Placement {
  version: string;
  /** New clusters may be created with it (older versions only run on old clusters). */
  creatable: boolean;
}

export interface CreateClusterSpec {
  name: string;
  vpcId: string;
  subnetId: string;
  flavorId: string;
  keyName: string;
  kubernetesVersion: string;
  availabilityZone: string;
  nodeCount: number;
  /** Base image of the worker nodes; the adapter picks the cloud's default Kubernetes image when absent. */
  nodeImageId?: string;
  bootVolumeType: string;
  bootVolumeSizeGb: number;
  /** Give the API endpoint a public address (needs the region's external network; the adapter looks it up). */
  publicEndpoint: boolean;
  autoscaling: boolean;
  podsNetworkCidr?: string;
  serviceClusterIpRange?: string;
}

export interface CreateNodeGroupSpec {
  name: string;
  flavorId: string;
  /** SSH key pair of the nodes, where the cloud asks for one per group (KakaoCloud node pools). */
  keyName?: string;
  nodeImageId?: string;
  nodeCount: number;
  availabilityZone: string;
  bootVolumeType: string;
  bootVolumeSizeGb: number;
  autoscaling: boolean;
}

// --- Object storage (Swift: NHN Object Storage, KakaoCloud Object Storage) ---

export interface Container extends Placement {
  /** Containers are addressed by name within the account. */
  name: string;
  objectCount: number;
  bytesUsed: number;
  lastModified: Date | null;
}

/** What HEAD on a container adds to the listing's counters. */
export interface ContainerDetails {
  metadata: Record<string, string>;
  /** Read ACL, e.g. `.r:*,.rlistings` for public read. */
  readAcl: string | null;
  writeAcl: string | null;
  /** Storage class as the cloud reports it (`standard`, `economy`). */
  storagePolicy: string | null;
  objectCount: number;
  bytesUsed: number;
}

export interface StorageObject extends Placement {
  container: string;
  name: string;
  size: number;
  contentType: string | null;
  etag: string | null;
  lastModified: Date | null;
}

/** One entry of a container listing: an object, or a pseudo-folder (`photos/`) when a delimiter was given. */
export type ObjectListingEntry = { kind: 'object'; object: StorageObject } | { kind: 'folder'; name: string };

/** One page of a container listing, in the cloud's (name) order. */
export interface ObjectListing {
  entries: ObjectListingEntry[];
}

export interface ObjectListQuery {
  prefix?: string;
  delimiter?: string;
  /** Start after this name. */
  marker?: string;
  limit: number;
}

export interface StoredObjectContent {
  object: StorageObject;
  metadata: Record<string, string>;
  /** The bytes, when the object is no larger than the cap asked for. */
  body: Buffer | null;
}

export interface StorageUsage extends Placement {
  containerCount: number;
  objectCount: number;
  bytesUsed: number;
}

// --- Network: VPCs, subnets, routing, internet gateways, floating IPs, security groups, ports ---

/**
 * A virtual network. NHN: a VPC (a Neutron network underneath); Kakao: a VPC. The region's
 * external ("public") network is a VPC too, with `external` set.
 */
export interface Vpc extends Placement {
  id: string;
  name: string;
  /** IPv4 block, e.g. `10.0.0.0/16`; `0.0.0.0/0` for the external network. */
  cidr: string;
  /** As the cloud says it (`available`). */
  state: string;
  shared: boolean;
  external: boolean;
  createdAt: Date | null;
  /** The timestamp exactly as the cloud wrote it (NHN: `YYYY-MM-DD hh:mm:ss`, not ISO). */
  rawCreatedAt: string | null;
}

export interface Subnet extends Placement {
  id: string;
  name: string;
  vpcId: string;
  cidr: string;
  gatewayIp: string | null;
  state: string;
  shared: boolean;
  dhcpEnabled: boolean;
  /** Free addresses, where the cloud reports them. */
  availableIpCount: number | null;
  /** The routing table the subnet uses (explicitly attached, or the VPC's default). */
  routingTableId: string | null;
  /** True when the table was attached explicitly rather than inherited from the VPC. */
  routingTableExplicit: boolean;
  availabilityZone: string | null;
  createdAt: Date | null;
  rawCreatedAt: string | null;
}

export interface RoutingTable extends Placement {
  id: string;
  name: string;
  vpcId: string | null;
  isDefault: boolean;
  /** Distributed (true) or centralized (false) routing. */
  distributed: boolean;
  internetGatewayId: string | null;
  /** Subnets routed by this table, where the list call reports them. */
  subnetIds: string[];
  state: string;
  createdAt: Date | null;
  rawCreatedAt: string | null;
}

export interface Route extends Placement {
  id: string;
  routingTableId: string;
  /** Destination block. */
  cidr: string;
  /** Prefix length of the destination (NHN `mask`). */
  prefixLength: number;
  /** Next hop: an IPv4 address, or `local` for the VPC's own block. */
  gateway: string;
  /** Set on the default route an attached internet gateway brings. */
  internetGatewayId: string | null;
  /**
   * What the route points at, where the cloud routes to resources rather than addresses
   * (KakaoCloud: `local`, `igw`, `instance`, `tgw`); absent for NHN.
   */
  targetType?: string | null;
  /** The upstream id of that target (internet gateway, instance, transit gateway). */
  targetId?: string | null;
}

export interface InternetGateway extends Placement {
  id: string;
  name: string;
  externalNetworkId: string | null;
  routingTableId: string | null;
  /** As the cloud says it: `available`, `unavailable`, `migrating`, `ERROR` (NHN mixes cases). */
  state: string;
  migrateStatus: string | null;
  createdAt: Date | null;
  rawCreatedAt: string | null;
}

/**
 * A VPC's, subnet's, routing table's or internet gateway's state, the same for both clouds.
 * NHN says `available`, `unavailable` (a gateway on no routing table), `migrating`, `ERROR`
 * (nhn-network); KakaoCloud says Octavia-style `ACTIVE`, `PENDING_CREATE`, `PENDING_UPDATE`,
 * `PENDING_DELETE`, `DELETED`, `ERROR` (kakaocloud §6).
 */
export const NETWORK_STATES = ['AVAILABLE', 'UNAVAILABLE', 'CREATING', 'UPDATING', 'MIGRATING', 'DELETING', 'DELETED', 'ERROR', 'UNKNOWN'] as const;
export type NetworkState = (typeof NETWORK_STATES)[number];

const NETWORK_STATE_ALIASES: Readonly<Record<string, NetworkState>> = {
  ACTIVE: 'AVAILABLE', PENDING_CREATE: 'CREATING', PENDING_UPDATE: 'UPDATING', PENDING_DELETE: 'DELETING',
};

/** A network resource's state word, either cloud's, as a NetworkState. */
export function networkStateFrom(raw: string): NetworkState {
  return enumFrom(raw, NETWORK_STATES, 'UNKNOWN', NETWORK_STATE_ALIASES);
}

/**
 * A port's (network interface's) status, the same for both clouds: NHN's Neutron `ACTIVE`,
 * `BUILD`, `DOWN`; KakaoCloud's `in_use` (ACTIVE: a device uses it) and `available` (DOWN:
 * free, as a new Neutron port is).
 */
export const PORT_STATES = ['ACTIVE', 'BUILD', 'DOWN', 'ERROR', 'UNKNOWN'] as const;
export type PortState = (typeof PORT_STATES)[number];

/** A port's status word, either cloud's, as a PortState. */
export function portStateFrom(raw: string): PortState {
  return enumFrom(raw, PORT_STATES, 'UNKNOWN', { IN_USE: 'ACTIVE', AVAILABLE: 'DOWN' });
}

export const FLOATING_IP_STATUSES = ['ACTIVE', 'DOWN', 'ERROR', 'UNKNOWN'] as const;
export type FloatingIpStatus = (typeof FLOATING_IP_STATUSES)[number];

export interface FloatingIp extends Placement {
  id: string;
  address: string;
  externalNetworkId: string | null;
  status: FloatingIpStatus;
  rawStatus: string;
  /** The port (network interface) it maps to, when associated. */
  portId: string | null;
  fixedIpAddress: string | null;
  deleteProtection: boolean;
  label: string | null;
}

export interface SecurityGroupRule extends Placement {
  id: string;
  securityGroupId: string;
  direction: 'INGRESS' | 'EGRESS';
  /** `IPv4` or `IPv6`. */
  etherType: string;
  /** `tcp`, `udp`, `icmp`, a protocol number; null for any. */
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
  description: string | null;
}

export interface SecurityGroup extends Placement {
  id: string;
  name: string;
  description: string | null;
  rules: SecurityGroupRule[];
}

export interface PortFixedIp {
  subnetId: string;
  ipAddress: string;
}

/** A network interface: a server's, a floating IP's target, or a free-standing one. */
export interface Port extends Placement {
  id: string;
  name: string;
  /** The VPC (network) it lives in. */
  vpcId: string;
  /** As the cloud says it: `ACTIVE`, `BUILD`, `DOWN`. */
  status: string;
  adminStateUp: boolean;
  macAddress: string | null;
  fixedIps: PortFixedIp[];
  /** `compute:{zone}` for a server's port, `network:…` for the cloud's own, empty when free. */
  deviceOwner: string;
  /** The server (or other device) using the port; empty when free. */
  deviceId: string;
  securityGroupIds: string[];
  portSecurityEnabled: boolean;
}

export interface PortFilter {
  deviceId?: string;
  vpcId?: string;
}

export interface CreateVpcSpec {
  name: string;
  cidr: string;
}

export interface CreateSubnetSpec {
  vpcId: string;
  name: string;
  cidr: string;
  /** Clouds whose subnets live in one zone need it (KakaoCloud); others ignore it. */
  availabilityZone?: string;
}

export interface CreateRoutingTableSpec {
  vpcId: string;
  name: string;
  distributed?: boolean;
}

export interface CreateRouteSpec {
  routingTableId: string;
  cidr: string;
  /** Next-hop IPv4 address. */
  gateway: string;
}

export interface CreateFloatingIpSpec {
  /** The external network to allocate from; the region's only one when absent. */
  externalNetworkId?: string;
  /** Associate right away with this port. */
  portId?: string;
  label?: string;
}

export interface CreateSecurityGroupRuleSpec {
  securityGroupId: string;
  direction: 'INGRESS' | 'EGRESS';
  /** null for any protocol. */
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
  description: string | null;
}

export interface CreatePortSpec {
  vpcId: string;
  name: string;
  /** Take an address from this subnet (a free one unless `ipAddress` is given). */
  subnetId?: string;
  ipAddress?: string;
  /** null: the cloud's default group. */
  securityGroupIds: string[] | null;
}

// --- Block storage: volumes, attachments, snapshots, volume types ---

export const VOLUME_STATUSES = [
  'CREATING', 'AVAILABLE', 'ATTACHING', 'DETACHING', 'IN_USE', 'RESERVED', 'MAINTENANCE', 'DELETING',
  'AWAITING_TRANSFER', 'ERROR', 'ERROR_DELETING', 'BACKING_UP', 'RESTORING_BACKUP', 'ERROR_BACKING_UP',
  'ERROR_RESTORING', 'ERROR_EXTENDING', 'DOWNLOADING', 'UPLOADING', 'RETYPING', 'EXTENDING', 'UNKNOWN',
] as const;
export type VolumeStatus = (typeof VOLUME_STATUSES)[number];

/** Volume statuses that move on by themselves: watchers poll fast, mutations wait. */
export const TRANSITIONAL_VOLUME_STATUSES: ReadonlySet<VolumeStatus> = new Set([
  'CREATING', 'ATTACHING', 'DETACHING', 'DELETING', 'BACKING_UP', 'RESTORING_BACKUP', 'DOWNLOADING', 'UPLOADING',
  'RETYPING', 'EXTENDING', 'MAINTENANCE',
]);

export interface VolumeAttachment {
  serverId: string;
  /** Device name on the server, e.g. `/dev/vdb`. */
  device: string | null;
  attachmentId: string | null;
}

export interface Volume extends Placement {
  id: string;
  name: string | null;
  description: string | null;
  sizeGb: number;
  status: VolumeStatus;
  rawStatus: string;
  /** The type's name: volumes name their type (NHN `volume_type`). */
  volumeTypeName: string | null;
  availabilityZone: string | null;
  bootable: boolean;
  /** `bootable` exactly as the cloud sent it (NHN: the string `"true"`/`"false"`). */
  rawBootable: string | null;
  encrypted: boolean;
  multiattach: boolean;
  attachments: VolumeAttachment[];
  snapshotId: string | null;
  sourceVolumeId: string | null;
  metadata: Record<string, string>;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export const SNAPSHOT_STATUSES = [
  'CREATING', 'AVAILABLE', 'BACKING_UP', 'DELETING', 'ERROR', 'DELETED', 'UNMANAGING', 'RESTORING', 'ERROR_DELETING', 'UNKNOWN',
] as const;
export type SnapshotStatus = (typeof SNAPSHOT_STATUSES)[number];

export const TRANSITIONAL_SNAPSHOT_STATUSES: ReadonlySet<SnapshotStatus> = new Set(['CREATING', 'BACKING_UP', 'DELETING', 'UNMANAGING', 'RESTORING']);

export interface Snapshot extends Placement {
  id: string;
  name: string | null;
  description: string | null;
  status: SnapshotStatus;
  rawStatus: string;
  /** GB of the source volume. */
  sizeGb: number;
  volumeId: string;
  /** Percent done, where the cloud reports it. */
  progress: number | null;
  /** Progress as the cloud wrote it (NHN: `"100%"`). */
  rawProgress: string | null;
  metadata: Record<string, string>;
  createdAt: Date | null;
}

export interface VolumeType extends Placement {
  id: string;
  /** Volumes refer to their type by this name. */
  name: string;
  description: string | null;
  isPublic: boolean;
  /** Storage backend, where the cloud says (`hdd_general`, `ssd_general`, …). */
  backendName: string | null;
}

export interface CreateVolumeSpec {
  name: string;
  sizeGb: number;
  description?: string;
  volumeTypeName?: string;
  availabilityZone?: string;
  /** Fill the new volume from this snapshot. */
  snapshotId?: string;
  metadata: Record<string, string>;
}

export interface CreateSnapshotSpec {
  volumeId: string;
  name: string;
  description?: string;
  /** Snapshot an attached volume. */
  force: boolean;
}

/**
 * The metadata key under which a create marks its resource with the client's idempotency
 * key, so a retry can find what a lost answer made. Adapters store it where their cloud
 * can carry it (NHN: server and volume metadata; KakaoCloud: the description).
 */
export const IDEMPOTENCY_MARK = 'hanul-idempotency-key';
