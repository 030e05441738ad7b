import type { EmulatorContext } from '../../context.js';
import type { EmuRequest, EmuResponse, Handler } from '../../router.js';
import { requireToken } from '../auth.js';
import type { NhnRegion, NhnRegionState, NhnToken } from '../state.js';
import { badRequest, novaFault } from './errors.js';
import type { ComputeRegionState } from './state.js';

/** Link lists Nova puts in its bodies (`self` under `/v2/{tenant}`, `bookmark` without version). */
export interface ComputeLinks {
  /** `self` and `bookmark` links of a resource, e.g. `('servers', id)`. */
  both(kind: string, id: string): { href: string; rel: string }[];
  /** The `bookmark` link alone, as server bodies show their image and flavor. */
  bookmark(kind: string, id: string): { href: string; rel: string }[];
  /** The `self` URL of a resource (for Location headers). */
  self(kind: string, id: string): string;
  /** A URL under `/v2/{tenant}`, e.g. `servers/detail` (for `next` links). */
  collection(path: string): string;
}

/** Everything a compute handler needs about the call it answers. */
export interface ComputeCall {
  req: EmuRequest;
  token: NhnToken;
  region: NhnRegion;
  tenantId: string;
  state: ComputeRegionState;
  /** Everything the tenant has in the region (the servers' ports and volumes live there too). */
  regionState: NhnRegionState;
  links: ComputeLinks;
}

export type ComputeHandler = (call: ComputeCall) => EmuResponse | Promise<EmuResponse>;

/**
 * Wraps a compute handler: checks the token against the path's tenant, refuses a body
 * that is not JSON, and hands over the tenant's state in the request's region.
 */
export function computeRoute(ctx: EmulatorContext, handler: ComputeHandler): Handler {
  return (req) => {
    const tenantId = req.params.tenantId!;
    const token = requireToken(ctx, req, 'json', {
      tenantId,
      // [guess] NHN does not document it; upstream Nova answers 400 with this message,
      // 403 says better that another project's token can never work here.
      mismatch: (token) =>
        novaFault(403, `Malformed request URL: URL's project_id '${tenantId}' doesn't match Context's project_id '${token.tenantId}'`),
    });
    if (req.bodyInvalid) badRequest('Malformed request body');
    const region = req.region as NhnRegion;
    const regionState = ctx.nhn.region(tenantId, region);
    return handler({ req, token, region, tenantId, state: regionState.compute, regionState, links: computeLinks(ctx, region, tenantId) });
  };
}

/** Nova's links for one tenant in one region. */
export function computeLinks(ctx: EmulatorContext, region: NhnRegion, tenantId: string): ComputeLinks {
  const root = ctx.nhnServiceUrl(region, 'compute');
  const collection = (path: string) => `${root}/v2/${tenantId}/${path}`;
  const self = (kind: string, id: string) => collection(`${kind}/${id}`);
  const bookmark = (kind: string, id: string) => [{ href: `${root}/${tenantId}/${kind}/${id}`, rel: 'bookmark' }];
  return {
    self,
    collection,
    bookmark,
    both: (kind, id) => [{ href: self(kind, id), rel: 'self' }, ...bookmark(kind, id)],
  };
}
