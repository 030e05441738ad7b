import { z } from 'zod';
import { spaceSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { empty, json, type EmuRequest, type Router } from '../../router.js';
import { availableIpCount, gatewayIp, usedIps } from './addressing.js';
import { networkCall } from './access.js';
import { badRequest, conflict } from './errors.js';
import { cidrText, networkBody, resourceName } from './fields.js';
import { cidrContains, cidrsOverlap, parseCidr } from '../../../ipv4.js';
import { listResponse } from './listing.js';
import { checkQuota } from './quotas.js';
import type { NetworkState, VpcSubnet } from './state.js';
import { addSubnet, findOwn, ownVpc, subnetRoutingTable, vpcSubnets } from './topology.js';

/** Smallest subnet a VPC accepts. */
// [guess] NHN's guides give no subnet limit; /28 matches the smallest block its console offers.
const SMALLEST_SUBNET_PREFIX = 28;

const subnetCidrText = cidrText.superRefine((text, ctx) => {
  const cidr = parseCidr(text);
  if (cidr && cidr.prefix > SMALLEST_SUBNET_PREFIX) {
    ctx.addIssue({ code: 'custom', message: `'${text}' is too small, a subnet needs /${SMALLEST_SUBNET_PREFIX} or larger` });
  }
});

const createSubnet = z.object({ vpc_id: z.string(), cidr: subnetCidrText, name: resourceName, tenant_id: z.string().optional() });
const updateSubnet = z.object({ name: resourceName });
const attachTable = z.object({ routingtable_id: z.string() });

/** The full shape of list, get and the routing-table actions (nhn-network §3). */
export function renderSubnet(state: NetworkState, subnet: VpcSubnet): Record<string, unknown> {
  const vpc = state.vpcs.get(subnet.vpcId)!;
  const table = subnetRoutingTable(state, subnet);
  return {
    id: subnet.id,
    name: subnet.name,
    vpc_id: subnet.vpcId,
    cidr: subnet.cidr,
    gateway: gatewayIp(subnet),
    state: 'available',
    tenant_id: subnet.tenantId,
    shared: vpc.shared,
    'router:external': vpc.external,
    enable_dhcp: true,
    create_time: spaceSeconds(subnet.createdAt),
    available_ip_count: availableIpCount(state, subnet),
    vpc: { id: vpc.id, name: vpc.name, cidrv4: vpc.cidrv4, state: 'available', shared: vpc.shared },
    routingtable: {
      id: table.id,
      name: table.name,
      default_table: table.defaultTable,
      explicit: subnet.explicitRoutingTableId === table.id,
      ...(table.gatewayId ? { gateway_id: table.gatewayId } : {}),
    },
    // Static subnet routes have no API of their own; NHN shows an empty list for new subnets.
    routes: [],
    hidden: false,
  };
}

/** The reduced shape create and update answer with. */
function renderSubnetWritten(state: NetworkState, subnet: VpcSubnet): Record<string, unknown> {
  const vpc = state.vpcs.get(subnet.vpcId)!;
  return {
    name: subnet.name,
    tenant_id: subnet.tenantId,
    id: subnet.id,
    state: 'available',
    create_time: spaceSeconds(subnet.createdAt),
    vpc_id: subnet.vpcId,
    shared: vpc.shared,
    cidr: subnet.cidr,
    gateway: gatewayIp(subnet),
  };
}

/** One of the caller's subnets, or Neutron's 404. */
function ownSubnet(state: NetworkState, id: string): VpcSubnet {
  return findOwn(state.subnets, id, 'SubnetNotFound', `Subnet ${id} could not be found.`);
}

/** `/v2.0/vpcsubnets`: CRUD plus attaching and detaching a routing table. */
export function registerVpcSubnetRoutes(router: Router, ctx: EmulatorContext): void {
  const fullAnswer = (req: EmuRequest, change?: (state: NetworkState, subnet: VpcSubnet) => void) => {
    const { state } = networkCall(ctx, req);
    const subnet = ownSubnet(state, req.params.id!);
    change?.(state, subnet);
    return json(200, { vpcsubnet: renderSubnet(state, subnet) });
  };

  router.get('/v2.0/vpcsubnets', (req) => {
    const { state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'vpcsubnets', [...state.subnets.values()].map((s) => renderSubnet(state, s)));
  });

  router.get('/v2.0/vpcsubnets/:id', (req) => fullAnswer(req));

  router.post('/v2.0/vpcsubnets', (req) => {
    const { state } = networkCall(ctx, req);
    const body = networkBody(req, 'vpcsubnet', createSubnet);
    const vpc = ownVpc(state, body.vpc_id);
    const cidr = parseCidr(body.cidr)!;
    if (!cidrContains(parseCidr(vpc.cidrv4)!, cidr)) {
      throw badRequest(`Invalid input for operation: Requested subnet with cidr: ${body.cidr} is not within the VPC cidr ${vpc.cidrv4}.`, 'InvalidInput');
    }
    if (vpcSubnets(state, vpc.id).some((s) => cidrsOverlap(parseCidr(s.cidr)!, cidr))) {
      throw badRequest(`Invalid input for operation: Requested subnet with cidr: ${body.cidr} for network: ${vpc.id} overlaps with another subnet.`, 'InvalidInput');
    }
    checkQuota('vpcsubnet', state.subnets.size);
    const subnet = addSubnet(ctx, state, vpc, { name: body.name, cidr: body.cidr });
    return json(201, { vpcsubnet: renderSubnetWritten(state, subnet) });
  });

  router.put('/v2.0/vpcsubnets/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const subnet = ownSubnet(state, req.params.id!);
    subnet.name = networkBody(req, 'vpcsubnet', updateSubnet).name;
    return json(200, { vpcsubnet: renderSubnetWritten(state, subnet) });
  });

  router.put('/v2.0/vpcsubnets/:id/attach_routingtable', (req) =>
    fullAnswer(req, (state, subnet) => {
      // The table id sits at the top level of the body, unwrapped (nhn-network §3).
      const { routingtable_id } = networkBody(req, undefined, attachTable);
      const table = findOwn(state.routingTables, routingtable_id, 'HTTPNotFound', `Routingtable ${routingtable_id} could not be found.`);
      // [guess] a table of another VPC cannot route this subnet.
      if (table.vpcId !== subnet.vpcId) throw badRequest(`Routingtable ${table.id} does not belong to the VPC of subnet ${subnet.id}.`);
      subnet.explicitRoutingTableId = table.id;
    }),
  );

  router.put('/v2.0/vpcsubnets/:id/detach_routingtable', (req) =>
    fullAnswer(req, (_state, subnet) => {
      subnet.explicitRoutingTableId = undefined;
    }),
  );

  router.delete('/v2.0/vpcsubnets/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const subnet = ownSubnet(state, req.params.id!);
    if (usedIps(state, subnet.id).size > 0) {
      throw conflict('SubnetInUse', `Unable to complete operation on subnet ${subnet.id}: One or more ports have an IP allocation from this subnet.`);
    }
    state.subnets.delete(subnet.id);
    return empty(204);
  });
}
