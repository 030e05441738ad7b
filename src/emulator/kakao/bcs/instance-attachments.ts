import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize } from '../auth.js';
import { readWrapped } from '../body.js';
import { conflict, notFound } from '../errors.js';
import { lookup } from '../lookup.js';
import { pagedList } from '../pagination.js';
import { attachVolume, detachVolume, renderVolume } from '../volume/volumes.js';
import { renderNetworkInterface } from '../vpc/network-interfaces.js';
import { instanceLifecycle } from './instances.js';

const attachBody = z.object({ is_delete_on_termination: z.boolean().optional() });
const updateAttachment = z.object({
  is_delete_on_termination: z.boolean().optional(),
  name: z.string().min(1).max(255).optional(),
  description: z.string().max(255).optional(),
});

/** Per-instance attachments on the bcs host (§3.3): volumes, and the instance's interfaces. */
export function addInstanceAttachmentRoutes(router: Router, ctx: EmulatorContext): void {
  router.post('/api/v1/instances/:id/volumes/:volumeId', (req) => {
    const { state } = authorize(ctx, req);
    const instance = lookup(ctx, state.instances, req.params.id!, 'Instance');
    const volume = lookup(ctx, state.volumes, req.params.volumeId!, 'Volume');
    const body = req.body === undefined ? {} : readWrapped(req, 'volume', attachBody);
    instanceLifecycle.check(instance, 'attachVolume');
    attachVolume(ctx, state, volume, instance, body.is_delete_on_termination ?? false);
    return json(202, {
      volume: { id: volume.id, instance_id: instance.id, mount_point: volume.mount_point, is_delete_on_termination: volume.is_delete_on_termination },
    });
  });
  router.put('/api/v1/instances/:id/volumes/:volumeId', (req) => {
    const { state, now } = authorize(ctx, req);
    const instance = lookup(ctx, state.instances, req.params.id!, 'Instance');
    const volume = lookup(ctx, state.volumes, req.params.volumeId!, 'Volume');
    if (volume.instance_id !== instance.id) notFound('Volume attachment', volume.id);
    const body = readWrapped(req, 'volume', updateAttachment);
    if (body.is_delete_on_termination !== undefined) volume.is_delete_on_termination = body.is_delete_on_termination;
    if (body.name !== undefined) volume.name = body.name;
    if (body.description !== undefined) volume.description = body.description;
    volume.updated_at = isoSeconds(now);
    return json(200, { volume: renderVolume(state, volume) });
  });
  router.delete('/api/v1/instances/:id/volumes/:volumeId', (req) => {
    const { state } = authorize(ctx, req);
    const instance = lookup(ctx, state.instances, req.params.id!, 'Instance');
    const volume = lookup(ctx, state.volumes, req.params.volumeId!, 'Volume');
    if (volume.instance_id !== instance.id) notFound('Volume attachment', volume.id);
    // [guess] The root volume stays: an instance cannot run without it.
    if (volume.is_root) conflict(`Volume ${volume.id} is the root volume of instance ${instance.id}.`);
    instanceLifecycle.check(instance, 'detachVolume');
    detachVolume(ctx, state, volume);
    return empty(202);
  });
  router.get('/api/v1/instances/:id/network-interfaces', (req) => {
    const { state } = authorize(ctx, req);
    const instance = lookup(ctx, state.instances, req.params.id!, 'Instance');
    const nics = instance.nicIds.map((id) => state.networkInterfaces.get(id)).filter((n) => n !== undefined);
    return pagedList('network_interfaces', nics.map((n) => renderNetworkInterface(state, n)), req.query, { filters: {} });
  });
}
