/** Cinder volume statuses NHN documents (nhn-block-storage §3.1). */
export type VolumeStatus =
  | 'creating'
  | 'available'
  | 'attaching'
  | 'detaching'
  | 'in-use'
  | 'reserved'
  | 'maintenance'
  | 'deleting'
  | 'awaiting-transfer'
  | 'error'
  | 'error_deleting'
  | 'backing-up'
  | 'restoring-backup'
  | 'error_backing-up'
  | 'error_restoring'
  | 'error_extending'
  | 'downloading'
  | 'uploading'
  | 'retyping'
  | 'extending';

/** Cinder's record of a volume on a server (compute keeps its own, with the same device). */
export interface VolumeAttachment {
  /** Cinder's attachment id (Nova's volume-attachment id is the volume id instead). */
  id: string;
  serverId: string;
  device: string;
}

export interface Volume {
  id: string;
  tenantId: string;
  name: string | null;
  description: string | null;
  size: number;
  status: VolumeStatus;
  /** The type's name, never its id. */
  volumeType: string;
  availabilityZone: string;
  bootable: boolean;
  attachments: VolumeAttachment[];
  metadata: Record<string, string>;
  snapshotId: string | null;
  userId: string;
  createdAt: Date;
  /** Set for volumes filled from an image (boot volumes). */
  imageMetadata?: Record<string, string>;
  /** Set for encrypted types. */
  encryption?: { skmKeyId: string; skmKeyVersion: number };
}

export type SnapshotStatus = 'creating' | 'available' | 'backing-up' | 'deleting' | 'error' | 'deleted' | 'unmanaging' | 'restoring' | 'error_deleting';

export interface Snapshot {
  id: string;
  name: string | null;
  description: string | null;
  status: SnapshotStatus;
  size: number;
  volumeId: string;
  metadata: Record<string, string>;
  createdAt: Date;
}

/** Everything one tenant's block storage holds in one region. */
export interface BlockStorageState {
  volumes: Map<string, Volume>;
  snapshots: Map<string, Snapshot>;
}

export function createBlockStorageState(): BlockStorageState {
  return { volumes: new Map(), snapshots: new Map() };
}
