import type { EmulatorContext } from '../../context.js';
import { stableUuid } from '../../ids.js';
import { fixedIpProblem, nextFreeIp } from './addressing.js';
import { badRequest, conflict, notFound } from './errors.js';
import { disassociateFloatingIp, portFloatingIps } from './floating-ips.js';
import { ipInCidr, parseCidr, parseIpv4 } from '../../../ipv4.js';
import { checkQuota } from './quotas.js';
import { defaultSecurityGroup, type FixedIp, type NetworkState, type Port, type SecurityGroup, type Vpc } from './state.js';
import { addPort, ownPort, vpcSubnets } from './topology.js';
import { portLifecycle } from './transitions.js';

/**
 * Ports: the model the `/v2.0/ports` handlers share, and the helpers compute calls to give
 * servers their network interfaces. Helpers throw NeutronErrors; compute turns them into
 * Nova faults with `neutronRefusal`.
 */

/** A fixed-IP request, as Neutron's `fixed_ips` and Nova's `networks[].fixed_ip` express it. */
export interface FixedIpRequest {
  subnetId?: string;
  ipAddress?: string;
}

/**
 * Turns fixed-IP requests on a VPC into addresses: none requested means the next free
 * address of the VPC's first subnet. Nothing is reserved until a port holds the result.
 */
export function resolveFixedIps(state: NetworkState, vpc: Vpc, requests: FixedIpRequest[] | undefined, taken = new Set<string>()): FixedIp[] {
  const subnets = vpcSubnets(state, vpc.id);
  const wanted = requests ?? (subnets[0] ? [{ subnetId: subnets[0].id }] : []);
  return wanted.map((request) => {
    const subnet = request.subnetId
      ? subnets.find((s) => s.id === request.subnetId)
      : subnets.find((s) => request.ipAddress !== undefined && ipInCidr(parseIpv4(request.ipAddress) ?? -1, parseCidr(s.cidr)!));
    if (!subnet) {
      throw badRequest(`Invalid input for operation: Failed to create port on network ${vpc.id}, because fixed_ips included invalid subnet ${request.subnetId ?? request.ipAddress}.`, 'InvalidInput');
    }
    let ip = request.ipAddress;
    if (ip === undefined) {
      ip = nextFreeIp(state, subnet, taken);
      if (!ip) throw conflict('IpAddressGenerationFailure', `No more IP addresses available on network ${vpc.id}.`);
    } else {
      const problem = fixedIpProblem(state, subnet, ip, taken);
      if (problem === 'invalid') throw badRequest(`IP address ${ip} is not a valid IP for the specified subnet.`, 'InvalidIpForSubnet');
      if (problem === 'in-use') throw conflict('IpAddressAlreadyAllocated', `IP address ${ip} already allocated in subnet ${subnet.id}`);
    }
    taken.add(ip);
    return { subnetId: subnet.id, ipAddress: ip };
  });
}

/** Neutron refuses security groups or address pairs on a port without port security (409 per nhn-network §11.3). */
export function checkPortSecurity(port: Pick<Port, 'portSecurityEnabled' | 'securityGroups' | 'allowedAddressPairs'>): void {
  if (port.portSecurityEnabled) return;
  if (port.securityGroups.length > 0) {
    throw conflict('PortSecurityPortHasSecurityGroup', 'Port has security group associated. Cannot disable port security or ip address until security group is removed');
  }
  if (port.allowedAddressPairs.length > 0) {
    throw conflict('AddressPairAndPortSecurityRequired', 'Port Security must be enabled in order to have allowed address pairs on a port.');
  }
}

/** Security groups by id or by (unique) name, as Nova accepts them. */
export function findSecurityGroups(state: NetworkState, namesOrIds: string[]): SecurityGroup[] {
  return namesOrIds.map((key) => {
    const byId = state.securityGroups.get(key);
    if (byId) return byId;
    const byName = [...state.securityGroups.values()].filter((g) => g.name === key);
    if (byName.length > 1) throw conflict('NoUniqueMatch', `Multiple security_group matches found for name '${key}', use an ID to be more specific.`);
    if (!byName[0]) throw notFound('SecurityGroupNotFound', `Security group ${key} does not exist`);
    return byName[0];
  });
}

