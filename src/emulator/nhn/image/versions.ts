import type { EmulatorContext } from '../../context.js';
import { json, type EmuRequest, type EmuResponse, type Router } from '../../router.js';
import type { NhnRegion } from '../state.js';

/**
 * [guess] NHN does not say which Glance release it runs; these are the v2 minor versions of
 * a recent Glance (every entry points at `/v2/`, the newest is CURRENT).
 */
const MINORS = [9, 7, 6, 5, 4, 3, 2, 1, 0];

function versions(ctx: EmulatorContext, req: EmuRequest): { versions: unknown[] } {
  const self = `${ctx.nhnServiceUrl(req.region as NhnRegion, 'image')}/v2/`;
  return {
    versions: MINORS.map((minor, i) => ({ id: `v2.${minor}`, status: i === 0 ? 'CURRENT' : 'SUPPORTED', links: [{ rel: 'self', href: self }] })),
  };
}

/**
 * Glance's version negotiation (openstack-discovery §2.3): `GET /versions` answers 200, the
 * unversioned root 300 with the same list; neither needs a token. The SDK reads `/` before
 * any image call (`openstack server list` too), `glance` reads `/versions`.
 */
export function addVersionRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/', (req): EmuResponse => json(300, versions(ctx, req)));
  router.get('/versions', (req): EmuResponse => json(200, versions(ctx, req)));
}
