import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken } from '../emulator/helpers.js';
import { CLI_TEST_TIMEOUT_MS, CLIS_AVAILABLE, PYTHON, useOpenStackRig, waitFor } from './kit.js';

/** Volumes through openstacksdk itself, as a script would use it. */
const SDK_VOLUMES = `
import openstack
c = openstack.connect(cloud='nhn')
before = [v.name for v in c.block_storage.volumes()]
v = c.block_storage.create_volume(name='sdk-volume', size=10)
print('created', v.status)
v = c.block_storage.wait_for_status(v, 'available', interval=0.2, wait=30)
print('now', v.status)
c.block_storage.delete_volume(v)
c.block_storage.wait_for_delete(v, interval=0.2, wait=30)
print('deleted', 'sdk-volume' in [x.name for x in c.block_storage.volumes()], len(before))
`;

describe.skipIf(!CLIS_AVAILABLE)('the real OpenStack clients against the emulated NHN network, block storage and NKS', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  const rig = useOpenStackRig();

  it('should list networks, subnets and ports with the SDK, and networks with the neutron CLI', async () => {
    const [networks, subnets, ports, neutron] = await Promise.all([
      rig().openstackJson('network', 'list'),
      rig().openstackJson('subnet', 'list'),
      rig().openstackJson('port', 'list'),
      rig().run('neutron', ['net-list'], rig().osEnv()),
    ]);
    expect(networks.map((n: { Name: string }) => n.Name)).toEqual(expect.arrayContaining(['Default Network', 'public_network']));
    expect(subnets.map((s: { Name: string }) => s.Name)).toContain('private-subnet');
    expect(ports.length).toBeGreaterThan(0);
    expect(ports[0]).toHaveProperty('Fixed IP Addresses');
    expect(neutron.code, neutron.stderr).toBe(0);
    expect(neutron.stdout).toContain('Default Network');
  });

  it('should allocate, list and release a floating IP from the public network', async () => {
    const fip = await rig().openstackJson('floating', 'ip', 'create', 'public_network');
    expect(fip.floating_ip_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(fip.project_id).toBe(DEMO_NHN.tenantId);
    const listed = await rig().openstackJson('floating', 'ip', 'list');
    expect(listed.map((f: { ID: string }) => f.ID)).toContain(fip.id);
    expect((await rig().run('openstack', ['floating', 'ip', 'delete', fip.id])).code).toBe(0);
    const token = await nhnToken(rig().emulator);
    const after = await call(`${rig().emulator.ctx.nhnServiceUrl('kr1', 'network')}/v2.0/floatingips/${fip.id}`, { token });
    expect(after.status).toBe(404);
    expect(after.json.NeutronError).toBeDefined();
  });

  it('should create a security group with a rule, list the rule and delete the group', async () => {
    const group = await rig().openstackJson('security', 'group', 'create', '--description', 'from the CLI', 'cli-group');
    const rule = await rig().openstackJson('security', 'group', 'rule', 'create', '--protocol', 'tcp', '--dst-port', '22', '--remote-ip', '10.0.0.0/8', 'cli-group');
    expect(rule).toMatchObject({ direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '10.0.0.0/8' });
    const rules = await rig().openstackJson('security', 'group', 'rule', 'list', 'cli-group');
    expect(rules.map((r: { ID: string }) => r.ID)).toContain(rule.id);
    expect((await rig().run('openstack', ['security', 'group', 'delete', 'cli-group'])).code).toBe(0);
    const groups = await rig().openstackJson('security', 'group', 'list');
    expect(groups.map((g: { ID: string }) => g.ID)).not.toContain(group.id);
  });

  it('should list, create and delete volumes with openstack volume and with the SDK', async () => {
    const [listed, sdk] = await Promise.all([
      rig().openstackJson('volume', 'list'),
      rig().run(PYTHON, ['-c', SDK_VOLUMES]),
    ]);
    expect(listed.map((v: { Name: string }) => v.Name)).toContain('shared-data');
    expect(sdk.code, sdk.stderr).toBe(0);
    expect(sdk.stdout).toContain('created creating');
    expect(sdk.stdout).toContain('now available');
    expect(sdk.stdout).toMatch(/deleted False \d+/);

    const volume = await rig().openstackJson('volume', 'create', '--size', '10', 'cli-volume');
    expect(volume.status).toBe('creating');
    const token = await nhnToken(rig().emulator);
    const url = `${rig().emulator.ctx.nhnServiceUrl('kr1', 'volume')}/v2/${DEMO_NHN.tenantId}/volumes/${volume.id}`;
    await waitFor(async () => ((await call(url, { token })).json?.volume?.status === 'available' ? true : undefined));
    expect((await rig().run('openstack', ['volume', 'delete', 'cli-volume'])).code).toBe(0);
    await waitFor(async () => ((await call(url, { token })).status === 404 ? true : undefined));
  });

  it('should list NKS clusters through magnumclient with an endpoint override', async () => {
    const endpoint = `${rig().emulator.ctx.nhnServiceUrl('kr1', 'kubernetes')}/v1`;
    const token = await nhnToken(rig().emulator);
    const [osc, magnum] = await Promise.all([
      // NHN's catalog has no container-infra entry, so the endpoint is given with the token.
      rig().run('openstack', ['--os-auth-type', 'admin_token', '--os-endpoint', endpoint, '--os-token', token, 'coe', 'cluster', 'list', '-f', 'json'], {}),
      rig().run('magnum', ['--os-endpoint-override', endpoint, 'cluster-list'], rig().osEnv()),
    ]);
    expect(osc.code, osc.stderr).toBe(0);
    expect(JSON.parse(osc.stdout)).toEqual([expect.objectContaining({ name: 'hanul-demo', status: 'CREATE_COMPLETE' })]);
    expect(magnum.code, magnum.stderr).toBe(0);
    expect(magnum.stdout).toMatch(/hanul-demo\s+\| demo-key/);
    const missing = await rig().run('magnum', ['--os-endpoint-override', endpoint, 'cluster-show', 'no-such-cluster'], rig().osEnv());
    // Magnum's errors[] body is what magnumclient prints from.
    expect(missing.stderr).toContain('Cluster no-such-cluster could not be found');
  });

  it('should list, upload and download a small object with swift on the storage tenant', async () => {
    const env = rig().osEnv({ tenantId: DEMO_NHN.storageTenantId });
    writeFileSync(join(rig().dir, 'note.txt'), 'hello from swift\n');
    const upload = await rig().run('swift', ['upload', 'cli-container', 'note.txt'], env);
    expect(upload.code, upload.stderr).toBe(0);
    const list = await rig().run('swift', ['list', 'cli-container'], env);
    expect(list.stdout.trim()).toBe('note.txt');
    const download = await rig().run('swift', ['download', 'cli-container', 'note.txt', '-o', '-'], env);
    expect(download.code, download.stderr).toBe(0);
    expect(download.stdout).toBe('hello from swift\n');
  });
});
