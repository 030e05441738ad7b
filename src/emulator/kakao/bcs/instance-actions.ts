import { z } from 'zod';
import type { EmulatorContext } from '../../context.js';
import type { EmuRequest, Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize, type KakaoScope } from '../auth.js';
import { readWrapped } from '../body.js';
import { badRequest, notFound } from '../errors.js';
import { findImage, instanceImage } from '../image/images.js';
import { lookup, reference } from '../lookup.js';
import { publicIpOf } from '../vpc/network-interfaces.js';
import { flavorsById } from './flavors.js';
import { type InstanceRecord, instanceLifecycle, logAction, renderInstance } from './instances.js';

/** The actions `POST /api/v1/instances/{id}/{action}` takes (their transitions: `instanceLifecycle`). */
const ACTIONS = new Set(['start', 'stop', 'soft-reboot', 'hard-reboot', 'shelve', 'unshelve', 'resize', 'rebuild'] as const);
type InstanceAction = typeof ACTIONS extends Set<infer A> ? A : never;
const isAction = (name: string): name is InstanceAction => ACTIONS.has(name as InstanceAction);

const resizeBody = z.object({ id: z.string() });
const rebuildBody = z.object({ image_id: z.string(), key_name: z.string().optional() });

/** Reads and checks an action's body; returns what to apply once the action completes. */
function prepare(ctx: EmulatorContext, scope: KakaoScope, req: EmuRequest, action: string, instance: InstanceRecord): () => void {
  const { state } = scope;
  if (action === 'resize') {
    const flavor = reference(flavorsById, readWrapped(req, 'flavor', resizeBody).id, 'Flavor');
    if (flavor.id === instance.flavorId) badRequest(`Instance ${instance.id} already has flavor ${flavor.name}.`);
    if (flavor.instance_type === 'bm') badRequest('Instances cannot be resized to a bare-metal flavor.');
    return () => {
      instance.flavorId = flavor.id;
    };
  }
  if (action === 'rebuild') {
    const body = readWrapped(req, 'rebuild', rebuildBody);
    const image = findImage(ctx, state, body.image_id) ?? badRequest(`Image ${body.image_id} could not be found`);
    if (body.key_name !== undefined) reference(state.keypairs, body.key_name, 'Keypair');
    return () => {
      instance.image = instanceImage(image, state.project.id);
      if (body.key_name !== undefined) instance.key_name = body.key_name;
    };
  }
  return () => undefined;
}

/**
 * The Nova-like record rebuild answers with (§3.2): the instance plus `metadata`,
 * `terminated_at`, and addresses as Nova address maps ([guess] for their exact keys).
 */
function rebuildRecord(scope: KakaoScope, instance: InstanceRecord): Record<string, unknown> {
  const { state } = scope;
  const addresses = instance.nicIds.flatMap((id) => {
    const nic = state.networkInterfaces.get(id);
    if (!nic) return [];
    const publicIp = publicIpOf(state, id);
    const entry = (addr: string, type: string): Record<string, unknown> => ({ addr, version: 4, 'OS-EXT-IPS:type': type, 'OS-EXT-IPS-MAC:mac_addr': nic.mac_address });
    return [entry(nic.private_ip, 'fixed'), ...(publicIp ? [entry(publicIp, 'floating')] : [])];
  });
  return { ...renderInstance(state, instance), metadata: {}, terminated_at: null, addresses };
}

/** `POST /api/v1/instances/{id}/{action}`. */
export function addInstanceActionRoutes(router: Router, ctx: EmulatorContext): void {
  router.post('/api/v1/instances/:id/:action', (req) => {
    const scope = authorize(ctx, req);
    const action = req.params.action!;
    if (!isAction(action)) notFound('Action', action);
    const instance = lookup(ctx, scope.state.instances, req.params.id!, 'Instance');
    const complete = prepare(ctx, scope, req, action, instance);
    instanceLifecycle.run(ctx, instance, action, { in: scope.state.instances, done: complete });
    logAction(ctx, instance, action, scope.token.user.id);
    return action === 'rebuild' ? json(202, { instance: rebuildRecord(scope, instance) }) : empty(202);
  });
}
