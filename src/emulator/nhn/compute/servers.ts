import type { EmulatorContext } from '../../context.js';
import { afterMarker } from '../../pagination.js';
import { empty, json, type EmuResponse, type Router } from '../../router.js';
import { badRequest, invalidInput } from './errors.js';
import { serverLifecycle } from './lifecycle.js';
import { computeRoute, type ComputeCall } from './request.js';
import { createServers } from './server-create.js';
import { releaseServerResources } from './server-resources.js';
import { serverDetail, serverSummary } from './server-view.js';
import { existingServer, serverStatus, touchServer, type NhnServer } from './state.js';
import { validMetadata, validName } from './validation.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
/** `changes-since` takes ISO 8601 date-times; without a zone they are UTC. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Adds `/servers`, `/servers/detail`, `/servers/{id}` and `/servers/{id}/metadata`. */
export function addServerRoutes(router: Router, ctx: EmulatorContext): void {
  router
    .get('/v2/:tenantId/servers', computeRoute(ctx, (call) => listServersPage(call, false)))
    .get('/v2/:tenantId/servers/detail', computeRoute(ctx, (call) => listServersPage(call, true)))
    .post('/v2/:tenantId/servers', computeRoute(ctx, (call) => createServers(ctx, call)))
    .get('/v2/:tenantId/servers/:serverId', computeRoute(ctx, ({ req, state, regionState, links }) =>
      json(200, { server: serverDetail(existingServer(state, req.params.serverId!), links, regionState) }),
    ))
    .put('/v2/:tenantId/servers/:serverId', computeRoute(ctx, (call) => updateServer(ctx, call)))
    .delete('/v2/:tenantId/servers/:serverId', computeRoute(ctx, (call) => deleteServer(ctx, call)))
    .get('/v2/:tenantId/servers/:serverId/metadata', computeRoute(ctx, ({ req, state }) =>
      json(200, { metadata: existingServer(state, req.params.serverId!).metadata }),
    ))
    // POST merges into the metadata, PUT replaces it (Nova server metadata API).
    .post('/v2/:tenantId/servers/:serverId/metadata', computeRoute(ctx, (call) => writeMetadata(ctx, call, 'merge')))
    .put('/v2/:tenantId/servers/:serverId/metadata', computeRoute(ctx, (call) => writeMetadata(ctx, call, 'replace')));
}

/** A page of servers, newest first, as Nova lists them (filters per compute guide, List Instances). */
function listServersPage({ req, state, regionState, links }: ComputeCall, detail: boolean): EmuResponse {
  const q = req.query;
  const limit = Math.min(queryLimit(q.get('limit')), MAX_LIMIT);
  const changesSince = queryDate(q.get('changes-since'));
  // Deleted servers show only to `changes-since` pollers, so they learn about the deletion.
  const candidates = [...state.servers.values(), ...(changesSince ? state.deleted : [])];
  const sorted = candidates.sort((a, b) => b.created.getTime() - a.created.getTime() || b.id.localeCompare(a.id));
  const marker = q.get('marker');
  const afterPage = afterMarker(sorted, marker) ?? badRequest(`marker [${marker}] not found`);
  const matching = afterPage.filter((s) => matches(s, q, changesSince));
  const page = matching.slice(0, limit);

  const body: Record<string, unknown> = {
    servers: page.map((s) => (detail ? serverDetail(s, links, regionState) : serverSummary(s, links))),
  };
  // Nova offers a next link whenever a page is full.
  if (page.length > 0 && page.length === limit) {
    const next = new URLSearchParams(q);
    next.set('limit', String(limit));
    next.set('marker', page.at(-1)!.id);
    body.servers_links = [{ href: `${links.collection(detail ? 'servers/detail' : 'servers')}?${next}`, rel: 'next' }];
  }
  return json(200, body);
}

function matches(server: NhnServer, q: URLSearchParams, changesSince: Date | undefined): boolean {
  const name = q.get('name');
  const status = q.get('status');
  const flavor = q.get('flavor');
  const image = q.get('image');
  const reservation = q.get('reservation_id');
  return (
    (!changesSince || server.updated >= changesSince) &&
    (name === null || nameMatches(server.name, name)) &&
    (status === null || serverStatus(server) === status.toUpperCase()) &&
    (flavor === null || server.flavorId === flavor) &&
    (image === null || server.imageId === image) &&
    (reservation === null || server.reservationId === reservation)
  );
}

/** `name` is a regular expression matched anywhere in the name, as Nova does. */
function nameMatches(name: string, pattern: string): boolean {
  try {
    return new RegExp(pattern).test(name);
  } catch {
    // [guess] an invalid pattern matches nothing.
    return false;
  }
}

function queryLimit(raw: string | null): number {
  if (raw === null) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(raw)) badRequest(`Invalid input for query parameters limit. Value: ${raw}. '${raw}' does not match '^[0-9]*$'`);
  return Number(raw);
}

function queryDate(raw: string | null): Date | undefined {
  if (raw === null) return undefined;
  const date = DATE_TIME.test(raw) ? new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(raw) ? raw : `${raw}Z`) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    badRequest(`Invalid input for query parameters changes-since. Value: ${raw}. '${raw}' is not a 'date-time'`);
  }
  return date;
}

/** `PUT /servers/{id}`: only the name can change (compute guide, Modify Instance). */
function updateServer(ctx: EmulatorContext, { req, state, regionState, links }: ComputeCall): EmuResponse {
  const server = existingServer(state, req.params.serverId!);
  const input = (req.body as { server?: unknown } | undefined)?.server;
  if (typeof input !== 'object' || input === null) invalidInput('server', input, "'server' is a required property");
  const unexpected = Object.keys(input).filter((k) => k !== 'name');
  if (unexpected.length > 0) badRequest(`Additional properties are not allowed (${unexpected.map((k) => `'${k}'`).join(', ')} ${unexpected.length > 1 ? 'were' : 'was'} unexpected)`);
  const { name } = input as { name?: unknown };
  if (name !== undefined) {
    server.name = validName(name);
    touchServer(ctx, server);
  }
  return json(200, { server: serverDetail(server, links, regionState) });
}

/** `DELETE /servers/{id}`: task_state `deleting`, then the server is gone (404) and listed as DELETED by `changes-since`. */
function deleteServer(ctx: EmulatorContext, { req, state, regionState }: ComputeCall): EmuResponse {
  const server = existingServer(state, req.params.serverId!);
  if (server.taskState !== 'deleting') {
    serverLifecycle.run(ctx, server, 'delete', {
      at: {
        deleted: (s) => {
          state.servers.delete(s.id);
          s.terminatedAt = ctx.now();
          state.deleted.push(s);
          releaseServerResources(ctx, regionState, s);
        },
      },
    });
  }
  return empty(204);
}

function writeMetadata(ctx: EmulatorContext, { req, state }: ComputeCall, mode: 'merge' | 'replace'): EmuResponse {
  const server = existingServer(state, req.params.serverId!);
  const metadata = validMetadata((req.body as { metadata?: unknown } | undefined)?.metadata);
  serverLifecycle.check(server, 'update_metadata');
  server.metadata = mode === 'merge' ? { ...server.metadata, ...metadata } : metadata;
  touchServer(ctx, server);
  return json(200, { metadata: server.metadata });
}
