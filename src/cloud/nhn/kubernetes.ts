import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type {
  Cluster,
  ClusterEvent,
  CreateClusterSpec,
  CreateNodeGroupSpec,
  KubernetesVersion,
  NodeGroup,
  RawLabel,
} from '../model.js';
import type { KubernetesApi } from '../provider.js';
import type { NhnCall, NhnClient } from './client.js';
import { NKS_REGIONS } from './regions.js';
import { toDate } from './wire.js';
import { segment } from '../url.js';

/**
 * Headers every NKS request carries (nhn-nks §1.2). Without the microversion Magnum falls
 * back to its oldest API, which lacks node-group features.
 */
const NKS_HEADERS = {
  'content-type': 'application/json',
  'openstack-api-version': 'container-infra latest',
};

/** The control plane's node group, addressed by name for upgrades (nhn-nks §4.3). */
const CONTROL_PLANE_GROUP = 'default-master';
/** Create-cluster template NHN requires (nhn-nks §3.4). */
const CLUSTER_TEMPLATE = 'iaas_console';
const CREATE_TIMEOUT_MINUTES = 60;

// --- NKS wire shapes (only the fields Hanul reads; NHN adds more) ---

/** Labels are strings, except a few documented array labels (nhn-nks §3.2). */
type NksLabels = Record<string, unknown>;

interface NksCluster {
  uuid: string;
  name: string;
  status: string;
  status_reason?: string | null;
  health_status?: string | null;
  health_status_reason?: unknown;
  flavor_id?: string | null;
  keypair?: string | null;
  node_count?: number | string | null;
  labels?: NksLabels | null;
  // GET one only:
  fixed_network?: string | null;
  fixed_subnet?: string | null;
  api_address?: string | null;
  node_addresses?: string[] | null;
  coe_version?: string | null;
  created_at?: string | null;
  updated_at?: string | null;
}

interface NksNodeGroup {
  uuid: string;
  name: string;
  status?: string;
  status_reason?: string | null;
  role?: string;
  is_default?: boolean;
  flavor_id?: string | null;
  image_id?: string | null;
  node_count?: number | string | null;
  min_node_count?: number | string | null;
  max_node_count?: number | string | null;
  // GET one only:
  cluster_id?: string;
  labels?: NksLabels | null;
  node_addresses?: string[] | null;
  created_at?: string | null;
  updated_at?: string | null;
}

interface NksEvent {
  uuid: string;
  cluster_uuid?: string;
  resource_uuid?: string;
  resource_name?: string;
  resource_type?: string;
  type: string;
  state: string;
  contents?: string | null;
  created_at?: string | null;
  updated_at?: string | null;
}

/** The parts of a VPC subnet the create call needs (network `GET /v2.0/vpcsubnets/{id}`). */
interface VpcSubnet {
  id: string;
  vpc_id: string;
  routingtable?: { gateway_id?: string | null } | null;
}

// --- label normalisation (nhn-notes §4: booleans come as "True"/"true", numbers as strings) ---

