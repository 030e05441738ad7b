import { cidrsOverlap, parseCidr, type Cidr } from '../../../ipv4.js';
import type { EmulatorContext } from '../../context.js';
import { VOLUME_TYPES } from '../block-storage/volume-types.js';
import { findFlavor } from '../compute/flavors.js';
import { findKeypair } from '../compute/state.js';
import { availabilityZones } from '../compute/zones.js';
import { findImage } from '../image/state.js';
import { publicNetwork } from '../network/public-network.js';
import { subnetRoutingTable, vpcSubnets } from '../network/topology.js';
import type { EmuRequest } from '../../router.js';
import type { NhnRegion } from '../state.js';
import { badRequest, invalidField } from './errors.js';
import type { NksLabels, NksNodeGroup } from './state.js';
import { minorOf, SUPPORTED_K8S } from './supports.js';

/**
 * Checks of the create bodies (nhn-nks §3.4, §4.2) against the caller's other services in
 * the region: VPC and subnet (network), flavor, key pair and zone (compute), image, volume
 * type. Messages are Magnum's where Magnum has one; the rest are marked [guess].
 */

/** Where a create request points: the caller's tenant in one region. */
export interface Scope {
  ctx: EmulatorContext;
  tenantId: string;
  region: NhnRegion;
}

type Body = Record<string, unknown>;

/** The JSON object body of a request, or 400. */
export function objectBody(req: EmuRequest): Body {
  const body = req.body;
  if (req.bodyInvalid || typeof body !== 'object' || body === null) {
    // [guess] wsme's wording for a body it cannot read.
    throw badRequest('The request body is not a valid JSON object.');
  }
  return body as Body;
}

export function requiredString(body: Body, field: string): string {
  const value = body[field];
  if (value === undefined || value === null || value === '') throw invalidField(field, value, 'Mandatory field missing.');
  if (typeof value !== 'string') throw invalidField(field, value, 'Wrong type. Expected a string.');
  return value;
}

/** An integer field (numeric strings accepted, as wsme does) within NHN's bounds. */
export function intField(body: Body, field: string, fallback: number | undefined, min: number, max: number): number {
  const value = body[field] ?? fallback;
  if (value === undefined) throw invalidField(field, value, 'Mandatory field missing.');
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw invalidField(field, value, 'Wrong type. Expected an integer.');
  if (n < min) throw invalidField(field, value, `Value should be greater or equal to ${min}`);
  if (n > max) throw invalidField(field, value, `Value should be lower or equal to ${max}`);
  return n;
}

/**
 * `num_buffer_nodes` (0 to the group's headroom) and `num_max_unavailable_nodes` (1 to
 * its size) of a rolling replacement: upgrades and flavor changes of worker groups.
 */
export function rollingOptions(body: Body, group: NksNodeGroup): void {
  intField(body, 'num_buffer_nodes', 1, 0, Math.max(0, (group.maxNodeCount ?? 10) - group.nodeCount));
  intField(body, 'num_max_unavailable_nodes', 1, 1, group.nodeCount);
}

/** Node counts of one group: 1–10 (NHN's default quota). */
export function nodeCount(body: Body, field: string, fallback?: number): number {
  return intField(body, field, fallback, 1, 10);
}

/**
 * NHN's rule for cluster and node-group names: up to 20 lower-case letters, digits and
 * `-`, starting with a letter, ending with a letter or digit, and not uuid-shaped.
 */
export function resourceName(body: Body): string {
  const name = requiredString(body, 'name');
  const uuidShaped = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(name);
  if (!/^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$/.test(name) || uuidShaped) {
    throw invalidField('name', name, 'Up to 20 lower-case letters, digits and "-", starting with a letter and ending with a letter or digit.');
  }
  return name;
}

/**
 * The `labels` object with every scalar turned into a string (labels are strings in NKS
 * responses); the documented array labels stay arrays, other objects become JSON text.
 */
function normalizeLabels(body: Body): NksLabels {
  const raw = body.labels;
  if (raw === undefined) throw invalidField('labels', raw, 'Mandatory field missing.');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalidField('labels', raw, 'Wrong type. Expected a dict.');
  const labels: NksLabels = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) labels[key] = value;
    else labels[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return labels;
}

/** Each label must be present (Magnum's RequiredParameterNotProvided). */
function requireLabels(labels: NksLabels, keys: readonly string[]): void {
  for (const key of keys) if (labels[key] === undefined || labels[key] === '') throw badRequest(`Required parameter ${key} not provided.`);
}

/** `"True"`/`"False"` in any case; NKS answers the labels back as given. */
function booleanLabel(labels: NksLabels, key: string): boolean {
  const value = String(labels[key] ?? 'false').toLowerCase();
  if (value !== 'true' && value !== 'false') throw badRequest(`Invalid label value. ${key} must be "True" or "False", not ${labels[key]}.`);
  return value === 'true';
}

