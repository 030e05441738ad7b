import { describe, expect, it } from 'vitest';
import { OTHER_KAKAO } from '../../src/emulator/seed.js';
import { useManualEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil } = useManualEmulator();
const api = kakaoClient(emulator);
const other = kakaoClient(emulator, OTHER_KAKAO);

async function untilStatus(path: string, key: string, wanted: string): Promise<void> {
  await advanceUntil(async () => {
    const reply = await api('vpc', path);
    const status = reply.status === 404 ? 'gone' : reply.json[key].provisioning_status;
    return status === wanted ? true : undefined;
  });
}

describe('KakaoCloud VPCs', () => {
  it('should list the seeded VPC with its gateway and main route table, per project', async () => {
    const reply = await api('vpc', '/api/v1/vpcs');
    expect(reply.json.pagination).toEqual({ total: 1, offset: 0, limit: 20 });
    const vpc = reply.json.vpcs[0];
    expect(vpc).toMatchObject({ name: 'hanul-vpc', cidr_block: '10.20.0.0/16', provisioning_status: 'ACTIVE', region: 'kr-central-2', project_name: 'hanul-demo' });
    expect(vpc.igw).toMatchObject({ id: expect.any(String), provisioning_status: 'ACTIVE' });
    expect(vpc.default_route_table).toMatchObject({ id: expect.any(String), provisioning_status: 'ACTIVE' });
    expect((await other('vpc', '/api/v1/vpcs')).json.vpcs.map((v: { name: string }) => v.name)).toEqual(['other-vpc']);
  });

  it('should create a VPC with its first subnet in PENDING_CREATE and turn both ACTIVE', async () => {
    const reply = await api('vpc', '/api/v1/vpcs', {
      method: 'POST',
      body: { vpc: { name: 'test-vpc', cidr_block: '10.50.0.0/16', subnet: { cidr_block: '10.50.1.0/24', availability_zone: 'kr-central-2-a' } } },
    });
    expect(reply.status).toBe(201);
    expect(reply.json.vpc.provisioning_status).toBe('PENDING_CREATE');
    const id = reply.json.vpc.id;
    await untilStatus(`/api/v1/vpcs/${id}`, 'vpc', 'ACTIVE');
    const subnets = (await api('vpc', `/api/v1/subnets?vpc_id=${id}`)).json.subnets;
    expect(subnets).toEqual([expect.objectContaining({ cidr_block: '10.50.1.0/24', availability_zone: 'kr-central-2-a', vpc_name: 'test-vpc' })]);
    await untilStatus(`/api/v1/subnets/${subnets[0].id}`, 'subnet', 'ACTIVE');
    expect((await api('vpc', `/api/v1/subnets/${subnets[0].id}`)).json.subnet.route_table_id).toBe((await api('vpc', `/api/v1/vpcs/${id}`)).json.vpc.default_route_table.id);
  });

  it('should refuse a malformed CIDR or one with host bits', async () => {
    expectEnvelope(await api('vpc', '/api/v1/vpcs', { method: 'POST', body: { vpc: { name: 'x', cidr_block: '10.0.0.0/33' } } }), 400);
    expectEnvelope(await api('vpc', '/api/v1/vpcs', { method: 'POST', body: { vpc: { name: 'x', cidr_block: '10.0.0.1/16' } } }), 400);
  });

  it('should rename a VPC with {"vpc": {"name"}}', async () => {
    const id = (await api('vpc', '/api/v1/vpcs?name=hanul-vpc')).json.vpcs[0].id;
    const reply = await api('vpc', `/api/v1/vpcs/${id}`, { method: 'PUT', body: { vpc: { name: 'hanul-vpc' } } });
    expect(reply.status).toBe(200);
    expect(reply.json.vpc.name).toBe('hanul-vpc');
  });

  it('should refuse deleting a VPC that still has subnets, and delete an empty one through PENDING_DELETE to 404', async () => {
    const seeded = (await api('vpc', '/api/v1/vpcs?name=hanul-vpc')).json.vpcs[0].id;
    expectEnvelope(await api('vpc', `/api/v1/vpcs/${seeded}`, { method: 'DELETE' }), 409);
    const created = (await api('vpc', '/api/v1/vpcs', { method: 'POST', body: { vpc: { name: 'empty-vpc', cidr_block: '10.60.0.0/16' } } })).json.vpc.id;
    expectEnvelope(await api('vpc', `/api/v1/vpcs/${created}`, { method: 'DELETE' }), 409);
    await untilStatus(`/api/v1/vpcs/${created}`, 'vpc', 'ACTIVE');
    expect((await api('vpc', `/api/v1/vpcs/${created}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('vpc', `/api/v1/vpcs/${created}`)).json.vpc.provisioning_status).toBe('PENDING_DELETE');
    await untilStatus(`/api/v1/vpcs/${created}`, 'vpc', 'gone');
    expectEnvelope(await api('vpc', `/api/v1/vpcs/${created}`), 404);
  });
});

describe('KakaoCloud subnets', () => {
  const vpcId = async (): Promise<string> => (await api('vpc', '/api/v1/vpcs?name=hanul-vpc')).json.vpcs[0].id;

  it('should create a subnet inside the VPC block, PENDING_CREATE then ACTIVE', async () => {
    const reply = await api('vpc', '/api/v1/subnets', { method: 'POST', body: { subnet: { name: 'sn-c', vpc_id: await vpcId(), cidr_block: '10.20.5.0/24', availability_zone: 'kr-central-2-c' } } });
    expect(reply.status).toBe(201);
    expect(reply.json.subnet).toMatchObject({ provisioning_status: 'PENDING_CREATE', vpc_name: 'hanul-vpc' });
    await untilStatus(`/api/v1/subnets/${reply.json.subnet.id}`, 'subnet', 'ACTIVE');
  });

  it('should refuse a subnet outside the VPC, an overlapping one, a missing field and a foreign zone', async () => {
    const vpc = await vpcId();
    const create = (subnet: Record<string, unknown>) => api('vpc', '/api/v1/subnets', { method: 'POST', body: { subnet: { name: 'x', vpc_id: vpc, availability_zone: 'kr-central-2-a', ...subnet } } });
    expectEnvelope(await create({ cidr_block: '10.99.0.0/24' }), 400);
    expectEnvelope(await create({ cidr_block: '10.20.0.128/25' }), 409);
    expectEnvelope(await create({ cidr_block: undefined }), 400);
    expectEnvelope(await create({ cidr_block: '10.20.9.0/24', availability_zone: 'kr-central-1-a' }), 400);
  });

  it('should refuse deleting a subnet with interfaces and delete an empty one to 404', async () => {
    const used = (await api('vpc', '/api/v1/subnets?name=hanul-public-a')).json.subnets[0].id;
    expectEnvelope(await api('vpc', `/api/v1/subnets/${used}`, { method: 'DELETE' }), 409);
    const fresh = (await api('vpc', '/api/v1/subnets', { method: 'POST', body: { subnet: { name: 'tmp', vpc_id: await vpcId(), cidr_block: '10.20.6.0/24', availability_zone: 'kr-central-2-a' } } })).json.subnet.id;
    await untilStatus(`/api/v1/subnets/${fresh}`, 'subnet', 'ACTIVE');
    expect((await api('vpc', `/api/v1/subnets/${fresh}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('vpc', `/api/v1/subnets/${fresh}`)).json.subnet.provisioning_status).toBe('PENDING_DELETE');
    await untilStatus(`/api/v1/subnets/${fresh}`, 'subnet', 'gone');
  });
});

describe('KakaoCloud route tables', () => {
  it('should list route tables under "vpc_route_tables" with associations and routes', async () => {
    const reply = await api('vpc', '/api/v1/route-tables?vpc_name=hanul-vpc&sort_keys=name&sort_dirs=asc');
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.json).sort()).toEqual(['pagination', 'vpc_route_tables']);
    const [priv, main] = reply.json.vpc_route_tables;
    expect(priv).toMatchObject({ name: 'hanul-private-rt', is_main: false });
    expect(priv.associations).toEqual([expect.objectContaining({ subnet_name: 'hanul-private-b', subnet_cidr_block: '10.20.1.0/24' })]);
    expect(main.is_main).toBe(true);
    expect(main.routes).toEqual(expect.arrayContaining([
      expect.objectContaining({ destination: '10.20.0.0/16', is_local_route: true }),
      expect.objectContaining({ destination: '0.0.0.0/0', target_type: 'igw' }),
    ]));
    const bySubnet = await api('vpc', `/api/v1/route-tables?subnet_id=${priv.associations[0].subnet_id}`);
    expect(bySubnet.json.vpc_route_tables.map((t: { id: string }) => t.id)).toEqual([priv.id]);
  });

  it('should create a table from {"vpc_route_table": ...}, add a {"vpc_route": ...}, refuse a duplicate destination and keep the local route', async () => {
    const vpc = (await api('vpc', '/api/v1/vpcs?name=hanul-vpc')).json.vpcs[0];
    const created = await api('vpc', '/api/v1/route-tables', { method: 'POST', body: { vpc_route_table: { name: 'extra-rt', vpc_id: vpc.id } } });
    expect(created.status).toBe(201);
    const id = created.json.vpc_route_table.id;
    await untilStatus(`/api/v1/route-tables/${id}`, 'vpc_route_table', 'ACTIVE');
    const route = await api('vpc', `/api/v1/route-tables/${id}/routes`, { method: 'POST', body: { vpc_route: { route_type: 'igw', target_id: vpc.igw.id, destination: '0.0.0.0/0' } } });
    expect(route.status).toBe(201);
    expect(route.json.vpc_route).toMatchObject({ destination: '0.0.0.0/0', target_type: 'igw', target_id: vpc.igw.id });
    expectEnvelope(await api('vpc', `/api/v1/route-tables/${id}/routes`, { method: 'POST', body: { vpc_route: { route_type: 'igw', target_id: vpc.igw.id, destination: '0.0.0.0/0' } } }), 409);
    const local = (await api('vpc', `/api/v1/route-tables/${id}`)).json.vpc_route_table.routes.find((r: { is_local_route: boolean }) => r.is_local_route);
    expectEnvelope(await api('vpc', `/api/v1/route-tables/${id}/routes/${local.id}`, { method: 'DELETE' }), 409);
  });

  it('should move a subnet association and switch the main table', async () => {
    const tables = (await api('vpc', '/api/v1/route-tables?vpc_name=hanul-vpc&name=hanul-vpc_rt')).json.vpc_route_tables;
    const main = tables[0];
    const priv = (await api('vpc', '/api/v1/route-tables?name=hanul-private-rt')).json.vpc_route_tables[0];
    const association = priv.associations[0];
    const moved = await api('vpc', `/api/v1/route-tables/${main.id}/associations/${association.id}`, { method: 'PUT' });
    expect(moved.status).toBe(200);
    expect((await api('vpc', `/api/v1/route-tables/${main.id}/associations`)).json.associations.map((a: { id: string }) => a.id)).toContain(association.id);
    expectEnvelope(await api('vpc', `/api/v1/route-tables/${main.id}`, { method: 'DELETE' }), 409);
    const switched = await api('vpc', `/api/v1/route-tables/${priv.id}/main`, { method: 'PUT' });
    expect(switched.json.vpc_route_table.is_main).toBe(true);
    expect((await api('vpc', `/api/v1/route-tables/${main.id}`)).json.vpc_route_table.is_main).toBe(false);
  });
});