/** Deletes a port, first taking its floating IPs off it (Neutron does the same). */
export function removePort(state: NetworkState, port: Port): void {
  for (const fip of portFloatingIps(state, port.id)) disassociateFloatingIp(fip);
  state.ports.delete(port.id);
}

// ---- compute-facing helpers -------------------------------------------------------------

/**
 * One entry of Nova's `networks`: a network (VPC) or subnet id as `uuid`, a pre-created
 * `port`, or only a `fixedIp` (the VPC whose subnet holds it).
 */
export interface ServerNetworkRequest {
  uuid?: string;
  port?: string;
  fixedIp?: string;
}

export interface ServerPortsRequest {
  serverId: string;
  availabilityZone: string;
  /** Empty: one port in the first subnet of the tenant's first VPC. */
  networks: ServerNetworkRequest[];
  /** Names or ids; default `default`. Applied to the ports compute creates. */
  securityGroups?: string[];
}

/**
 * Gives a server its ports: new ones with a fixed IP (`device_owner: compute:{az}`,
 * `device_id` = server id), or the pre-created ports named in `networks`. Everything is
 * checked before anything changes. Ports turn `ACTIVE` one transition later.
 */
export function allocateServerPorts(ctx: EmulatorContext, state: NetworkState, request: ServerPortsRequest): Port[] {
  const groups = request.securityGroups?.length ? findSecurityGroups(state, request.securityGroups) : [defaultSecurityGroup(state)];
  const taken = new Set<string>();
  const plans = serverNetworkPlan(state, request.networks).map((entry) => {
    if ('port' in entry) {
      if (entry.port.deviceId) throw conflict('PortInUse', `Port ${entry.port.id} is still in use.`);
      return entry;
    }
    return { vpc: entry.vpc, fixedIps: resolveFixedIps(state, entry.vpc, entry.fixedIps, taken) };
  });
  checkQuota('port', state.ports.size + plans.filter((p) => !('port' in p)).length - 1);

  const binding = { deviceId: request.serverId, deviceOwner: `compute:${request.availabilityZone}`, status: 'DOWN' as const };
  const ports = plans.map((plan, index) => {
    if ('port' in plan) return Object.assign(plan.port, binding);
    return addPort(state, {
      // Derived from the server, so seeded servers keep their port ids (and MACs) across restarts.
      id: stableUuid(request.serverId, 'port', String(index)),
      tenantId: plan.vpc.tenantId,
      networkId: plan.vpc.id,
      fixedIps: plan.fixedIps,
      securityGroups: groups.map((g) => g.id),
      ownedByServer: true,
      ...binding,
    });
  });
  for (const port of ports) portLifecycle.run(ctx, port, 'bind', { in: state.ports, while: (p) => p.deviceId === request.serverId });
  return ports;
}

type PlanEntry = { port: Port } | { vpc: Vpc; fixedIps?: FixedIpRequest[] };

function serverNetworkPlan(state: NetworkState, networks: ServerNetworkRequest[]): PlanEntry[] {
  if (networks.length === 0) {
    const vpc = [...state.vpcs.values()].find((v) => vpcSubnets(state, v.id).length > 0);
    // Nova boots a server without interfaces when the tenant has no network at all.
    return vpc ? [{ vpc }] : [];
  }
  return networks.map((net): PlanEntry => {
    if (net.port) return { port: ownPort(state, net.port) };
    const fixed = net.fixedIp ? { ipAddress: net.fixedIp } : undefined;
    if (!net.uuid && fixed) {
      const holder = [...state.subnets.values()].find((s) => ipInCidr(parseIpv4(fixed.ipAddress) ?? -1, parseCidr(s.cidr)!));
      if (!holder) throw badRequest(`Fixed IP ${fixed.ipAddress} is in no subnet of the project.`, 'InvalidInput');
      return { vpc: state.vpcs.get(holder.vpcId)!, fixedIps: [{ subnetId: holder.id, ...fixed }] };
    }
    const id = net.uuid ?? '';
    const vpc = state.vpcs.get(id);
    if (vpc) return { vpc, fixedIps: fixed ? [fixed] : undefined };
    // NHN's compute guide also takes a subnet id where Nova expects a network id.
    const subnet = state.subnets.get(id);
    if (subnet) return { vpc: state.vpcs.get(subnet.vpcId)!, fixedIps: [{ subnetId: subnet.id, ...fixed }] };
    throw notFound('NetworkNotFound', `Network ${id} could not be found.`);
  });
}

