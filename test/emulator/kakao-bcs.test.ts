import { beforeAll, describe, expect, it } from 'vitest';
import { OTHER_KAKAO } from '../../src/emulator/seed.js';
import { useManualEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil } = useManualEmulator();
const api = kakaoClient(emulator);
const other = kakaoClient(emulator, OTHER_KAKAO);

let subnetId: string;
let imageId: string;
let flavorId: string;
let biggerFlavorId: string;

beforeAll(async () => {
  subnetId = (await api('vpc', '/api/v1/subnets?name=hanul-public-a')).json.subnets[0].id;
  imageId = (await api('image', '/api/v1/images?name=Ubuntu%2022.04')).json.images[0].id;
  flavorId = (await api('bcs', '/api/v1/flavors?name=m2a.large')).json.flavors[0].id;
  biggerFlavorId = (await api('bcs', '/api/v1/flavors?name=m2a.xlarge')).json.flavors[0].id;
});

const newInstance = (name: string, extra: Record<string, unknown> = {}) => ({
  instance: {
    name, image_id: imageId, flavor_id: flavorId, subnets: [{ id: subnetId }], volumes: [{ size: 20 }],
    security_groups: [{ name: 'default' }], key_name: 'hanul-demo-key', ...extra,
  },
});

async function status(id: string): Promise<string> {
  return (await api('bcs', `/api/v1/instances/${id}`)).json.instance.status;
}

async function until(id: string, wanted: string): Promise<void> {
  await advanceUntil(async () => ((await status(id)) === wanted ? true : undefined));
}

async function createActive(name: string): Promise<string> {
  const created = await api('bcs', '/api/v1/instances', { method: 'POST', body: newInstance(name) });
  expect(created.status, created.text).toBe(202);
  await until(created.json.instance.id, 'active');
  return created.json.instance.id;
}

describe('KakaoCloud BCS instance lists', () => {
  it('should wrap the list in "instances" with a pagination block defaulting to limit 20, offset 0', async () => {
    const reply = await api('bcs', '/api/v1/instances');
    expect(reply.status).toBe(200);
    expect(reply.json.pagination).toEqual({ total: 4, offset: 0, limit: 20 });
    expect(reply.json.instances.map((i: { name: string }) => i.name).sort()).toEqual(['batch-1', 'db-1', 'web-1', 'web-2']);
  });

  it('should page with limit and offset while total stays the full count', async () => {
    const first = await api('bcs', '/api/v1/instances?limit=3&sort_keys=name&sort_dirs=asc');
    const second = await api('bcs', '/api/v1/instances?limit=3&offset=3&sort_keys=name&sort_dirs=asc');
    expect(first.json.instances.map((i: { name: string }) => i.name)).toEqual(['batch-1', 'db-1', 'web-1']);
    expect(second.json.instances.map((i: { name: string }) => i.name)).toEqual(['web-2']);
    expect(second.json.pagination).toEqual({ total: 4, offset: 3, limit: 3 });
  });

  it('should sort descending by a requested key', async () => {
    const reply = await api('bcs', '/api/v1/instances?sort_keys=name&sort_dirs=desc');
    expect(reply.json.instances[0].name).toBe('web-2');
  });

  it('should filter by status exactly and by name as a substring', async () => {
    const stopped = await api('bcs', '/api/v1/instances?status=stopped');
    expect(stopped.json.instances.map((i: { name: string }) => i.name)).toEqual(['web-2']);
    const web = await api('bcs', '/api/v1/instances?name=web&sort_keys=name&sort_dirs=asc');
    expect(web.json.instances.map((i: { name: string }) => i.name)).toEqual(['web-1', 'web-2']);
    expect(web.json.pagination.total).toBe(2);
  });

  it('should filter by flavor name and by public IP', async () => {
    const db = await api('bcs', '/api/v1/instances?flavor_name=r2a.large');
    expect(db.json.instances.map((i: { name: string }) => i.name)).toEqual(['db-1']);
    const web1 = (await api('bcs', '/api/v1/instances?name=web-1')).json.instances[0];
    const address = web1.addresses[0].public_ip;
    expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const byIp = await api('bcs', `/api/v1/instances?public_ip=${address}`);
    expect(byIp.json.instances.map((i: { id: string }) => i.id)).toEqual([web1.id]);
  });

  it('should refuse a bad limit or sort direction with a 400 envelope', async () => {
    expectEnvelope(await api('bcs', '/api/v1/instances?limit=abc'), 400);
    expectEnvelope(await api('bcs', '/api/v1/instances?sort_dirs=up'), 400);
    expectEnvelope(await api('bcs', '/api/v1/instances?sort_keys=password'), 400);
  });

  it('should show the seeded statuses with their Nova states', async () => {
    const list = (await api('bcs', '/api/v1/instances')).json.instances as { name: string; status: string; power_state: string; vm_state: string }[];
    const byName = Object.fromEntries(list.map((i) => [i.name, i]));
    expect(byName['web-1']).toMatchObject({ status: 'active', vm_state: 'active', power_state: 'RUNNING' });
    expect(byName['web-2']).toMatchObject({ status: 'stopped', power_state: 'SHUTDOWN' });
    expect(byName['batch-1']).toMatchObject({ status: 'shelved_offloaded', vm_state: 'shelved_offloaded' });
  });

  it('should not show another project its instances', async () => {
    const theirs = await other('bcs', '/api/v1/instances');
    expect(theirs.json.instances.map((i: { name: string }) => i.name)).toEqual(['other-app']);
    const web1 = (await api('bcs', '/api/v1/instances?name=web-1')).json.instances[0];
    expectEnvelope(await other('bcs', `/api/v1/instances/${web1.id}`), 404);
  });
});

