import type { EmulatorContext } from '../../context.js';
import type { NhnRegion } from '../state.js';
import { publicImages } from './public-images.js';

/** Glance image states (nhn-image.md §2). */
export type ImageStatus = 'queued' | 'saving' | 'active' | 'killed' | 'deleted' | 'pending_delete';
export type ImageVisibility = 'public' | 'private' | 'shared' | 'community';

/** One Glance image as the emulator keeps it; `properties` are rendered as top-level keys. */
export interface NhnImage {
  id: string;
  name: string;
  status: ImageStatus;
  visibility: ImageVisibility;
  owner: string;
  protected: boolean;
  containerFormat: string;
  diskFormat: string;
  /** GB. */
  minDisk: number;
  /** MB. */
  minRam: number;
  /** Bytes; null until data exists. */
  size: number | null;
  checksum: string | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  /** NHN custom properties (`os_type`, `os_distro`, `login_username`, …); Glance keeps them as strings. */
  properties: Record<string, string>;
}

/** The images a tenant owns in one region (public images are a shared catalog). */
export type ImageRegionState = Map<string, NhnImage>;

/** An empty image slice for a new tenant/region (see `NhnRegionState`). */
export function createImageState(): ImageRegionState {
  return new Map();
}

/**
 * The images a tenant can see in a region: the region's public images plus its own, in
 * no particular order.
 */
export function visibleImages(ctx: EmulatorContext, tenantId: string, region: NhnRegion): NhnImage[] {
  return [...publicImages(region), ...ctx.nhn.region(tenantId, region).images.values()];
}

/** An image the tenant can see in the region, by id. */
export function findImage(ctx: EmulatorContext, tenantId: string, region: NhnRegion, imageId: string): NhnImage | undefined {
  return publicImages(region).find((i) => i.id === imageId) ?? ctx.nhn.region(tenantId, region).images.get(imageId);
}

/** Stores a new image owned by `image.owner` in the region. */
export function addImage(ctx: EmulatorContext, region: NhnRegion, image: NhnImage): NhnImage {
  ctx.nhn.region(image.owner, region).images.set(image.id, image);
  return image;
}

/** Moves an image to another status and marks it updated. */
export function setImageStatus(ctx: EmulatorContext, image: NhnImage, status: ImageStatus): void {
  image.status = status;
  image.updatedAt = ctx.now();
}
