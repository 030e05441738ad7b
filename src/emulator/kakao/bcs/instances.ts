import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { GONE, Lifecycle, type Machine } from '../../transitions.js';
import { authorize } from '../auth.js';
import { readWrapped } from '../body.js';
import { badRequest, conflict } from '../errors.js';
import { findImage, type ImageRecord, instanceImage } from '../image/images.js';
import { lookup, reference } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';
import type { KakaoRegionState } from '../state.js';
import { addVolume, attachVolume, type VolumeRecord, volumeLifecycle, volumeTypeName } from '../volume/volumes.js';
import { addNetworkInterface, bindToDevice, publicIpOf, removeNetworkInterface } from '../vpc/network-interfaces.js';
import { flavorsById, instanceFlavor } from './flavors.js';

/**
 * Instance statuses, lower-case (§3.2): the stable ones and the Nova transitional ones
 * ([guess] for the exact transitional strings).
 */
export type InstanceStatus =
  | 'build' | 'active' | 'stopped' | 'shelved' | 'shelved_offloaded' | 'reboot' | 'hard_reboot' | 'rebuild' | 'resize' | 'error';

type PowerState = 'NOSTATE' | 'RUNNING' | 'PAUSED' | 'SHUTDOWN' | 'CRASHED' | 'SUSPENDED';

export interface ActionLog {
  action: string;
  request_id: string;
  user_id: string;
  start_time: string;
  message: string | null;
  updated_at: string;
}

export interface InstanceRecord {
  id: string;
  name: string;
  description: string | null;
  status: InstanceStatus;
  vm_state: string;
  task_state: string | null;
  power_state: PowerState;
  instance_type: 'vm' | 'bm' | 'gpu';
  availability_zone: string;
  hostname: string;
  key_name: string | null;
  user_id: string;
  project_id: string;
  is_hyper_threading: boolean;
  is_hadoop: boolean;
  is_k8se: boolean;
  created_at: string;
  updated_at: string;
  /** Internal: the catalogue flavor, rendered in full on every read. */
  flavorId: string;
  /** Internal: the image summary taken at boot (it outlives a deleted image, as in Nova). */
  image: Record<string, unknown>;
  /** Internal: attached network interfaces, the primary first. */
  nicIds: string[];
  actionLogs: ActionLog[];
}

/** The Nova-side fields that go with each settled status. */
const SETTLED: Record<'build' | 'active' | 'stopped' | 'shelved_offloaded', { vm_state: string; task_state: string | null; power_state: PowerState }> = {
  build: { vm_state: 'building', task_state: 'spawning', power_state: 'NOSTATE' },
  active: { vm_state: 'active', task_state: null, power_state: 'RUNNING' },
  stopped: { vm_state: 'stopped', task_state: null, power_state: 'SHUTDOWN' },
  shelved_offloaded: { vm_state: 'shelved_offloaded', task_state: null, power_state: 'SHUTDOWN' },
};

/** Puts an instance in a settled status with its matching Nova fields. */
export function settleInstance(ctx: EmulatorContext, instance: InstanceRecord, status: keyof typeof SETTLED): void {
  Object.assign(instance, { status, ...SETTLED[status], updated_at: isoSeconds(ctx.now()) });
}

/**
 * Task states of running operations, with the status each shows meanwhile (`keep`: the
 * status stays, as Nova keeps SHUTOFF while powering on). [guess] They are Nova's, lower-cased.
 */
const TASKS = {
  'powering-on': 'keep',
  'powering-off': 'keep',
  rebooting: 'reboot',
  rebooting_hard: 'hard_reboot',
  shelving: 'shelved',
  unshelving: 'keep',
  resize_migrating: 'resize',
  rebuilding: 'rebuild',
  deleting: 'keep',
} as const satisfies Record<string, InstanceStatus | 'keep'>;
type InstanceTask = keyof typeof TASKS;

/** An instance's phase: the task running (a build's `spawning` too), else its status. */
type InstancePhase = keyof typeof SETTLED | InstanceTask | 'spawning' | 'error';

