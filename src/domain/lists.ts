import type { Flavor, Image, Keypair, Placement, Server } from '../cloud/model.js';
import type {
  FloatingIp,
  InternetGateway,
  Port,
  Route,
  RoutingTable,
  SecurityGroup,
  Snapshot,
  Subnet,
  Volume,
  VolumeType,
  Vpc,
} from '../cloud/model.js';
import { sessionFor } from './session.js';
import type { HanulContext } from '../server/context.js';
import { regionKey } from './keys.js';

/**
 * The region-wide list calls of one operation, each made at most once however many fields
 * need it. Mutations invalidate the kind they changed.
 */
function listKey(p: Placement, kind: string): string {
  return `${regionKey(p)}:${kind}`;
}

export const lists = {
  flavors: (ctx: HanulContext, p: Placement): Promise<Flavor[]> =>
    ctx.cache.memo(listKey(p, 'flavors'), () => sessionFor(ctx, p.provider).compute.listFlavors(p.region)),
  images: (ctx: HanulContext, p: Placement): Promise<Image[]> =>
    ctx.cache.memo(listKey(p, 'images'), () => sessionFor(ctx, p.provider).compute.listImages(p.region)),
  keypairs: (ctx: HanulContext, p: Placement): Promise<Keypair[]> =>
    ctx.cache.memo(listKey(p, 'keypairs'), () => sessionFor(ctx, p.provider).compute.listKeypairs(p.region)),
  servers: (ctx: HanulContext, p: Placement): Promise<Server[]> =>
    ctx.cache.memo(listKey(p, 'servers'), () => sessionFor(ctx, p.provider).compute.listServers(p.region)),
  // Network and block storage: one region-wide call per kind, whatever the number of servers asking.
  vpcs: (ctx: HanulContext, p: Placement): Promise<Vpc[]> =>
    ctx.cache.memo(listKey(p, 'vpcs'), () => sessionFor(ctx, p.provider).network.listVpcs(p.region)),
  subnets: (ctx: HanulContext, p: Placement): Promise<Subnet[]> =>
    ctx.cache.memo(listKey(p, 'subnets'), () => sessionFor(ctx, p.provider).network.listSubnets(p.region)),
  routingTables: (ctx: HanulContext, p: Placement): Promise<RoutingTable[]> =>
    ctx.cache.memo(listKey(p, 'routingTables'), () => sessionFor(ctx, p.provider).network.listRoutingTables(p.region)),
  routes: (ctx: HanulContext, p: Placement): Promise<Route[]> =>
    ctx.cache.memo(listKey(p, 'routes'), () => sessionFor(ctx, p.provider).network.listRoutes(p.region)),
  internetGateways: (ctx: HanulContext, p: Placement): Promise<InternetGateway[]> =>
    ctx.cache.memo(listKey(p, 'internetGateways'), () => sessionFor(ctx, p.provider).network.listInternetGateways(p.region)),
  floatingIps: (ctx: HanulContext, p: Placement): Promise<FloatingIp[]> =>
    ctx.cache.memo(listKey(p, 'floatingIps'), () => sessionFor(ctx, p.provider).network.listFloatingIps(p.region)),
  securityGroups: (ctx: HanulContext, p: Placement): Promise<SecurityGroup[]> =>
    ctx.cache.memo(listKey(p, 'securityGroups'), () => sessionFor(ctx, p.provider).network.listSecurityGroups(p.region)),
  ports: (ctx: HanulContext, p: Placement): Promise<Port[]> =>
    ctx.cache.memo(listKey(p, 'ports'), () => sessionFor(ctx, p.provider).network.listPorts(p.region)),
  volumes: (ctx: HanulContext, p: Placement): Promise<Volume[]> =>
    ctx.cache.memo(listKey(p, 'volumes'), () => sessionFor(ctx, p.provider).blockStorage.listVolumes(p.region)),
  snapshots: (ctx: HanulContext, p: Placement): Promise<Snapshot[]> =>
    ctx.cache.memo(listKey(p, 'snapshots'), () => sessionFor(ctx, p.provider).blockStorage.listSnapshots(p.region)),
  volumeTypes: (ctx: HanulContext, p: Placement): Promise<VolumeType[]> =>
    ctx.cache.memo(listKey(p, 'volumeTypes'), () => sessionFor(ctx, p.provider).blockStorage.listVolumeTypes(p.region)),
  /** The images list when this operation already fetched it; never fetches. */
  cachedImages: (ctx: HanulContext, p: Placement): Promise<Image[]> | undefined => ctx.cache.peek(listKey(p, 'images')),
  /** The servers list when this operation already fetched it; never fetches. */
  cachedServers: (ctx: HanulContext, p: Placement): Promise<Server[]> | undefined => ctx.cache.peek(listKey(p, 'servers')),
  /** The volumes list when this operation already fetched it; never fetches. */
  cachedVolumes: (ctx: HanulContext, p: Placement): Promise<Volume[]> | undefined => ctx.cache.peek(listKey(p, 'volumes')),
  /** Forgets a kind after a mutation changed it. */
  invalidate: (ctx: HanulContext, p: Placement, kind: string): void => ctx.cache.invalidate(listKey(p, kind)),
};
