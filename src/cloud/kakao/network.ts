import { NotFoundError, ValidationError } from '../errors.js';
import {
  enumFrom,
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
import { toDate } from '../wire.js';
import type { KakaoCall, KakaoClient, KakaoService } from './client.js';
import { segment } from '../url.js';

// --- VPC and network service wire shapes (kakaocloud §6, §7; only what Hanul reads, nearly all nullable) ---

interface KakaoVpc {
  id: string;
  name: string;
  cidr_block: string;
  provisioning_status: string;
  igw?: { id: string; name?: string | null; provisioning_status?: string | null; operating_status?: string | null } | null;
  default_route_table?: { id: string } | null;
  created_at?: string | null;
}

interface KakaoSubnet {
  id: string;
  name: string;
  vpc_id: string;
  cidr_block: string;
  availability_zone?: string | null;
  provisioning_status: string;
  is_shared?: boolean | null;
  route_table_id?: string | null;
  created_at?: string | null;
}

interface KakaoRoute {
  id: string;
  destination: string;
  /** `local`, `igw`, `instance` or `tgw`. */
  target_type?: string | null;
  target_id?: string | null;
  is_local_route?: boolean | null;
}

interface KakaoRouteTable {
  id: string;
  name: string;
  vpc_id: string;
  is_main?: boolean | null;
  provisioning_status: string;
  associations?: { id: string; subnet_id: string }[] | null;
  routes?: KakaoRoute[] | null;
  created_at?: string | null;
}

interface KakaoNetworkInterface {
  id: string;
  name?: string | null;
  status: string;
  vpc_id: string;
  subnet_id: string;
  mac_address?: string | null;
  private_ip?: string | null;
  secondary_ips?: string[] | null;
  device_id?: string | null;
  device_owner?: string | null;
  is_network_interface_security_enabled?: boolean | null;
  security_groups?: { id: string }[] | null;
}

interface KakaoPublicIp {
  id: string;
  status: string;
  public_ip: string;
  private_ip?: string | null;
  description?: string | null;
  /** The network interface it is attached to. */
  related_resource?: { id: string } | null;
}

interface KakaoRule {
  id: string;
  direction: string;
  /** Upper case: TCP, UDP, ICMP, IPIP, ALL (kakaocloud §7.2). */
  protocol?: string | null;
  /** Integers in requests, strings in responses (kakaocloud §7.2). */
  port_range_min?: string | number | null;
  port_range_max?: string | number | null;
  remote_ip_prefix?: string | null;
  remote_group_id?: string | null;
  description?: string | null;
}

interface KakaoSecurityGroup {
  id: string;
  name: string;
  description?: string | null;
  rules?: KakaoRule[] | null;
}

/** Public IP words (kakaocloud §7.1) as Neutron floating IP statuses: attached is ACTIVE, anything else DOWN. */
const PUBLIC_IP_STATUS: Record<string, FloatingIpStatus> = { IN_USE: 'ACTIVE', AVAILABLE: 'DOWN', ATTACHING: 'DOWN' };

/** Neutron protocol names as the security group API spells them; null is any protocol. */
const RULE_PROTOCOLS: Record<string, string> = { tcp: 'TCP', udp: 'UDP', icmp: 'ICMP', ipip: 'IPIP', '4': 'IPIP', '6': 'TCP', '17': 'UDP', '1': 'ICMP' };

function portNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

function prefixLength(cidr: string): number {
  return Number(cidr.split('/')[1] ?? 32);
}


/**
 * KakaoCloud networking for one project: VPCs, subnets, route tables and network
 * interfaces on the vpc service, public IPs and security groups on the network service
 * (kakaocloud §6, §7). Route tables belong to a VPC and point at resources (an internet
 * gateway, an instance) rather than addresses; every VPC comes with its own internet
 * gateway; network interfaces are the ports, public IPs the floating IPs.
 */
export class KakaoNetwork implements NetworkApi {
  private readonly tablesInFlight = new Map<string, Promise<KakaoRouteTable[]>>();

  constructor(private readonly client: KakaoClient) {}

  // --- VPCs ---

  /** The project's VPCs. KakaoCloud has no external network to list: public IPs are allocated from none. */
  async listVpcs(region: string): Promise<Vpc[]> {
    return (await this.client.list<KakaoVpc>('vpc', region, '/api/v1/vpcs', 'vpcs')).map((v) => this.vpc(region, v));
  }

  async createVpc(region: string, spec: CreateVpcSpec): Promise<Vpc> {
    const body = await this.client.json<{ vpc: KakaoVpc }>('vpc', region, { method: 'POST', path: '/api/v1/vpcs', body: { vpc: { name: spec.name, cidr_block: spec.cidr } } });
    return this.vpc(region, body.vpc);
  }

  async updateVpc(region: string, id: string, change: { name?: string; cidr?: string }): Promise<Vpc> {
    if (change.cidr !== undefined) throw new ValidationError('A KakaoCloud VPC keeps the block it was created with; only its name can change', ['input', 'cidr']);
    const body = change.name === undefined
      ? await this.json<{ vpc: KakaoVpc }>(region, 'vpc', { path: `/api/v1/vpcs/${segment(id)}` }, 'Vpc', id)
      : await this.json<{ vpc: KakaoVpc }>(region, 'vpc', { method: 'PUT', path: `/api/v1/vpcs/${segment(id)}`, body: { vpc: { name: change.name } } }, 'Vpc', id);
    return this.vpc(region, body.vpc);
  }

  async deleteVpc(region: string, id: string): Promise<void> {
    await this.send(region, 'vpc', { method: 'DELETE', path: `/api/v1/vpcs/${segment(id)}` }, 'Vpc', id);
  }

  // --- subnets ---

  /** Subnets and, to tell inherited from chosen tables, the route tables (two calls). */
  async listSubnets(region: string): Promise<Subnet[]> {
    const [subnets, tables] = await Promise.all([this.client.list<KakaoSubnet>('vpc', region, '/api/v1/subnets', 'subnets'), this.routeTables(region)]);
    return subnets.map((s) => this.subnet(region, s, tables));
  }

  async createSubnet(region: string, spec: CreateSubnetSpec): Promise<Subnet> {
    if (!spec.availabilityZone) {
      throw new ValidationError('A KakaoCloud subnet lives in one availability zone: give availabilityZone (Region.availabilityZones lists them)', ['input', 'availabilityZone']);
    }
    const body = await this.client.json<{ subnet: KakaoSubnet }>('vpc', region, {
      method: 'POST',
      path: '/api/v1/subnets',
      body: { subnet: { name: spec.name, vpc_id: spec.vpcId, cidr_block: spec.cidr, availability_zone: spec.availabilityZone } },
    });
    return this.subnet(region, body.subnet, await this.routeTables(region));
  }

  async updateSubnet(region: string, id: string, change: { name: string }): Promise<Subnet> {
    await this.send(region, 'vpc', { method: 'PUT', path: `/api/v1/subnets/${segment(id)}`, body: { subnet: { name: change.name } } }, 'Subnet', id);
    return this.getSubnet(region, id);
  }

  async deleteSubnet(region: string, id: string): Promise<void> {
    await this.send(region, 'vpc', { method: 'DELETE', path: `/api/v1/subnets/${segment(id)}` }, 'Subnet', id);
  }

  /** Moves the subnet's association to the table (`PUT /route-tables/{id}/associations/{association}`). */
  async attachRoutingTable(region: string, subnetId: string, routingTableId: string): Promise<Subnet> {
    const { association } = this.associationOf(await this.routeTables(region), subnetId);
    await this.send(region, 'vpc', { method: 'PUT', path: `/api/v1/route-tables/${segment(routingTableId)}/associations/${segment(association)}` }, 'RoutingTable', routingTableId);
    return this.getSubnet(region, subnetId);
  }

  /** Moves the subnet back to its VPC's main table. */
  async detachRoutingTable(region: string, subnetId: string): Promise<Subnet> {
    const tables = await this.routeTables(region);
    const { table, association } = this.associationOf(tables, subnetId);
    const main = tables.find((t) => t.vpc_id === table.vpc_id && t.is_main);
    if (main && main.id !== table.id) {
      await this.send(region, 'vpc', { method: 'PUT', path: `/api/v1/route-tables/${segment(main.id)}/associations/${segment(association)}` }, 'RoutingTable', main.id);
    }
    return this.getSubnet(region, subnetId);
  }

  private associationOf(tables: KakaoRouteTable[], subnetId: string): { table: KakaoRouteTable; association: string } {
    for (const table of tables) {
      const found = table.associations?.find((a) => a.subnet_id === subnetId);
      if (found) return { table, association: found.id };
    }
    throw new NotFoundError('Subnet', subnetId, `Subnet ${subnetId} is not associated with any route table`);
  }

  private async getSubnet(region: string, id: string): Promise<Subnet> {
    const [body, tables] = await Promise.all([this.json<{ subnet: KakaoSubnet }>(region, 'vpc', { path: `/api/v1/subnets/${segment(id)}` }, 'Subnet', id), this.routeTables(region)]);
    return this.subnet(region, body.subnet, tables);
  }

  // --- route tables and routes ---

  async listRoutingTables(region: string): Promise<RoutingTable[]> {
    return (await this.routeTables(region)).map((t) => this.routingTable(region, t));
  }

  /** Tables route centrally on KakaoCloud: `distributed` has no counterpart and is ignored. */
  async createRoutingTable(region: string, spec: CreateRoutingTableSpec): Promise<RoutingTable> {
    const body = await this.client.json<{ vpc_route_table: KakaoRouteTable }>('vpc', region, {
      method: 'POST',
      path: '/api/v1/route-tables',
      body: { vpc_route_table: { name: spec.name, vpc_id: spec.vpcId } },
    });
    return this.routingTable(region, body.vpc_route_table);
  }

  async updateRoutingTable(region: string, id: string, change: { name?: string; distributed?: boolean }): Promise<RoutingTable> {
    if (change.name !== undefined) throw new ValidationError('KakaoCloud route tables cannot be renamed', ['input', 'name']);
    if (change.distributed !== undefined) throw new ValidationError('KakaoCloud route tables have no distributed mode', ['input', 'distributed']);
    return this.getRoutingTable(region, id);
  }

  async deleteRoutingTable(region: string, id: string): Promise<void> {
    await this.send(region, 'vpc', { method: 'DELETE', path: `/api/v1/route-tables/${segment(id)}` }, 'RoutingTable', id);
  }

  /** `PUT /route-tables/{id}/main`: the table becomes its VPC's main one. */
  async setDefaultRoutingTable(region: string, id: string): Promise<RoutingTable> {
    await this.send(region, 'vpc', { method: 'PUT', path: `/api/v1/route-tables/${segment(id)}/main` }, 'RoutingTable', id);
    return this.getRoutingTable(region, id);
  }

  /** Adds the default route `0.0.0.0/0` to the internet gateway (route type `igw`). */
  async attachInternetGateway(region: string, routingTableId: string, internetGatewayId: string): Promise<RoutingTable> {
    await this.send(region, 'vpc', {
      method: 'POST',
      path: `/api/v1/route-tables/${segment(routingTableId)}/routes`,
      body: { vpc_route: { route_type: 'igw', target_id: internetGatewayId, destination: '0.0.0.0/0' } },
    }, 'RoutingTable', routingTableId);
    return this.getRoutingTable(region, routingTableId);
  }

  /** Removes the table's routes to an internet gateway. */
  async detachInternetGateway(region: string, routingTableId: string): Promise<RoutingTable> {
    const table = await this.routeTable(region, routingTableId);
    for (const route of (table.routes ?? []).filter((r) => r.target_type === 'igw')) {
      await this.send(region, 'vpc', { method: 'DELETE', path: `/api/v1/route-tables/${segment(table.id)}/routes/${segment(route.id)}` }, 'Route', route.id);
    }
    return this.getRoutingTable(region, routingTableId);
  }

  /** Every table's routes, from the one route table list. */
  async listRoutes(region: string): Promise<Route[]> {
    return (await this.routeTables(region)).flatMap((t) => (t.routes ?? []).map((r) => this.route(region, t.id, r)));
  }

  /**
   * KakaoCloud routes to a resource, not an address (route types `igw`, `instance`, `tgw`):
   * the next hop given is the private address of an instance in the table's VPC, and the
   * route targets that instance.
   */
  async createRoute(region: string, spec: CreateRouteSpec): Promise<Route> {
    const table = await this.routeTable(region, spec.routingTableId);
    const nics = await this.client.list<KakaoNetworkInterface>('vpc', region, '/api/v1/network-interfaces', 'network_interfaces', { private_ip: spec.gateway, vpc_id: table.vpc_id });
    const instanceId = nics.find((n) => n.device_id)?.device_id;
    if (!instanceId) {
      throw new ValidationError(`No instance in the route table's VPC has the address ${spec.gateway}: KakaoCloud routes point at an instance`, ['input', 'gateway']);
    }
    const body = await this.json<{ vpc_route: KakaoRoute }>(region, 'vpc', {
      method: 'POST',
      path: `/api/v1/route-tables/${segment(table.id)}/routes`,
      body: { vpc_route: { route_type: 'instance', target_id: instanceId, destination: spec.cidr } },
    }, 'RoutingTable', table.id);
    return this.route(region, table.id, body.vpc_route);
  }

  async deleteRoute(region: string, id: string): Promise<void> {
    const table = (await this.routeTables(region)).find((t) => t.routes?.some((r) => r.id === id));
    if (!table) throw new NotFoundError('Route', id);
    await this.send(region, 'vpc', { method: 'DELETE', path: `/api/v1/route-tables/${segment(table.id)}/routes/${segment(id)}` }, 'Route', id);
  }

  /**
   * The route table list, which subnets, routes and gateways are all read from: callers
   * asking while a list call is in flight share it (nothing is kept once it answers).
   */
  private routeTables(region: string): Promise<KakaoRouteTable[]> {
    let pending = this.tablesInFlight.get(region);
    if (!pending) {
      pending = this.client.list<KakaoRouteTable>('vpc', region, '/api/v1/route-tables', 'vpc_route_tables');
      this.tablesInFlight.set(region, pending);
      const done = () => this.tablesInFlight.delete(region);
      pending.then(done, done);
    }
    return pending;
  }

  private async routeTable(region: string, id: string): Promise<KakaoRouteTable> {
    return (await this.json<{ vpc_route_table: KakaoRouteTable }>(region, 'vpc', { path: `/api/v1/route-tables/${segment(id)}` }, 'RoutingTable', id)).vpc_route_table;
  }

  private async getRoutingTable(region: string, id: string): Promise<RoutingTable> {
    return this.routingTable(region, await this.routeTable(region, id));
  }

  // --- internet gateways: one per VPC, made and removed with it ---

  /** Each VPC's own gateway, with the table that routes to it (VPCs and route tables: two calls). */
  async listInternetGateways(region: string): Promise<InternetGateway[]> {
    const [vpcs, tables] = await Promise.all([this.client.list<KakaoVpc>('vpc', region, '/api/v1/vpcs', 'vpcs'), this.routeTables(region)]);
    return vpcs.flatMap((v) => {
      if (!v.igw) return [];
      const routed = tables.find((t) => t.routes?.some((r) => r.target_type === 'igw' && r.target_id === v.igw!.id));
      return [{
        provider: 'KAKAO' as const,
        region,
        id: v.igw.id,
        name: v.igw.name ?? v.igw.id,
        externalNetworkId: null,
        routingTableId: routed?.id ?? null,
        state: v.igw.provisioning_status ?? v.igw.operating_status ?? 'ACTIVE',
        migrateStatus: null,
        createdAt: toDate(v.created_at),
        rawCreatedAt: v.created_at ?? null,
      }];
    });
  }

  async createInternetGateway(): Promise<InternetGateway> {
    throw new ValidationError('Every KakaoCloud VPC comes with its own internet gateway; there is none to create (attach it to a route table instead)', ['input']);
  }

  async deleteInternetGateway(): Promise<void> {
    throw new ValidationError('A KakaoCloud internet gateway goes with its VPC; detach it from the route table instead', ['id']);
  }

  // --- public IPs (floating IPs) ---

  async listFloatingIps(region: string): Promise<FloatingIp[]> {
    return (await this.client.list<KakaoPublicIp>('network', region, '/api/v1/public-ips', 'public_ips')).map((ip) => this.floatingIp(region, ip));
  }

  /** Allocates an address (there is no network to choose from: `externalNetworkId` is ignored) and attaches it when asked. */
  async createFloatingIp(region: string, spec: CreateFloatingIpSpec): Promise<FloatingIp> {
    const body = await this.client.json<{ public_ip: KakaoPublicIp }>('network', region, {
      method: 'POST',
      path: '/api/v1/public-ips',
      body: { public_ip: spec.label ? { description: spec.label } : {} },
    });
    if (spec.portId) return this.associateFloatingIp(region, body.public_ip.id, spec.portId);
    return this.floatingIp(region, body.public_ip);
  }

  /** Attaches to a network interface (its primary address: `fixedIpAddress` has no counterpart). */
  async associateFloatingIp(region: string, id: string, portId: string): Promise<FloatingIp> {
    await this.send(region, 'network', { method: 'PUT', path: `/api/v1/public-ips/${segment(id)}/network-interfaces/${segment(portId)}` }, 'FloatingIp', id);
    return this.getFloatingIp(region, id);
  }

  async disassociateFloatingIp(region: string, id: string): Promise<FloatingIp> {
    const current = await this.publicIp(region, id);
    if (current.related_resource?.id) {
      await this.send(region, 'network', { method: 'DELETE', path: `/api/v1/public-ips/${segment(id)}/network-interfaces/${segment(current.related_resource.id)}` }, 'FloatingIp', id);
      return this.getFloatingIp(region, id);
    }
    return this.floatingIp(region, current);
  }

  async deleteFloatingIp(region: string, id: string): Promise<void> {
    await this.send(region, 'network', { method: 'DELETE', path: `/api/v1/public-ips/${segment(id)}` }, 'FloatingIp', id);
  }

  private async publicIp(region: string, id: string): Promise<KakaoPublicIp> {
    return (await this.json<{ public_ip: KakaoPublicIp }>(region, 'network', { path: `/api/v1/public-ips/${segment(id)}` }, 'FloatingIp', id)).public_ip;
  }

  private async getFloatingIp(region: string, id: string): Promise<FloatingIp> {
    return this.floatingIp(region, await this.publicIp(region, id));
  }

  // --- security groups ---

  async listSecurityGroups(region: string): Promise<SecurityGroup[]> {
    return (await this.client.list<KakaoSecurityGroup>('network', region, '/api/v1/security-groups', 'security_groups')).map((g) => this.securityGroup(region, g));
  }

  async createSecurityGroup(region: string, spec: { name: string; description?: string }): Promise<SecurityGroup> {
    const body = await this.client.json<{ security_group: KakaoSecurityGroup }>('network', region, {
      method: 'POST',
      path: '/api/v1/security-groups',
      body: { security_group: { name: spec.name, ...(spec.description !== undefined ? { description: spec.description } : {}) } },
    });
    return this.securityGroup(region, body.security_group);
  }

  async updateSecurityGroup(region: string, id: string, change: { name?: string; description?: string }): Promise<SecurityGroup> {
    const body = await this.json<{ security_group: KakaoSecurityGroup }>(region, 'network', {
      method: 'PUT',
      path: `/api/v1/security-groups/${segment(id)}`,
      body: { security_group: change },
    }, 'SecurityGroup', id);
    return this.securityGroup(region, body.security_group);
  }

  async deleteSecurityGroup(region: string, id: string): Promise<void> {
    await this.send(region, 'network', { method: 'DELETE', path: `/api/v1/security-groups/${segment(id)}` }, 'SecurityGroup', id);
  }

  /** Rules are IPv4 only and name their protocol in upper case (`TCP`, `ALL` for any; kakaocloud §7.2). */
  async createSecurityGroupRule(region: string, spec: CreateSecurityGroupRuleSpec): Promise<SecurityGroupRule> {
    const protocol = spec.protocol === null ? 'ALL' : RULE_PROTOCOLS[spec.protocol.toLowerCase()];
    if (!protocol) throw new ValidationError(`KakaoCloud rules take tcp, udp, icmp, ipip or any protocol, not ${spec.protocol}`, ['input', 'protocol']);
    const body = await this.json<{ security_group_rule: KakaoRule }>(region, 'network', {
      method: 'POST',
      path: `/api/v1/security-groups/${segment(spec.securityGroupId)}/rules`,
      body: {
        security_group_rule: {
          direction: spec.direction.toLowerCase(),
          protocol,
          ...(spec.portRangeMin !== null ? { port_range_min: spec.portRangeMin } : {}),
          ...(spec.portRangeMax !== null ? { port_range_max: spec.portRangeMax } : {}),
          ...(spec.remoteIpPrefix !== null ? { remote_ip_prefix: spec.remoteIpPrefix } : {}),
          ...(spec.remoteGroupId !== null ? { remote_group_id: spec.remoteGroupId } : {}),
          ...(spec.description !== null ? { description: spec.description } : {}),
        },
      },
    }, 'SecurityGroup', spec.securityGroupId);
    return this.rule(region, spec.securityGroupId, body.security_group_rule);
  }

  /** Rules are addressed under their group: the group is found in the list first. */
  async deleteSecurityGroupRule(region: string, id: string): Promise<void> {
    const group = (await this.listSecurityGroups(region)).find((g) => g.rules.some((r) => r.id === id));
    if (!group) throw new NotFoundError('SecurityGroupRule', id);
    await this.send(region, 'network', { method: 'DELETE', path: `/api/v1/security-groups/${segment(group.id)}/rules/${segment(id)}` }, 'SecurityGroupRule', id);
  }

  // --- network interfaces (ports) ---

  async listPorts(region: string, filter: PortFilter = {}): Promise<Port[]> {
    const nics = await this.client.list<KakaoNetworkInterface>('vpc', region, '/api/v1/network-interfaces', 'network_interfaces', {
      device_id: filter.deviceId,
      vpc_id: filter.vpcId,
    });
    return nics.map((n) => this.port(region, n));
  }

  /**
   * A network interface lives in a subnet (required here); without security groups given,
   * the project's `default` group is put on it, since KakaoCloud adds none by itself (§6.4).
   */
  async createPort(region: string, spec: CreatePortSpec): Promise<Port> {
    if (!spec.subnetId) throw new ValidationError('A KakaoCloud network interface is made in a subnet: give subnetId', ['input', 'subnetId']);
    const groups = spec.securityGroupIds ?? (await this.listSecurityGroups(region)).filter((g) => g.name === 'default').map((g) => g.id);
    const body = await this.client.json<{ network_interface: KakaoNetworkInterface }>('vpc', region, {
      method: 'POST',
      path: '/api/v1/network-interfaces',
      body: { network_interface: { name: spec.name, subnet_id: spec.subnetId, security_groups: groups, ...(spec.ipAddress ? { private_ip: spec.ipAddress } : {}) } },
    });
    return this.port(region, body.network_interface);
  }

  async updatePort(region: string, id: string, change: { name?: string; securityGroupIds?: string[] }): Promise<Port> {
    const body = await this.json<{ network_interface: KakaoNetworkInterface }>(region, 'vpc', {
      method: 'PUT',
      path: `/api/v1/network-interfaces/${segment(id)}`,
      body: { network_interface: { ...(change.name !== undefined ? { name: change.name } : {}), ...(change.securityGroupIds ? { security_groups: change.securityGroupIds } : {}) } },
    }, 'Port', id);
    return this.port(region, body.network_interface);
  }

  async deletePort(region: string, id: string): Promise<void> {
    await this.send(region, 'vpc', { method: 'DELETE', path: `/api/v1/network-interfaces/${segment(id)}` }, 'Port', id);
  }

  // --- calls about one resource ---

  private json<T>(region: string, service: KakaoService, call: KakaoCall, resourceType: string, resourceId: string): Promise<T> {
    return this.client.json<T>(service, region, { ...call, resourceType, resourceId });
  }

  private async send(region: string, service: KakaoService, call: KakaoCall, resourceType: string, resourceId: string): Promise<void> {
    await this.client.raw(service, region, { ...call, resourceType, resourceId });
  }

  // --- mappers ---

  private vpc(region: string, v: KakaoVpc): Vpc {
    return {
      provider: 'KAKAO',
      region,
      id: v.id,
      name: v.name,
      cidr: v.cidr_block,
      state: v.provisioning_status,
      shared: false,
      external: false,
      createdAt: toDate(v.created_at),
      rawCreatedAt: v.created_at ?? null,
    };
  }

  private subnet(region: string, s: KakaoSubnet, tables: KakaoRouteTable[]): Subnet {
    const table = tables.find((t) => t.associations?.some((a) => a.subnet_id === s.id));
    return {
      provider: 'KAKAO',
      region,
      id: s.id,
      name: s.name,
      vpcId: s.vpc_id,
      cidr: s.cidr_block,
      gatewayIp: null,
      state: s.provisioning_status,
      shared: s.is_shared ?? false,
      dhcpEnabled: true,
      availableIpCount: null,
      routingTableId: s.route_table_id ?? table?.id ?? null,
      // Every subnet is associated with a table; one other than the VPC's main table was chosen.
      routingTableExplicit: table ? !table.is_main : false,
      availabilityZone: s.availability_zone ?? null,
      createdAt: toDate(s.created_at),
      rawCreatedAt: s.created_at ?? null,
    };
  }

  private routingTable(region: string, t: KakaoRouteTable): RoutingTable {
    return {
      provider: 'KAKAO',
      region,
      id: t.id,
      name: t.name,
      vpcId: t.vpc_id,
      isDefault: t.is_main ?? false,
      distributed: false,
      internetGatewayId: t.routes?.find((r) => r.target_type === 'igw')?.target_id ?? null,
      subnetIds: (t.associations ?? []).map((a) => a.subnet_id),
      state: t.provisioning_status,
      createdAt: toDate(t.created_at),
      rawCreatedAt: t.created_at ?? null,
    };
  }

  private route(region: string, routingTableId: string, r: KakaoRoute): Route {
    const local = r.is_local_route || r.target_type === 'local';
    return {
      provider: 'KAKAO',
      region,
      id: r.id,
      routingTableId,
      cidr: r.destination,
      prefixLength: prefixLength(r.destination),
      // There is no next-hop address: the target's id stands for it.
      gateway: local ? 'local' : (r.target_id ?? ''),
      internetGatewayId: r.target_type === 'igw' ? (r.target_id ?? null) : null,
      targetType: local ? 'local' : (r.target_type ?? null),
      targetId: local ? null : (r.target_id ?? null),
    };
  }

  private floatingIp(region: string, ip: KakaoPublicIp): FloatingIp {
    return {
      provider: 'KAKAO',
      region,
      id: ip.id,
      address: ip.public_ip,
      externalNetworkId: null,
      status: enumFrom(ip.status, FLOATING_IP_STATUSES, 'UNKNOWN', PUBLIC_IP_STATUS),
      rawStatus: ip.status,
      portId: ip.related_resource?.id ?? null,
      fixedIpAddress: ip.private_ip ?? null,
      deleteProtection: false,
      label: ip.description || null,
    };
  }

  private securityGroup(region: string, g: KakaoSecurityGroup): SecurityGroup {
    return {
      provider: 'KAKAO',
      region,
      id: g.id,
      name: g.name,
      description: g.description ?? null,
      rules: (g.rules ?? []).map((r) => this.rule(region, g.id, r)),
    };
  }

  private rule(region: string, securityGroupId: string, r: KakaoRule): SecurityGroupRule {
    const protocol = r.protocol?.toUpperCase();
    return {
      provider: 'KAKAO',
      region,
      id: r.id,
      securityGroupId,
      direction: r.direction.toLowerCase() === 'egress' ? 'EGRESS' : 'INGRESS',
      // No `ethertype` field: rules are IPv4 (kakaocloud §7.2).
      etherType: 'IPv4',
      // Neutron's lower-case names; ALL is "any protocol".
      protocol: !protocol || protocol === 'ALL' ? null : protocol.toLowerCase(),
      portRangeMin: portNumber(r.port_range_min),
      portRangeMax: portNumber(r.port_range_max),
      remoteIpPrefix: r.remote_ip_prefix ?? null,
      remoteGroupId: r.remote_group_id ?? null,
      description: r.description ?? null,
    };
  }

  private port(region: string, n: KakaoNetworkInterface): Port {
    const addresses = [n.private_ip, ...(n.secondary_ips ?? [])].filter((ip): ip is string => Boolean(ip));
    return {
      provider: 'KAKAO',
      region,
      id: n.id,
      name: n.name ?? '',
      vpcId: n.vpc_id,
      status: n.status,
      adminStateUp: true,
      macAddress: n.mac_address ?? null,
      fixedIps: addresses.map((ipAddress) => ({ subnetId: n.subnet_id, ipAddress })),
      deviceOwner: n.device_owner ?? '',
      deviceId: n.device_id ?? '',
      securityGroupIds: (n.security_groups ?? []).map((g) => g.id),
      portSecurityEnabled: n.is_network_interface_security_enabled ?? true,
    };
  }
}
