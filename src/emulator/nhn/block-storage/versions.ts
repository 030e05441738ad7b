import type { EmulatorContext } from '../../context.js';
import { json, type EmuRequest, type Router, type Unmatched } from '../../router.js';
import type { NhnRegion } from '../state.js';
import { mediaTypes, versionLinks } from '../versions.js';

/**
 * Cinder's v2.0 entry. [guess] NHN serves v2 only (nhn-block-storage §1), so it is the one
 * version listed, as CURRENT; upstream Cinder lists v2.0 as DEPRECATED beside v3.0, which
 * NHN's catalog does not publish. Hence `cinder`/`openstack volume` (v3 only since
 * cinderclient 8) find no volume API here; the SDK with `block_storage_api_version: 2` does.
 */
function v2Entry(ctx: EmulatorContext, req: EmuRequest): Record<string, unknown> {
  return {
    id: 'v2.0',
    status: 'CURRENT',
    version: '',
    min_version: '',
    updated: '2017-02-25T12:00:00Z',
    links: versionLinks(`${ctx.nhnServiceUrl(req.region as NhnRegion, 'volume')}/v2/`),
    'media-types': mediaTypes('application/vnd.openstack.volume+json;version=2'),
  };
}

/** `GET /` answers 300 and `GET /v2` 200, both with a `versions` list (openstack-discovery §2.3). */
export function registerVersionRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/', (req) => json(300, { versions: [v2Entry(ctx, req)] }));
  router.get('/v2', (req) => json(200, { versions: [v2Entry(ctx, req)] }));
}

/** Cinder's fault bodies (Nova's envelope) for paths and methods it does not serve. */
export const volumeUnmatched: Unmatched = (_req, kind) =>
  kind === 'not-found'
    ? json(404, { itemNotFound: { code: 404, message: 'The resource could not be found.' } })
    : // [guess] Cinder's 405 wording.
      json(405, { badMethod: { code: 405, message: 'The method specified is not allowed for this resource.' } });
