import type { EmulatorContext } from '../../context.js';
import { json, type Router } from '../../router.js';
import { requireToken } from '../auth.js';
import type { NhnRegion } from '../state.js';
import { mediaTypes } from '../versions.js';
import { computeRoute } from './request.js';

/**
 * Nova's legacy v2 entry (openstack-discovery §2.3). `version`/`min_version` are empty:
 * NHN serves `/v2/{tenantId}`, which Nova runs behind its legacy-v2 wrapper, so the `nova`
 * CLI negotiates no microversion ("Server doesn't support microversions" when one is asked for).
 */
function v2Entry(ctx: EmulatorContext, region: NhnRegion, withMediaTypes: boolean): Record<string, unknown> {
  return {
    id: 'v2.0',
    status: 'SUPPORTED',
    version: '',
    min_version: '',
    updated: '2011-01-21T11:33:21Z',
    links: [{ rel: 'self', href: `${ctx.nhnServiceUrl(region, 'compute')}/v2/` }],
    ...(withMediaTypes ? { 'media-types': mediaTypes('application/vnd.openstack.compute+json;version=2') } : {}),
  };
}

/**
 * Adds Nova's version documents: `GET /` (no token) lists the versions; `GET /v2[/]` and
 * `GET /v2/{tenantId}` (novaclient's first probe) show v2.0. Nova's legacy wrapper ignores
 * microversion headers and sends none back, so no handler here reads them.
 */
export function addVersionRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/', (req) => json(200, { versions: [v2Entry(ctx, req.region as NhnRegion, false)] }));
  router.get('/v2', (req) => {
    requireToken(ctx, req, 'json');
    return json(200, { version: v2Entry(ctx, req.region as NhnRegion, true) });
  });
  router.get('/v2/:tenantId', computeRoute(ctx, ({ region }) => json(200, { version: v2Entry(ctx, region, true) })));
}