const instanceMachine: Machine<InstanceRecord, InstancePhase, readonly InstancePhase[]> = {
  id: (instance) => instance.id,
  state: (instance) => (instance.task_state ?? instance.status) as InstancePhase,
  allows: (instance, from) => from.includes(instanceMachine.state(instance)),
  refuse(instance, action, row) {
    const task = instance.task_state ? ` (task ${instance.task_state})` : '';
    return conflict(row.refusal?.(instance) ?? `Cannot '${action}' instance ${instance.id} while it is in status ${instance.status}${task}.`);
  },
  enter(ctx, instance, phase) {
    if (phase in TASKS) {
      const shown = TASKS[phase as InstanceTask];
      if (shown !== 'keep') instance.status = shown;
      instance.task_state = phase;
      instance.updated_at = isoSeconds(ctx.now());
    } else {
      settleInstance(ctx, instance, phase as keyof typeof SETTLED);
    }
  },
};

/**
 * Instances (§3.2): the actions the provider drives (active → stop, shelve, reboot,
 * rebuild; stopped → start, shelve, resize; shelved_offloaded → unshelve), named as in
 * their URLs, plus the build and the delete.
 */
export const instanceLifecycle = new Lifecycle(instanceMachine, {
  build: { steps: [{ factor: 2, to: 'active' }] },
  start: { from: ['stopped'], via: 'powering-on', steps: [{ factor: 1, to: 'active' }] },
  stop: { from: ['active'], via: 'powering-off', steps: [{ factor: 1, to: 'stopped' }] },
  'soft-reboot': { from: ['active'], via: 'rebooting', steps: [{ factor: 1, to: 'active' }] },
  'hard-reboot': { from: ['active'], via: 'rebooting_hard', steps: [{ factor: 1, to: 'active' }] },
  shelve: { from: ['active', 'stopped'], via: 'shelving', steps: [{ factor: 2, to: 'shelved_offloaded' }] },
  unshelve: { from: ['shelved_offloaded'], via: 'unshelving', steps: [{ factor: 2, to: 'active' }] },
  // [guess] Resize needs a stopped instance: the provider always stops first.
  resize: { from: ['stopped'], via: 'resize_migrating', steps: [{ factor: 1, to: 'stopped' }] },
  rebuild: { from: ['active'], via: 'rebuilding', steps: [{ factor: 1, to: 'active' }] },
  /** Any instance without a task, and one still building. */
  delete: {
    from: ['active', 'stopped', 'shelved_offloaded', 'error', 'spawning'],
    via: 'deleting',
    steps: [{ factor: 1, to: GONE }],
    refusal: (i) => `Instance ${i.id} is busy (${i.task_state}).`,
  },
  // [guess] Volumes attach to (and detach from) running or stopped instances only, as in Nova.
  attachVolume: { from: ['active', 'stopped'], refusal: (i) => `Instance ${i.id} is ${i.status}; volumes attach to active or stopped instances.` },
  detachVolume: { from: ['active', 'stopped'], refusal: (i) => `Instance ${i.id} is ${i.status}; volumes attach to active or stopped instances.` },
});

/** Appends an entry to the instance's action log (`GET …/action-logs`). */
export function logAction(ctx: EmulatorContext, instance: InstanceRecord, action: string, userId: string): void {
  const now = isoSeconds(ctx.now());
  instance.actionLogs.push({ action, request_id: `req-${newUuid()}`, user_id: userId, start_time: now, message: null, updated_at: now });
}

export function renderInstance(state: KakaoRegionState, instance: InstanceRecord): Record<string, unknown> {
  const { flavorId, image, nicIds, actionLogs: _logs, ...shown } = instance;
  const nics = nicIds.map((id) => state.networkInterfaces.get(id)).filter((n) => n !== undefined);
  const volumes = [...state.volumes.values()].filter((v) => v.instance_id === instance.id);
  const groups = new Map<string, string>();
  for (const nic of nics) for (const id of nic.security_group_ids) groups.set(id, state.securityGroups.get(id)?.name ?? '');
  return {
    ...shown,
    flavor: instanceFlavor(flavorsById.get(flavorId)!),
    image,
    addresses: nics.map((n) => ({ private_ip: n.private_ip, public_ip: publicIpOf(state, n.id), network_interface_id: n.id })),
    attached_volumes: volumes.map((v) => ({
      id: v.id, name: v.name, status: v.status, type: volumeTypeName(v), size: v.size, mount_point: v.mount_point, is_root: v.is_root,
      is_delete_on_termination: v.is_delete_on_termination, created_at: v.created_at,
    })),
    attached_volume_count: volumes.length,
    security_groups: [...groups].map(([id, name]) => ({ id, name })),
    security_group_count: groups.size,
  };
}

