import type { EmulatorContext } from '../../context.js';
import { json, type Router } from '../../router.js';
import type { NhnRegion } from '../state.js';
import { forbidden } from './errors.js';
import { computeRoute } from './request.js';

/** Availability zones per region: kr1/kr2 names are documented, the others follow the pattern [guess]. */
const ZONES: Record<NhnRegion, string[]> = {
  kr1: ['kr-pub-a', 'kr-pub-b'],
  kr2: ['kr2-pub-a', 'kr2-pub-b'],
  kr3: ['kr3-pub-a', 'kr3-pub-b'],
  jp1: ['jp-pub-a', 'jp-pub-b'],
  us1: ['us-pub-a', 'us-pub-b'],
};

/** The availability zone names of a region. */
export function availabilityZones(region: NhnRegion): readonly string[] {
  return ZONES[region];
}

/**
 * Adds `/os-availability-zone` and its `detail`, which Nova's default policy keeps for admins:
 * NHN tokens are never admin (`is_admin: 0`), so it answers 403, and the clients then fall
 * back to the plain list (openstack-discovery §4.1).
 */
export function addZoneRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2/:tenantId/os-availability-zone', computeRoute(ctx, ({ region }) =>
    json(200, { availabilityZoneInfo: ZONES[region].map((zoneName) => ({ zoneState: { available: true }, hosts: null, zoneName })) }),
  ));
  router.get('/v2/:tenantId/os-availability-zone/detail', computeRoute(ctx, () =>
    forbidden("Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed."),
  ));
}
