import type { EmulatorContext } from '../../context.js';
import type { Router } from '../../router.js';
import { networkCall } from './access.js';
import { badRequest } from './errors.js';
import { listResponse } from './listing.js';
import { renderPort } from './port-routes.js';

/** The reduced port NHN's connection listing returns (nhn-network §10). */
const FIELDS = ['id', 'name', 'status', 'admin_state_up', 'network_id', 'tenant_id', 'device_owner', 'device_id', 'mac_address', 'fixed_ips', 'security_groups'];

/** `GET /v2.0/security-group-ports?security_group_id=…`: the ports a group is applied to. */
export function registerSecurityGroupPortRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/security-group-ports', (req) => {
    const { state } = networkCall(ctx, req);
    if (!req.query.get('security_group_id')) throw badRequest('security_group_id is a required query parameter.');
    const items = [...state.ports.values()].map((port) => {
      const full = renderPort(port);
      return { ...Object.fromEntries(FIELDS.map((f) => [f, full[f]])), project_id: port.tenantId };
    });
    // `security_group_id` filters by membership, which the generic field filter cannot express.
    return listResponse(ctx, req, 'security_group_ports', items, {
      matchers: { security_group_id: (item, ids) => ids.some((id) => (item.security_groups as string[]).includes(id)) },
    });
  });
}
