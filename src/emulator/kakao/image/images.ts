import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { Lifecycle } from '../../transitions.js';
import { authorize, type KakaoScope } from '../auth.js';
import { readWrapped } from '../body.js';
import { conflict, fail, notFound } from '../errors.js';
import { kakaoStatusMachine } from '../lifecycle.js';
import { fieldFilters, pagedList } from '../pagination.js';
import type { KakaoRegionState } from '../state.js';

export interface ImageMember {
  /** [guess] The member's id is the project the image is shared with. */
  id: string;
  image_id: string;
  status: 'pending' | 'accepted' | 'rejected';
  created_at: string;
  updated_at: string;
}

/** An image: a provider image (`basic`) or one of a project's own (`my`) (§5). */
export interface ImageRecord {
  id: string;
  name: string;
  description: string | null;
  size: number;
  virtual_size: number | null;
  status: 'queued' | 'saving' | 'active';
  owner: string;
  project_id: string | null;
  visibility: 'public' | 'private' | 'shared';
  disk_format: string;
  container_format: string;
  min_disk: number;
  min_ram: number;
  instance_type: 'vm' | 'bm' | 'gpu';
  image_type: 'basic' | 'my';
  os_info: { type: 'linux' | 'windows'; distro: string; architecture: string; admin_user: string; is_hidden: boolean };
  created_at: string;
  updated_at: string;
  members: ImageMember[];
}

const CATALOG_DATE = '2024-06-01T00:00:00Z';
const GiB = 1024 ** 3;

function basicImage(id: string, name: string, os: ImageRecord['os_info'], sizeGb: number, minDisk: number): ImageRecord {
  return {
    id, name, description: `${name} provided by KakaoCloud`, size: Math.round(sizeGb * GiB), virtual_size: null, status: 'active',
    owner: 'kakaocloud', project_id: null, visibility: 'public', disk_format: 'qcow2', container_format: 'bare', min_disk: minDisk,
    min_ram: 0, instance_type: 'vm', image_type: 'basic', os_info: os, created_at: CATALOG_DATE, updated_at: CATALOG_DATE, members: [],
  };
}

const linux = (distro: string, adminUser: string): ImageRecord['os_info'] => ({ type: 'linux', distro, architecture: 'x86_64', admin_user: adminUser, is_hidden: false });

/** [guess] A representative slice of the provider's images, the same in every region. */
export const BASIC_IMAGES: readonly ImageRecord[] = [
  basicImage('6f8c2b1e-4d3a-4e5f-9a7b-1c2d3e4f5a01', 'Ubuntu 22.04', linux('ubuntu', 'ubuntu'), 2.2, 10),
  basicImage('6f8c2b1e-4d3a-4e5f-9a7b-1c2d3e4f5a02', 'Ubuntu 24.04', linux('ubuntu', 'ubuntu'), 2.4, 10),
  basicImage('6f8c2b1e-4d3a-4e5f-9a7b-1c2d3e4f5a03', 'Rocky Linux 9.4', linux('rocky', 'rocky'), 1.9, 10),
  basicImage('6f8c2b1e-4d3a-4e5f-9a7b-1c2d3e4f5a04', 'Windows Server 2022 Standard',
    { type: 'windows', distro: 'windows', architecture: 'x86_64', admin_user: 'Administrator', is_hidden: false }, 12.5, 50),
];

/** Every image a project may use in its region: provider images, its own, and those shared with it. */
export function visibleImages(ctx: EmulatorContext, state: KakaoRegionState): ImageRecord[] {
  const shared = ctx.kakao.statesIn(state.region)
    .filter((s) => s !== state)
    .flatMap((s) => [...s.images.values()].filter((i) => i.members.some((m) => m.id === state.project.id)));
  return [...BASIC_IMAGES, ...state.images.values(), ...shared];
}

/** The image with this id if the project may see it, honouring the post-create 404 window. */
export function findImage(ctx: EmulatorContext, state: KakaoRegionState, id: string): ImageRecord | undefined {
  const image = visibleImages(ctx, state).find((i) => i.id === id);
  return image && !ctx.kakao.isConcealed(image.id, ctx.now()) ? image : undefined;
}

export function renderImage(image: ImageRecord, viewerProjectId: string): Record<string, unknown> {
  const { members, ...shown } = image;
  return {
    ...shown,
    is_shared: members.length > 0,
    image_member_status: members.find((m) => m.id === viewerProjectId)?.status ?? null,
  };
}

/** The summary of its image an instance embeds (§3.1). */
export function instanceImage(image: ImageRecord, viewerProjectId: string): Record<string, unknown> {
  return {
    id: image.id,
    name: image.name,
    description: image.description,
    owner: image.owner,
    size: image.size,
    status: image.status,
    image_type: image.image_type,
    disk_format: image.disk_format,
    instance_type: image.instance_type,
    os_type: image.os_info.type,
    os_distro: image.os_info.distro,
    os_architecture: image.os_info.architecture,
    os_admin: image.os_info.admin_user,
    is_windows: image.os_info.type === 'windows',
    min_disk: image.min_disk,
    min_memory: image.min_ram,
    member_status: image.members.find((m) => m.id === viewerProjectId)?.status ?? null,
    created_at: image.created_at,
    updated_at: image.updated_at,
  };
}