describe('KakaoCloud network interfaces', () => {
  it('should create an interface with security groups by id and a chosen address, then refuse that address twice', async () => {
    const subnet = (await api('vpc', '/api/v1/subnets?name=hanul-public-a')).json.subnets[0].id;
    const web = (await api('network', '/api/v1/security-groups?name=web')).json.security_groups[0].id;
    const reply = await api('vpc', '/api/v1/network-interfaces', { method: 'POST', body: { network_interface: { name: 'eni-1', subnet_id: subnet, security_groups: [web], private_ip: '10.20.0.200' } } });
    expect(reply.status).toBe(201);
    expect(reply.json.network_interface).toMatchObject({ status: 'available', private_ip: '10.20.0.200', security_groups: [{ id: web, name: 'web' }], device_id: null, mac_address: expect.stringMatching(/^fa:16:3e/) });
    expectEnvelope(await api('vpc', '/api/v1/network-interfaces', { method: 'POST', body: { network_interface: { name: 'eni-2', subnet_id: subnet, security_groups: [], private_ip: '10.20.0.200' } } }), 409);
    expectEnvelope(await api('vpc', '/api/v1/network-interfaces', { method: 'POST', body: { network_interface: { name: 'eni-3', subnet_id: subnet, security_groups: [], private_ip: '10.30.0.5' } } }), 400);
    const empty = await api('vpc', '/api/v1/network-interfaces', { method: 'POST', body: { network_interface: { name: 'eni-4', subnet_id: subnet, security_groups: [] } } });
    expect(empty.json.network_interface.security_groups).toEqual([]);
  });

  it('should filter interfaces by security group name and refuse deleting one in use', async () => {
    const web = await api('vpc', '/api/v1/network-interfaces?security_group_name=web');
    expect(web.json.network_interfaces.length).toBeGreaterThanOrEqual(1);
    const used = (await api('vpc', '/api/v1/network-interfaces?status=in_use')).json.network_interfaces[0];
    expectEnvelope(await api('vpc', `/api/v1/network-interfaces/${used.id}`, { method: 'DELETE' }), 409);
    const free = (await api('vpc', '/api/v1/network-interfaces?name=eni-4')).json.network_interfaces[0];
    expect((await api('vpc', `/api/v1/network-interfaces/${free.id}`, { method: 'DELETE' })).status).toBe(204);
  });
});