describe('KakaoCloud BCS instance lifecycle', () => {
  it('should create an instance in build and turn it active, answering 202 with id, groups and admin_pass', async () => {
    const created = await api('bcs', '/api/v1/instances', { method: 'POST', body: newInstance('life-1') });
    expect(created.status).toBe(202);
    expect(created.json.instance).toEqual({ id: expect.any(String), security_groups: [{ name: 'default' }], admin_pass: expect.any(String), disk_config: 'MANUAL' });
    const id = created.json.instance.id;
    const first = (await api('bcs', `/api/v1/instances/${id}`)).json.instance;
    expect(first.status).toBe('build');
    expect(first.power_state).toBe('NOSTATE');
    await until(id, 'active');
    const ready = (await api('bcs', `/api/v1/instances/${id}`)).json.instance;
    expect(ready).toMatchObject({ name: 'life-1', power_state: 'RUNNING', task_state: null, availability_zone: 'kr-central-2-a', key_name: 'hanul-demo-key' });
    expect(ready.flavor).toMatchObject({ id: flavorId, name: 'm2a.large', vcpus: 2, memory_mb: 8192 });
    expect(ready.image).toMatchObject({ id: imageId, name: 'Ubuntu 22.04', os_type: 'linux' });
    expect(ready.addresses).toEqual([{ private_ip: expect.stringMatching(/^10\.20\.0\./), public_ip: null, network_interface_id: expect.any(String) }]);
    expect(ready.attached_volumes).toEqual([expect.objectContaining({ size: 20, is_root: true, is_delete_on_termination: true, mount_point: '/dev/vda' })]);
    expect(ready.security_groups).toEqual([{ id: expect.any(String), name: 'default' }]);
  });

  it('should refuse a create with an unknown security group name, flavor or keypair', async () => {
    expectEnvelope(await api('bcs', '/api/v1/instances', { method: 'POST', body: newInstance('x', { security_groups: [{ name: 'nope' }] }) }), 400);
    expectEnvelope(await api('bcs', '/api/v1/instances', { method: 'POST', body: newInstance('x', { flavor_id: 'nope' }) }), 400);
    expectEnvelope(await api('bcs', '/api/v1/instances', { method: 'POST', body: newInstance('x', { key_name: 'nope' }) }), 400);
    expect((await api('bcs', '/api/v1/instances?name=x')).json.pagination.total).toBe(0);
  });

  it('should refuse an unwrapped body and security groups given as ids', async () => {
    const { instance } = newInstance('x');
    expectEnvelope(await api('bcs', '/api/v1/instances', { method: 'POST', body: instance }), 400);
    expectEnvelope(await api('bcs', '/api/v1/instances', { method: 'POST', body: newInstance('x', { security_groups: ['default'] }) }), 400);
  });

  it('should leave nothing behind when a create is refused half-way', async () => {
    const nicsBefore = (await api('vpc', '/api/v1/network-interfaces')).json.pagination.total;
    const volumesBefore = (await api('volume', '/api/v1/volumes')).json.pagination.total;
    const reply = await api('bcs', '/api/v1/instances', { method: 'POST', body: newInstance('x', { volumes: [{ size: 20 }, { size: 10, source_type: 'volume', uuid: 'missing' }] }) });
    expectEnvelope(reply, 400);
    expect((await api('vpc', '/api/v1/network-interfaces')).json.pagination.total).toBe(nicsBefore);
    expect((await api('volume', '/api/v1/volumes')).json.pagination.total).toBe(volumesBefore);
  });

  it('should stop, start, shelve and unshelve through the documented statuses', async () => {
    const id = await createActive('actions-1');
    expect((await api('bcs', `/api/v1/instances/${id}/stop`, { method: 'POST' })).status).toBe(202);
    await until(id, 'stopped');
    expect((await api('bcs', `/api/v1/instances/${id}`)).json.instance.power_state).toBe('SHUTDOWN');
    expect((await api('bcs', `/api/v1/instances/${id}/start`, { method: 'POST' })).status).toBe(202);
    await until(id, 'active');
    const shelve = await api('bcs', `/api/v1/instances/${id}/shelve`, { method: 'POST' });
    expect(shelve.status).toBe(202);
    expect(shelve.text).toBe('');
    await until(id, 'shelved_offloaded');
    await api('bcs', `/api/v1/instances/${id}/unshelve`, { method: 'POST' });
    await until(id, 'active');
    const log = await api('bcs', `/api/v1/instances/${id}/action-logs`);
    expect(log.json.actions.map((a: { action: string }) => a.action)).toEqual(['create', 'stop', 'start', 'shelve', 'unshelve']);
  });

  it('should show reboot while soft-rebooting and come back active', async () => {
    const id = await createActive('reboot-1');
    await api('bcs', `/api/v1/instances/${id}/soft-reboot`, { method: 'POST' });
    expect(await status(id)).toBe('reboot');
    await until(id, 'active');
    await api('bcs', `/api/v1/instances/${id}/hard-reboot`, { method: 'POST' });
    expect(await status(id)).toBe('hard_reboot');
    await until(id, 'active');
  });

  it('should refuse an action in the wrong state with a 409 envelope', async () => {
    const web2 = (await api('bcs', '/api/v1/instances?name=web-2')).json.instances[0].id;
    expectEnvelope(await api('bcs', `/api/v1/instances/${web2}/stop`, { method: 'POST' }), 409);
    expectEnvelope(await api('bcs', `/api/v1/instances/${web2}/unshelve`, { method: 'POST' }), 409);
    const batch = (await api('bcs', '/api/v1/instances?name=batch-1')).json.instances[0].id;
    expectEnvelope(await api('bcs', `/api/v1/instances/${batch}/start`, { method: 'POST' }), 409);
  });

  it('should refuse a second action while the first is still running', async () => {
    const id = await createActive('busy-1');
    await api('bcs', `/api/v1/instances/${id}/stop`, { method: 'POST' });
    expectEnvelope(await api('bcs', `/api/v1/instances/${id}/shelve`, { method: 'POST' }), 409);
    await until(id, 'stopped');
  });

  it('should answer 404 for an unknown action', async () => {
    const web1 = (await api('bcs', '/api/v1/instances?name=web-1')).json.instances[0].id;
    expectEnvelope(await api('bcs', `/api/v1/instances/${web1}/explode`, { method: 'POST' }), 404);
  });

  it('should resize a stopped instance with a {"flavor": {"id"}} body and keep it stopped', async () => {
    const id = await createActive('resize-1');
    expectEnvelope(await api('bcs', `/api/v1/instances/${id}/resize`, { method: 'POST', body: { flavor: { id: biggerFlavorId } } }), 409);
    await api('bcs', `/api/v1/instances/${id}/stop`, { method: 'POST' });
    await until(id, 'stopped');
    const resize = await api('bcs', `/api/v1/instances/${id}/resize`, { method: 'POST', body: { flavor: { id: biggerFlavorId } } });
    expect(resize.status).toBe(202);
    expect(await status(id)).toBe('resize');
    await until(id, 'stopped');
    expect((await api('bcs', `/api/v1/instances/${id}`)).json.instance.flavor.name).toBe('m2a.xlarge');
  });

  it('should rebuild with a {"rebuild": {...}} body and answer with a Nova-like record', async () => {
    const id = await createActive('rebuild-1');
    const rocky = (await api('image', '/api/v1/images?name=Rocky%20Linux%209.4')).json.images[0].id;
    const reply = await api('bcs', `/api/v1/instances/${id}/rebuild`, { method: 'POST', body: { rebuild: { image_id: rocky } } });
    expect(reply.status).toBe(202);
    expect(reply.json.instance).toMatchObject({ id, status: 'rebuild', metadata: {}, terminated_at: null });
    expect(reply.json.instance.addresses[0]).toMatchObject({ version: 4, 'OS-EXT-IPS:type': 'fixed' });
    await until(id, 'active');
    expect((await api('bcs', `/api/v1/instances/${id}`)).json.instance.image.name).toBe('Rocky Linux 9.4');
  });

  it('should rename through PUT {"instance": {...}} and answer the wrapped instance', async () => {
    const id = await createActive('rename-1');
    const reply = await api('bcs', `/api/v1/instances/${id}`, { method: 'PUT', body: { instance: { name: 'renamed-1', description: 'now renamed' } } });
    expect(reply.status).toBe(200);
    expect(reply.json.instance).toMatchObject({ name: 'renamed-1', description: 'now renamed' });
  });

  it('should delete an instance with 204, then 404, taking its root volume and interface along', async () => {
    const id = await createActive('delete-1');
    const before = (await api('bcs', `/api/v1/instances/${id}`)).json.instance;
    const reply = await api('bcs', `/api/v1/instances/${id}`, { method: 'DELETE' });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    await advanceUntil(async () => ((await api('bcs', `/api/v1/instances/${id}`)).status === 404 ? true : undefined));
    expectEnvelope(await api('bcs', `/api/v1/instances/${id}`), 404);
    expect((await api('vpc', `/api/v1/network-interfaces/${before.addresses[0].network_interface_id}`)).status).toBe(404);
    await advanceUntil(async () => ((await api('volume', `/api/v1/volumes/${before.attached_volumes[0].id}`)).status === 404 ? true : undefined));
  });

  it('should return console output under the "console-logs" key, limited by lines', async () => {
    const web1 = (await api('bcs', '/api/v1/instances?name=web-1')).json.instances[0].id;
    const reply = await api('bcs', `/api/v1/instances/${web1}/console-logs?lines=2`);
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.json)).toEqual(['console-logs']);
    expect(reply.json['console-logs'].split('\n')).toHaveLength(2);
  });
});

