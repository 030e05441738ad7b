import { ConflictError, ValidationError } from '../errors.js';
import { orNull } from '../lookup.js';
import type { Cluster, ClusterEvent, CreateClusterSpec, CreateNodeGroupSpec, KubernetesVersion, NodeGroup } from '../model.js';
import type { KubernetesApi } from '../provider.js';
import { toDate } from '../wire.js';
import type { KakaoCall, KakaoClient } from './client.js';
import { segment } from '../url.js';

// --- Kubernetes Engine wire shapes (kakaocloud §9; only what Hanul reads, nearly all nullable) ---

interface KakaoVersion {
  minor_version: string;
  patch_version?: string | null;
  next_version?: string | null;
  is_deprecated?: boolean | null;
}

interface KakaoVpcInfo {
  id: string;
  subnets?: { id: string; availability_zone?: string | null }[] | null;
}

interface KakaoCluster {
  id: string;
  name: string;
  is_allocate_fip?: boolean | null;
  failure_message?: string | null;
  created_at?: string | null;
  /** `Pending`, `Provisioning`, `Provisioned`, `Updating`, `Deleting`, `Failed`. */
  status?: { phase?: string | null } | null;
  version?: KakaoVersion | null;
  control_plane_endpoint?: { host?: string | null; port?: number | null } | null;
  network?: { cni?: string | null; pod_cidr?: string | null; service_cidr?: string | null } | null;
  vpc_info?: KakaoVpcInfo | null;
}

interface KakaoNodePool {
  id: string;
  name: string;
  cluster_name?: string | null;
  node_count: number;
  flavor_id?: string | null;
  volume_size?: number | null;
  ssh_key_name?: string | null;
  version?: string | null;
  labels?: { key: string; value: string }[] | null;
  image?: { id?: string | null } | null;
  autoscaling?: { is_autoscaler_enable?: boolean | null; autoscaler_min_node_count?: number | null; autoscaler_max_node_count?: number | null } | null;
  /** `Running`, `ScalingUp`, … and `Running (Scheduling Disable)`. */
  status?: { phase?: string | null } | null;
  vpc_info?: KakaoVpcInfo | null;
  failure_message?: string | null;
  created_at?: string | null;
}


/** What this cloud lets a cluster be created with: the CNI Hanul picks (calico or cilium; §9). */
const DEFAULT_CNI = 'calico';

/**
 * Versions in Hanul's form, `v1.31.4` (as NHN writes them): KakaoCloud names a minor
 * version (`1.31`) and its current patch (`1.31.4`); a node pool names the minor only.
 */
function hanulVersion(minor: string, patch?: string | null): string {
  return `v${patch ?? minor}`;
}

/** The minor version KakaoCloud takes (`v1.31.4` → `1.31`). */
function minorOf(version: string): string {
  return version.replace(/^v/, '').split('.').slice(0, 2).join('.');
}

/**
 * KakaoCloud Kubernetes Engine for one project (kakaocloud §9). Clusters and node pools
 * are addressed by NAME, so their names are their ids in Hanul (as key pairs'); node pools
 * are the node groups. Lists are unpaged. A new cluster is only the control plane: node
 * pools are added with `createNodeGroup` once it is `Provisioned`.
 */
export class KakaoKubernetes implements KubernetesApi {
  constructor(
    private readonly client: KakaoClient,
    private readonly regions: () => readonly string[],
  ) {}

  available(region: string): boolean {
    return this.regions().includes(region);
  }

  async listVersions(region: string): Promise<KubernetesVersion[]> {
    const body = await this.call<{ versions: KakaoVersion[] }>(region, { path: '/api/v1/versions' });
    return body.versions.map((v) => ({ provider: 'KAKAO', region, version: hanulVersion(v.minor_version, v.patch_version), creatable: !v.is_deprecated }));
  }

  async listNodeImageIds(region: string): Promise<string[]> {
    return (await this.call<{ images: { id: string }[] }>(region, { path: '/api/v1/images' })).images.map((i) => i.id);
  }

  /** Clusters, each with its node pools counted (one list of pools per cluster: the cluster does not say). */
  async listClusters(region: string): Promise<Cluster[]> {
    const { clusters } = await this.call<{ clusters: KakaoCluster[] }>(region, { path: '/api/v1/clusters' });
    return Promise.all(clusters.map(async (c) => this.cluster(region, c, await orNull(this.pools(region, c.name)))));
  }

  async getCluster(region: string, id: string): Promise<Cluster | null> {
    const [body, pools] = await Promise.all([orNull(this.clusterBody(region, id)), orNull(this.pools(region, id))]);
    return body ? this.cluster(region, body, pools) : null;
  }

