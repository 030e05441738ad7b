import { notFound } from './errors.js';
import type { NksCluster, NksNodeGroup, NksState } from './state.js';

/** A cluster by uuid or name (nhn-nks §1.3), or Magnum's 404. */
export function findCluster(state: NksState, idOrName: string): NksCluster {
  const cluster = state.clusters.get(idOrName) ?? [...state.clusters.values()].find((c) => c.name === idOrName);
  if (!cluster) throw notFound(`Cluster ${idOrName} could not be found.`);
  return cluster;
}

/** A cluster by uuid only: the task-history paths take no name. */
export function clusterByUuid(state: NksState, uuid: string): NksCluster {
  const cluster = state.clusters.get(uuid);
  if (!cluster) throw notFound(`Cluster ${uuid} could not be found.`);
  return cluster;
}

/** A node group of the cluster by uuid or name, `default-master` included, or Magnum's 404. */
export function findNodeGroup(cluster: NksCluster, idOrName: string): NksNodeGroup {
  const group = cluster.nodeGroups.find((g) => g.uuid === idOrName) ?? cluster.nodeGroups.find((g) => g.name === idOrName);
  if (!group) throw notFound(`Nodegroup ${idOrName} could not be found.`);
  return group;
}
