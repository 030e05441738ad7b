import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken, type Reply, useManualEmulator } from './helpers.js';

// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil } = useManualEmulator();

let token: string;
/** What a create body points at, all made through the other services' APIs. */
const env = { flavorId: '', otherFlavorId: '', imageId: '', vpcId: '', subnetId: '', publicNetworkId: '', publicSubnetIds: '' };

function serviceUrl(service: string, region = 'kr1'): string {
  return emulator().ctx.nhnServiceUrl(region, service);
}

/** An NKS call with the headers NHN's guide puts on every request. */
function nks(path: string, init: Parameters<typeof call>[1] = {}, region = 'kr1'): Promise<Reply> {
  return call(`${serviceUrl('kubernetes', region)}${path}`, {
    token,
    ...init,
    headers: { accept: 'application/json', 'openstack-api-version': 'container-infra latest', ...init.headers },
  });
}

async function network(path: string, method = 'GET', body?: unknown): Promise<Reply> {
  const reply = await call(`${serviceUrl('network')}${path}`, { method, token, body });
  expect(reply.status, reply.text).toBeLessThan(300);
  return reply;
}

/** A VPC with one subnet; with `internet`, its routing table gets an internet gateway. */
async function makeVpc(name: string, vpcCidr: string, subnetCidr: string, internet = false): Promise<{ vpcId: string; subnetId: string }> {
  const vpc = (await network('/v2.0/vpcs', 'POST', { vpc: { name, cidrv4: vpcCidr } })).json.vpc;
  const subnet = (await network('/v2.0/vpcsubnets', 'POST', { vpcsubnet: { vpc_id: vpc.id, cidr: subnetCidr, name } })).json.vpcsubnet;
  if (internet) {
    const igw = (await network('/v2.0/internetgateways', 'POST', { internetgateway: { name, external_network_id: env.publicNetworkId } })).json.internetgateway;
    const table = (await network(`/v2.0/vpcs/${vpc.id}`)).json.vpc.routingtables[0];
    await network(`/v2.0/routingtables/${table.id}/attach_gateway`, 'PUT', { gateway_id: igw.id });
  }
  return { vpcId: vpc.id, subnetId: subnet.id };
}

beforeAll(async () => {
  token = await nhnToken(emulator());
  const flavors = (await call(`${serviceUrl('compute')}/v2/${DEMO_NHN.tenantId}/flavors`, { token })).json.flavors;
  env.flavorId = flavors.find((f: { name: string }) => f.name === 'm2.c2m4').id;
  env.otherFlavorId = flavors.find((f: { name: string }) => f.name === 'm2.c4m8').id;
  const images = (await call(`${serviceUrl('image')}/v2/images`, { token })).json.images;
  env.imageId = images.find((i: { name: string }) => i.name.startsWith('Ubuntu Server 22.04')).id;
  const vpcs = (await network('/v2.0/vpcs')).json.vpcs;
  env.publicNetworkId = vpcs.find((v: Record<string, unknown>) => v['router:external']).id;
  const publicSubnets = (await network(`/v2.0/vpcs/${env.publicNetworkId}`)).json.vpc.subnets;
  env.publicSubnetIds = publicSubnets.map((s: { id: string }) => s.id).join(':');
  Object.assign(env, await makeVpc('nks-test', '192.168.0.0/16', '192.168.10.0/24'));
});

/** A valid create body (NHN's minimal example), with overrides. */
function clusterBody(name: string, overrides: Record<string, unknown> = {}, labels: Record<string, unknown> = {}) {
  return {
    name,
    cluster_template_id: 'iaas_console',
    keypair: 'demo-key',
    flavor_id: env.flavorId,
    fixed_network: env.vpcId,
    fixed_subnet: env.subnetId,
    node_count: 1,
    labels: {
      availability_zone: 'kr-pub-a',
      node_image: env.imageId,
      boot_volume_type: 'General HDD',
      boot_volume_size: '20',
      cert_manager_api: 'True',
      ca_enable: 'False',
      kube_tag: 'v1.31.4',
      master_lb_floating_ip_enabled: 'False',
      ...labels,
    },
    addons: [
      { name: 'calico', version: 'v3.28.2-nks1', options: { mode: 'vxlan' } },
      { name: 'coredns', version: '1.8.4-nks1' },
    ],
    ...overrides,
  };
}

