import type { EmulatorContext } from './context.js';

/**
 * The built-in credentials of the demo. Public on purpose: they only open the embedded
 * emulator, never a real cloud.
 */
export const DEMO_NHN = {
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  tenantName: 'hanul-demo',
  username: 'demo@hanul.dev',
  password: 'hanul-demo-api-password',
  userId: '436f727b7c9142f896ddd56be591dd7f',
  storageTenantId: 'd5b1e28a1c9a4ac6b9d1d7e52c86a0a3',
  enabled: true,
} as const;

/** A second tenant, so isolation between tenants can be shown and tested. */
export const OTHER_NHN = {
  tenantId: 'f5073eaa26b64cffbee89411df94ce01',
  tenantName: 'hanul-other',
  username: 'other@hanul.dev',
  password: 'other-api-password',
  userId: '9b2f7c1d0e8a4f6b8c3d2e1f0a9b8c7d',
  storageTenantId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  enabled: true,
} as const;

/** Creates the demo accounts and the resources every service seeds for them. */
export function seedDemo(ctx: EmulatorContext): void {
  ctx.nhn.addAccount({ ...DEMO_NHN });
  ctx.nhn.addAccount({ ...OTHER_NHN });
}
