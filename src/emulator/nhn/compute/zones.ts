import type { EmulatorContext } from '../../context.js';
import { json, type Router } from '../../router.js';
import type { NhnRegion } from '../state.js';
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

/** Adds `/os-availability-zone`. */
export function addZoneRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2/:tenantId/os-availability-zone', computeRoute(ctx, ({ region }) =>
    json(200, { availabilityZoneInfo: ZONES[region].map((zoneName) => ({ zoneState: { available: true }, hosts: null, zoneName })) }),
  ));
}