async function createCluster(name: string, overrides: Record<string, unknown> = {}, labels: Record<string, unknown> = {}): Promise<string> {
  const reply = await nks('/v1/clusters', { method: 'POST', body: clusterBody(name, overrides, labels) });
  expect(reply.status, reply.text).toBe(202);
  expect(Object.keys(reply.json)).toEqual(['uuid']);
  return reply.json.uuid as string;
}

/** Polls GET until `status` shows up, and returns the body. */
function untilStatus(path: string, status: string): Promise<Record<string, any>> {
  return advanceUntil(async () => {
    const reply = await nks(path);
    return reply.json?.status === status ? reply.json : undefined;
  });
}

/** A running cluster, created through the API. */
async function runningCluster(name: string, labels: Record<string, unknown> = {}): Promise<string> {
  const uuid = await createCluster(name, {}, labels);
  await untilStatus(`/v1/clusters/${uuid}`, 'CREATE_COMPLETE');
  return uuid;
}

/** Asserts Magnum's error body (nhn-nks §1.5). */
function expectMagnumError(reply: Reply, status: number, detail?: string | RegExp) {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers.get('content-type')).toContain('application/json');
  const [error] = reply.json.errors;
  expect(error).toEqual({ request_id: '', code: status >= 500 ? 'server' : 'client', status, title: expect.any(String), detail: expect.any(String), links: [] });
  expect(error.detail.startsWith(error.title)).toBe(true);
  expect(error.title).not.toContain('.');
  if (typeof detail === 'string') expect(error.detail).toBe(detail);
  else if (detail) expect(error.detail).toMatch(detail);
}

