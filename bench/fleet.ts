import type { EmulatorContext } from '../src/emulator/context.js';
import { stableUuid } from '../src/emulator/ids.js';
import { flavorNamed } from '../src/emulator/nhn/compute/flavors.js';
import { addServer, imageMetadata } from '../src/emulator/nhn/compute/server-records.js';
import { computeState } from '../src/emulator/nhn/compute/state.js';
import { availabilityZones } from '../src/emulator/nhn/compute/zones.js';
import { publicImageId, publicImages, type PublicImageKey } from '../src/emulator/nhn/image/public-images.js';

/** The region every fleet lives in (the bench's Hanul exposes only this one). */
export const FLEET_REGION = 'kr1';

const BENCH_PREFIX = 'bench-';
/** Bench servers vary over a realistic handful of flavors and images. */
const FLAVORS = ['m2.c1m2', 'm2.c2m4', 'm2.c4m8', 'm2.c8m16', 'c2.c8m16', 'r2.c4m32'];
const IMAGES: PublicImageKey[] = ['ubuntu-22.04', 'ubuntu-24.04', 'rocky-9'];

/**
 * Makes the tenant own exactly `size` servers in kr1: the seeded ones plus `bench-NNNN`
 * servers written straight into the emulator's compute state (the API would refuse a
 * thousand: the project quota is 50 and a /24 subnet has no room for their ports). Bench
 * servers are ACTIVE and have neither port (hence no address) nor volume; the seeded ones
 * keep theirs. Answers the ids of all the tenant's servers in kr1.
 */
export function setFleetSize(ctx: EmulatorContext, tenantId: string, size: number): string[] {
  const state = computeState(ctx, tenantId, FLEET_REGION);
  const account = ctx.nhn.accounts.get(tenantId);
  if (!account) throw new Error(`no account ${tenantId}`);
  state.quota = { instances: Math.max(size, state.quota.instances), cores: Number.MAX_SAFE_INTEGER };
  const bench = [...state.servers.values()].filter((s) => s.name.startsWith(BENCH_PREFIX));
  const seeded = state.servers.size - bench.length;
  const wanted = Math.max(0, size - seeded);
  // Shrink from the newest bench server; grow with the next free number.
  for (const server of bench.slice(wanted)) state.servers.delete(server.id);
  const zones = availabilityZones(FLEET_REGION);
  for (let i = bench.length; i < wanted; i += 1) {
    const flavor = flavorNamed(FLEET_REGION, FLAVORS[i % FLAVORS.length]!);
    const imageId = publicImageId(FLEET_REGION, IMAGES[i % IMAGES.length]!);
    const image = publicImages(FLEET_REGION).find((img) => img.id === imageId)!;
    const name = `${BENCH_PREFIX}${String(i + 1).padStart(4, '0')}`;
    addServer(state, {
      id: stableUuid('bench', tenantId, FLEET_REGION, name),
      tenantId,
      userId: account.userId,
      region: FLEET_REGION,
      name,
      flavorId: flavor.id,
      imageId,
      keyName: 'demo-key',
      availabilityZone: zones[i % zones.length]!,
      metadata: imageMetadata(image, undefined),
      securityGroups: ['default'],
      volumes: [],
      bootsFromVolume: false,
      reservationId: `r-bench${i}`,
      created: ctx.now(),
      vmState: 'active',
      taskState: null,
      powerState: 1,
    });
  }
  return [...state.servers.keys()];
}
