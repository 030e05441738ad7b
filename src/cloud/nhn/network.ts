import { ConflictError, NotFoundError, QuotaExceededError, ValidationError } from '../errors.js';
import {
  FLOATING_IP_STATUSES,
  type CreateFloatingIpSpec,
  type CreatePortSpec,
  type CreateRouteSpec,
  type CreateRoutingTableSpec,
  type CreateSecurityGroupRuleSpec,
  type CreateSubnetSpec,
  type CreateVpcSpec,
  type FloatingIp,
  type FloatingIpStatus,
  type InternetGateway,
  type Port,
  type PortFilter,
  type Route,
  type RoutingTable,
  type SecurityGroup,
  type SecurityGroupRule,
  type Subnet,
  type Vpc,
} from '../model.js';
import type { NetworkApi } from '../provider.js';
import type { NhnCall, NhnClient } from './client.js';
import { toDate } from './wire.js';
import { segment } from '../url.js';

// --- NHN network wire shapes (nhn-network.md; only the fields Hanul reads, NHN adds more) ---

/** NHN sends some booleans as strings (`"distributed": "true"`, nhn-notes §4). */
type Boolish = boolean | string | null | undefined;

interface NhnVpc {
  id: string;
  name: string;
  cidrv4: string;
  state?: string;
  shared?: Boolish;
  'router:external'?: Boolish;
  create_time?: string | null;
}

interface NhnVpcSubnet {
  id: string;
  name: string;
  vpc_id: string;
  cidr: string;
  gateway?: string | null;
  state?: string;
  shared?: Boolish;
  enable_dhcp?: Boolish;
  available_ip_count?: number | null;
  create_time?: string | null;
  routingtable?: { id: string; explicit?: Boolish } | null;
}

interface NhnRoute {
  id: string;
  cidr: string;
  /** An integer in every example, a String in one table (nhn-network §4). */
  mask?: number | string;
  gateway: string;
  gateway_id?: string | null;
  routingtable_id: string;
}

/** `vpcs`/`subnets` are `{id,name}` objects in the detail list and id strings in GET one. */
type IdRefs = (string | { id: string })[] | undefined;

interface NhnRoutingTable {
  id: string;
  name: string;
  default_table?: Boolish;
  distributed?: Boolish;
  gateway_id?: string | null;
  state?: string;
  create_time?: string | null;
  vpcs?: IdRefs;
  subnets?: IdRefs;
  routes?: NhnRoute[];
}

interface NhnInternetGateway {
  id: string;
  name: string;
  external_network_id?: string | null;
  routingtable_id?: string | null;
  state: string;
  migrate_status?: string | null;
  create_time?: string | null;
}

interface NeutronFloatingIp {
  id: string;
  floating_ip_address: string;
  floating_network_id?: string | null;
  status: string;
  port_id?: string | null;
  fixed_ip_address?: string | null;
  delete_protection?: Boolish;
  label?: string | null;
}

interface NeutronRule {
  id: string;
  security_group_id: string;
  direction: string;
  ethertype?: string;
  protocol?: string | null;
  port_range_min?: number | null;
  port_range_max?: number | null;
  remote_ip_prefix?: string | null;
  remote_group_id?: string | null;
  description?: string | null;
}

interface NeutronSecurityGroup {
  id: string;
  name: string;
  description?: string | null;
  security_group_rules?: NeutronRule[];
}

interface NeutronPort {
  id: string;
  name?: string;
  network_id: string;
  status: string;
  admin_state_up?: Boolish;
  mac_address?: string;
  fixed_ips?: { subnet_id: string; ip_address: string }[];
  device_owner?: string;
  device_id?: string;
  security_groups?: string[];
  port_security_enabled?: Boolish;
}

