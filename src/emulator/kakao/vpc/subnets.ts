import { z } from 'zod';
import { newUuid } from '../../ids.js';
import { cidrContains, cidrsOverlap, parseCidr } from '../../../ipv4.js';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize } from '../auth.js';
import { cidrField, readWrapped } from '../body.js';
import { badRequest, conflict } from '../errors.js';
import { type ProvisioningStatus, subnetLifecycle, vpcLifecycle } from '../lifecycle.js';
import { lookup, reference } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';
import { availabilityZones, type KakaoRegionState } from '../state.js';
import { associationOf, mainRouteTable } from './route-tables.js';
import type { VpcRecord } from './vpcs.js';

/** A subnet: one CIDR block in one availability zone of a VPC (§6.2). */
export interface SubnetRecord {
  id: string;
  name: string;
  vpc_id: string;
  cidr_block: string;
  availability_zone: string;
  provisioning_status: ProvisioningStatus;
  operating_status: 'ONLINE' | 'OFFLINE' | 'IN_MAINTENANCE' | 'ERROR';
  is_shared: boolean;
  project_id: string;
  owner_project_id: string;
  created_at: string;
  updated_at: string;
}

const createSubnet = z.object({
  name: z.string().min(1).max(255),
  vpc_id: z.string(),
  cidr_block: cidrField,
  availability_zone: z.string(),
});
const updateSubnet = z.object({ name: z.string().min(1).max(255) });

export function renderSubnet(state: KakaoRegionState, subnet: SubnetRecord): Record<string, unknown> {
  const found = associationOf(state, subnet.id);
  return {
    ...subnet,
    vpc_name: state.vpcs.get(subnet.vpc_id)?.name ?? null,
    project_name: state.project.name,
    route_table_id: found?.table.id ?? null,
    route_table_name: found?.table.name ?? null,
  };
}

/** Checks that a new subnet fits its VPC: a zone of the region, inside the block, no overlap. */
export function validateSubnetPlacement(state: KakaoRegionState, vpc: VpcRecord, cidrBlock: string, zone: string): void {
  if (!availabilityZones(state.region).includes(zone)) badRequest(`availability_zone ${zone} is not a zone of ${state.region}.`);
  const block = parseCidr(cidrBlock)!;
  if (!cidrContains(parseCidr(vpc.cidr_block)!, block)) badRequest(`Subnet ${cidrBlock} is not inside the VPC block ${vpc.cidr_block}.`);
  for (const other of state.subnets.values()) {
    if (other.vpc_id === vpc.id && cidrsOverlap(parseCidr(other.cidr_block)!, block)) {
      conflict(`Subnet ${cidrBlock} overlaps subnet ${other.id} (${other.cidr_block}).`);
    }
  }
}

/** Creates a subnet associated with its VPC's main route table; `PENDING_CREATE` → `ACTIVE`. */
export function addSubnet(
  ctx: EmulatorContext,
  state: KakaoRegionState,
  vpc: VpcRecord,
  input: { name: string; cidr_block: string; availability_zone: string },
): SubnetRecord {
  validateSubnetPlacement(state, vpc, input.cidr_block, input.availability_zone);
  const now = isoSeconds(ctx.now());
  const subnet: SubnetRecord = {
    id: newUuid(),
    ...input,
    vpc_id: vpc.id,
    provisioning_status: 'PENDING_CREATE',
    operating_status: 'ONLINE',
    is_shared: false,
    project_id: state.project.id,
    owner_project_id: state.project.id,
    created_at: now,
    updated_at: now,
  };
  state.subnets.set(subnet.id, subnet);
  subnetLifecycle.run(ctx, subnet, 'create', { in: state.subnets });
  mainRouteTable(state, vpc.id)?.associations.push({ id: newUuid(), subnet_id: subnet.id, provisioning_status: 'ACTIVE' });
  return subnet;
}

/** `/api/v1/subnets[/{id}]`. */
export function addSubnetRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/subnets', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('subnets', [...state.subnets.values()].map((s) => renderSubnet(state, s)), req.query, {
      filters: fieldFilters('id', 'name', 'availability_zone', 'provisioning_status', 'operating_status', 'cidr_block', 'vpc_id',
        'vpc_name', 'route_table_id', 'route_table_name', 'is_shared', 'created_at', 'updated_at'),
    });
  });
  router.post('/api/v1/subnets', (req) => {
    const { state, now } = authorize(ctx, req);
    const body = readWrapped(req, 'subnet', createSubnet);
    const vpc = reference(state.vpcs, body.vpc_id, 'VPC');
    vpcLifecycle.check(vpc, 'use');
    const subnet = addSubnet(ctx, state, vpc, body);
    ctx.kakao.conceal(subnet.id, now);
    return json(201, { subnet: renderSubnet(state, subnet) });
  });
  router.get('/api/v1/subnets/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { subnet: renderSubnet(state, lookup(ctx, state.subnets, req.params.id!, 'Subnet')) });
  });
  router.put('/api/v1/subnets/:id', (req) => {
    const { state, now } = authorize(ctx, req);
    const subnet = lookup(ctx, state.subnets, req.params.id!, 'Subnet');
    const body = readWrapped(req, 'subnet', updateSubnet);
    subnetLifecycle.check(subnet, 'change');
    subnet.name = body.name;
    subnet.updated_at = isoSeconds(now);
    return json(200, { subnet: renderSubnet(state, subnet) });
  });
  router.delete('/api/v1/subnets/:id', (req) => {
    const { state } = authorize(ctx, req);
    const subnet = lookup(ctx, state.subnets, req.params.id!, 'Subnet');
    const ports = [...state.networkInterfaces.values()].filter((n) => n.subnet_id === subnet.id);
    if (ports.length > 0) conflict(`Subnet ${subnet.id} still has ${ports.length} network interface(s).`);
    subnetLifecycle.run(ctx, subnet, 'delete', {
      in: state.subnets,
      done: () => {
        const found = associationOf(state, subnet.id);
        if (found) found.table.associations = found.table.associations.filter((a) => a !== found.association);
      },
    });
    return empty(204);
  });
}
