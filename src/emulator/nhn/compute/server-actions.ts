import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { empty, type EmuResponse, type Router } from '../../router.js';
import { addImage, findImage } from '../image/state.js';
import { imageLifecycle } from '../image/transitions.js';
import { badRequest, invalidInput } from './errors.js';
import { findFlavor, hasLocalDisk } from './flavors.js';
import { serverLifecycle } from './lifecycle.js';
import { computeRoute, type ComputeCall } from './request.js';
import { changeServerSecurityGroup } from './server-resources.js';
import { existingServer, touchServer, type NhnServer } from './state.js';
import { validMetadata } from './validation.js';

type Action = (ctx: EmulatorContext, call: ComputeCall, server: NhnServer, arg: unknown) => EmuResponse;

/** Server actions of the compute guide ("Additional Instance Features"), by body key. */
const ACTIONS: Record<string, Action> = {
  'os-start': (ctx, _call, server) => {
    serverLifecycle.run(ctx, server, 'start');
    return empty(202);
  },

  'os-stop': (ctx, _call, server) => {
    serverLifecycle.run(ctx, server, 'stop');
    return empty(202);
  },

  reboot: (ctx, _call, server, arg) => {
    const requested = (arg as { type?: unknown } | null)?.type;
    const type = String(requested ?? '').toUpperCase();
    if (type !== 'SOFT' && type !== 'HARD') invalidInput('type', requested, "is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']");
    serverLifecycle.run(ctx, server, type === 'SOFT' ? 'reboot' : 'reboot_hard');
    return empty(202);
  },

  resize: (ctx, { region }, server, arg) => {
    const flavorRef = (arg as { flavorRef?: unknown } | null)?.flavorRef;
    if (typeof flavorRef !== 'string') return invalidInput('flavorRef', flavorRef, "'flavorRef' is a required property");
    const flavor = findFlavor(region, flavorRef) ?? badRequest('Invalid flavorRef provided.');
    if (flavor.id === server.flavorId) badRequest('When resizing, instances must change flavor!');
    serverLifecycle.run(ctx, server, 'resize', { at: { resized: (s) => (s.flavorId = flavor.id) } });
    return empty(202);
  },

  shelve: (ctx, _call, server) => {
    serverLifecycle.run(ctx, server, 'shelve');
    return empty(202);
  },

  unshelve: (ctx, _call, server) => {
    serverLifecycle.run(ctx, server, 'unshelve');
    return empty(202);
  },

  createImage: (ctx, call, server, arg) => createImage(ctx, call, server, arg),

  addSecurityGroup: (ctx, { regionState }, server, arg) => {
    const name = securityGroupName(arg);
    if (server.securityGroups.includes(name)) badRequest(`Security group ${name} is already associated with the instance ${server.id}`);
    changeServerSecurityGroup(regionState, server, name, 'add');
    server.securityGroups = [...server.securityGroups, name];
    touchServer(ctx, server);
    return empty(202);
  },

  removeSecurityGroup: (ctx, { regionState }, server, arg) => {
    const name = securityGroupName(arg);
    if (!server.securityGroups.includes(name)) badRequest(`Security group ${name} not associated with the instance ${server.id}`);
    changeServerSecurityGroup(regionState, server, name, 'remove');
    server.securityGroups = server.securityGroups.filter((g) => g !== name);
    touchServer(ctx, server);
    return empty(202);
  },
};

/** Adds `POST /servers/{id}/action`. */
export function addServerActionRoutes(router: Router, ctx: EmulatorContext): void {
  router.post('/v2/:tenantId/servers/:serverId/action', computeRoute(ctx, (call) => {
    const body = call.req.body;
    const keys = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body) : [];
    if (keys.length !== 1) badRequest('Malformed request body');
    const name = keys[0]!;
    const action = ACTIONS[name] ?? badRequest(`There is no such action: ${name}`);
    return action(ctx, call, existingServer(call.state, call.req.params.serverId!), (body as Record<string, unknown>)[name]);
  }));
}

/**
 * `createImage`: a private image in the region's image service, `queued` → `saving` →
 * `active`, while the server shows task_state `image_snapshot`. Answers 202 with the
 * image's URL in `Location`.
 */
function createImage(ctx: EmulatorContext, { region, tenantId, token }: ComputeCall, server: NhnServer, arg: unknown): EmuResponse {
  const input = arg as { name?: unknown; metadata?: unknown } | null;
  const name = input?.name;
  if (typeof name !== 'string' || name.trim() === '') return invalidInput('name', name, "'name' is a required property");
  const metadata = input?.metadata === undefined ? {} : validMetadata(input.metadata);
  serverLifecycle.check(server, 'createImage');
  const flavor = findFlavor(region, server.flavorId);
  // [guess] NHN allows this only for U2 flavors (the others image their root volume through
  // block storage); the answer for other flavors is not documented.
  if (!flavor || !hasLocalDisk(flavor)) badRequest('Only U2 flavor instances can create images. Create an image from the root block storage instead.');

  const source = server.imageId ? findImage(ctx, tenantId, region, server.imageId) : undefined;
  const now = ctx.now();
  const image = addImage(ctx, region, {
    id: newUuid(),
    name,
    status: 'queued',
    visibility: 'private',
    owner: tenantId,
    protected: false,
    containerFormat: 'bare',
    diskFormat: 'qcow2',
    minDisk: flavor.disk,
    minRam: source?.minRam ?? 0,
    size: null,
    checksum: null,
    tags: [],
    createdAt: now,
    updatedAt: now,
    properties: {
      ...source?.properties,
      ...metadata,
      image_type: 'snapshot',
      instance_uuid: server.id,
      base_image_ref: server.imageId,
      user_id: token.account.userId,
    },
  });
  serverLifecycle.run(ctx, server, 'createImage');
  imageLifecycle.run(ctx, image, 'fromServer', {
    at: {
      active: (i) => {
        i.size = flavor.disk * 1024 ** 3;
        i.checksum = createHash('md5').update(i.id).digest('hex');
      },
    },
  });
  // [guess] NHN has no image proxy on the compute host (nhn-notes §3.1), so Location points at the image service.
  return empty(202, { location: `${ctx.nhnServiceUrl(region, 'image')}/v2/images/${image.id}` });
}

function securityGroupName(arg: unknown): string {
  const name = (arg as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' || name.trim() === '') badRequest('Security group name cannot be empty');
  return name;
}