describe('NKS access', () => {
  it('should answer 401 with the keystonemiddleware body without a token', async () => {
    const reply = await nks('/v1/clusters', { token: '' });
    expect(reply.status).toBe(401);
    expect(reply.json.error).toEqual({ code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' });
  });

  it('should not exist outside kr1, kr2 and kr3', async () => {
    expect((await nks('/v1/clusters', {}, 'jp1')).status).toBe(404);
    expect((await nks('/v1/clusters', {}, 'kr3')).status).toBe(200);
  });

  it('should accept a request without OpenStack-API-Version and report the version served', async () => {
    const reply = await call(`${serviceUrl('kubernetes')}/v1/clusters`, { token });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('openstack-api-version')).toBe('container-infra 1.1');
    const latest = await nks('/v1/clusters');
    expect(latest.headers.get('openstack-api-version')).toBe(latest.headers.get('openstack-api-maximum-version'));
  });

  it('should refuse an unsupported microversion with 406', async () => {
    const reply = await nks('/v1/clusters', { headers: { 'openstack-api-version': 'container-infra 2.0' } });
    expect(reply.status).toBe(406);
    expect(reply.json.errors[0]).toMatchObject({ code: 'magnum.microversion-unsupported', status: 406, min_version: '1.1' });
    const wrongService = await nks('/v1/clusters', { headers: { 'openstack-api-version': 'compute 2.1' } });
    expectMagnumError(wrongService, 406, 'Invalid service type for OpenStack-API-Version header');
  });

  it('should publish the supported versions and task types', async () => {
    const reply = await nks('/v1/supports');
    expect(reply.status).toBe(200);
    expect(reply.json.supported_k8s).toMatchObject({ 'v1.17.6': false, 'v1.32.3': true });
    expect(reply.json.supported_event_type.CLUSTER_CREATE).toBe('Create a cluster');
  });
});

describe('NKS demo seed', () => {
  it('should hold a running kr1 cluster in the seeded VPC with default-worker and a second group', async () => {
    const cluster = (await nks('/v1/clusters/hanul-demo')).json;
    expect(cluster).toMatchObject({ status: 'CREATE_COMPLETE', health_status: 'HEALTHY', node_count: 3, keypair: 'demo-key' });
    const vpcs = (await network('/v2.0/vpcs')).json.vpcs;
    expect(cluster.fixed_network).toBe(vpcs.find((v: { name: string }) => v.name === 'Default Network').id);
    expect(cluster.labels).toMatchObject({ master_lb_floating_ip_enabled: 'True', external_network_id: env.publicNetworkId });
    const groups = (await nks(`/v1/clusters/${cluster.uuid}/nodegroups`)).json.nodegroups;
    expect(groups.map((g: { name: string; status: string }) => [g.name, g.status])).toEqual([
      ['default-worker', 'CREATE_COMPLETE'],
      ['batch-pool', 'CREATE_COMPLETE'],
    ]);
    expect((await nks(`/v1/clusters/${cluster.uuid}/events`)).json.events.map((e: { state: string }) => e.state)).toEqual(['SUCCESS', 'SUCCESS']);
    expect((await nks(`/v1/clusters/${cluster.uuid}/config`)).status).toBe(200);
  });

  it('should have no cluster in kr2', async () => {
    expect((await nks('/v1/clusters', {}, 'kr2')).json.clusters).toEqual([]);
  });
});

describe('NKS cluster lifecycle', () => {
  let uuid: string;
  let first: Reply;
  beforeAll(async () => {
    uuid = await createCluster('lifecycle', { node_count: 2 });
    first = await nks(`/v1/clusters/${uuid}`);
  });

  it('should show CREATE_IN_PROGRESS right after the create', async () => {
    const reply = first;
    expect(reply.json.status).toBe('CREATE_IN_PROGRESS');
    expect(reply.json.api_address).toBeNull();
    expect(reply.json.node_addresses).toEqual([]);
    expect(reply.json.health_status).toBeNull();
  });

  it('should reach CREATE_COMPLETE with an endpoint, nodes and health', async () => {
    const cluster = await untilStatus(`/v1/clusters/${uuid}`, 'CREATE_COMPLETE');
    expect(cluster.uuid).toBe(uuid);
    expect(cluster).not.toHaveProperty('id');
    expect(cluster.status_reason).toBe('Stack CREATE completed successfully');
    expect(cluster.api_address).toMatch(new RegExp(`^https://${uuid.slice(0, 8)}-kr1-k8s\\..+:6443$`));
    expect(cluster.node_count).toBe(2);
    expect(cluster.node_addresses).toHaveLength(2);
    for (const ip of cluster.node_addresses) expect(ip).toMatch(/^192\.168\.10\.\d+$/);
    expect(cluster.health_status).toBe('HEALTHY');
    expect(cluster.health_status_reason['nodegroup-stats']).toEqual({ 'default-worker': '2:0' });
    expect(cluster.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(cluster.updated_at).toMatch(/\+00:00$/);
    expect(cluster.fixed_network).toBe(env.vpcId);
    expect(cluster.coe_version).toBe('v1.31.4');
    expect(cluster.project_id).toBe(DEMO_NHN.tenantId);
  });

  it('should keep labels as strings and add the read-only ones', async () => {
    const { labels } = (await nks(`/v1/clusters/${uuid}`)).json;
    expect(labels).toMatchObject({ kube_tag: 'v1.31.4', kube_version_status: 'NEED_UPGRADE', clusterautoscale: 'nodegroupfeature', pods_network_subnet: '24' });
    for (const value of Object.values(labels)) expect(typeof value).toBe('string');
  });

  it('should list clusters with the documented subset of fields', async () => {
    const reply = await nks('/v1/clusters');
    const listed = reply.json.clusters.find((c: { uuid: string }) => c.uuid === uuid);
    expect(listed).toMatchObject({ name: 'lifecycle', keypair: 'demo-key', node_count: 2, flavor_id: env.flavorId, cluster_template_id: expect.any(String) });
    expect(listed).not.toHaveProperty('api_address');
    expect(listed).not.toHaveProperty('fixed_network');
    expect(listed.links[0]).toEqual({ href: `${serviceUrl('kubernetes')}/v1/clusters/${uuid}`, rel: 'self' });
  });

  it('should accept the cluster name wherever the uuid goes, except for events', async () => {
    expect((await nks('/v1/clusters/lifecycle')).json.uuid).toBe(uuid);
    expect((await nks('/v1/clusters/lifecycle/nodegroups')).status).toBe(200);
    expectMagnumError(await nks('/v1/clusters/lifecycle/events'), 404, 'Cluster lifecycle could not be found.');
  });

  it('should create default-worker with the cluster and address default-master by name', async () => {
    const list = (await nks(`/v1/clusters/${uuid}/nodegroups`)).json.nodegroups;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'default-worker', role: 'worker', node_count: 2, status: 'CREATE_COMPLETE', flavor_id: env.flavorId, image_id: env.imageId });
    const worker = (await nks(`/v1/clusters/${uuid}/nodegroups/${list[0].uuid}`)).json;
    expect(Number.isInteger(worker.id)).toBe(true);
    expect(worker.cluster_id).toBe(uuid);
    expect(worker.node_addresses).toHaveLength(2);
    expect(worker.labels.kube_tag).toBe('v1.31.4');
    const master = (await nks(`/v1/clusters/${uuid}/nodegroups/default-master`)).json;
    expect(master.role).toBe('master');
    expect(master.id).not.toBe(worker.id);
  });

  it('should record the creation in the task history', async () => {
    const { events } = (await nks(`/v1/clusters/${uuid}/events`)).json;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'CLUSTER_CREATE', state: 'SUCCESS', resource_type: 'cluster', resource_uuid: uuid, cluster_name: 'lifecycle', contents: null });
    expect(Number.isInteger(events[0].id)).toBe(true);
    const one = await nks(`/v1/clusters/${uuid}/events/${events[0].uuid}`);
    expect(one.json).toEqual(events[0]);
    expectMagnumError(await nks(`/v1/clusters/${uuid}/events/00000000-0000-0000-0000-000000000000`), 404);
  });

  it('should serve the kubeconfig once the endpoint exists', async () => {
    const cluster = (await nks(`/v1/clusters/${uuid}`)).json;
    const { config } = (await nks(`/v1/clusters/${uuid}/config`)).json;
    expect(config).toContain(`    server: ${cluster.api_address}\n`);
    expect(config).toContain('current-context: default\n');
    expect(config).toContain('- name: admin\n');
    expect(config).toMatch(/client-key-data: [A-Za-z0-9+/=]+\n/);
  });

  it('should refuse the kubeconfig while the cluster is still being created', async () => {
    const early = await createCluster('no-config-yet');
    expectMagnumError(await nks(`/v1/clusters/${early}/config`), 409, 'Cluster API address is not available yet');
  });

  it('should refuse a second cluster of the same name with 409', async () => {
    expectMagnumError(await nks('/v1/clusters', { method: 'POST', body: clusterBody('lifecycle') }), 409);
  });

  it('should hide clusters from another tenant', async () => {
    const other = await nhnToken(emulator(), OTHER_NHN);
    const reply = await nks('/v1/clusters', { token: other });
    expect(reply.json.clusters.some((c: { uuid: string }) => c.uuid === uuid)).toBe(false);
    expectMagnumError(await nks(`/v1/clusters/${uuid}`, { token: other }), 404);
  });
});

