import type { EmulatorContext } from '../../context.js';
import type { EmuRequest } from '../../router.js';
import { requireToken } from '../auth.js';
import type { NhnRegion, NhnToken } from '../state.js';
import { refuse } from './errors.js';
import { findImage, type NhnImage } from './state.js';

/** What an image handler knows about its call. */
export interface ImageCall {
  req: EmuRequest;
  token: NhnToken;
  tenantId: string;
  region: NhnRegion;
}

/** The caller (Glance's 401 is text) in the request's region. */
export function imageCall(ctx: EmulatorContext, req: EmuRequest): ImageCall {
  const token = requireToken(ctx, req, 'text');
  return { req, token, tenantId: token.tenantId, region: req.region as NhnRegion };
}

/** An image the caller can see, or Glance's 404. */
export function visibleImage(ctx: EmulatorContext, call: ImageCall, imageId: string): NhnImage {
  return findImage(ctx, call.tenantId, call.region, imageId) ?? refuse(404, `No image found with ID ${imageId}`);
}

/** An image the caller owns; a public or shared image of someone else is Glance's 403. */
export function ownedImage(ctx: EmulatorContext, call: ImageCall, imageId: string, action: string): NhnImage {
  const image = visibleImage(ctx, call, imageId);
  if (image.owner !== call.tenantId) refuse(403, `You are not permitted to ${action} this image.`);
  return image;
}
