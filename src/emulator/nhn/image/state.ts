import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { NhnRegion } from '../state.js';
import { publicImages } from './public-images.js';

/** Glance image states (nhn-image.md §2). */
export type ImageStatus = 'queued' | 'saving' | 'active' | 'killed' | 'deleted' | 'pending_delete';
export type ImageVisibility = 'public' | 'private' | 'shared' | 'community';

/** A tenant an image is shared with (nhn-image.md §3.8). */
export interface ImageMember {
  memberId: string;
  status: 'pending' | 'accepted' | 'rejected';
  createdAt: Date;
  updatedAt: Date;
}

/** One Glance image as the emulator keeps it; `properties` are rendered as top-level keys. */
export interface NhnImage {
  id: string;
  name: string;
  status: ImageStatus;
  visibility: ImageVisibility;
  owner: string;
  protected: boolean;
  /** Null until set (Glance lets an image be created without formats). */
  containerFormat: string | null;
  diskFormat: string | null;
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
  /** Glance's `os_hidden`: left out of listings unless asked for. */
  hidden?: boolean;
  /** The uploaded bytes (images created through the API); seeded images have none. */
  data?: Buffer;
  /** Tenants a `shared` image is offered to. */
  members?: ImageMember[];
}

/** The images a tenant owns in one region (public images are a shared catalog). */
export type ImageRegionState = Map<string, NhnImage>;

/** An empty image slice for a new tenant/region (see `NhnRegionState`). */
export function createImageState(): ImageRegionState {
  return new Map();
}

/**
 * The images a tenant can see in a region: the region's public images, its own, and
 * images other tenants share with it whose membership status is in `memberStatuses`
 * (a listing shows accepted ones by default), in no particular order.
 */
export function visibleImages(
  ctx: EmulatorContext,
  tenantId: string,
  region: NhnRegion,
  memberStatuses: readonly ImageMember['status'][] = ['accepted'],
): NhnImage[] {
  const shared = sharedImages(ctx, tenantId, region).filter((i) => memberStatuses.includes(memberOf(i, tenantId)!.status));
  return [...publicImages(region), ...ctx.nhn.region(tenantId, region).images.values(), ...shared];
}

/** An image the tenant can see in the region, by id (shared ones whatever the member status). */
export function findImage(ctx: EmulatorContext, tenantId: string, region: NhnRegion, imageId: string): NhnImage | undefined {
  return (
    publicImages(region).find((i) => i.id === imageId) ??
    ctx.nhn.region(tenantId, region).images.get(imageId) ??
    sharedImages(ctx, tenantId, region).find((i) => i.id === imageId)
  );
}

/** The tenant's membership of an image, if it has one. */
export function memberOf(image: NhnImage, tenantId: string): ImageMember | undefined {
  return image.visibility === 'shared' ? image.members?.find((m) => m.memberId === tenantId) : undefined;
}

/** Other tenants' `shared` images in the region that list this tenant as a member. */
function sharedImages(ctx: EmulatorContext, tenantId: string, region: NhnRegion): NhnImage[] {
  return [...ctx.nhn.accounts.values()]
    .filter((a) => a.tenantId !== tenantId)
    .flatMap((a) => [...ctx.nhn.region(a.tenantId, region).images.values()])
    .filter((i) => memberOf(i, tenantId) !== undefined);
}

/** Forgets an image the tenant owns. */
export function removeImage(ctx: EmulatorContext, region: NhnRegion, image: NhnImage): void {
  ctx.nhn.region(image.owner, region).images.delete(image.id);
}

/**
 * A new image as Glance makes it, `queued` with no data yet: the defaults of an image
 * create and of a volume's upload to an image, which override what they set.
 */
export function queuedImage(owner: string, now: Date, fields: Partial<NhnImage> = {}): NhnImage {
  return {
    id: newUuid(),
    name: '',
    status: 'queued',
    visibility: 'private',
    owner,
    protected: false,
    containerFormat: null,
    diskFormat: null,
    minDisk: 0,
    minRam: 0,
    size: null,
    checksum: null,
    tags: [],
    createdAt: now,
    updatedAt: now,
    properties: {},
    ...fields,
  };
}

/** Stores a new image owned by `image.owner` in the region. */
export function addImage(ctx: EmulatorContext, region: NhnRegion, image: NhnImage): NhnImage {
  ctx.nhn.region(image.owner, region).images.set(image.id, image);
  return image;
}
