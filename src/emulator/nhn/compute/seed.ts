import type { EmulatorContext } from '../../context.js';
import { stableUuid } from '../../ids.js';
import { publicImageId, publicImages, type PublicImageKey } from '../image/public-images.js';
import type { NhnAccount, NhnRegion } from '../state.js';
import { flavorNamed, hasLocalDisk } from './flavors.js';
import { addKeypair } from './keypairs.js';
import { addServer, imageMetadata } from './server-records.js';
import { fingerprint, publicKeyBlob, seedPublicKey } from './ssh-keys.js';
import { computeState, type PowerState, type VmState } from './state.js';
import { availabilityZones } from './zones.js';

type SeedStatus = 'ACTIVE' | 'SHUTOFF' | 'SHELVED_OFFLOADED' | 'ERROR';

/** [region, name, flavor, image, status, zone index, data volume?, extra security group?] */
type SeedServer = [NhnRegion, string, string, PublicImageKey, SeedStatus, 0 | 1, boolean?, string?];

const STATES: Record<SeedStatus, { vmState: VmState; powerState: PowerState }> = {
  ACTIVE: { vmState: 'active', powerState: 1 },
  SHUTOFF: { vmState: 'stopped', powerState: 4 },
  SHELVED_OFFLOADED: { vmState: 'shelved_offloaded', powerState: 0 },
  ERROR: { vmState: 'error', powerState: 0 },
};

/** The demo tenant's fleet: 20 servers over all regions, mostly ACTIVE. */
const DEMO_SERVERS: SeedServer[] = [
  ['kr1', 'web-01', 'm2.c2m4', 'ubuntu-22.04', 'ACTIVE', 0, false, 'web'],
  ['kr1', 'web-02', 'm2.c2m4', 'ubuntu-22.04', 'ACTIVE', 1, false, 'web'],
  ['kr1', 'web-03', 'm2.c2m4', 'ubuntu-22.04', 'ACTIVE', 0, false, 'web'],
  ['kr1', 'api-01', 'm2.c4m8', 'ubuntu-24.04', 'ACTIVE', 0],
  ['kr1', 'api-02', 'm2.c4m8', 'ubuntu-24.04', 'ACTIVE', 1],
  ['kr1', 'db-master', 'r2.c4m32', 'rocky-9', 'ACTIVE', 0, true, 'db'],
  ['kr1', 'db-replica', 'r2.c4m32', 'rocky-9', 'SHUTOFF', 1, true, 'db'],
  ['kr1', 'batch-worker', 'c2.c8m16', 'ubuntu-22.04', 'SHUTOFF', 0],
  ['kr1', 'legacy-win', 'm2.c4m8', 'windows-2022', 'SHELVED_OFFLOADED', 0],
  ['kr1', 'build-agent', 'u2.c2m4', 'ubuntu-24.04', 'ACTIVE', 1],
  ['kr2', 'web-kr2-01', 'm2.c2m4', 'ubuntu-24.04', 'ACTIVE', 0, false, 'web'],
  ['kr2', 'web-kr2-02', 'm2.c2m4', 'ubuntu-24.04', 'ACTIVE', 1, false, 'web'],
  ['kr2', 'cache-01', 'r2.c4m32', 'rocky-9', 'ACTIVE', 0],
  ['kr2', 'ml-trainer', 'x1.c32m256', 'ubuntu-22.04', 'ERROR', 1],
  ['kr2', 'bastion', 't2.c1m1', 'ubuntu-22.04', 'ACTIVE', 0],
  ['kr3', 'edge-01', 'm2.c1m2', 'rocky-9', 'ACTIVE', 0],
  ['kr3', 'edge-02', 'm2.c1m2', 'rocky-9', 'SHUTOFF', 1],
  ['jp1', 'web-jp-01', 'm2.c2m4', 'ubuntu-24.04', 'ACTIVE', 0, false, 'web'],
  ['jp1', 'win-jp-01', 'm2.c4m8', 'windows-2022', 'ACTIVE', 1],
  ['us1', 'web-us-01', 'm2.c2m4', 'ubuntu-24.04', 'ACTIVE', 0, false, 'web'],
];

const OTHER_SERVERS: SeedServer[] = [
  ['kr1', 'other-app-01', 'm2.c2m4', 'ubuntu-22.04', 'ACTIVE', 0],
  ['kr1', 'other-app-02', 'm2.c2m4', 'ubuntu-22.04', 'SHUTOFF', 1],
  ['kr2', 'other-db', 'r2.c4m32', 'rocky-9', 'ACTIVE', 0, true],
];

/** Seeded servers were created from this instant on, one every few hours. */
const SEED_EPOCH = Date.parse('2025-06-02T00:00:00Z');

/**
 * Seeds key pairs and servers for the demo tenant and the other tenant. Ids derive from
 * tenant, region and name, so they are the same on every start.
 */
export function seedCompute(ctx: EmulatorContext, demo: NhnAccount, other: NhnAccount): void {
  seedKeypairs(ctx, demo, ['kr1', 'kr2', 'kr3', 'jp1', 'us1'], ['demo-key']);
  seedKeypairs(ctx, demo, ['kr1'], ['ci-deploy']);
  seedKeypairs(ctx, other, ['kr1', 'kr2'], ['other-key']);
  seedServers(ctx, demo, 'demo-key', DEMO_SERVERS);
  seedServers(ctx, other, 'other-key', OTHER_SERVERS);
}

function seedKeypairs(ctx: EmulatorContext, account: NhnAccount, regions: NhnRegion[], names: string[]): void {
  for (const region of regions) {
    for (const name of names) {
      const publicKey = seedPublicKey(`${account.tenantId}/${name}`);
      addKeypair(computeState(ctx, account.tenantId, region), {
        name,
        publicKey,
        fingerprint: fingerprint(publicKeyBlob(publicKey)!),
        userId: account.userId,
        createdAt: new Date(SEED_EPOCH),
      });
    }
  }
}

function seedServers(ctx: EmulatorContext, account: NhnAccount, keyName: string, servers: SeedServer[]): void {
  servers.forEach(([region, name, flavorName, imageKey, status, zone, dataVolume, group], index) => {
    const id = (...parts: string[]) => stableUuid('nhn-seed', account.tenantId, region, name, ...parts);
    const flavor = flavorNamed(region, flavorName);
    const image = publicImages(region).find((i) => i.id === publicImageId(region, imageKey))!;
    const bootsFromVolume = !hasLocalDisk(flavor);
    const rootGb = bootsFromVolume ? Math.max(image.minDisk, 20) : undefined;
    const created = new Date(SEED_EPOCH + index * 5 * 3600_000);
    const server = addServer(computeState(ctx, account.tenantId, region), {
      id: id('server'),
      tenantId: account.tenantId,
      userId: account.userId,
      region,
      name,
      flavorId: flavor.id,
      imageId: image.id,
      keyName,
      availabilityZone: availabilityZones(region)[zone]!,
      metadata: imageMetadata(image, rootGb),
      securityGroups: group ? ['default', group] : ['default'],
      volumes: [
        ...(bootsFromVolume ? [{ volumeId: id('root-volume'), deleteOnTermination: true }] : []),
        ...(dataVolume ? [{ volumeId: id('data-volume'), deleteOnTermination: false }] : []),
      ],
      bootsFromVolume,
      reservationId: `r-${id('reservation').slice(0, 8)}`,
      created,
      taskState: null,
      ...STATES[status],
    });
    server.updated = new Date(created.getTime() + 10 * 60_000);
    // A server that failed its build never launched.
    if (status === 'ERROR') server.launchedAt = null;
  });
}