const subnetRef = z.object({ id: z.string(), network_interface_id: z.string().optional(), private_ip: z.string().optional() })
  .refine((s) => s.network_interface_id === undefined || s.private_ip === undefined, 'network_interface_id and private_ip are mutually exclusive');
const volumeSpec = z.object({
  size: z.number().int().min(1).max(16384),
  source_type: z.enum(['image', 'blank', 'volume']).optional(),
  uuid: z.string().optional(),
  type_id: z.string().optional(),
  is_delete_on_termination: z.boolean().optional(),
});
const createInstance = z.object({
  name: z.string().min(1).max(255),
  image_id: z.string(),
  flavor_id: z.string(),
  subnets: z.array(subnetRef).min(1),
  volumes: z.array(volumeSpec).min(1),
  // Security groups are given by name here, unlike on network interfaces (§3.1).
  security_groups: z.array(z.object({ name: z.string() })),
  count: z.number().int().min(1).max(10).optional(),
  description: z.string().max(255).optional(),
  availability_zone: z.string().optional(),
  key_name: z.string().optional(),
  user_data: z.string().max(16 * 1024).optional(),
  is_disable_hyper_threading: z.boolean().optional(),
});
const updateInstance = z.object({ name: z.string().min(1).max(255).optional(), description: z.string().max(255).optional() });

/** The body of an instance create, as the seed also uses it. */
export type CreateInstance = z.input<typeof createInstance>;

/**
 * Boots one instance: network interfaces, root and data volumes, then the instance in
 * `build`, `active` after two transitions. Whatever was made before a refusal is undone,
 * so a 4xx leaves no half-built resources behind.
 */
export function bootInstance(
  ctx: EmulatorContext,
  state: KakaoRegionState,
  userId: string,
  input: CreateInstance,
  name: string,
): { instance: InstanceRecord; adminPass: string } {
  const flavor = reference(flavorsById, input.flavor_id, 'Flavor');
  const image = findImage(ctx, state, input.image_id) ?? badRequest(`Image ${input.image_id} could not be found`);
  if (image.status !== 'active') conflict(`Image ${image.id} is ${image.status}.`);
  if (input.key_name !== undefined) reference(state.keypairs, input.key_name, 'Keypair');
  const groupIds = input.security_groups.map(({ name: groupName }) => {
    const group = [...state.securityGroups.values()].find((g) => g.name === groupName);
    return group?.id ?? badRequest(`Security group ${groupName} could not be found`);
  });
  const subnets = input.subnets.map((s) => ({ ...s, subnet: reference(state.subnets, s.id, 'Subnet') }));
  const zone = input.availability_zone ?? subnets[0]!.subnet.availability_zone;
  for (const { subnet } of subnets) {
    if (subnet.availability_zone !== zone) badRequest(`Subnet ${subnet.id} is in ${subnet.availability_zone}, not in ${zone}.`);
  }

  const undo: (() => void)[] = [];
  try {
    const id = newUuid();
    const nicIds = subnets.map((s, i) => {
      if (s.network_interface_id !== undefined) {
        const nic = reference(state.networkInterfaces, s.network_interface_id, 'Network interface');
        if (nic.subnet_id !== s.subnet.id) badRequest(`Network interface ${nic.id} is not in subnet ${s.subnet.id}.`);
        if (nic.status !== 'available') conflict(`Network interface ${nic.id} is ${nic.status}.`);
        bindToDevice(nic, id, zone);
        undo.push(() => bindToDevice(nic, null));
        return nic.id;
      }
      const nic = addNetworkInterface(ctx, state, {
        name: `${name}_nic_${i}`, subnet: s.subnet, securityGroupIds: groupIds, privateIp: s.private_ip, deleteWithDevice: true,
      });
      bindToDevice(nic, id, zone);
      undo.push(() => state.networkInterfaces.delete(nic.id));
      return nic.id;
    });
    const primary = state.networkInterfaces.get(nicIds[0]!)!;
    const now = isoSeconds(ctx.now());
    const instance: InstanceRecord = {
      id,
      name,
      description: input.description ?? null,
      status: 'build',
      ...SETTLED.build,
      instance_type: flavor.instance_type,
      availability_zone: zone,
      // [guess] Hostnames are derived from the primary private address.
      hostname: `host-${primary.private_ip.replaceAll('.', '-')}`,
      key_name: input.key_name ?? null,
      user_id: userId,
      project_id: state.project.id,
      is_hyper_threading: !(input.is_disable_hyper_threading ?? false),
      is_hadoop: false,
      is_k8se: false,
      created_at: now,
      updated_at: now,
      flavorId: flavor.id,
      image: instanceImage(image, state.project.id),
      nicIds,
      actionLogs: [],
    };
    // Volumes look the instance up by id while attaching, so it is stored first.
    state.instances.set(id, instance);
    undo.push(() => state.instances.delete(id));
    input.volumes.forEach((spec, i) => attachBootVolume(ctx, state, userId, instance, image, spec, i, undo));
    logAction(ctx, instance, 'create', userId);
    instanceLifecycle.run(ctx, instance, 'build', { in: state.instances });
    return { instance, adminPass: randomBytes(9).toString('base64url') };
  } catch (err) {
    for (const step of undo.reverse()) step();
    throw err;
  }
}

