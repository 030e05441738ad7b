import type { z } from 'zod';
import type { EmulatorContext } from '../../context.js';
import type { EmuRequest } from '../../router.js';
import { requireToken } from '../auth.js';
import { readBody } from '../network/request-body.js';
import type { NhnRegion } from '../state.js';
import { itemNotFound, refuseBody } from './errors.js';
import type { BlockStorageState } from './state.js';

/** Who is calling block storage, in which region, and the state they own there. */
export interface VolumeCall {
  tenantId: string;
  userId: string;
  region: NhnRegion;
  state: BlockStorageState;
}

/**
 * Authenticates a call on `/v2/{tenantId}/…`. A token of another tenant gets a 404, as the
 * path names a project the caller cannot see.
 */
// [guess] nhn-block-storage §6 allows 404 or 401; 404 keeps gateways from re-issuing tokens in vain.
export function volumeCall(ctx: EmulatorContext, req: EmuRequest): VolumeCall {
  const tenantId = req.params.tenantId!;
  const token = requireToken(ctx, req, 'json', { tenantId, mismatch: () => itemNotFound(`Project ${tenantId} could not be found.`).response });
  // The server only mounts valid region names.
  const region = req.region as NhnRegion;
  return { tenantId, userId: token.account.userId, region, state: ctx.nhn.region(tenantId, region).blockStorage };
}

/** Reads `{wrapper: {...}}`, refusing with Cinder's 400. */
export function volumeBody<S extends z.ZodType>(req: EmuRequest, wrapper: string, schema: S): z.output<S> {
  return readBody(req, schema, { wrapper }, refuseBody);
}
