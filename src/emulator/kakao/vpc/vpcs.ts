import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize } from '../auth.js';
import { cidrField, readWrapped } from '../body.js';
import { conflict } from '../errors.js';
import { type ProvisioningStatus, vpcLifecycle } from '../lifecycle.js';
import { lookup } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';
import type { KakaoRegionState } from '../state.js';
import { addRouteTable, mainRouteTable } from './route-tables.js';
import { addSubnet, validateSubnetPlacement } from './subnets.js';

/** The internet gateway every VPC comes with ([guess], from the `igw` field, §6.1). */
export interface InternetGateway {
  id: string;
  name: string;
  nat_ip: string | null;
  operating_status: string;
  provisioning_status: ProvisioningStatus;
}

export interface VpcRecord {
  id: string;
  name: string;
  description: string | null;
  region: string;
  cidr_block: string;
  is_default: boolean;
  provisioning_status: ProvisioningStatus;
  is_enable_dns_support: boolean;
  project_id: string;
  igw: InternetGateway;
  created_at: string;
  updated_at: string;
}

const createVpc = z.object({
  name: z.string().min(1).max(255),
  cidr_block: cidrField,
  subnet: z.object({ cidr_block: cidrField, availability_zone: z.string() }).optional(),
});
const updateVpc = z.object({ name: z.string().min(1).max(255) });

export function renderVpc(state: KakaoRegionState, vpc: VpcRecord): Record<string, unknown> {
  const main = mainRouteTable(state, vpc.id);
  return {
    ...vpc,
    project_name: state.project.name,
    igw: { ...vpc.igw, vpc_id: vpc.id, project_id: vpc.project_id },
    default_route_table: main ? { id: main.id, name: main.name, provisioning_status: main.provisioning_status } : null,
  };
}

/**
 * Creates a VPC with its internet gateway and main route table, and its first subnet when
 * asked. Everything starts `PENDING_CREATE` and turns `ACTIVE` after one transition.
 */
export function addVpc(ctx: EmulatorContext, state: KakaoRegionState, input: z.infer<typeof createVpc>): VpcRecord {
  const now = isoSeconds(ctx.now());
  const vpc: VpcRecord = {
    id: newUuid(),
    name: input.name,
    description: null,
    region: state.region,
    cidr_block: input.cidr_block,
    is_default: false,
    provisioning_status: 'PENDING_CREATE',
    is_enable_dns_support: true,
    project_id: state.project.id,
    igw: { id: newUuid(), name: `${input.name}_igw`, nat_ip: null, operating_status: 'ONLINE', provisioning_status: 'ACTIVE' },
    created_at: now,
    updated_at: now,
  };
  if (input.subnet) validateSubnetPlacement(state, vpc, input.subnet.cidr_block, input.subnet.availability_zone);
  state.vpcs.set(vpc.id, vpc);
  vpcLifecycle.run(ctx, vpc, 'create', { in: state.vpcs });
  addRouteTable(ctx, state, vpc, `${input.name}_rt`, true);
  if (input.subnet) {
    // [guess] The first subnet's name is derived from the VPC's; the body carries none.
    addSubnet(ctx, state, vpc, { name: `${input.name}_sn_1`, ...input.subnet });
  }
  return vpc;
}

/** `/api/v1/vpcs[/{vpc_id}]`. */
export function addVpcRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/vpcs', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('vpcs', [...state.vpcs.values()].map((v) => renderVpc(state, v)), req.query, {
      filters: fieldFilters('id', 'name', 'cidr_block', 'provisioning_status', 'is_default', 'created_at', 'updated_at'),
    });
  });
  router.post('/api/v1/vpcs', (req) => {
    const { state, now } = authorize(ctx, req);
    const vpc = addVpc(ctx, state, readWrapped(req, 'vpc', createVpc));
    ctx.kakao.conceal(vpc.id, now);
    return json(201, { vpc: renderVpc(state, vpc) });
  });
  router.get('/api/v1/vpcs/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { vpc: renderVpc(state, lookup(ctx, state.vpcs, req.params.id!, 'VPC')) });
  });
  router.put('/api/v1/vpcs/:id', (req) => {
    const { state, now } = authorize(ctx, req);
    const vpc = lookup(ctx, state.vpcs, req.params.id!, 'VPC');
    const body = readWrapped(req, 'vpc', updateVpc);
    vpcLifecycle.check(vpc, 'change');
    vpc.name = body.name;
    vpc.updated_at = isoSeconds(now);
    return json(200, { vpc: renderVpc(state, vpc) });
  });
  router.delete('/api/v1/vpcs/:id', (req) => {
    const { state } = authorize(ctx, req);
    const vpc = lookup(ctx, state.vpcs, req.params.id!, 'VPC');
    // [guess] Like Neutron, a VPC with subnets left is refused rather than emptied.
    const subnets = [...state.subnets.values()].filter((s) => s.vpc_id === vpc.id);
    if (subnets.length > 0) conflict(`VPC ${vpc.id} still has ${subnets.length} subnet(s).`);
    vpcLifecycle.run(ctx, vpc, 'delete', {
      in: state.vpcs,
      done: () => {
        for (const table of state.routeTables.values()) if (table.vpc_id === vpc.id) state.routeTables.delete(table.id);
      },
    });
    return empty(204);
  });
}