  /**
   * Creates the control plane in the VPC and subnet (`is_allocate_fip` for a public
   * endpoint). The worker fields of the spec (flavor, key pair, node count, image, boot
   * volume, autoscaling) have no counterpart here: KakaoCloud adds workers as node pools.
   */
  async createCluster(region: string, spec: CreateClusterSpec): Promise<Cluster> {
    const body = await this.call<{ cluster: KakaoCluster }>(region, {
      method: 'POST',
      path: '/api/v1/clusters',
      body: {
        cluster: {
          name: spec.name,
          version: minorOf(spec.kubernetesVersion),
          vpc_info: { id: spec.vpcId, subnets: [spec.subnetId] },
          is_allocate_fip: spec.publicEndpoint,
          network: {
            cni: DEFAULT_CNI,
            ...(spec.podsNetworkCidr ? { pod_cidr: spec.podsNetworkCidr } : {}),
            ...(spec.serviceClusterIpRange ? { service_cidr: spec.serviceClusterIpRange } : {}),
          },
        },
      },
    });
    return this.cluster(region, body.cluster, []);
  }

  async deleteCluster(region: string, id: string): Promise<void> {
    await this.client.raw('kubernetes-engine', region, { method: 'DELETE', path: `/api/v1/clusters/${segment(id)}`, resourceType: 'Cluster', resourceId: id });
  }

  /** `POST /clusters/{name}/upgrade` moves the control plane to its next minor version, the only one it can be asked for. */
  async upgradeCluster(region: string, id: string, version: string): Promise<void> {
    // The POST names no version: a version other than the next one must be refused here. Without a next one, the cloud answers 409.
    const next = (await this.clusterBody(region, id)).version?.next_version;
    if (next && minorOf(version) !== next) throw new ValidationError(`Cluster ${id} can only be upgraded to its next minor version, ${next}`, ['kubernetesVersion']);
    await this.client.raw('kubernetes-engine', region, { method: 'POST', path: `/api/v1/clusters/${segment(id)}/upgrade`, resourceType: 'Cluster', resourceId: id });
  }

  /** The YAML; null while the control plane is not up (the cloud refuses with 409). Sensitive: never logged. */
  async kubeconfig(region: string, id: string): Promise<string | null> {
    try {
      const res = await this.client.raw('kubernetes-engine', region, {
        path: `/api/v1/clusters/${segment(id)}/kubeconfig`,
        headers: { accept: 'application/yaml' },
        resourceType: 'Cluster',
        resourceId: id,
      });
      return res.text || null;
    } catch (err) {
      if (err instanceof ConflictError) return null;
      throw err;
    }
  }

  /** Kubernetes Engine keeps no task history in its public API. */
  async listClusterEvents(): Promise<ClusterEvent[]> {
    return [];
  }

  async listNodeGroups(region: string, clusterId: string): Promise<NodeGroup[]> {
    return (await this.pools(region, clusterId)).map((p) => this.nodeGroup(region, clusterId, p));
  }

  async getNodeGroup(region: string, clusterId: string, id: string): Promise<NodeGroup | null> {
    const body = await orNull(this.call<{ node_pool: KakaoNodePool }>(region, { path: this.poolPath(clusterId, id), resourceType: 'NodeGroup', resourceId: id }));
    return body ? this.nodeGroup(region, clusterId, body.node_pool) : null;
  }

  /**
   * Adds a node pool in the cluster's VPC (its subnets in the zone asked for, else all of
   * them), with the cluster version's default node image unless one is given. The SSH key
   * is the spec's, else the one the cluster's other pools use. Autoscaling is set on a
   * running pool in KakaoCloud and is not offered here.
   */
  async createNodeGroup(region: string, clusterId: string, spec: CreateNodeGroupSpec): Promise<NodeGroup> {
    if (spec.autoscaling) throw new ValidationError('KakaoCloud turns autoscaling on for a running node pool; Hanul does not set it yet: create the pool without it', ['autoscaling']);
    const [cluster, pools] = await Promise.all([this.clusterBody(region, clusterId), this.pools(region, clusterId)]);
    const keyName = spec.keyName ?? pools.find((p) => p.ssh_key_name)?.ssh_key_name;
    if (!keyName) throw new ValidationError('A KakaoCloud node pool needs an SSH key pair, and the cluster has no other pool to take it from', ['keypairId']);
    const subnets = cluster.vpc_info?.subnets ?? [];
    const inZone = subnets.filter((s) => s.availability_zone === spec.availabilityZone);
    const imageId = spec.nodeImageId ?? (await this.defaultNodeImage(region, cluster.version?.minor_version));
    const body = await this.call<{ node_pool: KakaoNodePool }>(region, {
      method: 'POST',
      path: `/api/v1/clusters/${segment(clusterId)}/node-pools`,
      body: {
        node_pool: {
          name: spec.name,
          flavor_id: spec.flavorId,
          node_count: spec.nodeCount,
          ssh_key_name: keyName,
          image_id: imageId,
          vpc_info: { id: cluster.vpc_info?.id, subnets: (inZone.length ? inZone : subnets).map((s) => s.id) },
          volume_size: spec.bootVolumeSizeGb,
        },
      },
      resourceType: 'Cluster',
      resourceId: clusterId,
    });
    return this.nodeGroup(region, clusterId, body.node_pool);
  }

  async resizeNodeGroup(region: string, clusterId: string, id: string, nodeCount: number): Promise<void> {
    await this.client.raw('kubernetes-engine', region, {
      method: 'PUT',
      path: this.poolPath(clusterId, id),
      body: { node_pool: { node_count: nodeCount } },
      resourceType: 'NodeGroup',
      resourceId: id,
    });
  }

