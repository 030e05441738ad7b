/**
 * What each field costs upstream, keyed by `Type.field`: the one place the estimator
 * (estimate.ts) learns the resolvers' call patterns (src/domain/lists.ts, node loaders,
 * the mutations). A field without an entry costs nothing upstream (it reads its parent).
 */
export interface FieldCost {
  /**
   * Region-wide calls the field makes in each region of its scope, by kind. One operation
   * makes each (region, kind) call once (RequestCache memo, DataLoader batch per region),
   * so the estimator counts distinct keys, not fields.
   */
  kinds?: readonly string[];
  /** Calls per parent object (kubeconfig: one per cluster). */
  perObject?: number;
  /** Calls the field makes once (a mutation's write, a single read). */
  calls?: number;
  /**
   * How the field sets the regions of its selection: every visible region (`regions`),
   * the `provider`/`name` arguments (`regionArg`), or the regions of the ids in its
   * arguments (`ids`). Without it the field keeps its parent's regions.
   */
  scope?: 'regions' | 'regionArg' | 'ids';
}

const lists = (...kinds: string[]): FieldCost => ({ kinds });
/** A mutation on one resource: the fresh read its checks make, then the write. */
const readThenWrite: FieldCost = { scope: 'ids', calls: 2 };
const write: FieldCost = { scope: 'ids', calls: 1 };

export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.regions': { scope: 'regions' },
  'Query.region': { scope: 'regionArg' },
  // One batched loader call per (type, region) of the ids (node-loaders.ts).
  'Query.node': { scope: 'ids' },
  'Query.nodes': { scope: 'ids' },

  // Region-wide lists (lists.ts): one call per (region, kind) however many fields read them.
  'Region.servers': lists('servers'),
  'Region.flavors': lists('flavors'),
  'Region.images': lists('images'),
  'Region.keypairs': lists('keypairs'),
  'Region.availabilityZones': lists('availabilityZones'),
  'Region.vpcs': lists('vpcs'),
  'Region.externalNetworks': lists('vpcs'),
  'Region.subnets': lists('subnets'),
  'Region.routingTables': lists('routingTables'),
  'Region.internetGateways': lists('internetGateways'),
  'Region.ports': lists('ports'),
  'Region.floatingIps': lists('floatingIps'),
  'Region.securityGroups': lists('securityGroups'),
  'Region.volumes': lists('volumes'),
  'Region.snapshots': lists('snapshots'),
  'Region.volumeTypes': lists('volumeTypes'),
  'Region.clusters': lists('clusters'),
  'Region.kubernetesVersions': lists('kubernetesVersions'),
  'Region.containers': lists('containers'),

  // Batched relations: one DataLoader batch (or shared list) per (region, kind).
  'Server.flavor': lists('flavors'),
  'Server.image': lists('images:byId'),
  'Server.keypair': lists('keypairs'),
  'Server.ports': lists('ports'),
  'Server.securityGroups': lists('ports', 'securityGroups'),
  'Server.volumes': lists('volumes'),
  'Server.floatingIps': lists('ports', 'floatingIps'),
  'Vpc.subnets': lists('subnets'),
  'Vpc.routingTables': lists('routingTables'),
  'Vpc.defaultRoutingTable': lists('routingTables'),
  'Subnet.ports': lists('ports'),
  'RoutingTable.subnets': lists('subnets'),
  'RoutingTable.routes': lists('routes'),
  'Port.server': lists('servers'),
  'Port.securityGroups': lists('securityGroups'),
  'FloatingIp.port': lists('ports'),
  'SecurityGroup.ports': lists('ports'),
  'Volume.snapshots': lists('snapshots'),
  'Volume.volumeType': lists('volumeTypes'),
  'VolumeAttachment.server': lists('servers:byId'),
  'Snapshot.volume': lists('volumes:byId'),

  // Per object: the cloud has no batch read for these.
  'Cluster.kubeconfig': { perObject: 1 },
  'Cluster.events': { perObject: 1 },
  'Cluster.nodeGroups': { perObject: 1 },
  'Container.objects': { perObject: 1 },
  'StorageObject.content': { perObject: 1 },

  // Mutations: their known calls (reads of their checks, then the write).
  // The image read of its checks, the POST and the read of the new server.
  'Mutation.createServer': { scope: 'ids', kinds: ['flavors', 'keypairs'], calls: 3 },
  'Mutation.deleteServer': readThenWrite,
  'Mutation.startServer': readThenWrite,
  'Mutation.stopServer': readThenWrite,
  'Mutation.rebootServer': readThenWrite,
  'Mutation.resizeServer': { scope: 'ids', kinds: ['flavors'], calls: 2 },
  'Mutation.createKeypair': write,
  'Mutation.deleteKeypair': write,
  'Mutation.createVolume': write,
  'Mutation.attachVolume': { scope: 'ids', calls: 3 },
  'Mutation.createVpc': write,
  'Mutation.createSubnet': { scope: 'ids', kinds: ['vpcs', 'subnets'], calls: 1 },
  'Mutation.createSecurityGroup': write,
  'Mutation.createFloatingIp': write,
  'Mutation.createCluster': { scope: 'ids', kinds: ['flavors', 'availabilityZones'], calls: 1 },
  'Mutation.issueToken': { calls: 1 },
};

/** A create with an `idempotencyKey` first looks for a resource the key already made: one list call. */
export const KEYED_FIND_CALLS = 1;

/** A mutation without an entry: one read and one write. */
export const DEFAULT_MUTATION_COST: FieldCost = readThenWrite;
