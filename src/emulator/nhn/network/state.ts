import { stableUuid } from '../../ids.js';
import type { NhnRegion } from '../state.js';

/** A VPC (a Neutron network underneath: its id works wherever a network id is expected). */
export interface Vpc {
  id: string;
  name: string;
  cidrv4: string;
  tenantId: string;
  shared: boolean;
  external: boolean;
  createdAt: Date;
}

export interface VpcSubnet {
  id: string;
  name: string;
  vpcId: string;
  cidr: string;
  tenantId: string;
  createdAt: Date;
  /** Set when a routing table was attached explicitly; otherwise the VPC's default table applies. */
  explicitRoutingTableId?: string;
}

export interface RoutingTable {
  id: string;
  name: string;
  vpcId: string;
  tenantId: string;
  defaultTable: boolean;
  distributed: boolean;
  gatewayId?: string;
  createdAt: Date;
}

export interface Route {
  id: string;
  routingTableId: string;
  tenantId: string;
  cidr: string;
  /** An IP, or `local` for the VPC's own CIDR. */
  gateway: string;
  /** Only on the `0.0.0.0/0` route an internet gateway brings. */
  gatewayId?: string;
}

export interface InternetGateway {
  id: string;
  name: string;
  tenantId: string;
  externalNetworkId: string;
  routingTableId?: string;
  state: 'available' | 'unavailable' | 'migrating' | 'ERROR';
  createdAt: Date;
}

export interface FloatingIp {
  id: string;
  address: string;
  networkId: string;
  tenantId: string;
  status: 'ACTIVE' | 'DOWN' | 'ERROR';
  portId: string | null;
  fixedIp: string | null;
  routerId: string | null;
  deleteProtection: boolean;
  label: string;
}

export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  tenantId: string;
}

export interface SecurityGroupRule {
  id: string;
  securityGroupId: string;
  tenantId: string;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
  description: string | null;
}

export interface FixedIp {
  subnetId: string;
  ipAddress: string;
}

export interface Port {
  id: string;
  name: string;
  tenantId: string;
  networkId: string;
  status: 'ACTIVE' | 'BUILD' | 'DOWN';
  adminStateUp: boolean;
  macAddress: string;
  fixedIps: FixedIp[];
  deviceOwner: string;
  deviceId: string;
  securityGroups: string[];
  portSecurityEnabled: boolean;
  allowedAddressPairs: { ip_address: string; mac_address: string }[];
  extraDhcpOpts: unknown[];
  /** True for ports compute created for a server (deleted with it); false for ports a user created. */
  ownedByServer: boolean;
}

/** Everything one tenant's network service holds in one region. */
export interface NetworkState {
  vpcs: Map<string, Vpc>;
  subnets: Map<string, VpcSubnet>;
  routingTables: Map<string, RoutingTable>;
  routes: Map<string, Route>;
  internetGateways: Map<string, InternetGateway>;
  floatingIps: Map<string, FloatingIp>;
  securityGroups: Map<string, SecurityGroup>;
  securityGroupRules: Map<string, SecurityGroupRule>;
  ports: Map<string, Port>;
}

/** A fresh network state holding what every tenant starts with: the `default` security group. */
export function createNetworkState(tenantId: string, region: NhnRegion): NetworkState {
  const state: NetworkState = {
    vpcs: new Map(),
    subnets: new Map(),
    routingTables: new Map(),
    routes: new Map(),
    internetGateways: new Map(),
    floatingIps: new Map(),
    securityGroups: new Map(),
    securityGroupRules: new Map(),
    ports: new Map(),
  };
  const group: SecurityGroup = { id: stableUuid('nhn-security-group', tenantId, region, 'default'), name: 'default', description: 'Default security group', tenantId };
  state.securityGroups.set(group.id, group);
  // The default group lets its members talk to each other and everything out (nhn-network §8).
  for (const ethertype of ['IPv4', 'IPv6'] as const) {
    addRule(state, { ...openRule(group, 'ingress', ethertype), remoteGroupId: group.id });
    addRule(state, openRule(group, 'egress', ethertype));
  }
  return state;
}

/** An any-protocol rule of `group` without remote, as NHN creates them by default (its id derives from the group's). */
export function openRule(group: SecurityGroup, direction: 'ingress' | 'egress', ethertype: 'IPv4' | 'IPv6'): SecurityGroupRule {
  return {
    id: stableUuid(group.id, direction, ethertype),
    securityGroupId: group.id,
    tenantId: group.tenantId,
    direction,
    ethertype,
    protocol: null,
    portRangeMin: null,
    portRangeMax: null,
    remoteIpPrefix: null,
    remoteGroupId: null,
    description: null,
  };
}

export function addRule(state: NetworkState, rule: SecurityGroupRule): SecurityGroupRule {
  state.securityGroupRules.set(rule.id, rule);
  return rule;
}

/** The tenant's `default` security group (created with the state, never deletable). */
export function defaultSecurityGroup(state: NetworkState): SecurityGroup {
  return [...state.securityGroups.values()].find((g) => g.name === 'default')!;
}
