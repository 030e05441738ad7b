import { isoSeconds } from '../clock.js';
import { GONE, Lifecycle, type Machine, statusMachine } from '../transitions.js';
import { conflict } from './errors.js';

/** Neutron/Octavia-style provisioning states of VPC-side resources (§6). */
export type ProvisioningStatus = 'ACTIVE' | 'DELETED' | 'ERROR' | 'PENDING_CREATE' | 'PENDING_UPDATE' | 'PENDING_DELETE';

interface Provisioned {
  id: string;
  provisioning_status: ProvisioningStatus;
  updated_at: string;
}

const SETTLED: readonly ProvisioningStatus[] = ['ACTIVE', 'ERROR', 'DELETED'];

const provisioning: Machine<Provisioned, ProvisioningStatus, readonly ProvisioningStatus[]> = {
  id: (record) => record.id,
  state: (record) => record.provisioning_status,
  allows: (record, from) => from.includes(record.provisioning_status),
  refuse: (record, _action, row) => conflict(row.refusal!(record)),
  enter(ctx, record, status) {
    record.provisioning_status = status;
    record.updated_at = isoSeconds(ctx.now());
  },
};

/**
 * One VPC-side resource's table: a new one is `PENDING_CREATE` for one transition (§14.4);
 * it changes only when settled (409 while `PENDING_*`); a delete goes through
 * `PENDING_DELETE`, still readable for one transition, then reads as 404 (§6.1). `use` is
 * another resource's need for this one to be ACTIVE (`usedBy` names that other resource).
 */
function provisioningLifecycle(kind: string, usedBy?: string) {
  const pending = (r: Provisioned) => `${kind} ${r.id} is in ${r.provisioning_status} and cannot be changed now.`;
  return new Lifecycle(provisioning, {
    create: { via: 'PENDING_CREATE', steps: [{ factor: 1, to: 'ACTIVE' }] },
    change: { from: SETTLED, refusal: pending },
    delete: { from: SETTLED, via: 'PENDING_DELETE', steps: [{ factor: 1, to: GONE }], refusal: pending },
    use: { from: ['ACTIVE'], refusal: (r) => `${kind} ${r.id} is ${r.provisioning_status}${usedBy ? `; ${usedBy} need an ACTIVE ${kind}` : ''}.` },
  });
}

export const vpcLifecycle = provisioningLifecycle('VPC', 'subnets');
export const subnetLifecycle = provisioningLifecycle('Subnet');
export const routeTableLifecycle = provisioningLifecycle('Route table');

/**
 * The machine of a resource with a `status` and an `updated_at` that every change bumps;
 * a wrong status is a 409 in the row's words, or `{kind} {id} is {status}.`
 */
export function kakaoStatusMachine<R extends { id: string; status: S; updated_at: string }, S extends string>(kind: string) {
  return statusMachine<R, S>({
    refuse: (record, _action, message) => conflict(message ?? `${kind} ${record.id} is ${record.status}.`),
    touch: (ctx, record) => void (record.updated_at = isoSeconds(ctx.now())),
  });
}
