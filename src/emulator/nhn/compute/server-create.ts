import { randomBytes } from 'node:crypto';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { json, type EmuResponse } from '../../router.js';
import { findImage, type NhnImage } from '../image/state.js';
import type { NhnRegion } from '../state.js';
import { parseCreateRequest, type BlockDevice } from './create-request.js';
import { badRequest, forbidden } from './errors.js';
import { findFlavor, hasLocalDisk, type NhnFlavor } from './flavors.js';
import { serverLifecycle } from './lifecycle.js';
import type { ComputeCall } from './request.js';
import { addServer, imageMetadata, isWindows } from './server-records.js';
import { allocatePorts, checkServerDevices, provideServerVolumes } from './server-resources.js';
import type { ComputeRegionState, NhnServer } from './state.js';
import { availabilityZones } from './zones.js';

const GIB = 1024 ** 3;

/** Emulator-only switch (no cloud has it): a server whose name starts with this ends its build in ERROR, so tests can see a failed build. */
export const FAIL_BUILD_PREFIX = 'emulator-fail-';

/** A build the scheduler could not place: Nova's ERROR with its usual fault. */
function failedBuild(server: NhnServer): void {
  server.fault = { code: 500, message: 'No valid host was found. There are not enough hosts available.' };
}

/**
 * `POST /servers` (compute guide, Create Instance): validates the request as Nova and NHN
 * do, creates `min_count`…`max_count` servers in BUILD, and answers 202 with the first.
 */
export function createServers(ctx: EmulatorContext, { req, state, regionState, region, tenantId, token, links }: ComputeCall): EmuResponse {
  const request = parseCreateRequest(req.body);
  const { name, imageRef, devices, networks, min, max } = request;

  const flavor = findFlavor(region, request.flavorRef) ?? badRequest(`Flavor ${request.flavorRef} could not be found.`);
  const root = devices.find((d) => d.bootIndex === 0);
  const bootImageId = imageRef || (root?.sourceType === 'image' ? root.uuid : undefined);
  if (!bootImageId && !(root && root.sourceType !== 'blank')) {
    badRequest('Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.');
  }
  const bootsFromVolume = root?.destinationType === 'volume';
  if (!hasLocalDisk(flavor) && !bootsFromVolume) {
    // [guess] the guide only says block_device_mapping_v2 is required for non-U2 flavors.
    badRequest(`Flavor ${flavor.name} requires a root block storage in block_device_mapping_v2.`);
  }
  const image = bootImageId ? usableImage(ctx, tenantId, region, bootImageId) : undefined;
  if (image) checkImageFits(image, flavor, bootsFromVolume ? root?.volumeSize : undefined, name);
  if (!state.keypairs.has(request.keyName)) badRequest('Invalid key_name provided.');
  const zones = availabilityZones(region);
  const zone = request.availabilityZone;
  if (zone !== undefined && !zones.includes(zone)) badRequest('The requested availability zone is not available');
  if (max > 1 && networks.some((n) => n.port)) {
    badRequest('Unable to launch multiple instances with a single configured port ID. Please launch your instance one by one with different ports.');
  }
  if (max > 1 && devices.some((d) => d.sourceType === 'volume')) badRequest('Cannot attach one or more volumes to multiple instances');
  const count = countWithinQuota(state, flavor, min, max);
  const volumeDevices = devices.filter((d) => d.destinationType === 'volume').sort((a, b) => bootOrder(a) - bootOrder(b));
  checkServerDevices(regionState, volumeDevices, count);
  // Ports come first: the network service may still refuse (unknown network, port in use, …).
  const placements = Array.from({ length: count }, () => ({ id: newUuid(), availabilityZone: zone ?? zones[Math.floor(Math.random() * zones.length)]! }));
  allocatePorts(ctx, regionState, placements, request);

  const reservationId = `r-${randomBytes(4).toString('hex')}`;
  const now = ctx.now();
  const servers = placements.map(({ id, availabilityZone }, i) =>
    addServer(state, {
      id,
      tenantId,
      userId: token.account.userId,
      region,
      name: count > 1 ? `${name}-${i + 1}` : name,
      flavorId: flavor.id,
      imageId: imageRef ?? '',
      keyName: request.keyName,
      availabilityZone,
      metadata: { ...(image ? imageMetadata(image, root?.volumeSize) : {}), ...request.metadata },
      securityGroups: request.securityGroups,
      volumes: volumeDevices.map((d) => ({ volumeId: d.sourceType === 'volume' ? d.uuid! : newUuid(), deleteOnTermination: d.deleteOnTermination })),
      bootsFromVolume,
      reservationId,
      created: now,
      vmState: 'building',
      taskState: 'scheduling',
      powerState: 0,
    }),
  );
  for (const server of servers) provideServerVolumes(ctx, regionState, server, volumeDevices);
  for (const server of servers) serverLifecycle.run(ctx, server, server.name.startsWith(FAIL_BUILD_PREFIX) ? 'buildFails' : 'build', { at: { error: failedBuild } });

  if (request.returnReservationId) return json(202, { reservation_id: reservationId });
  const first = servers[0]!;
  return json(
    202,
    {
      server: {
        security_groups: request.securityGroups.map((n) => ({ name: n })),
        'OS-DCF:diskConfig': 'MANUAL',
        id: first.id,
        links: links.both('servers', first.id),
      },
    },
    { location: links.self('servers', first.id) },
  );
}

