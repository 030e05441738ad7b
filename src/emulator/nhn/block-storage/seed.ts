import type { EmulatorContext } from '../../context.js';
import { stableUuid } from '../../ids.js';
import { listServers } from '../compute/state.js';
import { availabilityZones } from '../compute/zones.js';
import { NHN_REGIONS, type NhnAccount, type NhnRegion } from '../state.js';
import { addSnapshot } from './snapshots.js';
import { DEFAULT_VOLUME_TYPE } from './volume-types.js';
import { addVolume } from './volumes.js';

/** [name, GB, type, snapshot name?] of standalone, `available` volumes. */
type SeedVolume = [string, number, string, string?];

const DEMO_VOLUMES: SeedVolume[] = [
  ['shared-data', 100, 'General SSD'],
  ['logs-archive', 50, 'General HDD'],
  ['backup-2025-06', 20, 'General HDD', 'backup-2025-06-snap'],
];

/** Seeded volumes were made an hour apart from this instant on. */
const SEEDED_AT = Date.parse('2025-06-01T00:00:00Z');

const OTHER_VOLUMES: SeedVolume[] = [['other-data', 30, 'General HDD']];

/**
 * Seeds standalone volumes (one with a snapshot) for the demo tenant in every region and a
 * single one for the other tenant in kr1. Ids are stable across restarts.
 */
export function seedBlockStorage(ctx: EmulatorContext, demo: NhnAccount, other: NhnAccount): void {
  for (const region of NHN_REGIONS) seedVolumes(ctx, demo, region, DEMO_VOLUMES);
  seedVolumes(ctx, other, 'kr1', OTHER_VOLUMES);
}

function seedVolumes(ctx: EmulatorContext, account: NhnAccount, region: NhnRegion, volumes: SeedVolume[]): void {
  const state = ctx.nhn.region(account.tenantId, region).blockStorage;
  volumes.forEach(([name, size, volumeType, snapshotName], i) => {
    const id = stableUuid('nhn-seed', account.tenantId, region, 'volume', name);
    const zones = availabilityZones(region);
    const volume = addVolume(ctx, state, {
      id,
      tenantId: account.tenantId,
      userId: account.userId,
      name,
      size,
      volumeType,
      status: 'available',
      availabilityZone: zones[i % zones.length]!,
      createdAt: new Date(SEEDED_AT + i * 3600_000),
    });
    if (snapshotName) addSnapshot(ctx, state, volume, { id: stableUuid(id, 'snapshot', snapshotName), name: snapshotName, status: 'available', createdAt: new Date(SEEDED_AT + (i + 1) * 3600_000) });
  });
}

/** Size of the data volumes the compute seed attaches to some servers. */
const SEEDED_DATA_GB = 100;

/**
 * Runs after the compute seed: creates, `in-use`, the volumes its servers have attached —
 * their root volumes (bootable, from the server's image) and data volumes.
 */
export function seedServerVolumes(ctx: EmulatorContext, accounts: NhnAccount[]): void {
  for (const account of accounts) {
    for (const region of NHN_REGIONS) {
      const state = ctx.nhn.region(account.tenantId, region).blockStorage;
      for (const server of listServers(ctx, account.tenantId, region)) {
        for (const attachment of server.volumeAttachments) {
          const root = attachment.device === '/dev/vda';
          addVolume(ctx, state, {
            id: attachment.volumeId,
            tenantId: account.tenantId,
            userId: account.userId,
            name: root ? null : `${server.name}-data`,
            size: root ? Number(server.metadata.volume_size) : SEEDED_DATA_GB,
            volumeType: root ? DEFAULT_VOLUME_TYPE.name : 'General SSD',
            status: 'in-use',
            availabilityZone: server.availabilityZone,
            bootable: root,
            ...(root ? { imageMetadata: { image_id: server.imageId, image_name: server.metadata.image_name ?? '' } } : {}),
            attachments: [{ id: stableUuid(attachment.volumeId, 'attachment'), serverId: server.id, device: attachment.device }],
            createdAt: server.created,
          });
        }
      }
    }
  }
}
