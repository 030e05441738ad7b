import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import type { EmuRequest, Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize, type KakaoScope } from '../auth.js';
import { readWrapped } from '../body.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { findImage, instanceImage } from '../image/images.js';
import { lookup, reference } from '../lookup.js';
import { publicIpOf } from '../vpc/network-interfaces.js';
import { flavorsById } from './flavors.js';
import { type InstanceRecord, type InstanceStatus, logAction, renderInstance, settleInstance } from './instances.js';

interface ActionRule {
  /** Statuses the action is accepted in; anything else is a 409 (§3.2). */
  from: InstanceStatus[];
  /** The status shown while it runs (`keep`: unchanged, as Nova keeps SHUTOFF while powering on). */
  during: InstanceStatus | 'keep';
  task: string;
  to: 'active' | 'stopped' | 'shelved_offloaded';
  /** How many transitions it takes. */
  factor?: number;
}

/**
 * The actions and the transitions the provider drives (§3.2): active → stop, shelve,
 * reboot, rebuild; stopped → start, shelve, resize; shelved_offloaded → unshelve.
 * [guess] The transitional statuses and task states are Nova's, lower-cased.
 */
const ACTIONS: Record<string, ActionRule> = {
  start: { from: ['stopped'], during: 'keep', task: 'powering-on', to: 'active' },
  stop: { from: ['active'], during: 'keep', task: 'powering-off', to: 'stopped' },
  'soft-reboot': { from: ['active'], during: 'reboot', task: 'rebooting', to: 'active' },
  'hard-reboot': { from: ['active'], during: 'hard_reboot', task: 'rebooting_hard', to: 'active' },
  shelve: { from: ['active', 'stopped'], during: 'shelved', task: 'shelving', to: 'shelved_offloaded', factor: 2 },
  unshelve: { from: ['shelved_offloaded'], during: 'keep', task: 'unshelving', to: 'active', factor: 2 },
  // [guess] Resize needs a stopped instance: the provider always stops first.
  resize: { from: ['stopped'], during: 'resize', task: 'resize_migrating', to: 'stopped' },
  rebuild: { from: ['active'], during: 'rebuild', task: 'rebuilding', to: 'active' },
};

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
    const rule = ACTIONS[action] ?? notFound('Action', action);
    const instance = lookup(ctx, scope.state.instances, req.params.id!, 'Instance');
    const complete = prepare(ctx, scope, req, action, instance);
    if (instance.task_state !== null || !rule.from.includes(instance.status)) {
      const task = instance.task_state ? ` (task ${instance.task_state})` : '';
      conflict(`Cannot '${action}' instance ${instance.id} while it is in status ${instance.status}${task}.`);
    }
    if (rule.during !== 'keep') instance.status = rule.during;
    instance.task_state = rule.task;
    instance.updated_at = isoSeconds(scope.now);
    logAction(ctx, instance, action, scope.token.user.id);
    ctx.scheduler.after(() => {
      if (instance.task_state !== rule.task) return;
      complete();
      settleInstance(ctx, instance, rule.to);
    }, rule.factor);
    return action === 'rebuild' ? json(202, { instance: rebuildRecord(scope, instance) }) : empty(202);
  });
}
