import type { CallCounter } from './http.js';
import type {
  AvailabilityZone,
  Cluster,
  ClusterEvent,
  Container,
  ContainerDetails,
  CreateClusterSpec,
  CreateNodeGroupSpec,
  KubernetesVersion,
  NodeGroup,
  ObjectListing,
  ObjectListQuery,
  StorageObject,
  StorageUsage,
  StoredObjectContent,
  CreatedKeypair,
  CreateServerSpec,
  Flavor,
  Image,
  IssuedToken,
  Keypair,
  ProviderName,
  RegionInfo,
  Server,
  ServerAction,
  ServerFilter,
  Viewer,
  Project,
} from './model.js';
import type {
  CreateFloatingIpSpec,
  CreatePortSpec,
  CreateRouteSpec,
  CreateRoutingTableSpec,
  CreateSecurityGroupRuleSpec,
  CreateSnapshotSpec,
  CreateSubnetSpec,
  CreateVolumeSpec,
  CreateVpcSpec,
  FloatingIp,
  InternetGateway,
  Port,
  PortFilter,
  Route,
  RoutingTable,
  SecurityGroup,
  SecurityGroupRule,
  Snapshot,
  Subnet,
  Volume,
  VolumeAttachment,
  VolumeType,
  Vpc,
} from './model.js';

/** Compute: flavors, images, key pairs, availability zones and servers of one region. */
export interface ComputeApi {
  /** The cloud refuses a server without a key pair (NHN requires `key_name`; KakaoCloud does not). */
  readonly keypairRequired: boolean;
  listAvailabilityZones(region: string): Promise<AvailabilityZone[]>;
  listFlavors(region: string): Promise<Flavor[]>;
  getFlavor(region: string, id: string): Promise<Flavor | null>;
  listImages(region: string, filter?: { visibility?: string }): Promise<Image[]>;
  /** Images by id, in one call where the cloud allows it. Missing ids are absent from the result. */
  getImages(region: string, ids: readonly string[]): Promise<Image[]>;
  listKeypairs(region: string): Promise<Keypair[]>;
  createKeypair(region: string, name: string, publicKey?: string): Promise<CreatedKeypair>;
  deleteKeypair(region: string, name: string): Promise<void>;
  listServers(region: string, filter?: ServerFilter): Promise<Server[]>;
  /** Servers by id; the adapter picks per-id reads or one list call. Missing ids are absent. */
  getServers(region: string, ids: readonly string[]): Promise<Server[]>;
  createServer(region: string, spec: CreateServerSpec): Promise<Server>;
  serverAction(region: string, id: string, action: ServerAction): Promise<void>;
  deleteServer(region: string, id: string): Promise<void>;
}

/**
 * Managed Kubernetes of one tenant: clusters, node groups, task history, versions.
 * Regions without the service answer empty lists without calling the cloud.
 */
export interface KubernetesApi {
  /** Whether the region offers managed Kubernetes at all. */
  available(region: string): boolean;
  listVersions(region: string): Promise<KubernetesVersion[]>;
  /** The cloud's Kubernetes node base images (ids), for defaults and checks. */
  listNodeImageIds(region: string): Promise<string[]>;
  listClusters(region: string): Promise<Cluster[]>;
  /** One cluster with every detail; null when it does not exist. */
  getCluster(region: string, id: string): Promise<Cluster | null>;
  /** Accepted by the cloud; answers the cluster in its first transitional state. */
  createCluster(region: string, spec: CreateClusterSpec): Promise<Cluster>;
  deleteCluster(region: string, id: string): Promise<void>;
  /** Upgrades the control plane to `version`; worker groups follow with `upgradeNodeGroup`. */
  upgradeCluster(region: string, id: string, version: string): Promise<void>;
  /** The kubeconfig (YAML); null while the control plane has no address yet. Sensitive: never log it. */
  kubeconfig(region: string, id: string): Promise<string | null>;
  listClusterEvents(region: string, clusterId: string): Promise<ClusterEvent[]>;
  listNodeGroups(region: string, clusterId: string): Promise<NodeGroup[]>;
  getNodeGroup(region: string, clusterId: string, id: string): Promise<NodeGroup | null>;
  createNodeGroup(region: string, clusterId: string, spec: CreateNodeGroupSpec): Promise<NodeGroup>;
  resizeNodeGroup(region: string, clusterId: string, id: string, nodeCount: number): Promise<void>;
  /** Moves a worker group to `version` (the control plane's). */
  upgradeNodeGroup(region: string, clusterId: string, id: string, version: string): Promise<void>;
  deleteNodeGroup(region: string, clusterId: string, id: string): Promise<void>;
}

