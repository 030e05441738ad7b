import type { EmulatorContext } from '../context.js';
import { withStableIds } from '../ids.js';
import { newObject } from '../nhn/object-storage/state.js';
import { FLAVORS } from './bcs/flavors.js';
import { bootInstance, type CreateInstance, type InstanceRecord, settleInstance } from './bcs/instances.js';
import { addKeypair } from './bcs/keypairs.js';
import { addImageFromVolume, BASIC_IMAGES } from './image/images.js';
import { addCluster } from './kubernetes-engine/clusters.js';
import { addNodePool } from './kubernetes-engine/node-pools.js';
import { NODE_IMAGES } from './kubernetes-engine/versions.js';
import { addPublicIp } from './network/public-ips.js';
import { addRule, addSecurityGroup } from './network/security-groups.js';
import { newBucket } from './object-storage/containers.js';
import type { KakaoRegionState } from './state.js';
import { addVolume } from './volume/volumes.js';
import { addRouteTable } from './vpc/route-tables.js';
import { addSubnet, type SubnetRecord } from './vpc/subnets.js';
import { addVpc, type VpcRecord } from './vpc/vpcs.js';

/** A demo project with its user and IAM access key (`DEMO_KAKAO` in ../seed.ts). */
export interface KakaoDemoAccount {
  projectId: string;
  projectName: string;
  domainId: string;
  domainName: string;
  userId: string;
  userName: string;
  accessKeyId: string;
  accessKeyName: string;
  secretAccessKey: string;
}

const flavorId = (name: string): string => FLAVORS.find((f) => f.name === name)!.id;
const imageId = (name: string): string => BASIC_IMAGES.find((i) => i.name === name)!.id;

function registerAccount(ctx: EmulatorContext, account: KakaoDemoAccount): void {
  const domain = { id: account.domainId, name: account.domainName };
  ctx.kakao.addProject({ id: account.projectId, name: account.projectName, description: `${account.projectName} project`, domain });
  ctx.kakao.addUser({ id: account.userId, name: account.userName, domain, projectIds: [account.projectId] });
  ctx.kakao.addAccessKey({
    id: account.accessKeyId,
    name: account.accessKeyName,
    secret: account.secretAccessKey,
    userId: account.userId,
    projectId: account.projectId,
  });
}

/** The `default` group every project has: egress anywhere, ingress from its own members. */
function defaultSecurityGroup(ctx: EmulatorContext, state: KakaoRegionState): void {
  const group = addSecurityGroup(ctx, state, 'default', 'Default security group');
  addRule(ctx, state, group, { direction: 'ingress', protocol: 'ALL', remote_group_id: group.id });
}

/** A VPC and its subnets (`[name, cidr, zone]`), `ACTIVE` at once rather than `PENDING_CREATE`. */
function network(ctx: EmulatorContext, state: KakaoRegionState, name: string, cidr: string, subnets: [string, string, string][]): { vpc: VpcRecord; subnets: SubnetRecord[] } {
  const vpc = addVpc(ctx, state, { name, cidr_block: cidr });
  vpc.provisioning_status = 'ACTIVE';
  const created = subnets.map(([subnetName, block, zone]) => {
    const subnet = addSubnet(ctx, state, vpc, { name: subnetName, cidr_block: block, availability_zone: zone });
    subnet.provisioning_status = 'ACTIVE';
    return subnet;
  });
  for (const table of state.routeTables.values()) table.provisioning_status = 'ACTIVE';
  return { vpc, subnets: created };
}

type SeedInstance = Omit<CreateInstance, 'security_groups' | 'volumes'> & Partial<Pick<CreateInstance, 'security_groups' | 'volumes'>>;

/** Boots an instance (default group, 20 GB root) and puts it straight into its final status. */
function instance(ctx: EmulatorContext, state: KakaoRegionState, userId: string, status: 'active' | 'stopped' | 'shelved_offloaded', input: SeedInstance): InstanceRecord {
  const { instance: booted } = bootInstance(ctx, state, userId, { security_groups: [{ name: 'default' }], volumes: [{ size: 20 }], ...input }, input.name);
  settleInstance(ctx, booted, status);
  return booted;
}

