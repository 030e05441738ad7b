import type { EmulatorContext } from '../../context.js';
import { HttpError } from '../../errors.js';
import {
  attachVolumeToServer,
  checkAttachable,
  checkServerVolumes,
  createServerVolume,
  releaseServerVolumes,
  type ServerVolumeSource,
} from '../block-storage/attachments.js';
import { findImage } from '../image/state.js';
import { neutronRefusal } from '../network/errors.js';
import {
  addServerSecurityGroup,
  allocateServerPorts,
  releaseServerPorts,
  removeServerSecurityGroup,
  serverAddresses,
  serverPorts,
  serverSecurityGroups,
  type ServerNetworkRequest,
} from '../network/ports.js';
import type { NhnRegionState } from '../state.js';
import type { BlockDevice, CreateRequest } from './create-request.js';
import { novaFault } from './errors.js';
import type { NhnServer } from './state.js';

/**
 * A server's share of the network and block-storage services: ports and volumes for new
 * servers, their release on delete, and what server bodies show of them. Those services'
 * refusals reach the client as Nova faults.
 */

/**
 * Runs `fn`, answering a refusal of the network or block-storage service as Nova relays
 * it. Server create reports unknown networks, ports, groups and volumes as 400s.
 */
export function asNova<T>(fn: () => T, notFoundStatus: 400 | 404 = 404): T {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    const neutron = neutronRefusal(err);
    // Cinder's faults already have Nova's shape: `{name: {code, message}}`.
    const message = neutron?.message ?? (Object.values(err.response.body as Record<string, { message: string }>)[0]?.message ?? '');
    const status = neutron?.status ?? err.response.status;
    throw new HttpError(novaFault((status === 404 ? notFoundStatus : status) as Parameters<typeof novaFault>[0], message));
  }
}

/** Gives each new server its ports as `networks` asks; all or none. */
export function allocatePorts(ctx: EmulatorContext, region: NhnRegionState, servers: Pick<NhnServer, 'id' | 'availabilityZone'>[], request: CreateRequest): void {
  const networks: ServerNetworkRequest[] = request.networks.map((n) => ({ uuid: n.uuid ?? n.subnet, port: n.port, fixedIp: n.fixed_ip }));
  const done: string[] = [];
  asNova(() => {
    try {
      for (const server of servers) {
        allocateServerPorts(ctx, region.network, { serverId: server.id, availabilityZone: server.availabilityZone, networks, securityGroups: request.securityGroups });
        done.push(server.id);
      }
    } catch (err) {
      for (const id of done) releaseServerPorts(region.network, id);
      throw err;
    }
  }, 400);
}

/** Checks, before `count` servers exist, that block storage can serve their volume mappings. */
export function checkServerDevices(region: NhnRegionState, devices: BlockDevice[], count: number): void {
  asNova(() => {
    for (const d of devices) if (d.sourceType === 'volume') checkAttachable(region.blockStorage, d.uuid!);
    const fresh = devices.filter((d) => d.sourceType !== 'volume').map((d) => ({ size: d.volumeSize, snapshotId: d.sourceType === 'snapshot' ? d.uuid : undefined }));
    checkServerVolumes(region.blockStorage, Array.from({ length: count }, () => fresh).flat());
  }, 400);
}

/**
 * Makes block storage hold the server's volumes: `devices` are its volume mappings in the
 * order of `server.volumeAttachments` (which compute filled with ids and device names).
 */
export function provideServerVolumes(ctx: EmulatorContext, region: NhnRegionState, server: NhnServer, devices: BlockDevice[]): void {
  server.volumeAttachments.forEach((attachment, i) => {
    const device = devices[i]!;
    if (device.sourceType === 'volume') {
      attachVolumeToServer(ctx, region.blockStorage, attachment.volumeId, server.id, attachment.device);
      return;
    }
    createServerVolume(ctx, region.blockStorage, {
      id: attachment.volumeId,
      tenantId: server.tenantId,
      userId: server.userId,
      serverId: server.id,
      availabilityZone: server.availabilityZone,
      size: device.volumeSize,
      device: attachment.device,
      source: volumeSource(ctx, server, device),
    });
  });
}

function volumeSource(ctx: EmulatorContext, server: NhnServer, device: BlockDevice): ServerVolumeSource {
  if (device.sourceType === 'snapshot') return { kind: 'snapshot', snapshotId: device.uuid! };
  if (device.sourceType !== 'image') return { kind: 'blank' };
  const image = findImage(ctx, server.tenantId, server.region, device.uuid!);
  // Cinder copies the image's attributes and properties into `volume_image_metadata`
  // (a bootable image has its formats: Glance wants them before data is uploaded).
  const imageMetadata: Record<string, string> = image
    ? { image_name: image.name, container_format: image.containerFormat ?? '', disk_format: image.diskFormat ?? '', min_disk: String(image.minDisk), min_ram: String(image.minRam), ...image.properties }
    : {};
  return { kind: 'image', imageId: device.uuid!, imageMetadata };
}

/** On delete: ports go (floating IPs come off), volumes detach or, if so mapped, are deleted. */
export function releaseServerResources(ctx: EmulatorContext, region: NhnRegionState, server: NhnServer): void {
  releaseServerPorts(region.network, server.id);
  const doomed = new Set(server.volumeAttachments.filter((a) => a.deleteOnTermination).map((a) => a.volumeId));
  releaseServerVolumes(ctx, region.blockStorage, server.id, doomed);
}

/** `addresses` and `security_groups` of a server body, from its ports. */
export function serverNetworking(region: NhnRegionState, server: NhnServer): { addresses: Record<string, unknown[]>; securityGroups: string[] } {
  const hasPorts = serverPorts(region.network, server.id).length > 0;
  return {
    addresses: serverAddresses(region.network, server.id),
    // A server without ports (none requested) keeps the names it was created with.
    securityGroups: hasPorts ? serverSecurityGroups(region.network, server.id).map((g) => g.name) : server.securityGroups,
  };
}

/** `addSecurityGroup` / `removeSecurityGroup` on the server's ports. */
export function changeServerSecurityGroup(region: NhnRegionState, server: NhnServer, name: string, change: 'add' | 'remove'): void {
  if (serverPorts(region.network, server.id).length === 0) return;
  asNova(() => (change === 'add' ? addServerSecurityGroup : removeServerSecurityGroup)(region.network, server.id, name));
}
