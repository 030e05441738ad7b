import type { EmulatorContext } from '../../context.js';
import { stableUuid } from '../../ids.js';
import { flavorNamed } from '../compute/flavors.js';
import { publicImageId } from '../image/public-images.js';
import { publicNetwork } from '../network/public-network.js';
import { vpcSubnets } from '../network/topology.js';
import type { NhnAccount } from '../state.js';
import { addNodeGroup, clusterCreationTask, newCluster, nodeGroupCreationTask } from './cluster-model.js';
import { startTask } from './tasks.js';
import { clusterRequest, nodeGroupRequest, type Scope } from './validation.js';

/**
 * Seeds the demo tenant's running kr1 cluster: public API endpoint, `default-worker` with
 * two nodes and a `batch-pool` group, in the seeded `Default Network` VPC. The bodies go
 * through the same validation as API calls, and the creation tasks complete at once.
 * Run after the network and compute seeds (VPC, key pair).
 */
export function seedNks(ctx: EmulatorContext, account: Pick<NhnAccount, 'tenantId' | 'userId'>): void {
  const region = 'kr1';
  const scope: Scope = { ctx, tenantId: account.tenantId, region };
  const regionState = ctx.nhn.region(account.tenantId, region);
  const state = regionState.nks;
  const vpc = [...regionState.network.vpcs.values()].find((v) => v.name === 'Default Network')!;
  const subnet = vpcSubnets(regionState.network, vpc.id).find((s) => s.name === 'Default Network')!;
  const pub = publicNetwork(ctx, region);
  const image = publicImageId(region, 'ubuntu-22.04');
  const uuids = (role: string) => stableUuid('nhn-seed', account.tenantId, region, 'nks', role);

  const request = clusterRequest(scope, {
    name: 'hanul-demo',
    cluster_template_id: 'iaas_console',
    keypair: 'demo-key',
    flavor_id: flavorNamed(region, 'm2.c4m8').id,
    fixed_network: vpc.id,
    fixed_subnet: subnet.id,
    node_count: 2,
    labels: {
      availability_zone: 'kr-pub-a',
      node_image: image,
      boot_volume_type: 'General SSD',
      boot_volume_size: '50',
      cert_manager_api: 'True',
      ca_enable: 'False',
      kube_tag: 'v1.31.4',
      master_lb_floating_ip_enabled: 'True',
      external_network_id: pub.vpc.id,
      external_subnet_id_list: vpcSubnets(pub.state, pub.vpc.id).map((s) => s.id).join(':'),
    },
  });
  const cluster = newCluster(scope, state, account.userId, request, uuids);
  startTask(ctx, state, cluster, clusterCreationTask(ctx, cluster))();

  const batch = nodeGroupRequest(scope, {
    name: 'batch-pool',
    node_count: 1,
    flavor_id: flavorNamed(region, 'c2.c8m16').id,
    image_id: image,
    labels: { availability_zone: 'kr-pub-b', boot_volume_type: 'General HDD', boot_volume_size: '100', ca_enable: 'true', ca_max_node_count: '5' },
  });
  const group = addNodeGroup(ctx, state, cluster, batch, uuids);
  startTask(ctx, state, cluster, nodeGroupCreationTask(ctx, cluster, group))();
}
