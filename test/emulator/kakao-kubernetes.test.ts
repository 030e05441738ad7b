import { describe, expect, it } from 'vitest';
import { OTHER_KAKAO } from '../../src/emulator/seed.js';
import { useManualEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

// The manual clock: a phase changes when a test moves it, never because the machine was slow.
const { emulator, transitions } = useManualEmulator();
const api = kakaoClient(emulator);
const other = kakaoClient(emulator, OTHER_KAKAO);

async function network(): Promise<{ vpc: string; subnet: string }> {
  const subnet = (await api('vpc', '/api/v1/subnets?name=hanul-private-b')).json.subnets[0];
  return { vpc: subnet.vpc_id, subnet: subnet.id };
}

async function phase(cluster: string): Promise<string> {
  const reply = await api('kubernetes-engine', `/api/v1/clusters/${cluster}`);
  return reply.status === 404 ? 'gone' : reply.json.cluster.status.phase;
}

describe('KakaoCloud Kubernetes Engine clusters', () => {
  it('should list clusters without a pagination block, ignoring paging parameters', async () => {
    const reply = await api('kubernetes-engine', '/api/v1/clusters?limit=0&offset=5');
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.json)).toEqual(['clusters']);
    expect(reply.json.clusters).toEqual([expect.objectContaining({ name: 'hanul-k8s', status: { phase: 'Provisioned' }, is_upgradable: true })]);
    expect((await other('kubernetes-engine', '/api/v1/clusters')).json.clusters).toEqual([]);
  });

  it('should address a cluster by name and wrap it in "cluster"', async () => {
    const reply = await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s');
    expect(reply.json.cluster).toMatchObject({
      name: 'hanul-k8s',
      version: { minor_version: '1.31', next_version: '1.32' },
      network: { cni: 'calico' },
      control_plane_endpoint: { port: 443 },
      vpc_info: { subnets: [expect.objectContaining({ cidr_block: '10.20.0.0/24' }), expect.objectContaining({ cidr_block: '10.20.1.0/24' })] },
      creator_info: { name: 'demo@hanul.dev' },
    });
    expectEnvelope(await api('kubernetes-engine', `/api/v1/clusters/${reply.json.cluster.id}`), 404);
  });

  it('should create a cluster in Provisioning that becomes Provisioned, and refuse a taken name', async () => {
    const { vpc, subnet } = await network();
    const body = { cluster: { name: 'k8s-new', version: '1.32', vpc_info: { id: vpc, subnets: [subnet] }, is_allocate_fip: true, network: { cni: 'cilium' } } };
    const created = await api('kubernetes-engine', '/api/v1/clusters', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.json.cluster).toMatchObject({ name: 'k8s-new', status: { phase: 'Provisioning' }, is_upgradable: false });
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters', { method: 'POST', body }), 409);
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters/k8s-new/kubeconfig'), 409);
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters/k8s-new', { method: 'DELETE' }), 409);
    transitions(3.9);
    expect(await phase('k8s-new')).toBe('Provisioning');
    transitions(0.1);
    expect(await phase('k8s-new')).toBe('Provisioned');
  });

  it('should refuse an unknown or deprecated version, a foreign subnet and a bad CNI with 400', async () => {
    const { vpc, subnet } = await network();
    const create = (cluster: Record<string, unknown>) => api('kubernetes-engine', '/api/v1/clusters', {
      method: 'POST',
      body: { cluster: { name: 'k8s-bad', version: '1.31', vpc_info: { id: vpc, subnets: [subnet] }, is_allocate_fip: false, network: { cni: 'calico' }, ...cluster } },
    });
    expectEnvelope(await create({ version: '1.10' }), 400);
    expectEnvelope(await create({ version: '1.29' }), 400);
    expectEnvelope(await create({ vpc_info: { id: vpc, subnets: ['nope'] } }), 400);
    expectEnvelope(await create({ network: { cni: 'flannel' } }), 400);
    expectEnvelope(await create({ name: 'Bad_Name' }), 400);
  });

  it('should update only the description', async () => {
    const reply = await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s', { method: 'PUT', body: { cluster: { description: 'updated' } } });
    expect(reply.json.cluster.description).toBe('updated');
  });

  it('should serve a YAML kubeconfig that points kic-iam-auth at IAM', async () => {
    const reply = await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/kubeconfig', { headers: { accept: 'application/yaml' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/yaml');
    expect(reply.text).toMatch(/^apiVersion: v1\nkind: Config\n/);
    expect(reply.text).toContain('command: kic-iam-auth');
    expect(reply.text).toContain(`value: ${emulator().ctx.kakaoServiceUrl('iam')}/identity/v3`);
    expect(reply.text).toContain('value: kr-central-2');
  });

  it('should list versions and node images, both unpaged', async () => {
    const versions = await api('kubernetes-engine', '/api/v1/versions');
    expect(Object.keys(versions.json)).toEqual(['versions']);
    expect(versions.json.versions).toContainEqual({ minor_version: '1.31', patch_version: expect.any(String), next_version: '1.32', is_deprecated: false, eol: expect.any(String) });
    const images = await api('kubernetes-engine', '/api/v1/images?is_gpu_type=true');
    expect(images.json.images).toEqual([expect.objectContaining({ is_gpu_type: true, instance_type: 'gpu' })]);
  });
});