/** A server's ports, in the order they were bound. */
export function serverPorts(state: NetworkState, serverId: string): Port[] {
  return [...state.ports.values()].filter((p) => p.deviceId === serverId);
}

/**
 * Releases a server's ports on delete: floating IPs come off, ports compute created go
 * away, and pre-created ports are unbound but kept (Nova's `preserve_on_delete`).
 */
export function releaseServerPorts(state: NetworkState, serverId: string): void {
  for (const port of serverPorts(state, serverId)) {
    if (port.ownedByServer) removePort(state, port);
    else {
      for (const fip of portFloatingIps(state, port.id)) disassociateFloatingIp(fip);
      Object.assign(port, { deviceId: '', deviceOwner: '', status: 'DOWN' });
    }
  }
}

/** One entry of Nova's `addresses` map. */
export interface ServerAddress {
  version: 4;
  addr: string;
  'OS-EXT-IPS:type': 'fixed' | 'floating';
  'OS-EXT-IPS-MAC:mac_addr': string;
}

/** Nova's `addresses` of a server: per VPC name, fixed IPs then the floating IPs on them. */
export function serverAddresses(state: NetworkState, serverId: string): Record<string, ServerAddress[]> {
  const addresses: Record<string, ServerAddress[]> = {};
  for (const port of serverPorts(state, serverId)) {
    const name = state.vpcs.get(port.networkId)?.name ?? port.networkId;
    const list = (addresses[name] ??= []);
    const entry = (addr: string, type: 'fixed' | 'floating'): ServerAddress => ({ version: 4, addr, 'OS-EXT-IPS:type': type, 'OS-EXT-IPS-MAC:mac_addr': port.macAddress });
    for (const ip of port.fixedIps) list.push(entry(ip.ipAddress, 'fixed'));
    for (const fip of portFloatingIps(state, port.id)) list.push(entry(fip.address, 'floating'));
  }
  return addresses;
}

/** The security groups on any of a server's ports (Nova's `security_groups: [{name}]`). */
export function serverSecurityGroups(state: NetworkState, serverId: string): SecurityGroup[] {
  const ids = new Set(serverPorts(state, serverId).flatMap((p) => p.securityGroups));
  return [...ids].flatMap((id) => state.securityGroups.get(id) ?? []);
}

/** Nova `addSecurityGroup`: adds the group to every port of the server. */
export function addServerSecurityGroup(state: NetworkState, serverId: string, nameOrId: string): void {
  const [group] = findSecurityGroups(state, [nameOrId]);
  const ports = serverPorts(state, serverId);
  if (ports.length > 0 && ports.every((p) => p.securityGroups.includes(group!.id))) {
    throw badRequest(`Security group ${nameOrId} is already associated with the instance ${serverId}`);
  }
  for (const port of ports) {
    checkPortSecurity({ ...port, securityGroups: [group!.id] });
    if (!port.securityGroups.includes(group!.id)) port.securityGroups.push(group!.id);
  }
}

/** Nova `removeSecurityGroup`: removes the group from every port of the server. */
export function removeServerSecurityGroup(state: NetworkState, serverId: string, nameOrId: string): void {
  const [group] = findSecurityGroups(state, [nameOrId]);
  const ports = serverPorts(state, serverId).filter((p) => p.securityGroups.includes(group!.id));
  if (ports.length === 0) throw badRequest(`Security group ${nameOrId} not associated with the instance ${serverId}`);
  for (const port of ports) port.securityGroups = port.securityGroups.filter((id) => id !== group!.id);
}