function usableImage(ctx: EmulatorContext, tenantId: string, region: NhnRegion, imageId: string): NhnImage {
  const image = findImage(ctx, tenantId, region, imageId) ?? badRequest(`Image ${imageId} could not be found.`);
  if (image.status !== 'active') badRequest(`Image ${imageId} is not active.`);
  return image;
}

/** Nova's image minimums plus NHN's Windows rules (compute guide, Create Instance). */
function checkImageFits(image: NhnImage, flavor: NhnFlavor, rootVolumeGb: number | undefined, name: string): void {
  if (flavor.ram < image.minRam) badRequest("Flavor's memory is too small for requested image.");
  if (isWindows(image)) {
    // [guess] NHN documents these Windows limits but not the answers; Nova's 400 is assumed.
    if (hasLocalDisk(flavor)) badRequest('U2 flavor instances cannot use Windows images.');
    if (name.length > 15) badRequest('Windows instance names may have at most 15 characters.');
  }
  if (rootVolumeGb !== undefined && rootVolumeGb < image.minDisk) {
    badRequest(
      `Volume is smaller than the minimum size specified in image metadata. Volume size is ${rootVolumeGb * GIB} bytes, minimum size is ${image.minDisk * GIB} bytes.`,
    );
  }
  if (rootVolumeGb === undefined && hasLocalDisk(flavor) && flavor.disk < image.minDisk) {
    badRequest(
      `Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is ${flavor.disk * GIB} bytes, minimum size is ${image.minDisk * GIB} bytes.`,
    );
  }
}

/** How many of `min`…`max` servers fit the instance and core quotas, or Nova's 403. */
function countWithinQuota(state: ComputeRegionState, flavor: NhnFlavor, min: number, max: number): number {
  const live = [...state.servers.values()];
  const usedCores = live.reduce((sum, s) => sum + (findFlavor(s.region, s.flavorId)?.vcpus ?? 0), 0);
  const byInstances = state.quota.instances - live.length;
  const byCores = Math.floor((state.quota.cores - usedCores) / flavor.vcpus);
  if (byInstances < min) {
    forbidden(`Quota exceeded for instances: Requested ${min}, but already used ${live.length} of ${state.quota.instances} instances`);
  }
  if (byCores < min) {
    forbidden(`Quota exceeded for cores: Requested ${min * flavor.vcpus}, but already used ${usedCores} of ${state.quota.cores} cores`);
  }
  return Math.min(max, byInstances, byCores);
}

function bootOrder(device: BlockDevice): number {
  return device.bootIndex === undefined || device.bootIndex < 0 ? Number.MAX_SAFE_INTEGER : device.bootIndex;
}