describe('KakaoCloud BCS volume attachments', () => {
  it('should attach an available volume (in_use), show it on the instance, and detach it', async () => {
    const web1 = (await api('bcs', '/api/v1/instances?name=web-1')).json.instances[0].id;
    const created = await api('volume', '/api/v1/volumes', { method: 'POST', body: { volume: { name: 'attach-me', size: 10, availability_zone: 'kr-central-2-a' } } });
    const volumeId = created.json.volume.id;
    await advanceUntil(async () => ((await api('volume', `/api/v1/volumes/${volumeId}`)).json.volume.status === 'available' ? true : undefined));
    const attach = await api('bcs', `/api/v1/instances/${web1}/volumes/${volumeId}`, { method: 'POST', body: { volume: { is_delete_on_termination: false } } });
    expect(attach.status).toBe(202);
    expect(attach.json.volume).toEqual({ id: volumeId, instance_id: web1, mount_point: '/dev/vdb', is_delete_on_termination: false });
    await advanceUntil(async () => ((await api('volume', `/api/v1/volumes/${volumeId}`)).json.volume.status === 'in_use' ? true : undefined));
    const attached = (await api('volume', `/api/v1/volumes/${volumeId}`)).json.volume;
    expect(attached).toMatchObject({ attach_status: 'attached', instance_id: web1, instance_name: 'web-1' });
    const instance = (await api('bcs', `/api/v1/instances/${web1}`)).json.instance;
    expect(instance.attached_volume_count).toBe(2);
    expectEnvelope(await api('volume', `/api/v1/volumes/${volumeId}`, { method: 'DELETE' }), 409);
    expect((await api('bcs', `/api/v1/instances/${web1}/volumes/${volumeId}`, { method: 'DELETE' })).status).toBe(202);
    await advanceUntil(async () => ((await api('volume', `/api/v1/volumes/${volumeId}`)).json.volume.status === 'available' ? true : undefined));
  });

  it('should refuse to attach a volume from another zone and to detach a root volume', async () => {
    const web1 = (await api('bcs', '/api/v1/instances?name=web-1')).json.instances[0];
    const created = await api('volume', '/api/v1/volumes', { method: 'POST', body: { volume: { name: 'far', size: 10, availability_zone: 'kr-central-2-c' } } });
    await advanceUntil(async () => ((await api('volume', `/api/v1/volumes/${created.json.volume.id}`)).json.volume.status === 'available' ? true : undefined));
    expectEnvelope(await api('bcs', `/api/v1/instances/${web1.id}/volumes/${created.json.volume.id}`, { method: 'POST' }), 400);
    const root = web1.attached_volumes.find((v: { is_root: boolean }) => v.is_root).id;
    expectEnvelope(await api('bcs', `/api/v1/instances/${web1.id}/volumes/${root}`, { method: 'DELETE' }), 409);
  });

  it("should list an instance's network interfaces with a pagination block", async () => {
    const web1 = (await api('bcs', '/api/v1/instances?name=web-1')).json.instances[0];
    const reply = await api('bcs', `/api/v1/instances/${web1.id}/network-interfaces`);
    expect(reply.json.pagination.total).toBe(1);
    expect(reply.json.network_interfaces[0]).toMatchObject({ device_id: web1.id, status: 'in_use', public_ip: web1.addresses[0].public_ip });
  });
});

