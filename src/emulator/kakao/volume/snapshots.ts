import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { GONE, Lifecycle } from '../../transitions.js';
import { authorize } from '../auth.js';
import { readWrapped } from '../body.js';
import { conflict } from '../errors.js';
import { kakaoStatusMachine } from '../lifecycle.js';
import { lookup } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';
import type { KakaoRegionState } from '../state.js';
import { addVolume, renderVolume, type VolumeRecord } from './volumes.js';

/** A volume snapshot (§4): `creating` ([guess]) → `available`; `deleting` → gone. */
export interface SnapshotRecord {
  id: string;
  name: string;
  description: string | null;
  status: 'creating' | 'available' | 'deleting' | 'error';
  volume_id: string;
  size: number;
  is_incremental: boolean;
  is_dependent_snapshot: boolean;
  schedule_id: string | null;
  parent_id: string | null;
  project_id: string;
  created_at: string;
  updated_at: string;
}

const updateSnapshot = z.object({ name: z.string().min(1).max(255).optional(), description: z.string().max(255).optional() });
const restoreSnapshot = z.object({ name: z.string().min(1).max(255), availability_zone: z.string(), volume_type_id: z.string().optional() });

/** Takes a snapshot of a volume; an incremental one depends on the volume's latest snapshot. */
export function addSnapshot(ctx: EmulatorContext, state: KakaoRegionState, volume: VolumeRecord, name: string, description: string | null, incremental: boolean): SnapshotRecord {
  const now = isoSeconds(ctx.now());
  const parent = incremental
    ? [...state.snapshots.values()].filter((s) => s.volume_id === volume.id).sort((a, b) => b.created_at.localeCompare(a.created_at))[0]
    : undefined;
  const snapshot: SnapshotRecord = {
    id: newUuid(),
    name,
    description,
    status: 'creating',
    volume_id: volume.id,
    size: volume.size,
    is_incremental: incremental,
    is_dependent_snapshot: parent !== undefined,
    schedule_id: null,
    parent_id: parent?.id ?? null,
    project_id: state.project.id,
    created_at: now,
    updated_at: now,
  };
  state.snapshots.set(snapshot.id, snapshot);
  snapshotLifecycle.run(ctx, snapshot, 'create', { in: state.snapshots });
  return snapshot;
}

/** Snapshots (§4): one transition to create or delete; a dependent incremental one blocks a delete too (the caller checks). */
const snapshotLifecycle = new Lifecycle(kakaoStatusMachine<SnapshotRecord, SnapshotRecord['status']>('Snapshot'), {
  create: { steps: [{ factor: 1, to: 'available' }] },
  restore: { from: ['available'] },
  delete: { from: ['available', 'error'], via: 'deleting', steps: [{ factor: 1, to: GONE }] },
});

/** `/api/v1/snapshots[/{id}[/restore]]`. */
export function addSnapshotRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/snapshots', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('snapshots', [...state.snapshots.values()], req.query, {
      filters: fieldFilters<SnapshotRecord>('id', 'name', 'status', 'volume_id', 'is_incremental', 'is_dependent_snapshot', 'schedule_id',
        'parent_id', 'created_at', 'updated_at'),
    });
  });
  router.get('/api/v1/snapshots/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { snapshot: lookup(ctx, state.snapshots, req.params.id!, 'Snapshot') });
  });
  router.put('/api/v1/snapshots/:id', (req) => {
    const { state, now } = authorize(ctx, req);
    const snapshot = lookup(ctx, state.snapshots, req.params.id!, 'Snapshot');
    const body = readWrapped(req, 'snapshot', updateSnapshot);
    if (body.name !== undefined) snapshot.name = body.name;
    if (body.description !== undefined) snapshot.description = body.description;
    snapshot.updated_at = isoSeconds(now);
    return json(200, { snapshot });
  });
  router.delete('/api/v1/snapshots/:id', (req) => {
    const { state } = authorize(ctx, req);
    const snapshot = lookup(ctx, state.snapshots, req.params.id!, 'Snapshot');
    snapshotLifecycle.check(snapshot, 'delete');
    const children = [...state.snapshots.values()].filter((s) => s.parent_id === snapshot.id);
    if (children.length > 0) conflict(`Snapshot ${snapshot.id} has ${children.length} dependent incremental snapshot(s).`);
    snapshotLifecycle.run(ctx, snapshot, 'delete', { in: state.snapshots });
    return empty(204);
  });
  router.post('/api/v1/snapshots/:id/restore', (req) => {
    const { state, token, now } = authorize(ctx, req);
    const snapshot = lookup(ctx, state.snapshots, req.params.id!, 'Snapshot');
    const body = readWrapped(req, 'restore', restoreSnapshot);
    snapshotLifecycle.check(snapshot, 'restore');
    const source = state.volumes.get(snapshot.volume_id);
    const volume = addVolume(ctx, state, token.user.id, {
      name: body.name,
      size: snapshot.size,
      availabilityZone: body.availability_zone,
      typeId: body.volume_type_id ?? source?.volume_type_id,
      sourceVolume: source,
      snapshotId: snapshot.id,
    });
    ctx.kakao.conceal(volume.id, now);
    return json(202, { volume: renderVolume(state, volume) });
  });
}
