import { createHash } from 'node:crypto';
import { stableHex } from '../../ids.js';
import type { NhnImage } from '../image/state.js';
import type { NhnRegion } from '../state.js';
import type { ComputeRegionState, NhnServer, PowerState, TaskState, VmState } from './state.js';
import { attachVolume } from './volume-attachments.js';

/** NHN's name for the network every project starts with; ports show under it in `addresses`. */
export const DEFAULT_NETWORK_NAME = 'Default Network';

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

/** Creates a server record in the state with a fixed IP in the default network. */
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
    addresses: {
      [DEFAULT_NETWORK_NAME]: [
        { 'OS-EXT-IPS-MAC:mac_addr': macFor(spec.id), version: 4, addr: nextFixedIp(state), 'OS-EXT-IPS:type': 'fixed' },
      ],
    },
    volumeAttachments: [],
    reservationId: spec.reservationId,
    created: spec.created,
    updated: spec.created,
    launchedAt: spec.vmState === 'building' ? null : spec.created,
    terminatedAt: null,
    generation: 0,
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

function macFor(serverId: string): string {
  const hex = stableHex(6, 'mac', serverId);
  return `fa:16:3e:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}

/** The next address of the default network's 192.168.0.0/16 range. */
function nextFixedIp(state: ComputeRegionState): string {
  const n = state.nextHostAddress++;
  return `192.168.${Math.floor(n / 254)}.${(n % 254) + 1}`;
}