function labelText(labels: NksLabels | null | undefined, key: string): string | null {
  const v = labels?.[key];
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function labelBool(labels: NksLabels | null | undefined, key: string): boolean | null {
  const v = labelText(labels, key)?.toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : null;
}

function labelInt(labels: NksLabels | null | undefined, key: string): number | null {
  const v = labels?.[key];
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  return typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : null;
}

function toInt(v: number | string | null | undefined): number | null {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null;
}

function rawLabels(labels: NksLabels | null | undefined): RawLabel[] {
  return Object.entries(labels ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([key, v]) => ({ key, value: typeof v === 'string' ? v : JSON.stringify(v) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** `health_status_reason` is a nested object (or a flat map in some examples): flatten it to dotted keys. */
function flatten(value: unknown, prefix = ''): RawLabel[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return prefix ? [{ key: prefix, value: typeof value === 'string' ? value : JSON.stringify(value) }] : [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

/** Colon-separated id lists (`external_subnet_id_list`, nhn-nks §3.2). */
function idList(text: string | null): string[] {
  return text ? text.split(':').filter(Boolean) : [];
}

/**
 * NHN Kubernetes Service (Magnum "container-infra", `/v1` with no tenant in the path) for
 * one tenant. Knows the wire format; returns the provider-neutral model.
 */
export class NhnKubernetes implements KubernetesApi {
  constructor(private readonly client: NhnClient) {}

  /** Outside NKS's regions lists are empty and nothing is called. */
  available(region: string): boolean {
    return NKS_REGIONS.includes(region);
  }

  private call<T>(region: string, call: NhnCall): Promise<T> {
    return this.client.json<T>('kubernetes', region, { ...call, headers: { ...NKS_HEADERS, ...call.headers } });
  }

  private async send(region: string, call: NhnCall): Promise<void> {
    await this.client.raw('kubernetes', region, { ...call, headers: { ...NKS_HEADERS, ...call.headers } });
  }

  async listVersions(region: string): Promise<KubernetesVersion[]> {
    if (!this.available(region)) return [];
    const body = await this.call<{ supported_k8s?: Record<string, boolean | string> }>(region, { path: '/v1/supports' });
    return Object.entries(body.supported_k8s ?? {})
      .map(([version, creatable]) => ({ provider: 'NHN' as const, region, version, creatable: creatable === true || String(creatable).toLowerCase() === 'true' }))
      .sort((a, b) => compareVersions(b.version, a.version));
  }

  async listNodeImageIds(region: string): Promise<string[]> {
    if (!this.available(region)) return [];
    // NHN marks the base images NKS accepts with this property (nhn-nks §3.5); newest first.
    const body = await this.client.json<{ images: { id: string }[] }>('image', region, {
      path: '/v2/images',
      query: { nhncloud_allow_nks_cpu_flavor: 'true', visibility: 'public', sort_key: 'created_at', sort_dir: 'desc', limit: 100 },
    });
    return body.images.map((i) => i.id);
  }

  async listClusters(region: string): Promise<Cluster[]> {
    if (!this.available(region)) return [];
    const body = await this.call<{ clusters: NksCluster[] }>(region, { path: '/v1/clusters' });
    return body.clusters.map((c) => this.cluster(region, c, false));
  }

  async getCluster(region: string, id: string): Promise<Cluster | null> {
    if (!this.available(region)) return null;
    try {
      const body = await this.call<NksCluster>(region, { path: `/v1/clusters/${segment(id)}`, resourceType: 'Cluster', resourceId: id });
      return this.cluster(region, body, true);
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  async createCluster(region: string, spec: CreateClusterSpec): Promise<Cluster> {
    this.requireRegion(region);
    const [subnet, nodeImageId] = await Promise.all([this.subnet(region, spec), spec.nodeImageId ?? this.defaultNodeImage(region)]);
    // A public endpoint, or a subnet that routes through an internet gateway, needs the
    // region's external network and its subnets (nhn-nks §3.4): looked up, not asked for.
    const needsExternal = spec.publicEndpoint || Boolean(subnet.routingtable?.gateway_id);
    const external = needsExternal ? await this.externalNetwork(region) : undefined;
    const labels: Record<string, string> = {
      availability_zone: spec.availabilityZone,
      node_image: nodeImageId,
      boot_volume_type: spec.bootVolumeType,
      boot_volume_size: String(spec.bootVolumeSizeGb),
      cert_manager_api: 'True',
      ca_enable: spec.autoscaling ? 'True' : 'False',
      kube_tag: spec.kubernetesVersion,
      master_lb_floating_ip_enabled: spec.publicEndpoint ? 'True' : 'False',
      ...(external ? { external_network_id: external.networkId, external_subnet_id_list: external.subnetIds.join(':') } : {}),
      ...(spec.podsNetworkCidr ? { pods_network_cidr: spec.podsNetworkCidr } : {}),
      ...(spec.serviceClusterIpRange ? { service_cluster_ip_range: spec.serviceClusterIpRange } : {}),
    };
    const created = await this.call<{ uuid: string }>(region, {
      method: 'POST',
      path: '/v1/clusters',
      // Not wrapped in a `cluster` key (nhn-nks §3.4).
      body: {
        name: spec.name,
        cluster_template_id: CLUSTER_TEMPLATE,
        keypair: spec.keyName,
        flavor_id: spec.flavorId,
        fixed_network: spec.vpcId,
        fixed_subnet: spec.subnetId,
        node_count: spec.nodeCount,
        create_timeout: CREATE_TIMEOUT_MINUTES,
        labels,
      },
    });
    const cluster = await this.getCluster(region, created.uuid);
    if (!cluster) throw new NotFoundError('Cluster', created.uuid, 'The cluster was accepted but is not visible yet');
    return cluster;
  }

  async deleteCluster(region: string, id: string): Promise<void> {
    this.requireRegion(region);
    await this.send(region, { method: 'DELETE', path: `/v1/clusters/${segment(id)}`, resourceType: 'Cluster', resourceId: id });
  }

  async upgradeCluster(region: string, id: string, version: string): Promise<void> {
    await this.upgradeNodeGroup(region, id, CONTROL_PLANE_GROUP, version);
  }

  async kubeconfig(region: string, id: string): Promise<string | null> {
    if (!this.available(region)) return null;
    try {
      const body = await this.call<{ config: string }>(region, { path: `/v1/clusters/${segment(id)}/config`, resourceType: 'Cluster', resourceId: id });
      return body.config;
    } catch (err) {
      // Magnum answers 409 until the control plane has an address.
      if (err instanceof ConflictError) return null;
      throw err;
    }
  }

  async listClusterEvents(region: string, clusterId: string): Promise<ClusterEvent[]> {
    if (!this.available(region)) return [];
    const body = await this.call<{ events: NksEvent[] }>(region, {
      path: `/v1/clusters/${segment(clusterId)}/events`,
      resourceType: 'Cluster',
      resourceId: clusterId,
    });
    return body.events.map((e) => ({
      provider: 'NHN' as const,
      region,
      id: e.uuid,
      clusterId: e.cluster_uuid ?? clusterId,
      resourceType: e.resource_type ?? 'cluster',
      resourceId: e.resource_uuid ?? clusterId,
      resourceName: e.resource_name ?? '',
      type: e.type,
      state: e.state,
      contents: e.contents ?? null,
      createdAt: toDate(e.created_at),
      updatedAt: toDate(e.updated_at),
    }));
  }

  async listNodeGroups(region: string, clusterId: string): Promise<NodeGroup[]> {
    if (!this.available(region)) return [];
    const body = await this.call<{ nodegroups: NksNodeGroup[] }>(region, {
      path: `/v1/clusters/${segment(clusterId)}/nodegroups`,
      resourceType: 'Cluster',
      resourceId: clusterId,
    });
    return body.nodegroups.map((g) => this.nodeGroup(region, clusterId, g, false));
  }

  async getNodeGroup(region: string, clusterId: string, id: string): Promise<NodeGroup | null> {
    if (!this.available(region)) return null;
    try {
      const body = await this.call<NksNodeGroup>(region, {
        path: `${this.groupsPath(clusterId)}/${segment(id)}`,
        resourceType: 'NodeGroup',
        resourceId: id,
      });
      return this.nodeGroup(region, clusterId, body, true);
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  async createNodeGroup(region: string, clusterId: string, spec: CreateNodeGroupSpec): Promise<NodeGroup> {
    this.requireRegion(region);
    const imageId = spec.nodeImageId ?? (await this.defaultNodeImage(region));
    const created = await this.call<NksNodeGroup>(region, {
      method: 'POST',
      path: this.groupsPath(clusterId),
      resourceType: 'Cluster',
      resourceId: clusterId,
      body: {
        name: spec.name,
        flavor_id: spec.flavorId,
        image_id: imageId,
        node_count: spec.nodeCount,
        labels: {
          availability_zone: spec.availabilityZone,
          boot_volume_type: spec.bootVolumeType,
          boot_volume_size: String(spec.bootVolumeSizeGb),
          ca_enable: spec.autoscaling ? 'True' : 'False',
        },
      },
    });
    // The create answer has no status (nhn-nks §4.2): read the group back.
    const group = await this.getNodeGroup(region, clusterId, created.uuid);
    if (!group) throw new NotFoundError('NodeGroup', created.uuid, 'The node group was accepted but is not visible yet');
    return group;
  }

  async resizeNodeGroup(region: string, clusterId: string, id: string, nodeCount: number): Promise<void> {
    this.requireRegion(region);
    // Resizing is a cluster action naming the group (nhn-nks §3.3).
    await this.send(region, {
      method: 'POST',
      path: `/v1/clusters/${segment(clusterId)}/actions/resize`,
      body: { nodegroup: id, node_count: nodeCount },
      resourceType: 'Cluster',
      resourceId: clusterId,
    });
  }

  async upgradeNodeGroup(region: string, clusterId: string, id: string, version: string): Promise<void> {
    this.requireRegion(region);
    await this.send(region, {
      method: 'POST',
      path: `${this.groupsPath(clusterId)}/${segment(id)}/upgrade`,
      body: { version },
      resourceType: 'NodeGroup',
      resourceId: id,
    });
  }

  async deleteNodeGroup(region: string, clusterId: string, id: string): Promise<void> {
    this.requireRegion(region);
    await this.send(region, {
      method: 'DELETE',
      path: `${this.groupsPath(clusterId)}/${segment(id)}`,
      resourceType: 'NodeGroup',
      resourceId: id,
    });
  }

  // --- look-ups the create calls need (nhn-nks §3.5) ---

  private groupsPath(clusterId: string): string {
    return `/v1/clusters/${segment(clusterId)}/nodegroups`;
  }

  private requireRegion(region: string): void {
    if (!this.available(region)) throw new ValidationError(`NHN Kubernetes Service is not offered in ${region} (only ${NKS_REGIONS.join(', ')})`, ['regionId']);
  }

  /** The VPC and subnet must exist and belong together; the subnet tells whether it routes to the internet. */
  private async subnet(region: string, spec: CreateClusterSpec): Promise<VpcSubnet> {
    const [, subnet] = await Promise.all([
      this.client.json('network', region, { path: `/v2.0/vpcs/${segment(spec.vpcId)}`, resourceType: 'Vpc', resourceId: spec.vpcId }),
      this.client.json<{ vpcsubnet: VpcSubnet }>('network', region, {
        path: `/v2.0/vpcsubnets/${segment(spec.subnetId)}`,
        resourceType: 'Subnet',
        resourceId: spec.subnetId,
      }),
    ]);
    if (subnet.vpcsubnet.vpc_id !== spec.vpcId) {
      throw new ValidationError(`Subnet ${spec.subnetId} is not in VPC ${spec.vpcId}`, ['subnetId']);
    }
    return subnet.vpcsubnet;
  }

  /** The region's internet-facing network and its subnets: one call (`router:external=True`). */
  private async externalNetwork(region: string): Promise<{ networkId: string; subnetIds: string[] }> {
    const body = await this.client.json<{ networks: { id: string; subnets?: string[] }[] }>('network', region, {
      path: '/v2.0/networks',
      query: { 'router:external': 'True' },
    });
    const network = body.networks[0];
    if (!network || !network.subnets?.length) {
      throw new ValidationError(`${region} has no external network for a public cluster; use a private subnet and publicEndpoint: false`, ['publicEndpoint']);
    }
    return { networkId: network.id, subnetIds: network.subnets };
  }

  private async defaultNodeImage(region: string): Promise<string> {
    const [first] = await this.listNodeImageIds(region);
    if (!first) throw new ValidationError(`${region} offers no Kubernetes node image`, ['nodeImageId']);
    return first;
  }

  // --- mappers ---

  private cluster(region: string, c: NksCluster, detailed: boolean): Cluster {
    const l = c.labels;
    return {
      provider: 'NHN',
      region,
      id: c.uuid,
      name: c.name,
      status: c.status,
      statusReason: c.status_reason ?? null,
      healthStatus: c.health_status ?? null,
      healthDetails: flatten(c.health_status_reason),
      kubernetesVersion: labelText(l, 'kube_tag') ?? c.coe_version ?? null,
      kubernetesVersionStatus: labelText(l, 'kube_version_status'),
      nodeCount: toInt(c.node_count) ?? 0,
      flavorId: c.flavor_id ?? null,
      keyName: c.keypair || null,
      availabilityZone: labelText(l, 'availability_zone'),
      nodeImageId: labelText(l, 'node_image'),
      bootVolumeType: labelText(l, 'boot_volume_type'),
      bootVolumeSizeGb: labelInt(l, 'boot_volume_size'),
      publicEndpoint: labelBool(l, 'master_lb_floating_ip_enabled'),
      autoscaling: labelBool(l, 'ca_enable'),
      externalNetworkId: labelText(l, 'external_network_id'),
      externalSubnetIds: idList(labelText(l, 'external_subnet_id_list')),
      cniDriver: labelText(l, 'cni_driver'),
      podsNetworkCidr: labelText(l, 'pods_network_cidr'),
      podsNetworkSubnetPrefix: labelInt(l, 'pods_network_subnet'),
      serviceClusterIpRange: labelText(l, 'service_cluster_ip_range'),
      labels: rawLabels(l),
      detailed,
      vpcId: c.fixed_network ?? null,
      subnetId: c.fixed_subnet ?? null,
      apiAddress: c.api_address ?? null,
      nodeAddresses: c.node_addresses ?? [],
      createdAt: toDate(c.created_at),
      updatedAt: toDate(c.updated_at),
    };
  }

  private nodeGroup(region: string, clusterId: string, g: NksNodeGroup, detailed: boolean): NodeGroup {
    const l = g.labels;
    return {
      provider: 'NHN',
      region,
      id: g.uuid,
      clusterId: g.cluster_id ?? clusterId,
      name: g.name,
      status: g.status ?? 'UNKNOWN',
      statusReason: g.status_reason ?? null,
      role: g.role ?? 'worker',
      isDefault: g.is_default ?? false,
      flavorId: g.flavor_id ?? null,
      imageId: g.image_id ?? null,
      nodeCount: toInt(g.node_count) ?? 0,
      minNodeCount: toInt(g.min_node_count),
      maxNodeCount: toInt(g.max_node_count),
      detailed,
      kubernetesVersion: labelText(l, 'kube_tag'),
      availabilityZone: labelText(l, 'availability_zone'),
      bootVolumeType: labelText(l, 'boot_volume_type'),
      bootVolumeSizeGb: labelInt(l, 'boot_volume_size'),
      autoscaling: labelBool(l, 'ca_enable'),
      labels: rawLabels(l),
      nodeAddresses: g.node_addresses ?? [],
      createdAt: toDate(g.created_at),
      updatedAt: toDate(g.updated_at),
    };
  }
}

/** `v1.32.3` against `v1.29.10`, numerically. */
function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split('.').map(Number);
  const pb = b.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