/** Allocates a public IP, attached at once to the instance's primary interface when given. */
function publicIp(ctx: EmulatorContext, state: KakaoRegionState, description: string, attachTo?: InstanceRecord): void {
  const ip = addPublicIp(ctx, state, description);
  if (attachTo) Object.assign(ip, { network_interface_id: attachTo.nicIds[0], status: 'in_use' });
}

/**
 * The demo project in kr-central-2: a VPC with two subnets and a second route table,
 * instances in each stable status, public IPs, volumes, a project image, a provisioned
 * cluster with node pools, and buckets. kr-central-1 gets a small network and instance.
 */
function seedDemoProject(ctx: EmulatorContext, account: KakaoDemoAccount): void {
  const state = ctx.kakao.region(account.projectId, 'kr-central-2');
  const user = ctx.kakao.users.get(account.userId)!;
  const now = ctx.now();
  addKeypair(state.keypairs, user.id, 'hanul-demo-key', now);
  addKeypair(state.keypairs, user.id, 'ops-key', now);
  defaultSecurityGroup(ctx, state);
  const web = addSecurityGroup(ctx, state, 'web', 'HTTP(S) from anywhere, SSH from the VPC');
  addRule(ctx, state, web, { direction: 'ingress', protocol: 'TCP', port_range_min: 80, port_range_max: 80 });
  addRule(ctx, state, web, { direction: 'ingress', protocol: 'TCP', port_range_min: 443, port_range_max: 443 });
  addRule(ctx, state, web, { direction: 'ingress', protocol: 'TCP', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '10.20.0.0/16' });

  const { vpc, subnets } = network(ctx, state, 'hanul-vpc', '10.20.0.0/16', [
    ['hanul-public-a', '10.20.0.0/24', 'kr-central-2-a'],
    ['hanul-private-b', '10.20.1.0/24', 'kr-central-2-b'],
  ]);
  const [publicSubnet, privateSubnet] = subnets as [SubnetRecord, SubnetRecord];
  const privateTable = addRouteTable(ctx, state, vpc, 'hanul-private-rt', false);
  privateTable.provisioning_status = 'ACTIVE';
  for (const table of state.routeTables.values()) {
    const moved = table.associations.find((a) => a.subnet_id === privateSubnet.id);
    if (!moved || table === privateTable) continue;
    table.associations = table.associations.filter((a) => a !== moved);
    privateTable.associations.push(moved);
  }

  const common = { image_id: imageId('Ubuntu 22.04'), key_name: 'hanul-demo-key' };
  const web1 = instance(ctx, state, user.id, 'active', {
    ...common, name: 'web-1', flavor_id: flavorId('m2a.large'), subnets: [{ id: publicSubnet.id }],
    security_groups: [{ name: 'default' }, { name: 'web' }],
  });
  instance(ctx, state, user.id, 'stopped', { ...common, name: 'web-2', flavor_id: flavorId('m2a.large'), subnets: [{ id: publicSubnet.id }] });
  instance(ctx, state, user.id, 'shelved_offloaded', { ...common, name: 'batch-1', flavor_id: flavorId('c2a.large'), subnets: [{ id: privateSubnet.id }] });
  instance(ctx, state, user.id, 'active', {
    name: 'db-1', image_id: imageId('Rocky Linux 9.4'), key_name: 'ops-key', flavor_id: flavorId('r2a.large'),
    subnets: [{ id: privateSubnet.id }], volumes: [{ size: 50 }, { size: 200 }],
  });
  publicIp(ctx, state, 'web-1 entry point', web1);
  publicIp(ctx, state, 'spare');

  const shared = addVolume(ctx, state, user.id, { name: 'shared-data', size: 100, availabilityZone: 'kr-central-2-a', description: 'Unattached data volume' });
  shared.status = 'available';
  const rootOfWeb1 = [...state.volumes.values()].find((v) => v.instance_id === web1.id && v.is_root)!;
  const golden = addImageFromVolume(ctx, state, { sizeGb: rootOfWeb1.size, osInfo: BASIC_IMAGES[0]!.os_info }, 'web-golden', 'web-1 with nginx');
  golden.status = 'active';

  const cluster = addCluster(ctx, state, user, {
    name: 'hanul-k8s', version: '1.31', vpc_info: { id: vpc.id, subnets: [publicSubnet.id, privateSubnet.id] },
    is_allocate_fip: false, network: { cni: 'calico' }, description: 'Demo cluster',
  });
  cluster.status.phase = 'Provisioned';
  for (const [name, flavor, count] of [['default-pool', 'm2a.xlarge', 3], ['batch-pool', 'c2a.large', 1]] as const) {
    const pool = addNodePool(ctx, state, cluster, {
      name, flavor_id: flavorId(flavor), node_count: count, ssh_key_name: 'ops-key', image_id: NODE_IMAGES[0]!.id,
      vpc_info: { id: vpc.id, subnets: [privateSubnet.id] },
    });
    pool.status = { phase: 'Running', available_nodes: count, unavailable_nodes: 0 };
  }

  const assets = newBucket('hanul-assets', now);
  for (const [name, type, text] of [
    ['readme.txt', 'text/plain', 'Hanul demo assets on KakaoCloud. Everything here lives in the embedded emulator.\n'],
    ['site/index.html', 'text/html', '<h1>hanul</h1>\n'],
    ['site/', 'application/directory', ''],
  ] as const) assets.objects.set(name, newObject(name, Buffer.from(text), type, now));
  state.containers.set(assets.name, assets);
  state.containers.set('hanul-logs', newBucket('hanul-logs', now, true));

  const legacy = ctx.kakao.region(account.projectId, 'kr-central-1');
  defaultSecurityGroup(ctx, legacy);
  addKeypair(legacy.keypairs, user.id, 'hanul-demo-key', now);
  const old = network(ctx, legacy, 'legacy-vpc', '172.30.0.0/16', [['legacy-a', '172.30.0.0/24', 'kr-central-1-a']]);
  instance(ctx, legacy, user.id, 'active', { ...common, name: 'legacy-1', flavor_id: flavorId('t1i.small'), subnets: [{ id: old.subnets[0]!.id }] });
}