/** Object storage of one account: containers, objects, usage. */
export interface ObjectStorageApi {
  usage(region: string): Promise<StorageUsage>;
  listContainers(region: string, prefix?: string): Promise<Container[]>;
  /** HEAD of a container: counters, metadata, ACLs; null when it does not exist. */
  getContainer(region: string, name: string): Promise<ContainerDetails | null>;
  createContainer(region: string, name: string, options: { storagePolicy?: string; metadata: Record<string, string>; readAcl?: string }): Promise<void>;
  /**
   * Sets metadata (an empty value removes the key) and, when given, the read ACL
   * (an empty string removes it).
   */
  updateContainer(region: string, name: string, change: { metadata: Record<string, string>; readAcl?: string }): Promise<void>;
  /** Refused with a ConflictError while the container holds objects. */
  deleteContainer(region: string, name: string): Promise<void>;
  listObjects(region: string, container: string, query: ObjectListQuery): Promise<ObjectListing>;
  /** HEAD of an object; null when it does not exist. */
  headObject(region: string, container: string, name: string): Promise<{ object: StorageObject; metadata: Record<string, string> } | null>;
  /** GET of an object, with the body only when it is at most `maxBytes` (else HEAD only). */
  getObject(region: string, container: string, name: string, maxBytes: number): Promise<StoredObjectContent | null>;
  putObject(region: string, container: string, name: string, body: Buffer, options: { contentType: string; metadata: Record<string, string> }): Promise<StorageObject>;
  deleteObject(region: string, container: string, name: string): Promise<void>;
}

/**
 * Networking of one tenant: VPCs, subnets, routing tables and routes, internet gateways,
 * floating IPs, security groups and ports. Lists are region-wide, one call each; refusals
 * because something is in use are ConflictErrors.
 */
export interface NetworkApi {
  /** The tenant's VPCs and the shared external network(s) (`external: true`). */
  listVpcs(region: string): Promise<Vpc[]>;
  createVpc(region: string, spec: CreateVpcSpec): Promise<Vpc>;
  updateVpc(region: string, id: string, change: { name?: string; cidr?: string }): Promise<Vpc>;
  deleteVpc(region: string, id: string): Promise<void>;
  listSubnets(region: string): Promise<Subnet[]>;
  createSubnet(region: string, spec: CreateSubnetSpec): Promise<Subnet>;
  updateSubnet(region: string, id: string, change: { name: string }): Promise<Subnet>;
  deleteSubnet(region: string, id: string): Promise<void>;
  /** Routes the subnet by `routingTableId` instead of its VPC's default table. */
  attachRoutingTable(region: string, subnetId: string, routingTableId: string): Promise<Subnet>;
  /** Puts the subnet back on its VPC's default table. */
  detachRoutingTable(region: string, subnetId: string): Promise<Subnet>;
  listRoutingTables(region: string): Promise<RoutingTable[]>;
  createRoutingTable(region: string, spec: CreateRoutingTableSpec): Promise<RoutingTable>;
  updateRoutingTable(region: string, id: string, change: { name?: string; distributed?: boolean }): Promise<RoutingTable>;
  deleteRoutingTable(region: string, id: string): Promise<void>;
  /** Makes the table its VPC's default (the previous default stops being one). */
  setDefaultRoutingTable(region: string, id: string): Promise<RoutingTable>;
  attachInternetGateway(region: string, routingTableId: string, internetGatewayId: string): Promise<RoutingTable>;
  detachInternetGateway(region: string, routingTableId: string): Promise<RoutingTable>;
  listRoutes(region: string): Promise<Route[]>;
  createRoute(region: string, spec: CreateRouteSpec): Promise<Route>;
  deleteRoute(region: string, id: string): Promise<void>;
  listInternetGateways(region: string): Promise<InternetGateway[]>;
  /** Without `externalNetworkId`, the region's external network. */
  createInternetGateway(region: string, spec: { name: string; externalNetworkId?: string }): Promise<InternetGateway>;
  deleteInternetGateway(region: string, id: string): Promise<void>;
  listFloatingIps(region: string): Promise<FloatingIp[]>;
  createFloatingIp(region: string, spec: CreateFloatingIpSpec): Promise<FloatingIp>;
  /** Points the floating IP at a port (and one of its fixed addresses when it has several). */
  associateFloatingIp(region: string, id: string, portId: string, fixedIpAddress?: string): Promise<FloatingIp>;
  disassociateFloatingIp(region: string, id: string): Promise<FloatingIp>;
  deleteFloatingIp(region: string, id: string): Promise<void>;
  /** Security groups with their rules. */
  listSecurityGroups(region: string): Promise<SecurityGroup[]>;
  createSecurityGroup(region: string, spec: { name: string; description?: string }): Promise<SecurityGroup>;
  updateSecurityGroup(region: string, id: string, change: { name?: string; description?: string }): Promise<SecurityGroup>;
  deleteSecurityGroup(region: string, id: string): Promise<void>;
  createSecurityGroupRule(region: string, spec: CreateSecurityGroupRuleSpec): Promise<SecurityGroupRule>;
  deleteSecurityGroupRule(region: string, id: string): Promise<void>;
  listPorts(region: string, filter?: PortFilter): Promise<Port[]>;
  createPort(region: string, spec: CreatePortSpec): Promise<Port>;
  /** Replaces the port's security groups (an empty list removes all). */
  updatePort(region: string, id: string, change: { name?: string; securityGroupIds?: string[] }): Promise<Port>;
  deletePort(region: string, id: string): Promise<void>;
}

