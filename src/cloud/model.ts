/**
 * The provider-neutral model: what the graph knows of a cloud resource, whichever cloud
 * it lives in. Adapters map their wire formats into these shapes; the schema reads only
 * these. Every resource carries its provider and region, so a global id can be made of it.
 */

export type ProviderName = 'NHN' | 'KAKAO';

/** Where a resource lives: the cloud and the region, as the cloud spells it. */
export interface Placement {
  provider: ProviderName;
  region: string;
}

export interface RegionInfo extends Placement {
  displayName: string;
}

export interface AvailabilityZone extends Placement {
  name: string;
  available: boolean;
}

export interface Flavor extends Placement {
  id: string;
  name: string;
  vcpus: number;
  ramMb: number;
  diskGb: number;
  isPublic: boolean;
  disabled: boolean;
}

export interface Image extends Placement {
  id: string;
  name: string;
  status: string;
  visibility: string;
  sizeBytes: number | null;
  minDiskGb: number;
  minRamMb: number;
  osType: string | null;
  osDistro: string | null;
  osVersion: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export interface Keypair extends Placement {
  /** Key pairs are addressed by name in both clouds. */
  name: string;
  fingerprint: string;
  publicKey: string;
  type: string | null;
  createdAt: Date | null;
}

export const SERVER_STATUSES = [
  'ACTIVE', 'BUILD', 'DELETED', 'ERROR', 'HARD_REBOOT', 'MIGRATING', 'PASSWORD', 'PAUSED', 'REBOOT',
  'REBUILD', 'RESCUE', 'RESIZE', 'REVERT_RESIZE', 'VERIFY_RESIZE', 'SHELVED_OFFLOADED', 'SHUTOFF',
  'SUSPENDED', 'UNKNOWN',
] as const;
export type ServerStatus = (typeof SERVER_STATUSES)[number];

export interface ServerAddress {
  address: string;
  version: number;
  type: 'FIXED' | 'FLOATING';
  macAddress: string | null;
  /** The network name the cloud files the address under. */
  networkName: string;
}

export interface Server extends Placement {
  id: string;
  name: string;
  status: ServerStatus;
  /** The cloud's own word for the status, before normalisation. */
  rawStatus: string;
  taskState: string | null;
  flavorId: string | null;
  imageId: string | null;
  keyName: string | null;
  availabilityZone: string | null;
  addresses: ServerAddress[];
  securityGroupNames: string[];
  volumeIds: string[];
  metadata: Record<string, string>;
  createdAt: Date | null;
  updatedAt: Date | null;
}

/** Statuses a server passes through on its way to a settled one. */
export const TRANSITIONAL_SERVER_STATUSES: ReadonlySet<ServerStatus> = new Set([
  'BUILD', 'HARD_REBOOT', 'MIGRATING', 'PASSWORD', 'REBOOT', 'REBUILD', 'RESIZE', 'REVERT_RESIZE', 'VERIFY_RESIZE',
]);

export type ServerAction =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'reboot'; hard: boolean }
  | { type: 'resize'; flavorId: string }
  | { type: 'shelve' }
  | { type: 'unshelve' };

export interface CreateServerSpec {
  name: string;
  flavorId: string;
  imageId: string;
  keyName?: string;
  availabilityZone?: string;
  /** Network or subnet ids to attach; the cloud's default network when empty. */
  networkIds: string[];
  securityGroupNames: string[];
  /** Boot from a volume of this size (GB) instead of local disk. */
  bootVolumeSizeGb?: number;
  metadata: Record<string, string>;
}

export interface ServerFilter {
  name?: string;
  status?: ServerStatus;
  flavorId?: string;
  imageId?: string;
  /** Only servers changed since this instant (Nova `changes-since`). */
  changedSince?: Date;
}

export interface CreatedKeypair {
  keypair: Keypair;
  /** Present only when the cloud generated the key pair. Shown once, never stored. */
  privateKey: string | null;
}

/** Who the credentials are. */
export interface Viewer {
  provider: ProviderName;
  tenantId: string;
  tenantName: string | null;
  userId: string | null;
  /** Null when the gateway was handed a bare token whose expiry it cannot know. */
  tokenExpiresAt: Date | null;
}

export interface IssuedToken {
  provider: ProviderName;
  token: string;
  tenantId: string;
  expiresAt: Date;
}
