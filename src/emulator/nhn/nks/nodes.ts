import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { nextFreeIp } from '../network/addressing.js';
import type { NksCluster, NksNodeGroup } from './state.js';

/**
 * Worker nodes take addresses of the cluster's VPC subnet, skipping the subnet's ports and
 * every other NKS node there. They are not compute servers in the emulator.
 */
function takenAddresses(ctx: EmulatorContext, cluster: NksCluster): Set<string> {
  const taken = new Set<string>();
  for (const other of ctx.nhn.region(cluster.projectId, cluster.region).nks.clusters.values()) {
    if (other.fixedSubnet !== cluster.fixedSubnet) continue;
    for (const group of other.nodeGroups) for (const node of group.nodes) taken.add(node.address);
  }
  return taken;
}

/**
 * Brings a worker group to its `nodeCount`: when shrinking, the nodes named in `toRemove`
 * go first, then the newest ones (NHN picks at random when none are named); when growing,
 * new nodes get subnet addresses. Returns the reason the task fails with when the subnet
 * has run out of addresses (or is gone).
 */
export function matchNodeCount(ctx: EmulatorContext, cluster: NksCluster, group: NksNodeGroup, toRemove: readonly string[] = []): string | undefined {
  const excess = group.nodes.length - group.nodeCount;
  if (excess > 0) {
    const chosen = new Set(toRemove.slice(0, excess));
    group.nodes = group.nodes.filter((n) => !chosen.has(n.uuid));
    group.nodes.splice(group.nodeCount);
  }
  const network = ctx.nhn.region(cluster.projectId, cluster.region).network;
  const subnet = network.subnets.get(cluster.fixedSubnet);
  const taken = takenAddresses(ctx, cluster);
  while (group.nodes.length < group.nodeCount) {
    const address = subnet && nextFreeIp(network, subnet, taken);
    // [guess] Heat's wording for a port it could not create.
    if (!address) return `No more IP addresses available on network ${cluster.fixedNetwork}.`;
    taken.add(address);
    group.nodes.push({ uuid: newUuid(), address });
  }
  return undefined;
}