function bool(value: Boolish, fallback = false): boolean {
  if (value === undefined || value === null) return fallback;
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

function ids(refs: IdRefs): string[] {
  return (refs ?? []).map((r) => (typeof r === 'string' ? r : r.id));
}

function floatingStatus(raw: string): FloatingIpStatus {
  const upper = raw.toUpperCase();
  return (FLOATING_IP_STATUSES as readonly string[]).includes(upper) ? (upper as FloatingIpStatus) : 'UNKNOWN';
}


/**
 * NHN networking for one tenant: the NHN-native VPC API (vpcs, vpcsubnets, routingtables,
 * routes, internetgateways), Neutron floating IPs and security groups, and the
 * OpenStack-compatible ports. Knows the wire format; returns the provider-neutral model.
 */
export class NhnNetwork implements NetworkApi {
  constructor(private readonly client: NhnClient) {}

  // --- VPCs ---

  async listVpcs(region: string): Promise<Vpc[]> {
    const vpcs = await this.list<NhnVpc>(region, '/v2.0/vpcs', 'vpcs');
    return vpcs.map((v) => this.vpc(region, v));
  }

  async createVpc(region: string, spec: CreateVpcSpec): Promise<Vpc> {
    const body = await this.call<{ vpc: NhnVpc }>(region, { method: 'POST', path: '/v2.0/vpcs', body: { vpc: { name: spec.name, cidrv4: spec.cidr } } });
    return this.vpc(region, body.vpc);
  }

  async updateVpc(region: string, id: string, change: { name?: string; cidr?: string }): Promise<Vpc> {
    const body = await this.call<{ vpc: NhnVpc }>(region, {
      method: 'PUT',
      path: `/v2.0/vpcs/${segment(id)}`,
      body: { vpc: { name: change.name, cidrv4: change.cidr } },
      resourceType: 'Vpc',
      resourceId: id,
    });
    return this.vpc(region, body.vpc);
  }

  async deleteVpc(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/vpcs/${segment(id)}`, resourceType: 'Vpc', resourceId: id });
  }

  // --- subnets ---

  async listSubnets(region: string): Promise<Subnet[]> {
    const subnets = await this.list<NhnVpcSubnet>(region, '/v2.0/vpcsubnets', 'vpcsubnets');
    return subnets.map((s) => this.subnet(region, s));
  }

  async createSubnet(region: string, spec: CreateSubnetSpec): Promise<Subnet> {
    const body = await this.call<{ vpcsubnet: NhnVpcSubnet }>(region, {
      method: 'POST',
      path: '/v2.0/vpcsubnets',
      body: { vpcsubnet: { vpc_id: spec.vpcId, cidr: spec.cidr, name: spec.name } },
      resourceType: 'Vpc',
      resourceId: spec.vpcId,
    });
    // Create answers a reduced shape (no routing table, no free-address count): read it back.
    return this.getSubnet(region, body.vpcsubnet.id);
  }

  async updateSubnet(region: string, id: string, change: { name: string }): Promise<Subnet> {
    await this.call<{ vpcsubnet: NhnVpcSubnet }>(region, {
      method: 'PUT',
      path: `/v2.0/vpcsubnets/${segment(id)}`,
      body: { vpcsubnet: { name: change.name } },
      resourceType: 'Subnet',
      resourceId: id,
    });
    return this.getSubnet(region, id);
  }

  async deleteSubnet(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/vpcsubnets/${segment(id)}`, resourceType: 'Subnet', resourceId: id });
  }

  async attachRoutingTable(region: string, subnetId: string, routingTableId: string): Promise<Subnet> {
    // The table id sits at the top level of the body, unwrapped (nhn-network §3).
    const body = await this.call<{ vpcsubnet: NhnVpcSubnet }>(region, {
      method: 'PUT',
      path: `/v2.0/vpcsubnets/${segment(subnetId)}/attach_routingtable`,
      body: { routingtable_id: routingTableId },
      resourceType: 'Subnet',
      resourceId: subnetId,
    });
    return this.subnet(region, body.vpcsubnet);
  }

  async detachRoutingTable(region: string, subnetId: string): Promise<Subnet> {
    const body = await this.call<{ vpcsubnet: NhnVpcSubnet }>(region, {
      method: 'PUT',
      path: `/v2.0/vpcsubnets/${segment(subnetId)}/detach_routingtable`,
      resourceType: 'Subnet',
      resourceId: subnetId,
    });
    return this.subnet(region, body.vpcsubnet);
  }

  private async getSubnet(region: string, id: string): Promise<Subnet> {
    const body = await this.call<{ vpcsubnet: NhnVpcSubnet }>(region, { path: `/v2.0/vpcsubnets/${segment(id)}`, resourceType: 'Subnet', resourceId: id });
    return this.subnet(region, body.vpcsubnet);
  }

  // --- routing tables and routes ---

  async listRoutingTables(region: string): Promise<RoutingTable[]> {
    // `detail=true` adds each table's VPC and subnets to the list items (nhn-network §4).
    const tables = await this.list<NhnRoutingTable>(region, '/v2.0/routingtables', 'routingtables', { detail: 'true' });
    return tables.map((t) => this.routingTable(region, t));
  }

  async createRoutingTable(region: string, spec: CreateRoutingTableSpec): Promise<RoutingTable> {
    const body = await this.call<{ routingtable: NhnRoutingTable }>(region, {
      method: 'POST',
      path: '/v2.0/routingtables',
      body: { routingtable: { name: spec.name, vpc_id: spec.vpcId, ...(spec.distributed === undefined ? {} : { distributed: spec.distributed }) } },
      resourceType: 'Vpc',
      resourceId: spec.vpcId,
    });
    // Create answers the short shape, without the VPC: read it back.
    return this.getRoutingTable(region, body.routingtable.id);
  }

  async updateRoutingTable(region: string, id: string, change: { name?: string; distributed?: boolean }): Promise<RoutingTable> {
    await this.call<{ routingtable: NhnRoutingTable }>(region, {
      method: 'PUT',
      path: `/v2.0/routingtables/${segment(id)}`,
      body: { routingtable: { name: change.name, distributed: change.distributed } },
      resourceType: 'RoutingTable',
      resourceId: id,
    });
    return this.getRoutingTable(region, id);
  }

  async deleteRoutingTable(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/routingtables/${segment(id)}`, resourceType: 'RoutingTable', resourceId: id });
  }

  setDefaultRoutingTable(region: string, id: string): Promise<RoutingTable> {
    return this.tableAction(region, id, 'set_as_default');
  }

  attachInternetGateway(region: string, routingTableId: string, internetGatewayId: string): Promise<RoutingTable> {
    return this.tableAction(region, routingTableId, 'attach_gateway', { gateway_id: internetGatewayId });
  }

  detachInternetGateway(region: string, routingTableId: string): Promise<RoutingTable> {
    return this.tableAction(region, routingTableId, 'detach_gateway');
  }

  private async tableAction(region: string, id: string, action: string, body?: unknown): Promise<RoutingTable> {
    const answer = await this.call<{ routingtable: NhnRoutingTable }>(region, {
      method: 'PUT',
      path: `/v2.0/routingtables/${segment(id)}/${action}`,
      body,
      resourceType: 'RoutingTable',
      resourceId: id,
    });
    return this.routingTable(region, answer.routingtable);
  }

  private async getRoutingTable(region: string, id: string): Promise<RoutingTable> {
    const body = await this.call<{ routingtable: NhnRoutingTable }>(region, { path: `/v2.0/routingtables/${segment(id)}`, resourceType: 'RoutingTable', resourceId: id });
    return this.routingTable(region, body.routingtable);
  }

  async listRoutes(region: string): Promise<Route[]> {
    const routes = await this.list<NhnRoute>(region, '/v2.0/routes', 'routes');
    return routes.map((r) => this.route(region, r));
  }

  async createRoute(region: string, spec: CreateRouteSpec): Promise<Route> {
    const body = await this.call<{ route: NhnRoute }>(region, {
      method: 'POST',
      path: '/v2.0/routes',
      body: { route: { routingtable_id: spec.routingTableId, cidr: spec.cidr, gateway: spec.gateway } },
      resourceType: 'RoutingTable',
      resourceId: spec.routingTableId,
    });
    return this.route(region, body.route);
  }

  async deleteRoute(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/routes/${segment(id)}`, resourceType: 'Route', resourceId: id });
  }

  // --- internet gateways ---

  async listInternetGateways(region: string): Promise<InternetGateway[]> {
    const gateways = await this.list<NhnInternetGateway>(region, '/v2.0/internetgateways', 'internetgateways');
    return gateways.map((g) => this.internetGateway(region, g));
  }

  async createInternetGateway(region: string, spec: { name: string; externalNetworkId?: string }): Promise<InternetGateway> {
    const externalNetworkId = spec.externalNetworkId ?? (await this.externalNetworkId(region));
    const body = await this.call<{ internetgateway: NhnInternetGateway }>(region, {
      method: 'POST',
      path: '/v2.0/internetgateways',
      body: { internetgateway: { name: spec.name, external_network_id: externalNetworkId } },
    });
    return this.internetGateway(region, body.internetgateway);
  }

  async deleteInternetGateway(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/internetgateways/${segment(id)}`, resourceType: 'InternetGateway', resourceId: id });
  }

  /** The id of the region's external network (`public_network`, nhn-network §2.1). */
  private async externalNetworkId(region: string): Promise<string> {
    const external = await this.list<NhnVpc>(region, '/v2.0/vpcs', 'vpcs', { 'router:external': 'true' });
    const id = external[0]?.id;
    if (!id) throw new NotFoundError('Vpc', 'external', `${region} has no external network`);
    return id;
  }

  // --- floating IPs ---

  async listFloatingIps(region: string): Promise<FloatingIp[]> {
    const fips = await this.list<NeutronFloatingIp>(region, '/v2.0/floatingips', 'floatingips');
    return fips.map((f) => this.floatingIp(region, f));
  }

  async createFloatingIp(region: string, spec: CreateFloatingIpSpec): Promise<FloatingIp> {
    const externalNetworkId = spec.externalNetworkId ?? (await this.externalNetworkId(region));
    const body = await this.call<{ floatingip: NeutronFloatingIp }>(region, {
      method: 'POST',
      path: '/v2.0/floatingips',
      body: {
        floatingip: {
          floating_network_id: externalNetworkId,
          ...(spec.portId ? { port_id: spec.portId } : {}),
          ...(spec.label ? { label: spec.label } : {}),
        },
      },
      resourceType: 'Port',
      resourceId: spec.portId,
    });
    return this.floatingIp(region, body.floatingip);
  }

  async associateFloatingIp(region: string, id: string, portId: string, fixedIpAddress?: string): Promise<FloatingIp> {
    try {
      // No resource type: a 404 here may be the floating IP, the port, or an unreachable external network.
      const body = await this.call<{ floatingip: NeutronFloatingIp }>(region, {
        method: 'PUT',
        path: `/v2.0/floatingips/${segment(id)}`,
        body: { floatingip: { port_id: portId, ...(fixedIpAddress ? { fixed_ip_address: fixedIpAddress } : {}) } },
      });
      return this.floatingIp(region, body.floatingip);
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      // Neutron's ExternalGatewayForFloatingIPNotFound: the port's subnet has no internet gateway.
      if (/not reachable|external gateway/i.test(err.message)) throw new ConflictError(err.message);
      if (/port/i.test(err.message)) throw new NotFoundError('Port', portId);
      throw new NotFoundError('FloatingIp', id);
    }
  }

  disassociateFloatingIp(region: string, id: string): Promise<FloatingIp> {
    return this.updateFloatingIp(region, id, { port_id: null });
  }

  private async updateFloatingIp(region: string, id: string, change: Record<string, unknown>): Promise<FloatingIp> {
    const body = await this.call<{ floatingip: NeutronFloatingIp }>(region, {
      method: 'PUT',
      path: `/v2.0/floatingips/${segment(id)}`,
      body: { floatingip: change },
      resourceType: 'FloatingIp',
      resourceId: id,
    });
    return this.floatingIp(region, body.floatingip);
  }

  async deleteFloatingIp(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/floatingips/${segment(id)}`, resourceType: 'FloatingIp', resourceId: id });
  }

  // --- security groups ---

  async listSecurityGroups(region: string): Promise<SecurityGroup[]> {
    const groups = await this.list<NeutronSecurityGroup>(region, '/v2.0/security-groups', 'security_groups');
    return groups.map((g) => this.securityGroup(region, g));
  }

  async createSecurityGroup(region: string, spec: { name: string; description?: string }): Promise<SecurityGroup> {
    const body = await this.call<{ security_group: NeutronSecurityGroup }>(region, {
      method: 'POST',
      path: '/v2.0/security-groups',
      body: { security_group: { name: spec.name, ...(spec.description === undefined ? {} : { description: spec.description }) } },
    });
    return this.securityGroup(region, body.security_group);
  }

  async updateSecurityGroup(region: string, id: string, change: { name?: string; description?: string }): Promise<SecurityGroup> {
    const body = await this.call<{ security_group: NeutronSecurityGroup }>(region, {
      method: 'PUT',
      path: `/v2.0/security-groups/${segment(id)}`,
      body: { security_group: change },
      resourceType: 'SecurityGroup',
      resourceId: id,
    });
    return this.securityGroup(region, body.security_group);
  }

  async deleteSecurityGroup(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/security-groups/${segment(id)}`, resourceType: 'SecurityGroup', resourceId: id });
  }

  async createSecurityGroupRule(region: string, spec: CreateSecurityGroupRuleSpec): Promise<SecurityGroupRule> {
    const body = await this.call<{ security_group_rule: NeutronRule }>(region, {
      method: 'POST',
      path: '/v2.0/security-group-rules',
      body: {
        security_group_rule: {
          security_group_id: spec.securityGroupId,
          direction: spec.direction.toLowerCase(),
          // Only IPv4 rules can be created through the API (nhn-network §9).
          ethertype: 'IPv4',
          protocol: spec.protocol,
          port_range_min: spec.portRangeMin,
          port_range_max: spec.portRangeMax,
          remote_ip_prefix: spec.remoteIpPrefix,
          remote_group_id: spec.remoteGroupId,
          ...(spec.description === null ? {} : { description: spec.description }),
        },
      },
      resourceType: 'SecurityGroup',
      resourceId: spec.securityGroupId,
    });
    return this.rule(region, body.security_group_rule);
  }

  async deleteSecurityGroupRule(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/security-group-rules/${segment(id)}`, resourceType: 'SecurityGroupRule', resourceId: id });
  }

  // --- ports ---

  async listPorts(region: string, filter: PortFilter = {}): Promise<Port[]> {
    const ports = await this.list<NeutronPort>(region, '/v2.0/ports', 'ports', { device_id: filter.deviceId, network_id: filter.vpcId });
    return ports.map((p) => this.port(region, p));
  }

  async createPort(region: string, spec: CreatePortSpec): Promise<Port> {
    const fixed = spec.subnetId || spec.ipAddress ? [{ ...(spec.subnetId ? { subnet_id: spec.subnetId } : {}), ...(spec.ipAddress ? { ip_address: spec.ipAddress } : {}) }] : undefined;
    const body = await this.call<{ port: NeutronPort }>(region, {
      method: 'POST',
      path: '/v2.0/ports',
      body: {
        port: {
          network_id: spec.vpcId,
          name: spec.name,
          ...(fixed ? { fixed_ips: fixed } : {}),
          ...(spec.securityGroupIds ? { security_groups: spec.securityGroupIds } : {}),
        },
      },
      resourceType: 'Vpc',
      resourceId: spec.vpcId,
    });
    return this.port(region, body.port);
  }

  async updatePort(region: string, id: string, change: { name?: string; securityGroupIds?: string[] }): Promise<Port> {
    const body = await this.call<{ port: NeutronPort }>(region, {
      method: 'PUT',
      path: `/v2.0/ports/${segment(id)}`,
      body: { port: { name: change.name, security_groups: change.securityGroupIds } },
      resourceType: 'Port',
      resourceId: id,
    });
    return this.port(region, body.port);
  }

  async deletePort(region: string, id: string): Promise<void> {
    await this.send(region, { method: 'DELETE', path: `/v2.0/ports/${segment(id)}`, resourceType: 'Port', resourceId: id });
  }

  // --- transport ---

  /**
   * A Neutron-style list: the whole collection, following `{key}_links` next links where
   * the cloud paginates (it does only when asked with `limit`, nhn-network §1.3).
   */
  private async list<T extends { id: string }>(region: string, path: string, key: string, query: Record<string, string | undefined> = {}): Promise<T[]> {
    const items: T[] = [];
    let marker: string | undefined;
    for (;;) {
      const body = await this.call<Record<string, unknown>>(region, { path, query: { ...query, marker } });
      const page = (body[key] ?? []) as T[];
      items.push(...page);
      const next = (body[`${key}_links`] as { rel: string; href: string }[] | undefined)?.find((l) => l.rel === 'next');
      if (!next || page.length === 0) return items;
      marker = new URL(next.href).searchParams.get('marker') ?? page[page.length - 1]!.id;
    }
  }

  private async call<T>(region: string, call: NhnCall): Promise<T> {
    try {
      return await this.client.json<T>('network', region, call);
    } catch (err) {
      throw refine(err);
    }
  }

  private async send(region: string, call: NhnCall): Promise<void> {
    try {
      await this.client.raw('network', region, call);
    } catch (err) {
      throw refine(err);
    }
  }

  // --- mappers ---

  private vpc(region: string, v: NhnVpc): Vpc {
    return {
      provider: 'NHN',
      region,
      id: v.id,
      name: v.name,
      cidr: v.cidrv4,
      state: v.state ?? 'available',
      shared: bool(v.shared),
      external: bool(v['router:external']),
      createdAt: toDate(v.create_time),
      rawCreatedAt: v.create_time ?? null,
    };
  }

  private subnet(region: string, s: NhnVpcSubnet): Subnet {
    return {
      provider: 'NHN',
      region,
      id: s.id,
      name: s.name,
      vpcId: s.vpc_id,
      cidr: s.cidr,
      gatewayIp: s.gateway ?? null,
      state: s.state ?? 'available',
      shared: bool(s.shared),
      dhcpEnabled: bool(s.enable_dhcp, true),
      availableIpCount: typeof s.available_ip_count === 'number' ? s.available_ip_count : null,
      routingTableId: s.routingtable?.id ?? null,
      routingTableExplicit: bool(s.routingtable?.explicit),
      // NHN subnets span the region's zones.
      availabilityZone: null,
      createdAt: toDate(s.create_time),
      rawCreatedAt: s.create_time ?? null,
    };
  }

  private routingTable(region: string, t: NhnRoutingTable): RoutingTable {
    return {
      provider: 'NHN',
      region,
      id: t.id,
      name: t.name,
      vpcId: ids(t.vpcs)[0] ?? null,
      isDefault: bool(t.default_table),
      distributed: bool(t.distributed, true),
      internetGatewayId: t.gateway_id || null,
      subnetIds: ids(t.subnets),
      state: t.state ?? 'available',
      createdAt: toDate(t.create_time),
      rawCreatedAt: t.create_time ?? null,
    };
  }

  private route(region: string, r: NhnRoute): Route {
    const mask = Number(r.mask ?? r.cidr.split('/')[1] ?? 0);
    return {
      provider: 'NHN',
      region,
      id: r.id,
      routingTableId: r.routingtable_id,
      cidr: r.cidr,
      prefixLength: Number.isFinite(mask) ? mask : 0,
      gateway: r.gateway,
      internetGatewayId: r.gateway_id || null,
    };
  }

  private internetGateway(region: string, g: NhnInternetGateway): InternetGateway {
    return {
      provider: 'NHN',
      region,
      id: g.id,
      name: g.name,
      externalNetworkId: g.external_network_id ?? null,
      routingTableId: g.routingtable_id || null,
      state: g.state,
      migrateStatus: g.migrate_status ?? null,
      createdAt: toDate(g.create_time),
      rawCreatedAt: g.create_time ?? null,
    };
  }

  private floatingIp(region: string, f: NeutronFloatingIp): FloatingIp {
    return {
      provider: 'NHN',
      region,
      id: f.id,
      address: f.floating_ip_address,
      externalNetworkId: f.floating_network_id ?? null,
      status: floatingStatus(f.status),
      rawStatus: f.status,
      portId: f.port_id || null,
      fixedIpAddress: f.fixed_ip_address || null,
      deleteProtection: bool(f.delete_protection),
      label: f.label || null,
    };
  }

  private securityGroup(region: string, g: NeutronSecurityGroup): SecurityGroup {
    return {
      provider: 'NHN',
      region,
      id: g.id,
      name: g.name,
      description: g.description ?? null,
      rules: (g.security_group_rules ?? []).map((r) => this.rule(region, r)),
    };
  }

  private rule(region: string, r: NeutronRule): SecurityGroupRule {
    return {
      provider: 'NHN',
      region,
      id: r.id,
      securityGroupId: r.security_group_id,
      direction: r.direction.toLowerCase() === 'egress' ? 'EGRESS' : 'INGRESS',
      etherType: r.ethertype ?? 'IPv4',
      protocol: r.protocol ?? null,
      portRangeMin: r.port_range_min ?? null,
      portRangeMax: r.port_range_max ?? null,
      remoteIpPrefix: r.remote_ip_prefix ?? null,
      remoteGroupId: r.remote_group_id ?? null,
      description: r.description ?? null,
    };
  }

  private port(region: string, p: NeutronPort): Port {
    return {
      provider: 'NHN',
      region,
      id: p.id,
      name: p.name ?? '',
      vpcId: p.network_id,
      status: p.status,
      adminStateUp: bool(p.admin_state_up, true),
      macAddress: p.mac_address ?? null,
      fixedIps: (p.fixed_ips ?? []).map((ip) => ({ subnetId: ip.subnet_id, ipAddress: ip.ip_address })),
      deviceOwner: p.device_owner ?? '',
      deviceId: p.device_id ?? '',
      securityGroupIds: p.security_groups ?? [],
      portSecurityEnabled: bool(p.port_security_enabled, true),
    };
  }
}

/**
 * Neutron answers 409 both for "in use" and for quota (`OverQuota`, nhn-network §1.4), and
 * 400 for a few refusals of the current state; sort them into Hanul's errors.
 */
function refine(err: unknown): unknown {
  if (err instanceof ConflictError && /quota/i.test(err.message)) return new QuotaExceededError(err.message);
  if (err instanceof ValidationError && /already (associated|attached)|in use/i.test(err.message)) return new ConflictError(err.message);
  return err;
}