/**
 * Block storage of one tenant: volumes, their attachment to servers, snapshots and volume
 * types. Refusals in the current state (attached, has snapshots, busy) are ConflictErrors.
 */
export interface BlockStorageApi {
  listVolumeTypes(region: string): Promise<VolumeType[]>;
  listVolumes(region: string): Promise<Volume[]>;
  /** Volumes by id; the adapter picks per-id reads or one list call. Missing ids are absent. */
  getVolumes(region: string, ids: readonly string[]): Promise<Volume[]>;
  /** Accepted by the cloud; answers the volume in its first state (`CREATING`). */
  createVolume(region: string, spec: CreateVolumeSpec): Promise<Volume>;
  updateVolume(region: string, id: string, change: { name?: string; description?: string }): Promise<Volume>;
  /** Grows the volume to `sizeGb`. */
  extendVolume(region: string, id: string, sizeGb: number): Promise<void>;
  deleteVolume(region: string, id: string): Promise<void>;
  /** Attaches the volume to a server; the device is the cloud's choice unless given. */
  attachVolume(region: string, volumeId: string, serverId: string, device?: string): Promise<VolumeAttachment>;
  detachVolume(region: string, volumeId: string, serverId: string): Promise<void>;
  listSnapshots(region: string): Promise<Snapshot[]>;
  createSnapshot(region: string, spec: CreateSnapshotSpec): Promise<Snapshot>;
  deleteSnapshot(region: string, id: string): Promise<void>;
}

/**
 * One cloud seen through one set of credentials, for one GraphQL operation (or one
 * watcher). Everything it returns belongs to `tenantId`.
 */
export interface CloudSession {
  readonly provider: ProviderName;
  readonly tenantId: string;
  /** Isolation key for caches, watchers and topics: provider and tenant. */
  readonly scope: string;
  /** True for the server-held credentials (trusted); false for a token the client brought. */
  readonly serverHeld: boolean;
  regions(): RegionInfo[];
  viewer(): Promise<Viewer>;
  /** The projects the signed-in user belongs to; null where the cloud has no such listing (NHN). */
  projects(): Promise<Project[] | null>;
  readonly compute: ComputeApi;
  readonly kubernetes: KubernetesApi;
  readonly objectStorage: ObjectStorageApi;
  readonly network: NetworkApi;
  readonly blockStorage: BlockStorageApi;
}

/** A token for object storage when it is scoped to a tenant of its own (NHN's storage tenant). */
export interface StorageCredentials {
  token: string;
  tenantId: string;
}

export interface TokenRequest {
  /** NHN: tenant id; Kakao: project id (optional for application credentials). */
  tenantId?: string;
  /** NHN: account e-mail or IAM member id; Kakao: access key id, or its name with `userId`. */
  username: string;
  /** Kakao only: the user the access key named by `username` belongs to (the second token method). */
  userId?: string;
  /** NHN: API password; Kakao: access key secret. Never logged, never stored. */
  password: string;
}

/** A cloud Hanul can talk to. */
export interface CloudProvider {
  readonly name: ProviderName;
  regions(): RegionInfo[];
  /** Exchanges credentials for an upstream token (the `issueToken` mutation). */
  issueToken(request: TokenRequest): Promise<IssuedToken>;
  /** A session on the server-held credentials, when there are any. */
  serverSession(counter: CallCounter): CloudSession | undefined;
  /**
   * A session on a token the client brought. `storage` is a second token for clouds whose
   * object storage lives in another tenant (NHN: `X-Hanul-Storage-Token`/`-Tenant`).
   */
  tokenSession(token: string, tenantId: string, counter: CallCounter, storage?: StorageCredentials): CloudSession;
}
