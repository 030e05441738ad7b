import { isoMicrosNoZone, isoSeconds } from '../../clock.js';
import type { NhnRegionState } from '../state.js';
import type { ComputeLinks } from './request.js';
import { serverNetworking } from './server-resources.js';
import { serverStatus, type NhnServer } from './state.js';

/** A server as the plain list shows it. */
export function serverSummary(server: NhnServer, links: ComputeLinks): Record<string, unknown> {
  return { id: server.id, links: links.both('servers', server.id), name: server.name };
}

/**
 * A server as `GET /servers/{id}` and `/servers/detail` show it (compute guide, Get Instance);
 * addresses and security groups come from its ports in `region`.
 */
export function serverDetail(server: NhnServer, links: ComputeLinks, region: NhnRegionState): Record<string, unknown> {
  const building = server.vmState === 'building';
  const networking = serverNetworking(region, server);
  return {
    status: serverStatus(server),
    updated: isoSeconds(server.updated),
    // Nova knows no host and no ports until the build is scheduled and networked.
    hostId: building ? '' : server.hostId,
    addresses: building ? {} : networking.addresses,
    links: links.both('servers', server.id),
    key_name: server.keyName,
    image: server.imageId ? { id: server.imageId, links: links.bookmark('images', server.imageId) } : '',
    'OS-EXT-STS:task_state': server.taskState,
    'OS-EXT-STS:vm_state': server.vmState,
    'OS-SRV-USG:launched_at': server.launchedAt ? isoMicrosNoZone(server.launchedAt) : null,
    flavor: { id: server.flavorId, links: links.bookmark('flavors', server.flavorId) },
    id: server.id,
    security_groups: networking.securityGroups.map((name) => ({ name })),
    'OS-SRV-USG:terminated_at': server.terminatedAt ? isoSeconds(server.terminatedAt) : null,
    'OS-EXT-AZ:availability_zone': server.availabilityZone,
    user_id: server.userId,
    name: server.name,
    created: isoSeconds(server.created),
    tenant_id: server.tenantId,
    'OS-DCF:diskConfig': 'MANUAL',
    'os-extended-volumes:volumes_attached': server.volumeAttachments.map((a) => ({ id: a.volumeId })),
    accessIPv4: '',
    accessIPv6: '',
    progress: 0,
    'OS-EXT-STS:power_state': server.powerState,
    config_drive: '',
    metadata: { ...server.metadata },
    'NHN-EXT-ATTR:ephemeral_disk_size': 0,
    // Nova shows `fault` only on a server in ERROR.
    ...(server.vmState === 'error' && server.fault ? { fault: { ...server.fault, created: isoSeconds(server.updated) } } : {}),
  };
}