/** The labels every worker group needs: zone, boot volume, autoscaler switch (nhn-nks §4.2). */
function checkWorkerLabels(scope: Scope, labels: NksLabels): void {
  requireLabels(labels, ['availability_zone', 'boot_volume_type', 'boot_volume_size', 'ca_enable']);
  const zone = String(labels.availability_zone);
  // [guess] Nova's wording for an unknown zone.
  if (!availabilityZones(scope.region).includes(zone)) throw badRequest(`Invalid availability zone. ${zone} is not available.`);
  if (!VOLUME_TYPES.some((t) => t.name === labels.boot_volume_type)) throw badRequest('Valid volume type could not be found.');
  if (!/^\d+$/.test(String(labels.boot_volume_size)) || Number(labels.boot_volume_size) < 1) {
    throw badRequest(`Invalid label value. boot_volume_size must be a number of GB, not ${labels.boot_volume_size}.`);
  }
  booleanLabel(labels, 'ca_enable');
}

export function checkFlavor(scope: Scope, flavorId: string): void {
  if (!findFlavor(scope.region, flavorId)) throw badRequest(`Unable to find flavor ${flavorId}.`);
}

/** A node image must exist and be one NHN offers for NKS (`nhncloud_allow_nks_cpu_flavor`, nhn-nks §3.5). */
function checkImage(scope: Scope, imageId: string): void {
  const image = findImage(scope.ctx, scope.tenantId, scope.region, imageId);
  if (!image) throw badRequest(`Image ${imageId} could not be found.`);
  // [guess] the wording; NHN lists NKS base images by this property.
  if (image.properties.nhncloud_allow_nks_cpu_flavor !== 'true') throw badRequest(`Invalid node image. Image ${imageId} is not an NKS base image.`);
}

/** What a valid cluster create body holds, labels completed with NKS's defaults. */
export interface ClusterRequest {
  name: string;
  keypair: string;
  flavorId: string;
  fixedNetwork: string;
  fixedSubnet: string;
  nodeCount: number;
  createTimeout: number;
  labels: NksLabels;
}

/** Labels NKS fills in when the request leaves them out (nhn-nks §3.2). */
const CLUSTER_LABEL_DEFAULTS: Readonly<Record<string, string>> = {
  strict_sg_rules: 'False',
  cni_driver: 'calico',
  service_cluster_ip_range: '10.254.0.0/16',
  pods_network_cidr: '10.100.0.0/16',
  pods_network_subnet: '24',
};

/** Validates `POST /v1/clusters` (body not wrapped, nhn-nks §3.4). */
export function clusterRequest(scope: Scope, body: Body): ClusterRequest {
  const name = resourceName(body);
  const template = requiredString(body, 'cluster_template_id');
  if (template !== 'iaas_console') throw badRequest(`ClusterTemplate ${template} could not be found.`);
  const request: ClusterRequest = {
    name,
    keypair: requiredString(body, 'keypair'),
    flavorId: requiredString(body, 'flavor_id'),
    fixedNetwork: requiredString(body, 'fixed_network'),
    fixedSubnet: requiredString(body, 'fixed_subnet'),
    nodeCount: nodeCount(body, 'node_count'),
    createTimeout: intField(body, 'create_timeout', 60, 1, 1440),
    labels: { ...CLUSTER_LABEL_DEFAULTS, ...normalizeLabels(body) },
  };
  checkAddons(body.addons);
  const labels = request.labels;
  requireLabels(labels, ['node_image', 'cert_manager_api', 'kube_tag', 'master_lb_floating_ip_enabled']);
  checkWorkerLabels(scope, labels);
  if (!booleanLabel(labels, 'cert_manager_api')) throw badRequest('Invalid label value. cert_manager_api must be "True".');
  const version = String(labels.kube_tag);
  if (SUPPORTED_K8S[version] !== true) {
    throw badRequest(`Unsupported Kubernetes version. kube_tag ${version} is not offered for new clusters (see GET /v1/supports).`);
  }
  checkImage(scope, String(labels.node_image));
  checkFlavor(scope, request.flavorId);
  if (!findKeypair(scope.ctx, scope.tenantId, scope.region, request.keypair)) throw badRequest(`Unable to find keypair ${request.keypair}.`);
  const subnetCidr = checkFixedNetwork(scope, request);
  checkPublicEndpoint(scope, request, labels);
  checkCidrs(labels, subnetCidr, version);
  return request;
}

/** `addons` is optional, but each entry needs a name and a version. */
function checkAddons(addons: unknown): void {
  if (addons === undefined) return;
  const valid = Array.isArray(addons) && addons.every((a) => typeof a?.name === 'string' && typeof a?.version === 'string');
  if (!valid) throw invalidField('addons', addons, 'Each add-on needs a name and a version.');
}

/** The VPC and subnet must be the caller's own, the subnet inside the VPC; returns the subnet CIDR. */
function checkFixedNetwork(scope: Scope, request: ClusterRequest): string {
  const network = scope.ctx.nhn.region(scope.tenantId, scope.region).network;
  const vpc = network.vpcs.get(request.fixedNetwork);
  if (!vpc || vpc.external) throw badRequest(`Unable to find fixed network ${request.fixedNetwork}.`);
  const subnet = network.subnets.get(request.fixedSubnet);
  if (!subnet || subnet.vpcId !== vpc.id) throw badRequest(`Unable to find fixed subnet ${request.fixedSubnet}.`);
  return subnet.cidr;
}