describe('KakaoCloud BCS flavors and keypairs', () => {
  it('should list flavors with pagination and get one wrapped in "flavor"', async () => {
    const list = await api('bcs', '/api/v1/flavors?instance_type=vm');
    expect(list.json.pagination.total).toBeGreaterThan(3);
    expect(list.json.flavors.every((f: { instance_type: string }) => f.instance_type === 'vm')).toBe(true);
    const one = await api('bcs', `/api/v1/flavors/${flavorId}`);
    expect(one.json.flavor).toMatchObject({ name: 'm2a.large', vcpus: 2, memory_mb: 8192, availability_zone: ['kr-central-2-a', 'kr-central-2-b', 'kr-central-2-c'] });
  });

  it('should generate a keypair when no public key is given and return the private key once', async () => {
    const created = await api('bcs', '/api/v1/keypairs', { method: 'POST', body: { keypair: { name: 'gen-key' } } });
    expect(created.status).toBe(201);
    expect(created.json.keypair).toMatchObject({ name: 'gen-key', type: 'ssh', public_key: expect.stringMatching(/^ssh-ed25519 /), private_key: expect.stringContaining('PRIVATE KEY') });
    expect(created.json.keypair.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const read = await api('bcs', '/api/v1/keypairs/gen-key');
    expect(read.json.keypair.private_key).toBeUndefined();
    expect(read.json.keypair.fingerprint).toBe(created.json.keypair.fingerprint);
  });

  it('should import a public key and keep no private key', async () => {
    const line = (await api('bcs', '/api/v1/keypairs/ops-key')).json.keypair.public_key;
    const created = await api('bcs', '/api/v1/keypairs', { method: 'POST', body: { keypair: { name: 'imported', public_key: line } } });
    expect(created.status).toBe(201);
    expect(created.json.keypair.private_key).toBeNull();
    expectEnvelope(await api('bcs', '/api/v1/keypairs', { method: 'POST', body: { keypair: { name: 'bad', public_key: 'not a key' } } }), 400);
  });

  it('should refuse a duplicate keypair name with 409 but allow it in another project', async () => {
    expectEnvelope(await api('bcs', '/api/v1/keypairs', { method: 'POST', body: { keypair: { name: 'hanul-demo-key' } } }), 409);
    expect((await other('bcs', '/api/v1/keypairs/hanul-demo-key')).status).toBe(200);
  });

  it('should address keypairs by name for read and delete', async () => {
    await api('bcs', '/api/v1/keypairs', { method: 'POST', body: { keypair: { name: 'temp-key' } } });
    expect((await api('bcs', '/api/v1/keypairs?name=temp-key')).json.keypairs).toHaveLength(1);
    expect((await api('bcs', '/api/v1/keypairs/temp-key', { method: 'DELETE' })).status).toBe(204);
    expectEnvelope(await api('bcs', '/api/v1/keypairs/temp-key'), 404);
  });
});
