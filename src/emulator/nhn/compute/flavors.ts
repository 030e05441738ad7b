import type { EmulatorContext } from '../../context.js';
import { stableUuid } from '../../ids.js';
import { json, type Router } from '../../router.js';
import type { NhnRegion } from '../state.js';
import { badRequest, notFound } from './errors.js';
import { computeRoute, type ComputeLinks } from './request.js';

/** One NHN instance flavor. */
export interface NhnFlavor {
  id: string;
  name: string;
  vcpus: number;
  /** MB. */
  ram: number;
  /** Root disk in GB; 0 for flavors that boot from a block-storage volume. */
  disk: number;
  /** `extra_specs.flavor_type`. */
  type: string;
}

/** [name, vcpus, ram GB, local disk GB, flavor_type]; x1's `performance` is from the guide, the other types are a [guess]. */
const CATALOG: [string, number, number, number, string][] = [
  ['t2.c1m1', 1, 1, 0, 'general'],
  ['m2.c1m2', 1, 2, 0, 'general'],
  ['m2.c2m4', 2, 4, 0, 'general'],
  ['m2.c4m8', 4, 8, 0, 'general'],
  ['m2.c8m16', 8, 16, 0, 'general'],
  ['m2.c16m32', 16, 32, 0, 'general'],
  ['c2.c8m16', 8, 16, 0, 'compute'],
  ['c2.c16m32', 16, 32, 0, 'compute'],
  ['r2.c4m32', 4, 32, 0, 'memory'],
  ['r2.c8m64', 8, 64, 0, 'memory'],
  ['x1.c32m128', 32, 128, 0, 'performance'],
  ['x1.c32m256', 32, 256, 0, 'performance'],
  // U2 flavors carry their root disk locally (the guide: no block_device_mapping needed).
  ['u2.c2m4', 2, 4, 20, 'u2'],
  ['u2.c4m8', 4, 8, 40, 'u2'],
];

const cache = new Map<NhnRegion, readonly NhnFlavor[]>();

/** The flavors of a region, sorted by id as Nova lists them; ids are stable per region. */
export function flavorsOf(region: NhnRegion): readonly NhnFlavor[] {
  let flavors = cache.get(region);
  if (!flavors) {
    flavors = CATALOG.map(([name, vcpus, ramGb, disk, type]) =>
      Object.freeze({ id: stableUuid('nhn-flavor', region, name), name, vcpus, ram: ramGb * 1024, disk, type }),
    ).sort((a, b) => a.id.localeCompare(b.id));
    cache.set(region, flavors);
  }
  return flavors;
}

/** A flavor of the region by id. */
export function findFlavor(region: NhnRegion, flavorId: string): NhnFlavor | undefined {
  return flavorsOf(region).find((f) => f.id === flavorId);
}

/** A flavor of the region by name (seeding and tests). */
export function flavorNamed(region: NhnRegion, name: string): NhnFlavor {
  const flavor = flavorsOf(region).find((f) => f.name === name);
  if (!flavor) throw new Error(`no flavor ${name}`);
  return flavor;
}

/** Whether the flavor boots from its own local disk (U2) instead of a block-storage volume. */
export function hasLocalDisk(flavor: NhnFlavor): boolean {
  return flavor.disk > 0;
}

/** Adds `/flavors`, `/flavors/detail` and `/flavors/{id}`. */
export function addFlavorRoutes(router: Router, ctx: EmulatorContext): void {
  router
    .get('/v2/:tenantId/flavors', computeRoute(ctx, ({ req, region, links }) =>
      json(200, { flavors: filtered(region, req.query).map((f) => ({ id: f.id, links: links.both('flavors', f.id), name: f.name })) }),
    ))
    .get('/v2/:tenantId/flavors/detail', computeRoute(ctx, ({ req, region, links }) =>
      json(200, { flavors: filtered(region, req.query).map((f) => flavorDetail(f, links)) }),
    ))
    .get('/v2/:tenantId/flavors/:flavorId', computeRoute(ctx, ({ req, region, links }) => {
      const flavor = findFlavor(region, req.params.flavorId!) ?? notFound(`Flavor ${req.params.flavorId} could not be found.`);
      return json(200, { flavor: flavorDetail(flavor, links) });
    }));
}

/** `minDisk`/`minRam` keep flavors with at least that much (Nova compares with >=). */
function filtered(region: NhnRegion, query: URLSearchParams): readonly NhnFlavor[] {
  const minDisk = minimum(query, 'minDisk');
  const minRam = minimum(query, 'minRam');
  return flavorsOf(region).filter((f) => f.disk >= minDisk && f.ram >= minRam);
}

function minimum(query: URLSearchParams, name: string): number {
  const raw = query.get(name);
  if (raw === null) return 0;
  if (!/^\d+$/.test(raw)) badRequest(`Invalid ${name} filter [${raw}]`);
  return Number(raw);
}

function flavorDetail(flavor: NhnFlavor, links: ComputeLinks): Record<string, unknown> {
  return {
    name: flavor.name,
    links: links.both('flavors', flavor.id),
    ram: flavor.ram,
    'OS-FLV-DISABLED:disabled': false,
    vcpus: flavor.vcpus,
    extra_specs: { flavor_type: flavor.type },
    // Nova prints an empty swap as "" (the guide's example does too).
    swap: '',
    'os-flavor-access:is_public': true,
    rxtx_factor: 1.0,
    'OS-FLV-EXT-DATA:ephemeral': 0,
    disk: flavor.disk,
    id: flavor.id,
  };
}
