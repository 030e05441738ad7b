import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { empty, json, type Router } from '../../router.js';
import { imageCall, ownedImage, visibleImage, type ImageCall } from './access.js';
import { badRequest, refuse } from './errors.js';
import { memberOf, type ImageMember, type NhnImage } from './state.js';

const STATUSES: ImageMember['status'][] = ['pending', 'accepted', 'rejected'];

function memberBody(image: NhnImage, member: ImageMember): Record<string, unknown> {
  return {
    created_at: isoSeconds(member.createdAt),
    updated_at: isoSeconds(member.updatedAt),
    image_id: image.id,
    member_id: member.memberId,
    schema: '/v2/schemas/member',
    status: member.status,
  };
}

/** The members the caller may see: all of them for the owner, its own entry for a member. */
function visibleMembers(image: NhnImage, call: ImageCall): ImageMember[] {
  const members = image.members ?? [];
  return image.owner === call.tenantId ? members : members.filter((m) => m.memberId === call.tenantId);
}

/** Sharing an image with other tenants (nhn-image.md §3.8). */
export function addMemberRoutes(router: Router, ctx: EmulatorContext): void {
  router.post('/v2/images/:imageId/members', (req) => {
    const image = ownedImage(ctx, imageCall(ctx, req), req.params.imageId!, 'share');
    if (image.visibility !== 'shared') refuse(403, 'Only shared images have members.');
    const memberId = (req.body as { member?: unknown } | undefined)?.member;
    if (typeof memberId !== 'string' || memberId === '') badRequest('Member to be added not specified');
    if (memberId === image.owner) refuse(409, 'The owner of an image cannot be its member.');
    if (image.members?.some((m) => m.memberId === memberId)) refuse(409, `Member ${memberId} is duplicated for image ${image.id}`);
    const now = ctx.now();
    const member: ImageMember = { memberId, status: 'pending', createdAt: now, updatedAt: now };
    image.members = [...(image.members ?? []), member];
    return json(200, memberBody(image, member));
  });

  router.get('/v2/images/:imageId/members', (req) => {
    const call = imageCall(ctx, req);
    const image = visibleImage(ctx, call, req.params.imageId!);
    if (image.visibility !== 'shared') refuse(403, 'Only shared images have members.');
    return json(200, { members: visibleMembers(image, call).map((m) => memberBody(image, m)), schema: '/v2/schemas/members' });
  });

  router.get('/v2/images/:imageId/members/:memberId', (req) => {
    const call = imageCall(ctx, req);
    const image = visibleImage(ctx, call, req.params.imageId!);
    const member = visibleMembers(image, call).find((m) => m.memberId === req.params.memberId);
    if (!member) refuse(404, `Member ${req.params.memberId} not found`);
    return json(200, memberBody(image, member));
  });

  router.put('/v2/images/:imageId/members/:memberId', (req) => {
    const call = imageCall(ctx, req);
    const image = visibleImage(ctx, call, req.params.imageId!);
    const member = memberOf(image, req.params.memberId!);
    if (!member || (image.owner !== call.tenantId && member.memberId !== call.tenantId)) refuse(404, `Member ${req.params.memberId} not found`);
    // Only the member itself accepts or rejects (Glance: the owner may not).
    if (member.memberId !== call.tenantId) refuse(403, `You are not permitted to modify 'status' on this image member.`);
    const status = (req.body as { status?: unknown } | undefined)?.status;
    if (!STATUSES.includes(status as ImageMember['status'])) badRequest(`Invalid status: ${String(status)}. It must be one of ${STATUSES.join(', ')}.`);
    member.status = status as ImageMember['status'];
    member.updatedAt = ctx.now();
    return json(200, memberBody(image, member));
  });

  router.delete('/v2/images/:imageId/members/:memberId', (req) => {
    const image = ownedImage(ctx, imageCall(ctx, req), req.params.imageId!, 'unshare');
    if (!image.members?.some((m) => m.memberId === req.params.memberId)) refuse(404, `Member ${req.params.memberId} not found`);
    image.members = image.members.filter((m) => m.memberId !== req.params.memberId);
    return empty(204);
  });
}