/**
 * Creates or takes over one of the volumes of a new instance. The first is the root: from
 * the image and deleted with the instance by default; later ones default to blank and
 * kept (§3.1).
 */
function attachBootVolume(
  ctx: EmulatorContext,
  state: KakaoRegionState,
  userId: string,
  instance: InstanceRecord,
  image: ImageRecord,
  spec: z.infer<typeof volumeSpec>,
  index: number,
  undo: (() => void)[],
): void {
  const isRoot = index === 0;
  const source = spec.source_type ?? (isRoot ? 'image' : 'blank');
  const deleteOnTermination = spec.is_delete_on_termination ?? isRoot;
  let volume: VolumeRecord;
  if (source === 'volume') {
    if (spec.uuid === undefined) badRequest('A volume with source_type "volume" needs its uuid.');
    volume = reference(state.volumes, spec.uuid, 'Volume');
    const previous = { ...volume };
    undo.push(() => Object.assign(volume, previous));
  } else {
    volume = addVolume(ctx, state, userId, {
      name: `${instance.name}_${isRoot ? 'root' : `data_${index}`}`,
      size: spec.size,
      availabilityZone: instance.availability_zone,
      typeId: spec.type_id,
      image: source === 'image' ? image : undefined,
      forInstance: { isRoot, deleteOnTermination },
    });
    undo.push(() => state.volumes.delete(volume.id));
  }
  attachVolume(ctx, state, volume, instance, deleteOnTermination, true);
  volume.is_root = isRoot;
}

/**
 * Deletes an instance after one transition: its own interfaces and delete-on-termination
 * volumes go with it, the rest is detached and becomes `available`.
 */
function deleteInstance(ctx: EmulatorContext, state: KakaoRegionState, instance: InstanceRecord): void {
  instanceLifecycle.run(ctx, instance, 'delete', { in: state.instances, done: () => release(ctx, state, instance) });
}

/** What a deleted instance leaves behind. */
function release(ctx: EmulatorContext, state: KakaoRegionState, instance: InstanceRecord): void {
  for (const id of instance.nicIds) {
    const nic = state.networkInterfaces.get(id);
    if (!nic) continue;
    if (nic.deleteWithDevice) removeNetworkInterface(ctx, state, nic);
    else bindToDevice(nic, null);
  }
  for (const volume of state.volumes.values()) {
    if (volume.instance_id !== instance.id) continue;
    Object.assign(volume, { instance_id: null, mount_point: null });
    volumeLifecycle.run(ctx, volume, volume.is_delete_on_termination ? 'deleteWithInstance' : 'release', { in: state.volumes });
  }
}