/**
 * A public API endpoint, and any cluster whose subnet routes through an internet gateway,
 * needs `external_network_id` (the region's public network) and `external_subnet_id_list`
 * (colon-separated subnets of it).
 */
function checkPublicEndpoint(scope: Scope, request: ClusterRequest, labels: NksLabels): void {
  const network = scope.ctx.nhn.region(scope.tenantId, scope.region).network;
  const subnet = network.subnets.get(request.fixedSubnet)!;
  const routesToInternet = subnetRoutingTable(network, subnet).gatewayId !== undefined;
  const publicEndpoint = booleanLabel(labels, 'master_lb_floating_ip_enabled');
  const externalId = labels.external_network_id;
  const externalSubnets = labels.external_subnet_id_list;
  if (externalId === undefined && externalSubnets === undefined && !routesToInternet && !publicEndpoint) return;
  // [guess] NHN documents the rule but not its error message.
  if (!externalId || !externalSubnets) {
    throw badRequest('External network required. Set external_network_id and external_subnet_id_list for a public endpoint or an internet-gateway subnet.');
  }
  const pub = publicNetwork(scope.ctx, scope.region);
  if (externalId !== pub.vpc.id) throw badRequest(`Unable to find external network ${externalId}.`);
  const known = new Set(vpcSubnets(pub.state, pub.vpc.id).map((s) => s.id));
  for (const id of String(externalSubnets).split(':')) {
    if (!known.has(id)) throw badRequest(`Unable to find external subnet ${id}.`);
  }
}

/** Ranges no cluster network may overlap (nhn-nks §3.4). */
const RESERVED_RANGES: [string, string][] = [
  ['169.254.0.0/16', 'the link-local range'],
  ['198.18.0.0/19', 'the range NKS uses internally'],
];
/** Docker's bridge range, reserved on clusters of v1.23.3 and older. */
const BRIDGE_RANGE: [string, string] = ['172.17.0.0/16', 'the docker bridge range'];

/**
 * The CIDR rules of the create guide: the subnet, pod and service ranges are /24 or larger,
 * overlap neither each other nor the reserved ranges, and the pod subnet size is 20–28 and
 * at least 2 above the pod network prefix. [guess] the messages.
 */
function checkCidrs(labels: NksLabels, subnetCidr: string, version: string): void {
  const ranges: [string, Cidr][] = [['fixed_subnet', parse('fixed_subnet', subnetCidr)]];
  for (const key of ['pods_network_cidr', 'service_cluster_ip_range']) ranges.push([key, parse(key, String(labels[key]))]);
  const reserved = minorOf(version) <= 23 ? [...RESERVED_RANGES, BRIDGE_RANGE] : RESERVED_RANGES;
  for (const [i, [key, cidr]] of ranges.entries()) {
    if (cidr.prefix > 24) throw badRequest(`Invalid CIDR. ${key} must be /24 or larger, not /${cidr.prefix}.`);
    for (const [text, what] of reserved) {
      if (cidrsOverlap(cidr, parseCidr(text)!)) throw badRequest(`Invalid CIDR. ${key} overlaps ${what} ${text}.`);
    }
    for (const [otherKey, other] of ranges.slice(i + 1)) {
      if (cidrsOverlap(cidr, other)) throw badRequest(`Invalid CIDR. ${key} overlaps ${otherKey}.`);
    }
  }
  const podSubnet = Number(labels.pods_network_subnet);
  const podPrefix = ranges[1]![1].prefix;
  if (!Number.isInteger(podSubnet) || podSubnet < 20 || podSubnet > 28 || podSubnet < podPrefix + 2) {
    throw badRequest(`Invalid pods_network_subnet. It must be 20 to 28 and at least the pods_network_cidr prefix + 2, not ${labels.pods_network_subnet}.`);
  }
}

function parse(key: string, text: string): Cidr {
  const cidr = parseCidr(text);
  if (!cidr) throw badRequest(`Invalid CIDR. ${key} is not a CIDR: ${text}.`);
  return cidr;
}

/** What a valid node-group create body holds. */
export interface NodeGroupRequest {
  name: string;
  flavorId: string;
  imageId: string;
  nodeCount: number;
  labels: NksLabels;
}

/** Validates `POST /v1/clusters/{id}/nodegroups` (body not wrapped, nhn-nks §4.2). */
export function nodeGroupRequest(scope: Scope, body: Body): NodeGroupRequest {
  const request: NodeGroupRequest = {
    name: resourceName(body),
    flavorId: requiredString(body, 'flavor_id'),
    imageId: requiredString(body, 'image_id'),
    nodeCount: nodeCount(body, 'node_count', 1),
    labels: normalizeLabels(body),
  };
  checkWorkerLabels(scope, request.labels);
  checkFlavor(scope, request.flavorId);
  checkImage(scope, request.imageId);
  return request;
}