/** The second project: same names as the demo's where that shows names are per project. */
function seedOtherProject(ctx: EmulatorContext, account: KakaoDemoAccount): void {
  const state = ctx.kakao.region(account.projectId, 'kr-central-2');
  const now = ctx.now();
  addKeypair(state.keypairs, account.userId, 'hanul-demo-key', now);
  defaultSecurityGroup(ctx, state);
  const { subnets } = network(ctx, state, 'other-vpc', '10.20.0.0/16', [['other-a', '10.20.0.0/24', 'kr-central-2-a']]);
  instance(ctx, state, account.userId, 'active', {
    name: 'other-app', image_id: imageId('Ubuntu 24.04'), flavor_id: flavorId('m2a.large'), key_name: 'hanul-demo-key', subnets: [{ id: subnets[0]!.id }],
  });
  state.containers.set('other-bucket', newBucket('other-bucket', now));
}

/** Registers both demo accounts and seeds their resources. */
export function seedKakao(ctx: EmulatorContext, demo: KakaoDemoAccount, other: KakaoDemoAccount): void {
  registerAccount(ctx, demo);
  registerAccount(ctx, other);
  // Seeded resources keep their ids across restarts, so saved ids and links stay valid.
  withStableIds(`kakao-seed/${demo.projectId}`, () => seedDemoProject(ctx, demo));
  withStableIds(`kakao-seed/${other.projectId}`, () => seedOtherProject(ctx, other));
}
