import type { EmulatorContext } from '../../context.js';
import type { NhnRegion } from '../state.js';
import { notFound } from './errors.js';

/** Nova `vm_state` values the emulator uses. */
export type VmState = 'building' | 'active' | 'stopped' | 'resized' | 'shelved_offloaded' | 'error' | 'deleted';

/** Nova `task_state` values the emulator uses (null when no operation runs). */
export type TaskState =
  | 'scheduling'
  | 'powering-on'
  | 'powering-off'
  | 'rebooting'
  | 'rebooting_hard'
  | 'resize_prep'
  | 'resize_finish'
  | 'shelving'
  | 'unshelving'
  | 'image_snapshot'
  | 'deleting';

/** Nova power states: 0 no state, 1 running, 4 shut down. */
export type PowerState = 0 | 1 | 4;

/** A volume attached to a server (compute `os-volume_attachments`); the root volume is `/dev/vda`. */
export interface VolumeAttachment {
  /** Nova uses the volume id as the attachment id. */
  id: string;
  serverId: string;
  volumeId: string;
  device: string;
  /** Whether deleting the server deletes the volume (block_device_mapping_v2). */
  deleteOnTermination: boolean;
}

/** A Nova server as the emulator keeps it; the API status is derived from vm and task state. */
export interface NhnServer {
  readonly id: string;
  readonly tenantId: string;
  readonly userId: string;
  readonly region: NhnRegion;
  name: string;
  vmState: VmState;
  taskState: TaskState | null;
  powerState: PowerState;
  flavorId: string;
  /** Empty when the server was booted from a volume without `imageRef`. */
  imageId: string;
  keyName: string | null;
  availabilityZone: string;
  hostId: string;
  metadata: Record<string, string>;
  /** Security group names asked for at create; once the server has ports, theirs are what the API shows. */
  securityGroups: string[];
  volumeAttachments: VolumeAttachment[];
  reservationId: string;
  created: Date;
  /** Bumped on every change, so `changes-since` polling sees it. */
  updated: Date;
  launchedAt: Date | null;
  terminatedAt: Date | null;
  /** Why the server went to ERROR, as Nova's `fault` shows it. */
  fault?: { code: number; message: string };
}

/** A Nova key pair (referenced by name everywhere). */
export interface NhnKeypair {
  id: number;
  name: string;
  publicKey: string;
  fingerprint: string;
  userId: string;
  createdAt: Date;
}

/** Per-project compute limits (Nova quota); tests may lower them. */
export interface ComputeQuota {
  instances: number;
  cores: number;
}

/** What one tenant owns on the compute service of one region. */
export interface ComputeRegionState {
  servers: Map<string, NhnServer>;
  /** Deleted servers, still listed by `changes-since` queries with status DELETED. */
  deleted: NhnServer[];
  keypairs: Map<string, NhnKeypair>;
  nextKeypairId: number;
  quota: ComputeQuota;
}

/** An empty compute slice for a new tenant/region (see `NhnRegionState`). */
export function createComputeState(): ComputeRegionState {
  return {
    servers: new Map(),
    deleted: [],
    keypairs: new Map(),
    nextKeypairId: 1,
    // [guess] NHN's default project quota; the docs give none.
    quota: { instances: 50, cores: 200 },
  };
}

/** The compute state of a tenant in a region. */
export function computeState(ctx: EmulatorContext, tenantId: string, region: NhnRegion): ComputeRegionState {
  return ctx.nhn.region(tenantId, region).compute;
}

/** A live (not deleted) server of the tenant in the region. */
export function findServer(ctx: EmulatorContext, tenantId: string, region: NhnRegion, serverId: string): NhnServer | undefined {
  return computeState(ctx, tenantId, region).servers.get(serverId);
}

/** A live server from the state, or Nova's 404 `itemNotFound`. */
export function existingServer(state: ComputeRegionState, serverId: string): NhnServer {
  return state.servers.get(serverId) ?? notFound(`Instance ${serverId} could not be found.`);
}

/** The tenant's live servers in the region, in creation order. */
export function listServers(ctx: EmulatorContext, tenantId: string, region: NhnRegion): NhnServer[] {
  return [...computeState(ctx, tenantId, region).servers.values()];
}

/** A key pair of the tenant in the region, by name. */
export function findKeypair(ctx: EmulatorContext, tenantId: string, region: NhnRegion, name: string): NhnKeypair | undefined {
  return computeState(ctx, tenantId, region).keypairs.get(name);
}

/** Marks a server changed now (for `updated` and `changes-since`). */
export function touchServer(ctx: EmulatorContext, server: NhnServer): void {
  server.updated = ctx.now();
}

/** The API `status` of a server, derived from vm and task state as Nova does. */
export function serverStatus(server: NhnServer): string {
  const task = server.taskState;
  switch (server.vmState) {
    case 'building':
      return 'BUILD';
    case 'active':
    case 'stopped':
      if (task === 'rebooting') return 'REBOOT';
      if (task === 'rebooting_hard') return 'HARD_REBOOT';
      if (task === 'resize_prep' || task === 'resize_finish') return 'RESIZE';
      return server.vmState === 'active' ? 'ACTIVE' : 'SHUTOFF';
    case 'resized':
      return 'VERIFY_RESIZE';
    case 'shelved_offloaded':
      return 'SHELVED_OFFLOADED';
    case 'error':
      return 'ERROR';
    case 'deleted':
      return 'DELETED';
  }
}
