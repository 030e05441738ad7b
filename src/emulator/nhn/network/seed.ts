import type { EmulatorContext } from '../../context.js';
import { stableUuid } from '../../ids.js';
import { NHN_REGIONS, type NhnRegion } from '../state.js';
import { listServers } from '../compute/state.js';
import { allocateFloatingIp, associateFloatingIp } from './floating-ips.js';
import { addInternetGateway } from './internet-gateways.js';
import { allocateServerPorts } from './ports.js';
import { publicNetwork } from './public-network.js';
import { addSecurityGroup } from './security-groups.js';
import { addRule, type NetworkState, type SecurityGroupRule } from './state.js';
import { addRoutingTable, addSubnet, addVpc, attachGateway, defaultRoutingTable } from './topology.js';

/** What one tenant gets in one region. */
interface NetworkSeedPlan {
  /** Subnets of the `Default Network` VPC; the first one is where servers land. */
  subnets: { name: string; cidr: string; privateTable?: boolean }[];
  /** Extra security groups besides `default`, with their ingress TCP ports. */
  groups: { name: string; description: string; ports: number[]; remote: string }[];
  floatingIps: number;
}

const DEMO_PLAN: NetworkSeedPlan = {
  subnets: [
    { name: 'Default Network', cidr: '192.168.0.0/24' },
    { name: 'private-subnet', cidr: '192.168.10.0/24', privateTable: true },
  ],
  groups: [
    { name: 'web', description: 'HTTP, HTTPS and SSH from anywhere', ports: [22, 80, 443], remote: '0.0.0.0/0' },
    { name: 'db', description: 'MySQL from inside the VPC', ports: [3306], remote: '192.168.0.0/16' },
  ],
  floatingIps: 3,
};

/** When the seeded networks were made (the compute seed starts a day later). */
const SEEDED_AT = new Date('2025-06-01T00:00:00Z');

const OTHER_PLAN: NetworkSeedPlan = { subnets: [{ name: 'Default Network', cidr: '192.168.0.0/24' }], groups: [], floatingIps: 1 };

/**
 * Seeds the network NHN sets up for a project on first use (VPC console guide): the
 * `Default Network` VPC 192.168.0.0/16, its subnets, the default routing table with an
 * internet gateway, plus security groups and unassociated floating IPs. Ids are stable.
 */
export function seedNetwork(ctx: EmulatorContext, demoTenantId: string, otherTenantId: string): void {
  for (const region of NHN_REGIONS) seedRegion(ctx, demoTenantId, region, DEMO_PLAN);
  for (const region of ['kr1', 'kr2'] as const) seedRegion(ctx, otherTenantId, region, OTHER_PLAN);
}

function seedRegion(ctx: EmulatorContext, tenantId: string, region: NhnRegion, plan: NetworkSeedPlan): void {
  const state = ctx.nhn.region(tenantId, region).network;
  const id = (...parts: string[]) => stableUuid('nhn-seed', tenantId, region, ...parts);
  const vpc = addVpc(ctx, state, { id: id('vpc'), name: 'Default Network', cidrv4: '192.168.0.0/16', tenantId, createdAt: SEEDED_AT });
  const table = defaultRoutingTable(state, vpc.id);
  for (const subnet of plan.subnets) {
    const added = addSubnet(ctx, state, vpc, { id: id('subnet', subnet.name), name: subnet.name, cidr: subnet.cidr, createdAt: SEEDED_AT });
    if (subnet.privateTable) {
      added.explicitRoutingTableId = addRoutingTable(ctx, state, vpc, { id: id('routingtable', 'private'), name: 'private-rt', distributed: true, defaultTable: false, createdAt: SEEDED_AT }).id;
    }
  }
  const gateway = addInternetGateway(ctx, state, {
    id: id('internetgateway'),
    name: `ig-${table.id.slice(0, 13)}`,
    tenantId,
    externalNetworkId: publicNetwork(ctx, region).vpc.id,
    createdAt: SEEDED_AT,
  });
  attachGateway(ctx, state, table, gateway);
  gateway.state = 'available';

  for (const group of plan.groups) seedGroup(state, tenantId, id('security-group', group.name), group);
  for (let i = 0; i < plan.floatingIps; i++) allocateFloatingIp(ctx, region, state, tenantId, { id: id('floatingip', String(i)) });
}

/** Demo servers that get the region's seeded floating IPs, in order; the rest stay unassociated. */
const FLOATING_SERVERS: Partial<Record<NhnRegion, string[]>> = {
  kr1: ['web-01', 'web-02'],
  kr2: ['web-kr2-01'],
  jp1: ['web-jp-01'],
  us1: ['web-us-01'],
};

/**
 * Runs after the compute seed: every seeded server that ever launched gets a port in its
 * region's `Default Network` subnet (with the groups it was created with), and a few demo
 * servers get a floating IP.
 */
export function seedServerPorts(ctx: EmulatorContext, demoTenantId: string, otherTenantId: string): void {
  for (const tenantId of [demoTenantId, otherTenantId]) {
    for (const region of NHN_REGIONS) {
      const state = ctx.nhn.region(tenantId, region).network;
      for (const server of listServers(ctx, tenantId, region)) {
        // A server whose build failed was never wired to a network.
        if (server.launchedAt === null) continue;
        const ports = allocateServerPorts(ctx, state, { serverId: server.id, availabilityZone: server.availabilityZone, networks: [], securityGroups: server.securityGroups });
        for (const port of ports) port.status = 'ACTIVE';
      }
    }
  }
  for (const [region, names] of Object.entries(FLOATING_SERVERS) as [NhnRegion, string[]][]) {
    const state = ctx.nhn.region(demoTenantId, region).network;
    const servers = listServers(ctx, demoTenantId, region);
    const fips = [...state.floatingIps.values()];
    names.forEach((name, i) => {
      const server = servers.find((s) => s.name === name)!;
      const port = [...state.ports.values()].find((p) => p.deviceId === server.id)!;
      associateFloatingIp(ctx, state, fips[i]!, port);
      fips[i]!.status = 'ACTIVE';
    });
  }
}

function seedGroup(state: NetworkState, tenantId: string, groupId: string, plan: NetworkSeedPlan['groups'][number]): void {
  const group = addSecurityGroup(state, { id: groupId, name: plan.name, description: plan.description, tenantId });
  for (const port of plan.ports) {
    const rule: SecurityGroupRule = {
      id: stableUuid(group.id, 'ingress', String(port)),
      securityGroupId: group.id,
      tenantId,
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      portRangeMin: port,
      portRangeMax: port,
      remoteIpPrefix: plan.remote,
      remoteGroupId: null,
      description: '',
    };
    addRule(state, rule);
  }
}
