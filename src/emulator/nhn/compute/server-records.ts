import { createHash } from 'node:crypto';
import { stableHex } from '../../ids.js';
import type { NhnImage } from '../image/state.js';
import type { NhnRegion } from '../state.js';
import type { ComputeRegionState, NhnServer, PowerState, TaskState, VmState } from './state.js';
import { attachVolume } from './volume-attachments.js';

/** What a new server record is made from, whether by the API or by the seed. */
export interface ServerSpec {
  id: string;
  tenantId: string;
  userId: string;
  region: NhnRegion;
  name: string;
  flavorId: string;
  imageId: string;
  keyName: string | null;
  availabilityZone: string;
  metadata: Record<string, string>;
  securityGroups: string[];
  /** Volumes in device order; when `bootsFromVolume`, the first one is the root volume on `/dev/vda`. */
  volumes: { volumeId: string; deleteOnTermination: boolean }[];
  bootsFromVolume: boolean;
  reservationId: string;
  created: Date;
  vmState: VmState;
  taskState: TaskState | null;
  powerState: PowerState;
}

/** Creates a server record in the state (its ports and volumes live in the network and block-storage services). */
export function addServer(state: ComputeRegionState, spec: ServerSpec): NhnServer {
  const server: NhnServer = {
    id: spec.id,
    tenantId: spec.tenantId,
    userId: spec.userId,
    region: spec.region,
    name: spec.name,
    vmState: spec.vmState,
    taskState: spec.taskState,
    powerState: spec.powerState,
    flavorId: spec.flavorId,
    imageId: spec.imageId,
    keyName: spec.keyName,
    availabilityZone: spec.availabilityZone,
    hostId: hostIdFor(spec.tenantId, spec.id),
    metadata: spec.metadata,
    securityGroups: spec.securityGroups,
    volumeAttachments: [],
    reservationId: spec.reservationId,
    created: spec.created,
    updated: spec.created,
    launchedAt: spec.vmState === 'building' ? null : spec.created,
    terminatedAt: null,
  };
  spec.volumes.forEach((v, i) =>
    attachVolume(server, v.volumeId, {
      deleteOnTermination: v.deleteOnTermination,
      ...(spec.bootsFromVolume && i === 0 ? { device: '/dev/vda' } : {}),
    }),
  );
  state.servers.set(server.id, server);
  return server;
}

/**
 * The metadata NHN copies from the boot image onto a new server (the guide's Get Instance
 * example shows `image_name`, `os_distro`, `login_username`, `volume_size`, …).
 */
export function imageMetadata(image: NhnImage, volumeSizeGb: number | undefined): Record<string, string> {
  const copied = ['os_distro', 'description', 'os_version', 'hypervisor_type', 'os_architecture', 'login_username', 'os_type'];
  const metadata: Record<string, string> = {
    project_domain: 'NORMAL',
    monitoring_agent: 'sysmon',
    tc_env: 'sysmon',
    image_name: image.name,
  };
  for (const key of copied) if (image.properties[key] !== undefined) metadata[key] = image.properties[key]!;
  if (volumeSizeGb !== undefined) metadata.volume_size = String(volumeSizeGb);
  return metadata;
}

/** Whether an image is a Windows image (NHN's extra rules apply). */
export function isWindows(image: NhnImage): boolean {
  return image.properties.os_type?.toLowerCase() === 'windows';
}

/** Nova's hostId: sha224 of project and host; servers spread over a few emulated hosts. */
function hostIdFor(tenantId: string, serverId: string): string {
  const host = `compute-${parseInt(stableHex(2, serverId), 16) % 8}`;
  return createHash('sha224').update(tenantId + host).digest('hex');
}
