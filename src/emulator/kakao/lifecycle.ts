import { isoSeconds } from '../clock.js';
import type { EmulatorContext } from '../context.js';
import { conflict } from './errors.js';

/** Neutron/Octavia-style provisioning states of VPC-side resources (§6). */
export type ProvisioningStatus = 'ACTIVE' | 'DELETED' | 'ERROR' | 'PENDING_CREATE' | 'PENDING_UPDATE' | 'PENDING_DELETE';

interface Provisioned {
  id: string;
  provisioning_status: ProvisioningStatus;
  updated_at: string;
}

/** Marks a new resource `PENDING_CREATE` and makes it `ACTIVE` after one transition (§14.4). */
export function startProvisioning(ctx: EmulatorContext, record: Provisioned): void {
  record.provisioning_status = 'PENDING_CREATE';
  ctx.scheduler.after(() => {
    if (record.provisioning_status !== 'PENDING_CREATE') return;
    record.provisioning_status = 'ACTIVE';
    record.updated_at = isoSeconds(ctx.now());
  });
}

/** Refuses a change to a resource still in a `PENDING_*` state (409). */
export function requireSettled(record: Provisioned, kind: string): void {
  if (record.provisioning_status.startsWith('PENDING_')) {
    conflict(`${kind} ${record.id} is in ${record.provisioning_status} and cannot be changed now.`);
  }
}

/**
 * Deletes through `PENDING_DELETE`: the resource stays readable for one transition, then
 * `remove` runs and it reads as 404 (§6.1).
 */
export function startDeletion(ctx: EmulatorContext, record: Provisioned, kind: string, remove: () => void): void {
  requireSettled(record, kind);
  record.provisioning_status = 'PENDING_DELETE';
  record.updated_at = isoSeconds(ctx.now());
  ctx.scheduler.after(remove);
}
