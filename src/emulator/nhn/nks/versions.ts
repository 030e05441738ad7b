import type { EmulatorContext } from '../../context.js';
import { json, type EmuRequest, type EmuResponse, type Router, type Unmatched } from '../../router.js';
import type { NhnRegion } from '../state.js';
import { format, MAX_VERSION, MIN_VERSION, NKS_REGIONS } from './access.js';
import { magnumError } from './errors.js';

/** Outside kr1/kr2/kr3 there is no NKS host: answered as the emulator answers any unknown host. */
function noHost(req: Pick<EmuRequest, 'region' | 'path'>): EmuResponse | undefined {
  if (NKS_REGIONS.includes(req.region as NhnRegion)) return undefined;
  return json(404, { error: { code: 404, message: `No emulated service at /nhn/${req.region}/kubernetes${req.path}` } });
}

/**
 * Magnum's public version documents (openstack-discovery §2.3): `GET /` lists v1 with its
 * microversion range, `GET /v1` describes it; neither needs a token.
 */
export function registerVersionRoutes(router: Router, ctx: EmulatorContext): void {
  const self = (req: EmuRequest) => `${ctx.nhnServiceUrl(req.region, 'kubernetes')}/v1/`;
  router.get('/', (req) =>
    noHost(req) ??
    json(200, {
      versions: [{ id: 'v1', status: 'CURRENT', min_version: format(MIN_VERSION), max_version: format(MAX_VERSION), links: [{ href: self(req), rel: 'self' }] }],
      name: 'OpenStack Magnum API',
      description: 'Magnum is an OpenStack project which aims to provide container cluster management.',
    }),
  );
  router.get('/v1', (req) =>
    noHost(req) ??
    json(
      200,
      {
        id: 'v1',
        links: [{ href: self(req), rel: 'self' }],
        media_types: [{ base: 'application/json', type: 'application/vnd.openstack.magnum.v1+json' }],
        clusters: [{ href: `${self(req)}clusters/`, rel: 'self' }],
      },
      {
        'openstack-api-minimum-version': `container-infra ${format(MIN_VERSION)}`,
        'openstack-api-maximum-version': `container-infra ${format(MAX_VERSION)}`,
      },
    ),
  );
}

/** Magnum's `errors[]` body for paths and methods it does not serve (nhn-nks §1.5). */
export const nksUnmatched: Unmatched = (req, kind) =>
  noHost(req) ??
  (kind === 'not-found'
    ? magnumError(404, 'The resource could not be found.').response
    : magnumError(405, 'The method specified is not allowed.').response);
