import type { AvailabilityZone, Flavor, Image, RegionInfo } from '../cloud/model.js';
import { builder } from './builder.js';
import { registerNodeLoader } from './node-loaders.js';
import type { HanulContext } from '../server/context.js';
import { connectionFromList } from './connection.js';
import { sessionFor } from '../domain/session.js';
import { lists } from '../domain/lists.js';
import { loadGrouped } from './refs.js';
import { refKey } from '../domain/keys.js';
import { RegionRef } from './region.js';
import { z } from 'zod';
import { validate } from '../domain/validate.js';

const atLeastZero = z.number().int().min(0, 'must be 0 or more');
const imageVisibility = z.enum(['public', 'private', 'shared', 'community'], 'must be public, private, shared or community');

/** What a region offers to build servers from: availability zones, flavors and images. */

export const FlavorRef = builder.loadableNode('Flavor', {
  description: 'An instance type: vCPUs, memory and root disk.',
  id: { resolve: (f: Flavor) => refKey(f, f.id) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, ids) => {
      const all = await lists.flavors(ctx, p);
      const found = all.filter((f) => ids.includes(f.id));
      // Flavors hidden from the list (retired, private) are still readable one by one.
      const missing = ids.filter((id) => !found.some((f) => f.id === id));
      const extra = await Promise.all(missing.map((id) => sessionFor(ctx, p.provider).compute.getFlavor(p.region, id)));
      return [...found, ...extra.filter((f): f is Flavor => f !== null)];
    }, ctx, (f: Flavor) => refKey(f, f.id)),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'As the cloud names it: m2.c2m4, t1i.c2m4, …' }),
    vcpus: t.exposeInt('vcpus'),
    ramMb: t.exposeInt('ramMb'),
    diskGb: t.exposeInt('diskGb', { description: 'Local root disk; 0 when the server boots from a volume' }),
    isPublic: t.exposeBoolean('isPublic'),
    disabled: t.exposeBoolean('disabled'),
    region: t.field({ type: RegionRef, resolve: (f) => `${f.provider}:${f.region}` }),
  }),
});

export const ImageRef = builder.loadableNode('Image', {
  description: 'A bootable image.',
  id: { resolve: (i: Image) => refKey(i, i.id) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, ids) => {
      // When this operation already listed the region's images, read from that list.
      const listed = lists.cachedImages(ctx, p);
      if (listed) return (await listed).filter((i) => ids.includes(i.id));
      return sessionFor(ctx, p.provider).compute.getImages(p.region, ids);
    }, ctx, (i: Image) => refKey(i, i.id)),
  fields: (t) => ({
    name: t.exposeString('name'),
    status: t.exposeString('status', { description: 'As the cloud says: active, queued, …' }),
    visibility: t.exposeString('visibility', { description: 'public, private, shared or community' }),
    sizeBytes: t.exposeFloat('sizeBytes', { nullable: true }),
    minDiskGb: t.exposeInt('minDiskGb'),
    minRamMb: t.exposeInt('minRamMb'),
    osType: t.exposeString('osType', { nullable: true }),
    osDistro: t.exposeString('osDistro', { nullable: true }),
    osVersion: t.exposeString('osVersion', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    region: t.field({ type: RegionRef, resolve: (i) => `${i.provider}:${i.region}` }),
  }),
});

const AvailabilityZoneRef = builder.objectRef<AvailabilityZone>('AvailabilityZone').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    available: t.exposeBoolean('available'),
  }),
});

const ImageConnection = builder.connectionObject(
  { type: ImageRef, name: 'ImageConnection' },
  { name: 'ImageEdge' },
);
builder.objectField(ImageConnection, 'totalCount', (t) =>
  t.int({ resolve: (c) => (c as unknown as { totalCount: number }).totalCount }),
);

builder.objectFields(RegionRef, (t) => ({
  availabilityZones: t.field({
    type: [AvailabilityZoneRef],
    nullable: true,
    upstream: true,
    resolve: (r: RegionInfo, _, ctx) => sessionFor(ctx, r.provider).compute.listAvailabilityZones(r.region),
  }),
  flavors: t.field({
    type: [FlavorRef],
    nullable: true,
    upstream: true,
    args: {
      minVcpus: t.arg.int({ required: false }),
      minRamMb: t.arg.int({ required: false }),
    },
    resolve: async (r, args, ctx) => {
      const minVcpus = validate(atLeastZero, args.minVcpus ?? 0, ['minVcpus']);
      const minRamMb = validate(atLeastZero, args.minRamMb ?? 0, ['minRamMb']);
      return (await lists.flavors(ctx, r)).filter((f) => f.vcpus >= minVcpus && f.ramMb >= minRamMb);
    },
  }),
  images: t.field({
    type: ImageConnection,
    nullable: true,
    upstream: true,
    args: {
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
      visibility: t.arg.string({ required: false }),
    },
    resolve: async (r, args, ctx) => {
      const all = await lists.images(ctx, r);
      const visibility = args.visibility == null ? undefined : validate(imageVisibility, args.visibility, ['visibility']);
      const visible = visibility ? all.filter((i) => i.visibility === visibility) : all;
      return connectionFromList(visible, args, (i) => i.id);
    },
  }),
}));

registerNodeLoader('Flavor', FlavorRef);
registerNodeLoader('Image', ImageRef);