/** Console output of a booted instance ([guess]: a plausible cloud-init boot log). */
function consoleLines(instance: InstanceRecord): string[] {
  return [
    `[    0.000000] Linux version 5.15.0 (buildd@kakaocloud) #1 SMP`,
    `[    2.113201] systemd[1]: Set hostname to <${instance.hostname}>.`,
    `Cloud-init v. 23.4 running 'init' at ${instance.created_at}.`,
    `ci-info: +++++++++++++++++++++Net device info++++++++++++++++++++++`,
    `Cloud-init v. 23.4 finished. Datasource DataSourceOpenStackLocal.`,
    `${instance.hostname} login:`,
  ];
}

/** `/api/v1/instances[/{id}[/action-logs|/console-logs]]`. */
export function addInstanceRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/instances', (req) => {
    const { state } = authorize(ctx, req);
    const addresses = (i: Record<string, unknown>): { private_ip: string; public_ip: string | null }[] => i['addresses'] as never;
    return pagedList('instances', [...state.instances.values()].map((i) => renderInstance(state, i)), req.query, {
      filters: {
        ...fieldFilters('id', 'name', 'status', 'vm_state', 'availability_zone', 'instance_type', 'user_id', 'hostname', 'is_hadoop', 'is_k8se',
          'created_at', 'updated_at'),
        flavor_name: (i) => (i['flavor'] as { name: string }).name,
        image_name: (i) => (i['image'] as { name: string }).name,
        os_type: (i) => (i['image'] as { os_type: string }).os_type,
        private_ip: (i) => addresses(i).map((a) => a.private_ip),
        public_ip: (i) => addresses(i).map((a) => a.public_ip),
      },
      contains: ['name'],
    });
  });
  router.post('/api/v1/instances', (req) => {
    const scope = authorize(ctx, req);
    const body = readWrapped(req, 'instance', createInstance);
    const count = body.count ?? 1;
    if (count > 1 && body.subnets.some((s) => s.network_interface_id !== undefined || s.private_ip !== undefined)) {
      badRequest('count above 1 cannot be combined with a fixed network_interface_id or private_ip.');
    }
    // [guess] Several instances from one request get numbered names.
    const booted = Array.from({ length: count }, (_, i) => bootInstance(ctx, scope.state, scope.token.user.id, body, count > 1 ? `${body.name}-${i + 1}` : body.name));
    for (const { instance } of booted) ctx.kakao.conceal(instance.id, scope.now);
    const first = booted[0]!;
    return json(202, {
      instance: {
        id: first.instance.id,
        security_groups: body.security_groups.map((g) => ({ name: g.name })),
        admin_pass: first.adminPass,
        disk_config: 'MANUAL',
      },
    });
  });
  router.get('/api/v1/instances/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { instance: renderInstance(state, lookup(ctx, state.instances, req.params.id!, 'Instance')) });
  });
  router.put('/api/v1/instances/:id', (req) => {
    const { state, now } = authorize(ctx, req);
    const instance = lookup(ctx, state.instances, req.params.id!, 'Instance');
    const body = readWrapped(req, 'instance', updateInstance);
    if (body.name !== undefined) instance.name = body.name;
    if (body.description !== undefined) instance.description = body.description;
    instance.updated_at = isoSeconds(now);
    return json(200, { instance: renderInstance(state, instance) });
  });
  router.delete('/api/v1/instances/:id', (req) => {
    const { state, token } = authorize(ctx, req);
    const instance = lookup(ctx, state.instances, req.params.id!, 'Instance');
    instanceLifecycle.check(instance, 'delete');
    logAction(ctx, instance, 'delete', token.user.id);
    deleteInstance(ctx, state, instance);
    return empty(204);
  });
  router.get('/api/v1/instances/:id/action-logs', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { actions: lookup(ctx, state.instances, req.params.id!, 'Instance').actionLogs });
  });
  router.get('/api/v1/instances/:id/console-logs', (req) => {
    const { state } = authorize(ctx, req);
    const instance = lookup(ctx, state.instances, req.params.id!, 'Instance');
    const lines = instance.status === 'build' ? [] : consoleLines(instance);
    const wanted = Math.max(0, Number(req.query.get('lines') ?? lines.length) || 0);
    // The key really has a hyphen (§3.1).
    return json(200, { 'console-logs': lines.slice(Math.max(0, lines.length - wanted)).join('\n') });
  });
}