describe('KakaoCloud Kubernetes Engine node pools', () => {
  const pool = (name: string, extra: Record<string, unknown> = {}) => network().then(async ({ vpc, subnet }) => ({
    node_pool: {
      name, flavor_id: (await api('bcs', '/api/v1/flavors?name=m2a.large')).json.flavors[0].id, node_count: 2, ssh_key_name: 'ops-key',
      image_id: (await api('kubernetes-engine', '/api/v1/images?is_gpu_type=false')).json.images[0].id, vpc_info: { id: vpc, subnets: [subnet] },
      labels: [{ key: 'tier', value: 'web' }], taints: [{ key: 'dedicated', value: 'web', effect: 'NoSchedule' }], ...extra,
    },
  }));

  it('should list the seeded pools by cluster name without pagination', async () => {
    const reply = await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools');
    expect(Object.keys(reply.json)).toEqual(['node_pools']);
    expect(reply.json.node_pools.map((p: { name: string }) => p.name).sort()).toEqual(['batch-pool', 'default-pool']);
    expect(reply.json.node_pools.find((p: { name: string }) => p.name === 'default-pool')).toMatchObject({
      cluster_name: 'hanul-k8s', node_count: 3, flavor: 'm2a.xlarge', status: { phase: 'Running', available_nodes: 3, unavailable_nodes: 0 },
    });
  });

  it('should create a pool Pending that runs, scale it through ScalingUp, and refuse a taken name', async () => {
    const created = await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools', { method: 'POST', body: await pool('web-pool') });
    expect(created.status).toBe(201);
    expect(created.json.node_pool).toMatchObject({ name: 'web-pool', status: { phase: 'Pending', available_nodes: 0 }, taints: [{ effect: 'NoSchedule' }], version: '1.31' });
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools', { method: 'POST', body: await pool('web-pool') }), 409);
    const read = async () => (await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools/web-pool')).json.node_pool;
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools/web-pool', { method: 'PUT', body: { node_pool: { node_count: 4 } } }), 409);
    transitions(2);
    expect((await read()).status).toEqual({ phase: 'Running', available_nodes: 2, unavailable_nodes: 0 });
    const scaled = await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools/web-pool', { method: 'PUT', body: { node_pool: { node_count: 4 } } });
    expect(scaled.json.node_pool.status.phase).toBe('ScalingUp');
    transitions(1);
    expect((await read()).status).toEqual({ phase: 'Running', available_nodes: 4, unavailable_nodes: 0 });
  });

  it('should refuse a bad taint effect, an unknown keypair and a pool in a cluster still provisioning', async () => {
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools', { method: 'POST', body: await pool('p-bad', { taints: [{ key: 'a', value: 'b', effect: 'Never' }] }) }), 400);
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools', { method: 'POST', body: await pool('p-bad', { ssh_key_name: 'nope' }) }), 400);
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters/nope/node-pools'), 404);
  });

  it('should delete a pool through Deleting to 404', async () => {
    expect((await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools/batch-pool', { method: 'DELETE' })).status).toBe(204);
    expect((await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools/batch-pool')).json.node_pool.status.phase).toBe('Deleting');
    transitions(1);
    expect((await api('kubernetes-engine', '/api/v1/clusters/hanul-k8s/node-pools/batch-pool')).status).toBe(404);
  });

  it('should delete a cluster through Deleting to 404', async () => {
    expect(await phase('k8s-new')).toBe('Provisioned');
    expect((await api('kubernetes-engine', '/api/v1/clusters/k8s-new', { method: 'DELETE' })).status).toBe(204);
    expect(await phase('k8s-new')).toBe('Deleting');
    transitions(1);
    expect(await phase('k8s-new')).toBe('Deleting');
    transitions(1);
    expect(await phase('k8s-new')).toBe('gone');
  });
});