describe('NKS cluster create validation', () => {
  it.each([
    ['a missing name', { name: undefined }, {}, /^Invalid input for field\/attribute name/],
    ['a name with capitals', { name: 'Bad_Name' }, {}, /field\/attribute name/],
    ['another cluster template', { cluster_template_id: 'k8s' }, {}, 'ClusterTemplate k8s could not be found.'],
    ['a node count above 10', { node_count: 11 }, {}, /node_count/],
    ['an unknown VPC', { fixed_network: 'nope' }, {}, 'Unable to find fixed network nope.'],
    ['an unknown subnet', { fixed_subnet: 'nope' }, {}, 'Unable to find fixed subnet nope.'],
    ['an unknown flavor', { flavor_id: 'nope' }, {}, 'Unable to find flavor nope.'],
    ['an unknown key pair', { keypair: 'nope' }, {}, 'Unable to find keypair nope.'],
    ['a version no longer offered', {}, { kube_tag: 'v1.17.6' }, /^Unsupported Kubernetes version/],
    ['an unknown zone', {}, { availability_zone: 'kr2-pub-a' }, /kr2-pub-a/],
    ['an unknown volume type', {}, { boot_volume_type: 'Gold' }, 'Valid volume type could not be found.'],
    ['a missing node image', {}, { node_image: undefined }, 'Required parameter node_image not provided.'],
    ['an unknown node image', {}, { node_image: 'nope' }, 'Image nope could not be found.'],
    ['cert_manager_api off', {}, { cert_manager_api: 'False' }, /cert_manager_api/],
    ['a public endpoint without an external network', {}, { master_lb_floating_ip_enabled: 'True' }, /external_network_id/],
    ['an unknown external network', {}, { external_network_id: 'nope', external_subnet_id_list: 'x' }, 'Unable to find external network nope.'],
    ['pods overlapping the subnet', {}, { pods_network_cidr: '192.168.0.0/16' }, /fixed_subnet overlaps pods_network_cidr/],
    ['a service range smaller than /24', {}, { service_cluster_ip_range: '10.254.0.0/26' }, /\/24/],
    ['a link-local pod range', {}, { pods_network_cidr: '169.254.0.0/16' }, /link-local/],
    ['a pod subnet size too close to the pod prefix', {}, { pods_network_cidr: '10.100.0.0/22', pods_network_subnet: 23 }, /pods_network_subnet/],
  ])('should refuse %s with a Magnum 400', async (_case, overrides, labels, detail) => {
    const reply = await nks('/v1/clusters', { method: 'POST', body: clusterBody('invalid', overrides, labels) });
    expectMagnumError(reply, 400, detail);
  });

  it('should refuse a subnet of another VPC', async () => {
    const other = await makeVpc('nks-other', '172.20.0.0/16', '172.20.1.0/24');
    expectMagnumError(await nks('/v1/clusters', { method: 'POST', body: clusterBody('mixed', { fixed_subnet: other.subnetId }) }), 400);
  });

  it('should refuse a body that is not JSON', async () => {
    expectMagnumError(await nks('/v1/clusters', { method: 'POST', body: '{not json' }), 400);
  });

  it('should need the external network for a subnet routed to an internet gateway', async () => {
    const routed = await makeVpc('nks-igw', '10.30.0.0/16', '10.30.1.0/24', true);
    const body = clusterBody('igw-private', { fixed_network: routed.vpcId, fixed_subnet: routed.subnetId });
    expectMagnumError(await nks('/v1/clusters', { method: 'POST', body }), 400, /external_network_id/);
    const external = { external_network_id: env.publicNetworkId, external_subnet_id_list: env.publicSubnetIds, master_lb_floating_ip_enabled: 'True' };
    const withExternal = clusterBody('igw-public', { fixed_network: routed.vpcId, fixed_subnet: routed.subnetId }, external);
    expect((await nks('/v1/clusters', { method: 'POST', body: withExternal })).status).toBe(202);
  });

  it('should reserve docker’s bridge range only on v1.23.3 and older', async () => {
    const bridge = await makeVpc('nks-bridge', '172.17.0.0/16', '172.17.1.0/24');
    const body = clusterBody('bridge', { fixed_network: bridge.vpcId, fixed_subnet: bridge.subnetId });
    expect((await nks('/v1/clusters', { method: 'POST', body })).status).toBe(202);
  });
});

