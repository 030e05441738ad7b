import { z } from 'zod';
import type { AvailabilityZone, Flavor, Image, RegionInfo } from '../cloud/model.js';
import { loadFlavors, loadImages } from '../domain/catalog.js';
import { lists } from '../domain/lists.js';
import { sessionFor } from '../domain/session.js';
import { validate } from '../domain/validate.js';
import { builder } from './builder.js';
import { pageOf } from './connections.js';
import { RegionRef } from './region.js';
import { regionalNode } from './regional-node.js';

const atLeastZero = z.number().int().min(0, 'must be 0 or more');
const imageVisibility = z.enum(['public', 'private', 'shared', 'community'], 'must be public, private, shared or community');

/** What a region offers to build servers from: availability zones, flavors and images. */

export const FlavorRef = regionalNode<Flavor>('Flavor', {
  description: 'An instance type: vCPUs, memory and root disk.',
  load: loadFlavors,
});

builder.objectFields(FlavorRef, (t) => ({
  name: t.exposeString('name', { description: 'As the cloud names it: m2.c2m4, t1i.c2m4, …' }),
  vcpus: t.exposeInt('vcpus'),
  ramMb: t.exposeInt('ramMb'),
  diskGb: t.exposeInt('diskGb', { description: 'Local root disk; 0 when the server boots from a volume' }),
  isPublic: t.exposeBoolean('isPublic'),
  disabled: t.exposeBoolean('disabled'),
}));

export const ImageRef = regionalNode<Image>('Image', {
  description: 'A bootable image.',
  load: loadImages,
});

builder.objectFields(ImageRef, (t) => ({
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
}));

const AvailabilityZoneRef = builder.objectRef<AvailabilityZone>('AvailabilityZone').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    available: t.exposeBoolean('available'),
  }),
});

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
  images: t.connection(
    {
      type: ImageRef,
      nullable: true,
      upstream: true,
      args: { visibility: t.arg.string({ required: false }) },
      resolve: async (r, args, ctx) => {
        const all = await lists.images(ctx, r);
        const visibility = args.visibility == null ? undefined : validate(imageVisibility, args.visibility, ['visibility']);
        const visible = visibility ? all.filter((i) => i.visibility === visibility) : all;
        return pageOf(visible, args, (i) => i.id);
      },
    },
    { name: 'ImageConnection' },
    { name: 'ImageEdge' },
  ),
}));
