import type { EmulatorContext } from '../../context.js';
import type { EmuRequest } from '../../router.js';
import { requireToken } from '../auth.js';
import type { NhnRegion } from '../state.js';
import type { NetworkState } from './state.js';

/** Who is calling the network service, in which region, and the state they own there. */
export interface NetworkCall {
  tenantId: string;
  region: NhnRegion;
  state: NetworkState;
}

/** Authenticates a network call (no tenant in the path: the token decides) and finds its state. */
export function networkCall(ctx: EmulatorContext, req: EmuRequest): NetworkCall {
  const token = requireToken(ctx, req, 'json');
  // The server only mounts valid region names.
  const region = req.region as NhnRegion;
  return { tenantId: token.tenantId, region, state: ctx.nhn.region(token.tenantId, region).network };
}
