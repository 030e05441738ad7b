import type { EmulatorContext } from '../../context.js';
import { empty, json, type Router } from '../../router.js';
import { badRequest, invalidInput, notFound } from './errors.js';
import { attachVolumeToServer, checkAttachable, detachVolumeFromServer } from '../block-storage/attachments.js';
import { serverLifecycle } from './lifecycle.js';
import { computeRoute } from './request.js';
import { asNova } from './server-resources.js';
import { existingServer, touchServer, type NhnServer, type VolumeAttachment } from './state.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records a volume on the server. Pure bookkeeping: the caller checks states and bumps
 * `updated` (`touchServer`); the block-storage service keeps the volume's own status.
 * Without `device`, the next free `/dev/vdX` after `vda` (the root disk) is used.
 */
export function attachVolume(
  server: NhnServer,
  volumeId: string,
  options: { device?: string; deleteOnTermination?: boolean } = {},
): VolumeAttachment {
  const attachment: VolumeAttachment = {
    id: volumeId,
    serverId: server.id,
    volumeId,
    device: options.device ?? nextDevice(server),
    deleteOnTermination: options.deleteOnTermination ?? false,
  };
  server.volumeAttachments.push(attachment);
  return attachment;
}

/** Removes a volume from the server; returns the attachment, or undefined when it was not attached. */
export function detachVolume(server: NhnServer, volumeId: string): VolumeAttachment | undefined {
  const attachment = findAttachment(server, volumeId);
  if (attachment) server.volumeAttachments = server.volumeAttachments.filter((a) => a !== attachment);
  return attachment;
}

/** The attachment of a volume to the server, if any. */
export function findAttachment(server: NhnServer, volumeId: string): VolumeAttachment | undefined {
  return server.volumeAttachments.find((a) => a.volumeId === volumeId);
}

function nextDevice(server: NhnServer): string {
  const used = new Set(server.volumeAttachments.map((a) => a.device));
  for (let c = 'b'.charCodeAt(0); c <= 'z'.charCodeAt(0); c++) {
    const device = `/dev/vd${String.fromCharCode(c)}`;
    if (!used.has(device)) return device;
  }
  return badRequest('No free device name is left on the instance');
}

function attachmentBody(a: VolumeAttachment): Record<string, string> {
  return { device: a.device, id: a.id, serverId: a.serverId, volumeId: a.volumeId };
}

/** Adds `/servers/{id}/os-volume_attachments` (list, attach) and `…/{volumeId}` (show, detach). */
export function addVolumeAttachmentRoutes(router: Router, ctx: EmulatorContext): void {
  const path = '/v2/:tenantId/servers/:serverId/os-volume_attachments';
  router
    .get(path, computeRoute(ctx, ({ req, state }) => {
      const server = existingServer(state, req.params.serverId!);
      const offset = Number(req.query.get('offset') ?? 0) || 0;
      const limit = Number(req.query.get('limit') ?? 0) || undefined;
      const page = server.volumeAttachments.slice(offset, limit === undefined ? undefined : offset + limit);
      return json(200, { volumeAttachments: page.map(attachmentBody) });
    }))
    .post(path, computeRoute(ctx, ({ req, state, regionState }) => {
      const server = existingServer(state, req.params.serverId!);
      const input = (req.body as { volumeAttachment?: { volumeId?: unknown; device?: unknown } } | undefined)?.volumeAttachment;
      if (typeof input !== 'object' || input === null) invalidInput('volumeAttachment', input, "'volumeAttachment' is a required property");
      const { volumeId, device } = input;
      if (typeof volumeId !== 'string' || !UUID.test(volumeId)) invalidInput('volumeId', volumeId, "is not a 'uuid'");
      serverLifecycle.check(server, 'attach_volume');
      if (findAttachment(server, volumeId)) {
        // [guess] Cinder refuses to reserve a volume that is already in use; Nova relays it as 400.
        badRequest(`Invalid volume: volume '${volumeId}' status must be 'available'. Currently in 'in-use'`);
      }
      // Block storage decides whether the volume exists and is free; its status then moves attaching → in-use.
      asNova(() => checkAttachable(regionState.blockStorage, volumeId));
      const attachment = attachVolume(server, volumeId, typeof device === 'string' && device ? { device } : {});
      attachVolumeToServer(ctx, regionState.blockStorage, volumeId, server.id, attachment.device);
      touchServer(ctx, server);
      return json(200, { volumeAttachment: attachmentBody(attachment) });
    }))
    .get(`${path}/:volumeId`, computeRoute(ctx, ({ req, state }) => {
      const server = existingServer(state, req.params.serverId!);
      const attachment = findAttachment(server, req.params.volumeId!) ?? notFound(`volume_id not found: ${req.params.volumeId}`);
      return json(200, { volumeAttachment: attachmentBody(attachment) });
    }))
    .delete(`${path}/:volumeId`, computeRoute(ctx, ({ req, state, regionState }) => {
      const server = existingServer(state, req.params.serverId!);
      const attachment = findAttachment(server, req.params.volumeId!) ?? notFound(`volume_id not found: ${req.params.volumeId}`);
      serverLifecycle.check(server, 'detach_volume');
      if (attachment.device === '/dev/vda') badRequest("Can't detach root device volume");
      asNova(() => detachVolumeFromServer(ctx, regionState.blockStorage, attachment.volumeId, server.id));
      detachVolume(server, attachment.volumeId);
      touchServer(ctx, server);
      return empty(202);
    }));
}
