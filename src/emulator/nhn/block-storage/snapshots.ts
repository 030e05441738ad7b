import { z } from 'zod';
import { isoMicrosNoZone } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { empty, json, type EmuRequest, type Router } from '../../router.js';
import { boolish } from '../network/fields.js';
import { volumeBody, volumeCall } from './access.js';
import { cinderPage } from './listing.js';
import { ownSnapshot, ownVolume } from './lookups.js';
import { checkGigabytes, checkSnapshotCount } from './quotas.js';
import type { BlockStorageState, Snapshot, Volume } from './state.js';
import { snapshotLifecycle, volumeLifecycle } from './transitions.js';

const createSnapshot = z.object({
  volume_id: z.string(),
  force: boolish.optional(),
  name: z.string().max(255).nullable().optional(),
  description: z.string().nullable().optional(),
  metadata: z.record(z.string(), z.string()).optional(),
});

/** Statuses Cinder lets a snapshot be deleted from. */
function renderSnapshotSummary(snapshot: Snapshot): Record<string, unknown> {
  return {
    id: snapshot.id,
    name: snapshot.name,
    description: snapshot.description,
    status: snapshot.status,
    size: snapshot.size,
    volume_id: snapshot.volumeId,
    metadata: snapshot.metadata,
    created_at: isoMicrosNoZone(snapshot.createdAt),
  };
}

/** Detail and GET one add progress (a percentage string) and the project. */
function renderSnapshot(snapshot: Snapshot, tenantId: string): Record<string, unknown> {
  return {
    ...renderSnapshotSummary(snapshot),
    'os-extended-snapshot-attributes:progress': snapshot.status === 'creating' ? '0%' : '100%',
    'os-extended-snapshot-attributes:project_id': tenantId,
  };
}

/** Adds a snapshot of `volume` in `status`. */
export function addSnapshot(ctx: EmulatorContext, state: BlockStorageState, volume: Volume, fields: Pick<Snapshot, 'status'> & Partial<Snapshot>): Snapshot {
  const snapshot: Snapshot = { id: newUuid(), name: null, description: null, size: volume.size, volumeId: volume.id, metadata: {}, createdAt: ctx.now(), ...fields };
  state.snapshots.set(snapshot.id, snapshot);
  return snapshot;
}

function snapshotField(snapshot: Snapshot, name: string): unknown {
  const fields: Record<string, unknown> = {
    id: snapshot.id,
    name: snapshot.name,
    status: snapshot.status,
    volume_id: snapshot.volumeId,
    size: snapshot.size,
    created_at: isoMicrosNoZone(snapshot.createdAt),
  };
  return fields[name];
}

/** `/v2/{tenantId}/snapshots`: summary and detail lists, get, create, delete. */
export function registerSnapshotRoutes(router: Router, ctx: EmulatorContext): void {
  const list = (detail: boolean) => (req: EmuRequest) => {
    const { state, tenantId } = volumeCall(ctx, req);
    const page = cinderPage(ctx, req, [...state.snapshots.values()], { field: snapshotField, filters: ['name', 'status', 'volume_id'] });
    const items = page.items.map((s) => (detail ? renderSnapshot(s, tenantId) : renderSnapshotSummary(s)));
    return json(200, { snapshots: items, ...(page.links ? { snapshots_links: page.links } : {}) });
  };
  router.get('/v2/:tenantId/snapshots', list(false));
  router.get('/v2/:tenantId/snapshots/detail', list(true));

  router.get('/v2/:tenantId/snapshots/:id', (req) => {
    const { state, tenantId } = volumeCall(ctx, req);
    return json(200, { snapshot: renderSnapshot(ownSnapshot(state, req.params.id!), tenantId) });
  });

  router.post('/v2/:tenantId/snapshots', (req) => {
    const { state, tenantId } = volumeCall(ctx, req);
    const body = volumeBody(req, 'snapshot', createSnapshot);
    const volume = ownVolume(state, body.volume_id);
    // An attached volume needs `force` (nhn-block-storage §4).
    volumeLifecycle.check(volume, 'snapshot');
    if (volume.status === 'in-use' && !body.force) volumeLifecycle.refuse(volume, 'snapshot');
    checkSnapshotCount(state);
    checkGigabytes(state, volume.size);
    const snapshot = addSnapshot(ctx, state, volume, {
      status: 'creating',
      name: body.name ?? null,
      description: body.description ?? null,
      metadata: body.metadata ?? {},
    });
    snapshotLifecycle.run(ctx, snapshot, 'create', { in: state.snapshots });
    return json(202, { snapshot: renderSnapshot(snapshot, tenantId) });
  });

  router.delete('/v2/:tenantId/snapshots/:id', (req) => {
    const { state } = volumeCall(ctx, req);
    const snapshot = ownSnapshot(state, req.params.id!);
    snapshotLifecycle.run(ctx, snapshot, 'delete', { in: state.snapshots });
    return empty(202);
  });
}
