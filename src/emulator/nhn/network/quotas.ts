import { conflict } from './errors.js';

/** Per tenant and region. */
// [guess] NHN does not publish its network quotas; these are round Neutron-like numbers.
export const NETWORK_QUOTAS = {
  vpc: 10,
  vpcsubnet: 50,
  routingtable: 20,
  internetgateway: 10,
  floatingip: 20,
  security_group: 20,
  security_group_rule: 200,
  port: 500,
} as const;

/** Throws Neutron's 409 `OverQuota` when `used` already reaches the quota. */
export function checkQuota(resource: keyof typeof NETWORK_QUOTAS, used: number): void {
  if (used >= NETWORK_QUOTAS[resource]) throw conflict('OverQuota', `Quota exceeded for resources: ['${resource}'].`);
}
