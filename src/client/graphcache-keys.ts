/**
 * graphcache `keys` for Hanul's object types that have no `id`: payloads, connections and
 * edges, errors, events and value objects. None is an entity of its own; each is embedded
 * in the object that holds it, which is what `() => null` tells graphcache (and what spares
 * its "Invalid key" warning). Every other object type implements `Node` and is keyed by its
 * global `id`.
 *
 *   cacheExchange({ keys: graphcacheKeys, schema })
 *
 * test/clients/graphcache-keys.test.ts fails when the schema gains a keyless object type
 * that is not listed here.
 */
export const KEYLESS_TYPES = [
  'AttachVolumePayload',
  'AvailabilityZone',
  'ClusterEvent',
  'ClusterPayload',
  'CreateClusterPayload',
  'ConflictError',
  'ContainerPayload',
  'CreateContainerPayload',
  'CreateKeypairPayload',
  'CreateServerPayload',
  'CreateSubnetPayload',
  'CreateVpcPayload',
  'DeletePayload',
  'FloatingIpPayload',
  'ImageConnection',
  'ImageEdge',
  'InternetGatewayPayload',
  'IssueTokenPayload',
  'KubernetesVersion',
  'Label',
  'MetadataEntry',
  'NodeGroupPayload',
  'NotFoundError',
  'OperationConnection',
  'OperationEdge',
  'OperationStep',
  'PageInfo',
  'PortFixedIp',
  'PortPayload',
  'Project',
  'QuotaExceededError',
  'RateLimit',
  'RoutePayload',
  'RoutingTablePayload',
  'SecurityGroupPayload',
  'SecurityGroupRulePayload',
  'ServerActionPayload',
  'ServerAddress',
  'ServerConnection',
  'ServerEdge',
  'SnapshotPayload',
  'StatusEvent',
  'StorageObjectConnection',
  'StorageObjectEdge',
  'StorageObjectPayload',
  'StorageUsage',
  'SubnetPayload',
  'UpdateVpcPayload',
  'UpstreamError',
  'ValidationError',
  'Viewer',
  'VolumeAttachment',
  'VolumeConnection',
  'VolumeEdge',
  'VolumePayload',
] as const;

export type KeylessType = (typeof KEYLESS_TYPES)[number];

/** Structurally graphcache's `KeyingConfig`, without a runtime dependency on it. */
export const graphcacheKeys: Record<KeylessType, () => null> = Object.fromEntries(KEYLESS_TYPES.map((name) => [name, () => null])) as Record<
  KeylessType,
  () => null
>;
