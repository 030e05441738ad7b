import { z } from 'zod';
import { spaceSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { empty, json, type Router } from '../../router.js';
import { networkCall } from './access.js';
import { badRequest, conflict } from './errors.js';
import { cidrText, networkBody, resourceName } from './fields.js';
import { cidrContains, parseCidr } from '../../../ipv4.js';
import { listResponse } from './listing.js';
import { findVisibleVpc, visibleVpcs } from './public-network.js';
import { checkQuota } from './quotas.js';
import type { NetworkState, Vpc } from './state.js';
import { addVpc, ownVpc, removeRoutingTable, vpcNotFound, tableRoutes, vpcRoutingTables, vpcSubnets } from './topology.js';
import { renderSubnet } from './vpc-subnets.js';

/** VPC ranges must be private (RFC 1918) and /24 or larger (NHN VPC console guide). */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((c) => parseCidr(c)!);
const SMALLEST_VPC_PREFIX = 24;

const vpcCidr = cidrText.superRefine((text, ctx) => {
  const cidr = parseCidr(text);
  if (!cidr) return;
  if (!PRIVATE_RANGES.some((range) => cidrContains(range, cidr))) {
    ctx.addIssue({ code: 'custom', message: `'${text}' is outside the private ranges 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16` });
  } else if (cidr.prefix > SMALLEST_VPC_PREFIX) {
    ctx.addIssue({ code: 'custom', message: `'${text}' is too small, a VPC needs /${SMALLEST_VPC_PREFIX} or larger` });
  }
});

const createVpc = z.object({ name: resourceName, cidrv4: vpcCidr, tenant_id: z.string().optional(), external_network_id: z.string().optional() });
const updateVpc = z.object({ name: resourceName.optional(), cidrv4: vpcCidr.optional() });

/** The list-item shape (no `subnets` / `routingtables`). */
function renderVpc(vpc: Vpc): Record<string, unknown> {
  return {
    id: vpc.id,
    name: vpc.name,
    cidrv4: vpc.cidrv4,
    state: 'available',
    tenant_id: vpc.tenantId,
    shared: vpc.shared,
    'router:external': vpc.external,
    create_time: spaceSeconds(vpc.createdAt),
  };
}

/** The shape create and update answer with (nhn-network §2). */
function renderVpcWritten(vpc: Vpc): Record<string, unknown> {
  return { name: vpc.name, tenant_id: vpc.tenantId, state: 'available', create_time: spaceSeconds(vpc.createdAt), cidrv4: vpc.cidrv4, shared: vpc.shared, id: vpc.id };
}

function renderVpcDetail(state: NetworkState, vpc: Vpc): Record<string, unknown> {
  return {
    ...renderVpc(vpc),
    routingtables: vpcRoutingTables(state, vpc.id).map((t) => ({
      id: t.id,
      name: t.name,
      default_table: t.defaultTable,
      distributed: t.distributed,
      ...(t.gatewayId ? { gateway_id: t.gatewayId } : {}),
    })),
    subnets: vpcSubnets(state, vpc.id).map((s) => renderSubnet(state, s)),
  };
}


/** `/v2.0/vpcs`: list, get, create (with its default routing table), update, delete. */
export function registerVpcRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/vpcs', (req) => {
    const { region, state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'vpcs', visibleVpcs(ctx, region, state).map((v) => renderVpc(v.vpc)));
  });

  router.get('/v2.0/vpcs/:id', (req) => {
    const { region, state } = networkCall(ctx, req);
    const found = findVisibleVpc(ctx, region, state, req.params.id!);
    if (!found) throw vpcNotFound(req.params.id!);
    return json(200, { vpc: renderVpcDetail(found.state, found.vpc) });
  });

  router.post('/v2.0/vpcs', (req) => {
    const { tenantId, state } = networkCall(ctx, req);
    const body = networkBody(req, 'vpc', createVpc);
    checkQuota('vpc', state.vpcs.size);
    const vpc = addVpc(ctx, state, { name: body.name, cidrv4: body.cidrv4, tenantId });
    return json(201, { vpc: renderVpcWritten(vpc) });
  });

  router.put('/v2.0/vpcs/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const vpc = ownVpc(state, req.params.id!);
    const body = networkBody(req, 'vpc', updateVpc);
    if (body.cidrv4 !== undefined && body.cidrv4 !== vpc.cidrv4) {
      const cidr = parseCidr(body.cidrv4)!;
      const outside = vpcSubnets(state, vpc.id).find((s) => !cidrContains(cidr, parseCidr(s.cidr)!));
      // [guess] NHN lets the CIDR change; shrinking it below a subnet cannot be allowed.
      if (outside) throw badRequest(`Invalid input for operation: Subnet ${outside.id} (${outside.cidr}) is not within the new VPC CIDR ${body.cidrv4}.`, 'InvalidInput');
      for (const table of vpcRoutingTables(state, vpc.id)) {
        for (const route of tableRoutes(state, table.id)) if (route.gateway === 'local') route.cidr = body.cidrv4;
      }
      vpc.cidrv4 = body.cidrv4;
    }
    if (body.name !== undefined) vpc.name = body.name;
    return json(200, { vpc: renderVpcWritten(vpc) });
  });

  router.delete('/v2.0/vpcs/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const vpc = ownVpc(state, req.params.id!);
    // [guess] the same 409 Neutron gives for a network that still has subnets.
    if (vpcSubnets(state, vpc.id).length > 0) {
      throw conflict('NetworkInUse', `Unable to complete operation on network ${vpc.id}. There are one or more subnets still in use on the network.`);
    }
    // The default routing table (and any other table of the VPC) goes away with it.
    for (const table of vpcRoutingTables(state, vpc.id)) removeRoutingTable(state, table);
    state.vpcs.delete(vpc.id);
    return empty(204);
  });
}