describe('NKS resize', () => {
  let uuid: string;
  beforeAll(async () => {
    uuid = await runningCluster('resize');
  });

  it('should go through UPDATE_IN_PROGRESS to UPDATE_COMPLETE with the new nodes', async () => {
    const reply = await nks(`/v1/clusters/${uuid}/actions/resize`, { method: 'POST', body: { nodegroup: 'default-worker', node_count: 3 } });
    // Read everything at once: the task lasts only a few transitions.
    const [during, group, again] = await Promise.all([
      nks(`/v1/clusters/${uuid}`),
      nks(`/v1/clusters/${uuid}/nodegroups/default-worker`),
      nks(`/v1/clusters/${uuid}/actions/resize`, { method: 'POST', body: { nodegroup: 'default-worker', node_count: 2 } }),
    ]);
    expect(reply.status).toBe(202);
    expect(reply.json).toEqual({ uuid });
    expect(during.json.status).toBe('UPDATE_IN_PROGRESS');
    expect(during.json.node_count).toBe(3);
    expect(group.json.status).toBe('UPDATE_IN_PROGRESS');
    expectMagnumError(again, 409, 'Cluster resize already has an operation in progress.');

    const done = await untilStatus(`/v1/clusters/${uuid}`, 'UPDATE_COMPLETE');
    expect(done.node_addresses).toHaveLength(3);
    expect(new Set(done.node_addresses).size).toBe(3);
    const events = (await nks(`/v1/clusters/${uuid}/events`)).json.events;
    expect(events.at(-1)).toMatchObject({ type: 'CLUSTER_RESIZE', state: 'SUCCESS' });
  });

  it('should shrink a group', async () => {
    await untilStatus(`/v1/clusters/${uuid}`, 'UPDATE_COMPLETE');
    expect((await nks(`/v1/clusters/${uuid}/actions/resize`, { method: 'POST', body: { nodegroup: 'default-worker', node_count: 1 } })).status).toBe(202);
    expect((await untilStatus(`/v1/clusters/${uuid}`, 'UPDATE_COMPLETE')).node_addresses).toHaveLength(1);
  });

  it.each([
    ['a count above the maximum', { nodegroup: 'default-worker', node_count: 11 }, 400, /^Resizing default-worker outside the allowed range/],
    ['the control plane', { nodegroup: 'default-master', node_count: 5 }, 400, 'Resizing the master nodegroup is not supported by this driver.'],
    ['an unknown group', { nodegroup: 'ghost', node_count: 2 }, 404, 'Nodegroup ghost could not be found.'],
    ['unknown nodes to remove', { nodegroup: 'default-worker', node_count: 1, nodes_to_remove: ['x'] }, 400, /nodes_to_remove/],
  ])('should refuse %s', async (_case, body, status, detail) => {
    await untilStatus(`/v1/clusters/${uuid}`, 'UPDATE_COMPLETE');
    expectMagnumError(await nks(`/v1/clusters/${uuid}/actions/resize`, { method: 'POST', body }), status, detail);
  });
});

