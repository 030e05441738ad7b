import { cidrSize, formatIpv4, freeAddress, ipInCidr, parseCidr, parseIpv4, type Cidr } from '../../../ipv4.js';
import { stableHex } from '../../ids.js';
import type { NetworkState, VpcSubnet } from './state.js';

/**
 * Address plan of a subnet: `.0` network, `.1` gateway, `.2` DHCP, last address broadcast;
 * ports get the lowest free address from `.3` up.
 */
// [guess] NHN reports size − 4 free addresses for an empty subnet (251 for a /24 holding
// one port); the DHCP address is the fourth reserved one.
const FIRST_PORT_OFFSET = 3;
const RESERVED_ADDRESSES = 4;

function subnetCidr(subnet: VpcSubnet): Cidr {
  return parseCidr(subnet.cidr)!;
}

/** The `n`-th address of the block (0 = network address). */
function nthIp(cidr: Cidr, n: number): string {
  return formatIpv4(cidr.network + n);
}

export function gatewayIp(subnet: VpcSubnet): string {
  return nthIp(subnetCidr(subnet), 1);
}

/** Neutron's `allocation_pools`: `.2` up to the address before broadcast (nhn-network §11.2). */
export function allocationPool(subnet: VpcSubnet): { start: string; end: string } {
  const cidr = subnetCidr(subnet);
  return { start: nthIp(cidr, 2), end: nthIp(cidr, cidrSize(cidr) - 2) };
}

/** Addresses of `subnet` held by ports of `state`. */
export function usedIps(state: NetworkState, subnetId: string): Set<string> {
  const used = new Set<string>();
  for (const port of state.ports.values()) {
    for (const ip of port.fixedIps) if (ip.subnetId === subnetId) used.add(ip.ipAddress);
  }
  return used;
}

export function availableIpCount(state: NetworkState, subnet: VpcSubnet): number {
  return Math.max(0, cidrSize(subnetCidr(subnet)) - RESERVED_ADDRESSES - usedIps(state, subnet.id).size);
}

/**
 * The lowest free port address of the subnet, or undefined when it is full. `taken` holds
 * addresses already promised in the same request.
 */
export function nextFreeIp(state: NetworkState, subnet: VpcSubnet, taken: ReadonlySet<string> = new Set()): string | undefined {
  return freeAddress(subnetCidr(subnet), new Set([...usedIps(state, subnet.id), ...taken]), FIRST_PORT_OFFSET);
}

/** Why a requested fixed address cannot be given, or undefined when it can. */
export function fixedIpProblem(state: NetworkState, subnet: VpcSubnet, ip: string, taken: ReadonlySet<string> = new Set()): 'invalid' | 'in-use' | undefined {
  const cidr = subnetCidr(subnet);
  const value = parseIpv4(ip);
  if (value === undefined || !ipInCidr(value, cidr)) return 'invalid';
  const offset = value - cidr.network;
  if (offset < 2 || offset >= cidrSize(cidr) - 1) return 'invalid';
  // The DHCP address counts as allocated, as it is to the subnet's DHCP port.
  if (offset < FIRST_PORT_OFFSET || usedIps(state, subnet.id).has(ip) || taken.has(ip)) return 'in-use';
  return undefined;
}

/** An OpenStack-style MAC address (`fa:16:3e:…`) derived from the port id. */
export function macFor(portId: string): string {
  const hex = stableHex(6, 'mac', portId);
  return `fa:16:3e:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}