  /** `POST …/node-pools/{name}/upgrade`: the pool follows its cluster's version, the only one it can move to. */
  async upgradeNodeGroup(region: string, clusterId: string, id: string): Promise<void> {
    await this.client.raw('kubernetes-engine', region, { method: 'POST', path: `${this.poolPath(clusterId, id)}/upgrade`, resourceType: 'NodeGroup', resourceId: id });
  }

  async deleteNodeGroup(region: string, clusterId: string, id: string): Promise<void> {
    await this.client.raw('kubernetes-engine', region, { method: 'DELETE', path: this.poolPath(clusterId, id), resourceType: 'NodeGroup', resourceId: id });
  }

  private call<T>(region: string, call: KakaoCall): Promise<T> {
    return this.client.json<T>('kubernetes-engine', region, call);
  }

  private async clusterBody(region: string, name: string): Promise<KakaoCluster> {
    return (await this.call<{ cluster: KakaoCluster }>(region, { path: `/api/v1/clusters/${segment(name)}`, resourceType: 'Cluster', resourceId: name })).cluster;
  }

  private async pools(region: string, clusterName: string): Promise<KakaoNodePool[]> {
    return (await this.call<{ node_pools: KakaoNodePool[] }>(region, { path: `/api/v1/clusters/${segment(clusterName)}/node-pools`, resourceType: 'Cluster', resourceId: clusterName })).node_pools;
  }

  private poolPath(clusterName: string, poolName: string): string {
    return `/api/v1/clusters/${segment(clusterName)}/node-pools/${segment(poolName)}`;
  }

  /** The first non-GPU node image for the version (`GET /images?k8s_version=`). */
  private async defaultNodeImage(region: string, version: string | null | undefined): Promise<string> {
    const { images } = await this.call<{ images: { id: string }[] }>(region, { path: '/api/v1/images', query: { k8s_version: version ?? undefined, is_gpu_type: 'false' } });
    const image = images[0];
    if (!image) throw new ValidationError(`${region} offers no Kubernetes node image for version ${version ?? '?'}`, ['nodeImageId']);
    return image.id;
  }

  private cluster(region: string, c: KakaoCluster, pools: KakaoNodePool[] | null): Cluster {
    const subnets = c.vpc_info?.subnets ?? [];
    const endpoint = c.control_plane_endpoint?.host ? `https://${c.control_plane_endpoint.host}:${c.control_plane_endpoint.port ?? 443}` : null;
    return {
      provider: 'KAKAO',
      region,
      id: c.name,
      name: c.name,
      status: c.status?.phase ?? 'Pending',
      statusReason: c.failure_message ?? null,
      healthStatus: null,
      healthDetails: [],
      kubernetesVersion: c.version ? hanulVersion(c.version.minor_version, c.version.patch_version) : null,
      kubernetesVersionStatus: c.version ? (c.version.next_version ? 'NEED_UPGRADE' : 'LATEST') : null,
      nodeCount: (pools ?? []).reduce((sum, p) => sum + p.node_count, 0),
      flavorId: null,
      keyName: null,
      availabilityZone: subnets[0]?.availability_zone ?? null,
      nodeImageId: null,
      bootVolumeType: null,
      bootVolumeSizeGb: null,
      publicEndpoint: c.is_allocate_fip ?? null,
      autoscaling: null,
      externalNetworkId: null,
      externalSubnetIds: [],
      cniDriver: c.network?.cni ?? null,
      podsNetworkCidr: c.network?.pod_cidr ?? null,
      podsNetworkSubnetPrefix: null,
      serviceClusterIpRange: c.network?.service_cidr ?? null,
      labels: [],
      detailed: true,
      vpcId: c.vpc_info?.id ?? null,
      subnetId: subnets[0]?.id ?? null,
      apiAddress: endpoint,
      nodeAddresses: [],
      createdAt: toDate(c.created_at),
      updatedAt: null,
    };
  }

  private nodeGroup(region: string, clusterId: string, p: KakaoNodePool): NodeGroup {
    return {
      provider: 'KAKAO',
      region,
      id: p.name,
      clusterId,
      name: p.name,
      status: p.status?.phase ?? 'Pending',
      statusReason: p.failure_message ?? null,
      role: 'worker',
      isDefault: false,
      flavorId: p.flavor_id ?? null,
      imageId: p.image?.id ?? null,
      nodeCount: p.node_count,
      minNodeCount: p.autoscaling?.autoscaler_min_node_count ?? null,
      maxNodeCount: p.autoscaling?.autoscaler_max_node_count ?? null,
      detailed: true,
      kubernetesVersion: p.version ? hanulVersion(p.version) : null,
      availabilityZone: p.vpc_info?.subnets?.[0]?.availability_zone ?? null,
      bootVolumeType: null,
      bootVolumeSizeGb: p.volume_size ?? null,
      autoscaling: p.autoscaling?.is_autoscaler_enable ?? null,
      labels: p.labels ?? [],
      nodeAddresses: [],
      createdAt: toDate(p.created_at),
      updatedAt: null,
    };
  }
}
