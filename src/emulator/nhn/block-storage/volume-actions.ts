import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isoMicrosNoZone } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { empty, json, type EmuRequest, type EmuResponse, type Router } from '../../router.js';
import { addImage, queuedImage } from '../image/state.js';
import { imageLifecycle } from '../image/transitions.js';
import { boolish } from '../network/fields.js';
import { isObject } from '../network/request-body.js';
import { volumeBody, volumeCall, type VolumeCall } from './access.js';
import { badRequest, refuseBody } from './errors.js';
import { ownVolume } from './lookups.js';
import { checkGigabytes } from './quotas.js';
import type { Volume } from './state.js';
import { volumeLifecycle } from './transitions.js';
import { findVolumeType, renderType } from './volume-types.js';

const extend = z.object({ new_size: z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(Number) });
const uploadImage = z.object({
  image_name: z.string().min(1),
  force: boolish.optional(),
  disk_format: z.enum(['raw', 'qcow2', 'vmdk', 'vdi', 'vhd', 'vhdx', 'iso', 'ami', 'ari', 'aki']).optional(),
  container_format: z.enum(['bare', 'ovf', 'ova', 'ami', 'ari', 'aki', 'docker']).optional(),
  visibility: z.enum(['private', 'shared']).optional(),
  protected: boolish.optional(),
});

/** An action handler; its arguments sit under the action's name, like a wrapped body. */
type Action = (ctx: EmulatorContext, call: VolumeCall, volume: Volume, req: EmuRequest) => EmuResponse;

/**
 * `os-extend`: grows an `available` volume (`extending` → `available` with the new size).
 */
// [guess] NHN documents only the status `extending`; the call is upstream Cinder v2's (attached volumes need v3).
const extendVolume: Action = (ctx, { state }, volume, req) => {
  const { new_size } = volumeBody(req, 'os-extend', extend);
  volumeLifecycle.check(volume, 'extend');
  if (new_size <= volume.size) {
    throw badRequest(`Invalid input received: New size for extend must be greater than current size. (current: ${volume.size}, extended: ${new_size}).`);
  }
  checkGigabytes(state, new_size - volume.size);
  volumeLifecycle.run(ctx, volume, 'extend', { in: state.volumes, done: (v) => (v.size = new_size) });
  return empty(202);
};

/**
 * `os-volume_upload_image`: a private image of the volume in the image service. The volume
 * shows `uploading`, then returns to its previous status (nhn-block-storage §3.3).
 */
const uploadToImage: Action = (ctx, { region, tenantId, userId, state }, volume, req) => {
  const body = volumeBody(req, 'os-volume_upload_image', uploadImage);
  volumeLifecycle.check(volume, 'upload');
  if (volume.status === 'in-use' && !body.force) throw badRequest('Invalid volume: Volume status is in-use.');
  const now = ctx.now();
  const image = addImage(
    ctx,
    region,
    queuedImage(tenantId, now, {
      name: body.image_name,
      visibility: body.visibility ?? 'private',
      protected: body.protected ?? false,
      containerFormat: body.container_format ?? 'bare',
      diskFormat: body.disk_format ?? 'raw',
      minDisk: volume.size,
      properties: { ...volume.imageMetadata, user_id: userId },
    }),
  );
  volumeLifecycle.run(ctx, volume, 'upload', { in: state.volumes });
  imageLifecycle.run(ctx, image, 'fromVolume', {
    at: {
      active: (i) => {
        i.size = volume.size * 1024 ** 3;
        i.checksum = createHash('md5').update(i.id).digest('hex');
      },
    },
  });
  const type = findVolumeType(volume.volumeType);
  return json(202, {
    'os-volume_upload_image': {
      id: volume.id,
      status: 'uploading',
      image_id: image.id,
      image_name: image.name,
      disk_format: image.diskFormat,
      container_format: image.containerFormat,
      size: volume.size,
      updated_at: isoMicrosNoZone(now),
      display_description: volume.description,
      volume_type: { ...renderType(type), is_public: true, deleted: false, created_at: isoMicrosNoZone(new Date(0)), updated_at: null, deleted_at: null },
    },
  });
};

const ACTIONS: Record<string, Action> = {
  'os-extend': extendVolume,
  'os-volume_upload_image': uploadToImage,
};

/** `POST /v2/{tenantId}/volumes/{id}/action` with one action key. */
export function registerVolumeActionRoutes(router: Router, ctx: EmulatorContext): void {
  router.post('/v2/:tenantId/volumes/:id/action', (req) => {
    const call = volumeCall(ctx, req);
    const volume = ownVolume(call.state, req.params.id!);
    if (req.bodyInvalid) refuseBody({ kind: 'malformed' });
    const name = isObject(req.body) ? Object.keys(req.body)[0] : undefined;
    const action = name === undefined ? undefined : ACTIONS[name];
    if (!action) throw badRequest(`There is no such action: ${name ?? '(none)'}`);
    return action(ctx, call, volume, req);
  });
}