describe('NKS node groups', () => {
  let uuid: string;
  const groupBody = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    node_count: 2,
    flavor_id: env.flavorId,
    image_id: env.imageId,
    labels: { availability_zone: 'kr-pub-b', boot_volume_size: '30', boot_volume_type: 'General SSD', ca_enable: false },
    ...extra,
  });
  beforeAll(async () => {
    uuid = await runningCluster('groups');
  });

  it('should create a group with 202 and its body, then bring it to CREATE_COMPLETE', async () => {
    const reply = await nks(`/v1/clusters/${uuid}/nodegroups`, { method: 'POST', body: groupBody('batch') });
    expect(reply.status).toBe(202);
    expect(reply.json).toMatchObject({ name: 'batch', cluster_id: uuid, role: 'worker', node_count: 2, min_node_count: 1, max_node_count: null, project_id: DEMO_NHN.tenantId });
    expect(reply.json.labels).toMatchObject({ ca_enable: 'false', boot_volume_size: '30', clusterautoscale: 'nodegroupfeature' });
    const group = reply.json.uuid as string;
    expect((await nks(`/v1/clusters/${uuid}/nodegroups/${group}`)).json.status).toBe('CREATE_IN_PROGRESS');
    // Adding a group leaves the cluster's own status alone.
    expect((await nks(`/v1/clusters/${uuid}`)).json.status).toBe('CREATE_COMPLETE');
    const done = await untilStatus(`/v1/clusters/${uuid}/nodegroups/${group}`, 'CREATE_COMPLETE');
    expect(done.node_addresses).toHaveLength(2);
    expect(done.labels.kube_tag).toBe('v1.31.4');
    expect((await nks(`/v1/clusters/${uuid}`)).json.node_count).toBe(3);
    const events = (await nks(`/v1/clusters/${uuid}/events`)).json.events;
    expect(events.at(-1)).toMatchObject({ type: 'NODEGROUP_CREATE', resource_type: 'nodegroup', resource_name: 'batch', state: 'SUCCESS' });
  });

  it('should refuse a duplicate name with 409 and bad bodies with 400', async () => {
    await untilStatus(`/v1/clusters/${uuid}/nodegroups/batch`, 'CREATE_COMPLETE');
    expectMagnumError(await nks(`/v1/clusters/${uuid}/nodegroups`, { method: 'POST', body: groupBody('batch') }), 409);
    expectMagnumError(await nks(`/v1/clusters/${uuid}/nodegroups`, { method: 'POST', body: groupBody('x', { flavor_id: 'nope' }) }), 400, 'Unable to find flavor nope.');
    const noZone = groupBody('y', { labels: { boot_volume_size: '30', boot_volume_type: 'General SSD', ca_enable: 'false' } });
    expectMagnumError(await nks(`/v1/clusters/${uuid}/nodegroups`, { method: 'POST', body: noZone }), 400, 'Required parameter availability_zone not provided.');
  });

  it('should change Kubernetes node labels through PATCH', async () => {
    await untilStatus(`/v1/clusters/${uuid}/nodegroups/batch`, 'CREATE_COMPLETE');
    const reply = await nks(`/v1/clusters/${uuid}/nodegroups/batch`, {
      method: 'PATCH',
      body: { type: 'k8s_node_labels', k8s_node_labels: { node_type: 'production' } },
    });
    expect(reply.status).toBe(202);
    const group = (await nks(`/v1/clusters/${uuid}/nodegroups/batch`)).json;
    expect(reply.json).toEqual({ uuid: group.uuid });
    expect(group.status).toBe('UPDATE_IN_PROGRESS');
    const done = await untilStatus(`/v1/clusters/${uuid}/nodegroups/batch`, 'UPDATE_COMPLETE');
    expect(JSON.parse(done.labels.k8s_node_labels)).toEqual({ node_type: 'production' });
  });

  it('should change the flavor and refuse unknown flavors and too many labels', async () => {
    await untilStatus(`/v1/clusters/${uuid}`, 'UPDATE_COMPLETE');
    const path = `/v1/clusters/${uuid}/nodegroups/batch`;
    expectMagnumError(await nks(path, { method: 'PATCH', body: { type: 'flavor_id', flavor_id: 'nope' } }), 400, 'Unable to find flavor nope.');
    const labels = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v']));
    expectMagnumError(await nks(path, { method: 'PATCH', body: { type: 'k8s_node_labels', k8s_node_labels: labels } }), 400);
    expect((await nks(path, { method: 'PATCH', body: { type: 'flavor_id', flavor_id: env.otherFlavorId } })).status).toBe(202);
    expect((await untilStatus(path, 'UPDATE_COMPLETE')).flavor_id).toBe(env.otherFlavorId);
  });

  it('should apply a Magnum JSON-Patch of the node counts', async () => {
    const path = `/v1/clusters/${uuid}/nodegroups/batch`;
    await untilStatus(`/v1/clusters/${uuid}`, 'UPDATE_COMPLETE');
    const invalid = [{ op: 'replace', path: '/min_node_count', value: 5 }];
    expectMagnumError(await nks(path, { method: 'PATCH', body: invalid }), 409, /^min_node_count for batch is invalid/);
    const patch = [
      { op: 'replace', path: '/max_node_count', value: 4 },
      { op: 'replace', path: '/node_count', value: 3 },
    ];
    expect((await nks(path, { method: 'PATCH', body: patch })).status).toBe(202);
    const done = await untilStatus(path, 'UPDATE_COMPLETE');
    expect(done).toMatchObject({ max_node_count: 4, node_count: 3 });
    expect(done.node_addresses).toHaveLength(3);
  });

  it('should refuse to delete the default groups', async () => {
    expectMagnumError(await nks(`/v1/clusters/${uuid}/nodegroups/default-worker`, { method: 'DELETE' }), 400, 'Deleting a default nodegroup is not supported.');
    expectMagnumError(await nks(`/v1/clusters/${uuid}/nodegroups/default-master`, { method: 'DELETE' }), 400);
  });

  it('should delete a group through DELETE_IN_PROGRESS and then answer 404', async () => {
    await untilStatus(`/v1/clusters/${uuid}/nodegroups/batch`, 'UPDATE_COMPLETE');
    await untilStatus(`/v1/clusters/${uuid}`, 'UPDATE_COMPLETE');
    const reply = await nks(`/v1/clusters/${uuid}/nodegroups/batch`, { method: 'DELETE' });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect((await nks(`/v1/clusters/${uuid}/nodegroups/batch`)).json.status).toBe('DELETE_IN_PROGRESS');
    await advanceUntil(async () => ((await nks(`/v1/clusters/${uuid}/nodegroups/batch`)).status === 404 ? true : undefined));
    expect((await nks(`/v1/clusters/${uuid}/nodegroups`)).json.nodegroups.map((g: { name: string }) => g.name)).toEqual(['default-worker']);
  });
});