/** Creates a project image from a volume: `saving` now, `active` after two transitions. */
export function addImageFromVolume(
  ctx: EmulatorContext,
  state: KakaoRegionState,
  source: { sizeGb: number; osInfo: ImageRecord['os_info'] },
  name: string,
  description: string | null,
): ImageRecord {
  const now = isoSeconds(ctx.now());
  const image: ImageRecord = {
    id: newUuid(), name, description, size: source.sizeGb * GiB, virtual_size: source.sizeGb * GiB, status: 'saving',
    owner: state.project.id, project_id: state.project.id, visibility: 'private', disk_format: 'qcow2', container_format: 'bare',
    min_disk: source.sizeGb, min_ram: 0, instance_type: 'vm', image_type: 'my', os_info: source.osInfo, created_at: now, updated_at: now, members: [],
  };
  state.images.set(image.id, image);
  imageLifecycle.run(ctx, image, 'create', { in: state.images });
  return image;
}

const imageLifecycle = new Lifecycle(kakaoStatusMachine<ImageRecord, ImageRecord['status']>('Image'), {
  create: { steps: [{ factor: 2, to: 'active' }] },
});

const updateImage = z.object({ name: z.string().min(1).max(255).optional(), description: z.string().max(255).optional() });

/** The image, which the caller must own to change it: provider or shared images are a 403. */
function ownedImage(ctx: EmulatorContext, scope: KakaoScope, id: string): ImageRecord {
  const image = findImage(ctx, scope.state, id);
  if (!image) notFound('Image', id);
  // [guess] The reference does not say how changes to images one does not own are refused.
  if (image.owner !== scope.state.project.id) fail(403, `Image ${id} is not owned by project ${scope.state.project.id}.`);
  return image;
}

/** `/api/v1/images[/{id}[/members[/{project_id}]]]`. */
export function addImageRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/images', (req) => {
    const { state } = authorize(ctx, req);
    const viewer = state.project.id;
    return pagedList('images', visibleImages(ctx, state).map((i) => renderImage(i, viewer)), req.query, {
      filters: {
        ...fieldFilters('id', 'name', 'instance_type', 'image_type', 'size', 'min_disk', 'disk_format', 'status', 'visibility',
          'image_member_status', 'created_at', 'updated_at'),
        os_type: (i) => (i['os_info'] as ImageRecord['os_info']).type,
      },
    });
  });
  router.get('/api/v1/images/:id', (req) => {
    const { state } = authorize(ctx, req);
    const image = findImage(ctx, state, req.params.id!) ?? notFound('Image', req.params.id!);
    return json(200, { image: renderImage(image, state.project.id) });
  });
  router.put('/api/v1/images/:id', (req) => {
    const scope = authorize(ctx, req);
    const image = ownedImage(ctx, scope, req.params.id!);
    const body = readWrapped(req, 'image', updateImage);
    if (body.name !== undefined) image.name = body.name;
    if (body.description !== undefined) image.description = body.description;
    image.updated_at = isoSeconds(scope.now);
    return json(200, { image: renderImage(image, scope.state.project.id) });
  });
  router.delete('/api/v1/images/:id', (req) => {
    const scope = authorize(ctx, req);
    const image = ownedImage(ctx, scope, req.params.id!);
    if (image.status !== 'active') conflict(`Image ${image.id} is ${image.status}.`);
    scope.state.images.delete(image.id);
    return empty(204);
  });
  router.get('/api/v1/images/:id/members', (req) => {
    const scope = authorize(ctx, req);
    const image = ownedImage(ctx, scope, req.params.id!);
    // Member lists take only limit and offset (§1.4).
    return pagedList('members', image.members, req.query, { filters: {} });
  });
  router.post('/api/v1/images/:id/members/:projectId', (req) => {
    const scope = authorize(ctx, req);
    const image = ownedImage(ctx, scope, req.params.id!);
    const projectId = req.params.projectId!;
    if (!ctx.kakao.projects.has(projectId)) notFound('Project', projectId);
    if (projectId === image.owner || image.members.some((m) => m.id === projectId)) conflict(`Image ${image.id} is already shared with ${projectId}.`);
    const now = isoSeconds(scope.now);
    // [guess] Shares start pending, as in Glance; the public API has no accept call.
    const member: ImageMember = { id: projectId, image_id: image.id, status: 'pending', created_at: now, updated_at: now };
    image.members.push(member);
    image.visibility = 'shared';
    return json(200, { member });
  });
  router.delete('/api/v1/images/:id/members/:projectId', (req) => {
    const scope = authorize(ctx, req);
    const image = ownedImage(ctx, scope, req.params.id!);
    if (!image.members.some((m) => m.id === req.params.projectId)) notFound('Image member', req.params.projectId!);
    image.members = image.members.filter((m) => m.id !== req.params.projectId);
    if (image.members.length === 0) image.visibility = 'private';
    return empty(204);
  });
}
