import { z } from 'zod';
import type { EmulatorContext } from '../../context.js';
import { empty, type Router } from '../../router.js';
import { networkCall } from './access.js';
import { notFound } from './errors.js';
import { boolish, networkBody, resourceName } from './fields.js';
import { itemResponse, listResponse, type Item } from './listing.js';
import { checkPortSecurity, findSecurityGroups, removePort, resolveFixedIps } from './ports.js';
import { checkQuota } from './quotas.js';
import { defaultSecurityGroup, type Port } from './state.js';
import { addPort, ownPort } from './topology.js';

const fixedIps = z.array(z.object({ subnet_id: z.string().optional(), ip_address: z.string().optional() }));
const addressPairs = z.array(z.object({ ip_address: z.string(), mac_address: z.string().optional() }));
const updatable = {
  name: resourceName.optional(),
  admin_state_up: boolish.optional(),
  fixed_ips: fixedIps.optional(),
  port_security_enabled: boolish.optional(),
  security_groups: z.array(z.string()).optional(),
  allowed_address_pairs: addressPairs.optional(),
  extra_dhcp_opts: z.array(z.unknown()).optional(),
};
const createPort = z.object({ network_id: z.string(), device_owner: z.string().optional(), device_id: z.string().optional(), ...updatable });
const updatePort = z.object(updatable);

/** The port fields NHN's compatible API documents (nhn-network §11.3). */
export function renderPort(port: Port): Item {
  return {
    id: port.id,
    name: port.name,
    status: port.status,
    admin_state_up: port.adminStateUp,
    network_id: port.networkId,
    tenant_id: port.tenantId,
    project_id: port.tenantId,
    mac_address: port.macAddress,
    fixed_ips: port.fixedIps.map((ip) => ({ subnet_id: ip.subnetId, ip_address: ip.ipAddress })),
    device_owner: port.deviceOwner,
    device_id: port.deviceId,
    security_groups: port.securityGroups,
    port_security_enabled: port.portSecurityEnabled,
    allowed_address_pairs: port.allowedAddressPairs,
    extra_dhcp_opts: port.extraDhcpOpts,
    'binding:vnic_type': 'normal',
  };
}

/** `fixed_ips=ip_address=…`, `subnet_id=…` or `ip_address_substr=…` (Neutron's sub-filters). */
function matchFixedIps(item: Item, values: string[]): boolean {
  const ips = item.fixed_ips as { subnet_id: string; ip_address: string }[];
  return values.every((value) => {
    const [key, wanted = ''] = value.split('=', 2) as [string, string?];
    if (key === 'ip_address_substr') return ips.some((ip) => ip.ip_address.includes(wanted));
    return ips.some((ip) => (ip as Record<string, string>)[key] === wanted);
  });
}

/** `/v2.0/ports`: the compatible API's list, get, create, update and delete. */
export function registerPortRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/ports', (req) => {
    const { state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'ports', [...state.ports.values()].map(renderPort), {
      matchers: { fixed_ips: matchFixedIps },
      aliases: { admin_state: 'admin_state_up' },
    });
  });

  router.get('/v2.0/ports/:id', (req) => {
    const { state } = networkCall(ctx, req);
    return itemResponse(req, 'port', renderPort(ownPort(state, req.params.id!)));
  });

  router.post('/v2.0/ports', (req) => {
    const { tenantId, state } = networkCall(ctx, req);
    const body = networkBody(req, 'port', createPort);
    const vpc = state.vpcs.get(body.network_id);
    if (!vpc) throw notFound('NetworkNotFound', `Network ${body.network_id} could not be found.`);
    const portSecurityEnabled = body.port_security_enabled ?? true;
    const groups = body.security_groups ?? (portSecurityEnabled ? [defaultSecurityGroup(state).id] : []);
    const fields = {
      portSecurityEnabled,
      securityGroups: findSecurityGroups(state, groups).map((g) => g.id),
      allowedAddressPairs: (body.allowed_address_pairs ?? []).map((p) => ({ ip_address: p.ip_address, mac_address: p.mac_address ?? '' })),
    };
    checkPortSecurity(fields);
    const fixed = resolveFixedIps(state, vpc, body.fixed_ips?.map((f) => ({ subnetId: f.subnet_id, ipAddress: f.ip_address })));
    checkQuota('port', state.ports.size);
    const port = addPort(state, {
      tenantId,
      networkId: vpc.id,
      fixedIps: fixed,
      name: body.name ?? '',
      adminStateUp: body.admin_state_up ?? true,
      deviceOwner: body.device_owner ?? '',
      deviceId: body.device_id ?? '',
      extraDhcpOpts: body.extra_dhcp_opts ?? [],
      ...fields,
    });
    // A pair without a MAC uses the port's own.
    for (const pair of port.allowedAddressPairs) pair.mac_address ||= port.macAddress;
    return itemResponse(req, 'port', renderPort(port), 201);
  });

  router.put('/v2.0/ports/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const port = ownPort(state, req.params.id!);
    const body = networkBody(req, 'port', updatePort);
    const next = {
      portSecurityEnabled: body.port_security_enabled ?? port.portSecurityEnabled,
      securityGroups: body.security_groups ? findSecurityGroups(state, body.security_groups).map((g) => g.id) : port.securityGroups,
      allowedAddressPairs: body.allowed_address_pairs?.map((p) => ({ ip_address: p.ip_address, mac_address: p.mac_address ?? port.macAddress })) ?? port.allowedAddressPairs,
    };
    checkPortSecurity(next);
    if (body.fixed_ips) {
      // The port's current addresses are free for its own new request.
      const current = port.fixedIps;
      port.fixedIps = [];
      try {
        port.fixedIps = resolveFixedIps(state, state.vpcs.get(port.networkId)!, body.fixed_ips.map((f) => ({ subnetId: f.subnet_id, ipAddress: f.ip_address })));
      } catch (err) {
        port.fixedIps = current;
        throw err;
      }
    }
    Object.assign(port, next);
    if (body.name !== undefined) port.name = body.name;
    if (body.admin_state_up !== undefined) port.adminStateUp = body.admin_state_up;
    if (body.extra_dhcp_opts !== undefined) port.extraDhcpOpts = body.extra_dhcp_opts;
    return itemResponse(req, 'port', renderPort(port));
  });

  router.delete('/v2.0/ports/:id', (req) => {
    const { state } = networkCall(ctx, req);
    removePort(state, ownPort(state, req.params.id!));
    return empty(204);
  });
}