describe('NKS upgrade', () => {
  let uuid: string;
  beforeAll(async () => {
    uuid = await runningCluster('upgrade');
  });
  const upgrade = (group: string, version: string) => nks(`/v1/clusters/${uuid}/nodegroups/${group}/upgrade`, { method: 'POST', body: { version } });

  it('should upgrade the control plane first, one minor version, then the workers', async () => {
    expectMagnumError(await upgrade('default-worker', 'v1.32.3'), 400, /control plane/);
    expectMagnumError(await upgrade('default-master', 'v1.33.0'), 400, /v1\.32\.3/);

    const master = await upgrade('default-master', 'v1.32.3');
    const [during, group] = await Promise.all([nks(`/v1/clusters/${uuid}`), nks(`/v1/clusters/${uuid}/nodegroups/default-master`)]);
    expect(master.status).toBe(202);
    expect(during.json.status).toBe('UPDATE_IN_PROGRESS');
    expect(master.json.uuid).toBe(group.json.uuid);
    const upgraded = await untilStatus(`/v1/clusters/${uuid}`, 'UPDATE_COMPLETE');
    expect(upgraded.labels.kube_tag).toBe('v1.32.3');
    expect(upgraded.labels.kube_version_status).toBe('LATEST');

    // The workers lag behind: the control plane may not move again until they catch up.
    expectMagnumError(await upgrade('default-master', 'v1.33.0'), 400);
    expect((await upgrade('default-worker', 'v1.32.3')).status).toBe(202);
    const worker = await untilStatus(`/v1/clusters/${uuid}/nodegroups/default-worker`, 'UPDATE_COMPLETE');
    expect(worker.labels.kube_tag).toBe('v1.32.3');
    expectMagnumError(await upgrade('default-master', 'v1.33.0'), 400, /latest/);
  });
});

describe('NKS delete', () => {
  it('should go through DELETE_IN_PROGRESS to 404', async () => {
    const uuid = await runningCluster('doomed');
    const reply = await nks(`/v1/clusters/doomed`, { method: 'DELETE' });
    const [during, again] = await Promise.all([nks(`/v1/clusters/${uuid}`), nks(`/v1/clusters/${uuid}`, { method: 'DELETE' })]);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect(during.json.status).toBe('DELETE_IN_PROGRESS');
    expectMagnumError(again, 409);
    await advanceUntil(async () => ((await nks(`/v1/clusters/${uuid}`)).status === 404 ? true : undefined));
    expectMagnumError(await nks(`/v1/clusters/${uuid}`), 404, `Cluster ${uuid} could not be found.`);
  });

  it('should delete a cluster still being created', async () => {
    const uuid = await createCluster('short-lived');
    expect((await nks(`/v1/clusters/${uuid}`, { method: 'DELETE' })).status).toBe(204);
    await advanceUntil(async () => ((await nks(`/v1/clusters/${uuid}`)).status === 404 ? true : undefined));
  });
});
