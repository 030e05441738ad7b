import { beforeAll, describe, expect, it } from 'vitest';
import { flavorNamed } from '../../src/emulator/nhn/compute/flavors.js';
import { publicImageId } from '../../src/emulator/nhn/image/public-images.js';
import type { NhnRegion } from '../../src/emulator/nhn/state.js';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken, type Reply, useManualEmulator } from './helpers.js';

// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil } = useManualEmulator();
let token: string;
let otherToken: string;

beforeAll(async () => {
  token = await nhnToken(emulator());
  otherToken = await nhnToken(emulator(), OTHER_NHN);
});

const SPACE_SECONDS = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

function url(path: string, region: NhnRegion = 'kr1'): string {
  return `${emulator().ctx.nhnServiceUrl(region, 'network')}/v2.0${path}`;
}

function get(path: string, region: NhnRegion = 'kr1', as = token): Promise<Reply> {
  return call(url(path, region), { token: as });
}

function send(method: string, path: string, body?: unknown, region: NhnRegion = 'kr1'): Promise<Reply> {
  return call(url(path, region), { method, token, body });
}

/** Sends a request that must succeed with `status` and returns the parsed body. */
async function ok(method: string, path: string, status: number, body?: unknown, region: NhnRegion = 'kr1'): Promise<any> {
  const reply = await send(method, path, body, region);
  expect(reply.status, reply.text).toBe(status);
  return reply.json;
}

function expectNeutronError(reply: Reply, status: number, type?: string): void {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.json.NeutronError).toMatchObject({ message: expect.any(String), detail: '' });
  if (type) expect(reply.json.NeutronError.type).toBe(type);
}

/** A fresh VPC with one /24 subnet in `region`. */
async function vpcWithSubnet(region: NhnRegion, cidr = '10.20.0.0/16', subnetCidr = '10.20.1.0/24'): Promise<{ vpcId: string; subnetId: string }> {
  const { vpc } = await ok('POST', '/vpcs', 201, { vpc: { name: `vpc-${cidr}`, cidrv4: cidr } }, region);
  const { vpcsubnet } = await ok('POST', '/vpcsubnets', 201, { vpcsubnet: { vpc_id: vpc.id, cidr: subnetCidr, name: 'sn' } }, region);
  return { vpcId: vpc.id, subnetId: vpcsubnet.id };
}

async function seededSubnet(region: NhnRegion = 'kr1'): Promise<any> {
  const { vpcsubnets } = await (await get('/vpcsubnets?name=Default%20Network', region)).json;
  return vpcsubnets[0];
}

describe('authentication', () => {
  it('should refuse a call without a token with the keystonemiddleware 401', async () => {
    const reply = await call(url('/vpcs'));
    expect(reply.status).toBe(401);
    expect(reply.json.error.code).toBe(401);
    expect(reply.headers.get('www-authenticate')).toMatch(/^Keystone uri=/);
  });
});

describe('VPCs', () => {
  it('should list the seeded Default Network in every region with VPC-native fields and no nested lists', async () => {
    for (const region of ['kr1', 'kr2', 'kr3', 'jp1', 'us1'] as const) {
      const reply = await get('/vpcs?router:external=false', region);
      expect(reply.status).toBe(200);
      const [vpc] = reply.json.vpcs;
      expect(vpc).toMatchObject({ name: 'Default Network', cidrv4: '192.168.0.0/16', state: 'available', shared: false, 'router:external': false });
      expect(vpc.create_time).toMatch(SPACE_SECONDS);
      expect(vpc).not.toHaveProperty('subnets');
      expect(vpc).not.toHaveProperty('routingtables');
    }
  });

  it('should show subnets and routing tables only on GET one', async () => {
    const { vpcs } = (await get('/vpcs?name=Default%20Network')).json;
    const { vpc } = (await get(`/vpcs/${vpcs[0].id}`)).json;
    expect(vpc.subnets.map((s: any) => s.cidr).sort()).toEqual(['192.168.0.0/24', '192.168.10.0/24']);
    expect(vpc.routingtables).toContainEqual(expect.objectContaining({ default_table: true, gateway_id: expect.any(String) }));
  });

  it('should offer the shared public network as router:external, also through /networks with capital True', async () => {
    const { vpcs } = (await get('/vpcs?router:external=true')).json;
    expect(vpcs).toHaveLength(1);
    expect(vpcs[0]).toMatchObject({ name: 'public_network', cidrv4: '0.0.0.0/0', shared: true, 'router:external': true });
    const { networks } = (await get('/networks?router:external=True')).json;
    expect(networks.map((n: any) => n.id)).toEqual([vpcs[0].id]);
  });

  it('should create a VPC with 201, the reduced shape, and its default routing table holding a local route', async () => {
    const { vpc } = await ok('POST', '/vpcs', 201, { vpc: { name: 'created', cidrv4: '172.16.0.0/16' } });
    expect(Object.keys(vpc).sort()).toEqual(['cidrv4', 'create_time', 'id', 'name', 'shared', 'state', 'tenant_id']);
    const { routingtables } = (await get('/routingtables?default_table=true&detail=true')).json;
    const table = routingtables.find((t: any) => t.vpcs[0].id === vpc.id);
    expect(table).toMatchObject({ name: `vpc-${vpc.id.slice(0, 13)}`, distributed: false });
    const { routingtable } = (await get(`/routingtables/${table.id}`)).json;
    expect(routingtable.routes).toEqual([expect.objectContaining({ cidr: '172.16.0.0/16', mask: 16, gateway: 'local' })]);

    await ok('DELETE', `/vpcs/${vpc.id}`, 204);
    expectNeutronError(await get(`/vpcs/${vpc.id}`), 404);
    expectNeutronError(await get(`/routingtables/${table.id}`), 404);
  });

  it('should refuse CIDRs outside the private ranges, smaller than /24, or with host bits', async () => {
    for (const cidrv4 of ['8.8.0.0/16', '10.0.0.0/28', '10.0.0.1/16', 'nonsense']) {
      expectNeutronError(await send('POST', '/vpcs', { vpc: { name: 'bad', cidrv4 } }), 400);
    }
    expectNeutronError(await send('POST', '/vpcs', { vpc: { name: 'no cidr' } }), 400);
    expectNeutronError(await send('POST', '/vpcs', { name: 'unwrapped', cidrv4: '10.0.0.0/16' }), 400);
  });

  it('should refuse to delete a VPC that still has subnets', async () => {
    const { vpcId } = await vpcWithSubnet('kr2');
    expectNeutronError(await send('DELETE', `/vpcs/${vpcId}`, undefined, 'kr2'), 409);
  });

  it('should rename a VPC and move its local routes with a new CIDR', async () => {
    const { vpc } = await ok('POST', '/vpcs', 201, { vpc: { name: 'grow', cidrv4: '10.50.0.0/24' } }, 'jp1');
    const updated = await ok('PUT', `/vpcs/${vpc.id}`, 200, { vpc: { name: 'grown', cidrv4: '10.50.0.0/16' } }, 'jp1');
    expect(updated.vpc).toMatchObject({ name: 'grown', cidrv4: '10.50.0.0/16' });
    const { routes } = (await get('/routes?gateway=local', 'jp1')).json;
    expect(routes.map((r: any) => r.cidr)).toContain('10.50.0.0/16');
  });

  it('should page with limit and marker and give a next link only then', async () => {
    const all = (await get('/vpcs')).json;
    expect(all).not.toHaveProperty('vpcs_links');
    const first = (await get('/vpcs?limit=1')).json;
    expect(first.vpcs).toHaveLength(1);
    expect(first.vpcs_links[0].rel).toBe('next');
    const second = (await call(first.vpcs_links[0].href, { token })).json;
    expect(second.vpcs[0].id).toBe(all.vpcs[1].id);
  });

  it("should hide one tenant's VPCs from another", async () => {
    const { vpcs } = (await get('/vpcs?router:external=false')).json;
    expectNeutronError(await get(`/vpcs/${vpcs[0].id}`, 'kr1', otherToken), 404);
    const mine = (await get('/vpcs?router:external=false', 'kr1', otherToken)).json.vpcs;
    expect(mine.map((v: any) => v.id)).not.toContain(vpcs[0].id);
  });
});

describe('VPC subnets', () => {
  it('should answer create with the reduced shape and list with the full one', async () => {
    const { vpc } = await ok('POST', '/vpcs', 201, { vpc: { name: 'subnets', cidrv4: '10.30.0.0/16' } }, 'kr3');
    const { vpcsubnet } = await ok('POST', '/vpcsubnets', 201, { vpcsubnet: { vpc_id: vpc.id, cidr: '10.30.1.0/24', name: 'a' } }, 'kr3');
    expect(vpcsubnet).toMatchObject({ cidr: '10.30.1.0/24', gateway: '10.30.1.1', state: 'available', vpc_id: vpc.id });
    expect(vpcsubnet).not.toHaveProperty('routingtable');
    expect(vpcsubnet).not.toHaveProperty('available_ip_count');

    const { vpcsubnets } = (await get(`/vpcsubnets?vpc_id=${vpc.id}`, 'kr3')).json;
    expect(vpcsubnets[0]).toMatchObject({
      enable_dhcp: true,
      'router:external': false,
      available_ip_count: 252,
      vpc: { id: vpc.id, cidrv4: '10.30.0.0/16' },
      routingtable: { default_table: true, explicit: false },
    });
  });

  it('should refuse a subnet outside its VPC, overlapping a sibling, or smaller than /28', async () => {
    const { vpcId } = await vpcWithSubnet('kr3', '10.40.0.0/16', '10.40.1.0/24');
    for (const cidr of ['10.41.0.0/24', '10.40.1.128/25', '10.40.2.0/29']) {
      expectNeutronError(await send('POST', '/vpcsubnets', { vpcsubnet: { vpc_id: vpcId, cidr, name: 'x' } }, 'kr3'), 400);
    }
    expectNeutronError(await send('POST', '/vpcsubnets', { vpcsubnet: { vpc_id: 'nope', cidr: '10.40.3.0/24', name: 'x' } }, 'kr3'), 404);
  });

  it('should attach a routing table explicitly and fall back to the default on detach', async () => {
    const { vpcId, subnetId } = await vpcWithSubnet('kr3', '10.60.0.0/16', '10.60.0.0/24');
    const { routingtable } = await ok('POST', '/routingtables', 201, { routingtable: { name: 'rt', vpc_id: vpcId, distributed: 'false' } }, 'kr3');
    expect(routingtable.distributed).toBe(false);
    const attached = await ok('PUT', `/vpcsubnets/${subnetId}/attach_routingtable`, 200, { routingtable_id: routingtable.id }, 'kr3');
    expect(attached.vpcsubnet.routingtable).toMatchObject({ id: routingtable.id, explicit: true, default_table: false });
    expectNeutronError(await send('DELETE', `/routingtables/${routingtable.id}`, undefined, 'kr3'), 409);
    const detached = await ok('PUT', `/vpcsubnets/${subnetId}/detach_routingtable`, 200, undefined, 'kr3');
    expect(detached.vpcsubnet.routingtable).toMatchObject({ explicit: false, default_table: true });
    await ok('DELETE', `/routingtables/${routingtable.id}`, 204, undefined, 'kr3');
  });

  it('should refuse to delete a subnet while a port holds an address in it', async () => {
    const { vpcId, subnetId } = await vpcWithSubnet('kr3', '10.70.0.0/16', '10.70.0.0/24');
    const { port } = await ok('POST', '/ports', 201, { port: { network_id: vpcId } }, 'kr3');
    expectNeutronError(await send('DELETE', `/vpcsubnets/${subnetId}`, undefined, 'kr3'), 409, 'SubnetInUse');
    await ok('DELETE', `/ports/${port.id}`, 204, undefined, 'kr3');
    await ok('DELETE', `/vpcsubnets/${subnetId}`, 204, undefined, 'kr3');
    await ok('DELETE', `/vpcs/${vpcId}`, 204, undefined, 'kr3');
  });
});

describe('routing tables, routes and internet gateways', () => {
  it('should show vpcs and subnets as objects in the detail list and as ids on GET one', async () => {
    const { routingtables } = (await get('/routingtables?detail=true&default_table=true')).json;
    const seeded = routingtables.find((t: any) => t.subnets.some((s: any) => s.name === 'Default Network'));
    expect(seeded.vpcs[0]).toEqual({ id: expect.any(String), name: 'Default Network' });
    const plain = (await get('/routingtables')).json.routingtables[0];
    expect(plain).not.toHaveProperty('subnets');
    const { routingtable } = (await get(`/routingtables/${seeded.id}`)).json;
    expect(routingtable.vpcs).toEqual([seeded.vpcs[0].id]);
    expect(routingtable.subnets).toContain(seeded.subnets.find((s: any) => s.name === 'Default Network').id);
    expect(routingtable.routes).toContainEqual(expect.objectContaining({ cidr: '0.0.0.0/0', mask: 0, gateway_id: routingtable.gateway_id }));
  });

  it('should attach an internet gateway with a default route and make it available a transition later', async () => {
    const { vpcId } = await vpcWithSubnet('us1', '10.80.0.0/16', '10.80.0.0/24');
    const external = (await get('/vpcs?router:external=true', 'us1')).json.vpcs[0].id;
    const { internetgateway } = await ok('POST', '/internetgateways', 201, { internetgateway: { name: 'igw', external_network_id: external } }, 'us1');
    expect(internetgateway).toMatchObject({ state: 'unavailable', migrate_status: 'none', migrate_error: null });
    expect(internetgateway).not.toHaveProperty('routingtable_id');
    expect(internetgateway.create_time).toMatch(SPACE_SECONDS);

    const table = (await get(`/routingtables?detail=true`, 'us1')).json.routingtables.find((t: any) => t.vpcs[0].id === vpcId);
    const attached = await ok('PUT', `/routingtables/${table.id}/attach_gateway`, 200, { gateway_id: internetgateway.id }, 'us1');
    expect(attached.routingtable.gateway_id).toBe(internetgateway.id);
    expect(attached.routingtable.routes).toContainEqual(expect.objectContaining({ cidr: '0.0.0.0/0', gateway_id: internetgateway.id }));
    await advanceUntil(async () => ((await get(`/internetgateways/${internetgateway.id}`, 'us1')).json.internetgateway.state === 'available' ? true : undefined));
    expectNeutronError(await send('DELETE', `/internetgateways/${internetgateway.id}`, undefined, 'us1'), 409);

    const detached = await ok('PUT', `/routingtables/${table.id}/detach_gateway`, 200, undefined, 'us1');
    expect(detached.routingtable).not.toHaveProperty('gateway_id');
    expect(detached.routingtable.routes.map((r: any) => r.cidr)).toEqual(['10.80.0.0/16']);
    expect((await get(`/internetgateways/${internetgateway.id}`, 'us1')).json.internetgateway.state).toBe('unavailable');
    await ok('DELETE', `/internetgateways/${internetgateway.id}`, 204, undefined, 'us1');
  });

  it('should refuse an internet gateway on a network that is not external', async () => {
    const { vpcs } = (await get('/vpcs?router:external=false')).json;
    expectNeutronError(await send('POST', '/internetgateways', { internetgateway: { name: 'x', external_network_id: vpcs[0].id } }), 400);
  });

  it('should move the default flag with set_as_default and never delete the default table', async () => {
    const { vpc } = await ok('POST', '/vpcs', 201, { vpc: { name: 'defaults', cidrv4: '10.90.0.0/16' } }, 'us1');
    const { routingtable } = await ok('POST', '/routingtables', 201, { routingtable: { name: 'second', vpc_id: vpc.id } }, 'us1');
    expect(routingtable).toMatchObject({ default_table: false, distributed: true });
    const made = await ok('PUT', `/routingtables/${routingtable.id}/set_as_default`, 200, undefined, 'us1');
    expect(made.routingtable.default_table).toBe(true);
    const tables = (await get('/routingtables?detail=true', 'us1')).json.routingtables.filter((t: any) => t.vpcs[0].id === vpc.id);
    expect(tables.filter((t: any) => t.default_table).map((t: any) => t.id)).toEqual([routingtable.id]);
    expectNeutronError(await send('DELETE', `/routingtables/${routingtable.id}`, undefined, 'us1'), 409);
  });

  it('should add routes with a computed mask, refuse duplicates and protect local routes', async () => {
    const { routingtables } = (await get('/routingtables?default_table=true')).json;
    const tableId = routingtables[0].id;
    const { route } = await ok('POST', '/routes', 201, { route: { routingtable_id: tableId, cidr: '10.99.0.0/16', gateway: '192.168.0.10' } });
    expect(route).toMatchObject({ mask: 16, gateway: '192.168.0.10', routingtable_id: tableId });
    expectNeutronError(await send('POST', '/routes', { routingtable_id: tableId, cidr: '10.99.0.0/16', gateway: '192.168.0.11' }), 409);
    expectNeutronError(await send('POST', '/routes', { route: { routingtable_id: tableId, cidr: '10.98.0.0/16', gateway: 'nope' } }), 400);
    await ok('DELETE', `/routes/${route.id}`, 204);
    const local = (await get(`/routes?routingtable_id=${tableId}&gateway=local`)).json.routes[0];
    expectNeutronError(await send('DELETE', `/routes/${local.id}`), 409);
  });
});

describe('floating IPs', () => {
  async function serverPort(region: NhnRegion): Promise<any> {
    const subnet = await seededSubnet(region);
    return (await ok('POST', '/ports', 201, { port: { network_id: subnet.vpc_id, fixed_ips: [{ subnet_id: subnet.id }] } }, region)).port;
  }

  it('should allocate DOWN, associate by PUT port_id (still DOWN, ACTIVE later) and dissociate with null', async () => {
    const external = (await get('/networks?router:external=true', 'kr2')).json.networks[0].id;
    const { floatingip } = await ok('POST', '/floatingips', 201, { floatingip: { floating_network_id: external } }, 'kr2');
    expect(floatingip).toMatchObject({ status: 'DOWN', port_id: null, fixed_ip_address: null, router_id: null, delete_protection: false, label: '' });
    expect(floatingip.floating_ip_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    const port = await serverPort('kr2');
    const associated = await ok('PUT', `/floatingips/${floatingip.id}`, 200, { floatingip: { port_id: port.id } }, 'kr2');
    expect(associated.floatingip).toMatchObject({ status: 'DOWN', port_id: port.id, fixed_ip_address: port.fixed_ips[0].ip_address, router_id: expect.any(String) });
    await advanceUntil(async () => ((await get(`/floatingips/${floatingip.id}`, 'kr2')).json.floatingip.status === 'ACTIVE' ? true : undefined));
    expectNeutronError(await send('DELETE', `/floatingips/${floatingip.id}`, undefined, 'kr2'), 409);

    const released = await ok('PUT', `/floatingips/${floatingip.id}`, 200, { floatingip: { port_id: null } }, 'kr2');
    expect(released.floatingip).toMatchObject({ status: 'DOWN', port_id: null, fixed_ip_address: null });
    await ok('DELETE', `/floatingips/${floatingip.id}`, 204, undefined, 'kr2');
    expectNeutronError(await get(`/floatingips/${floatingip.id}`, 'kr2'), 404, 'FloatingIPNotFound');
  });

  it('should refuse to delete a protected floating IP until protection is lifted', async () => {
    const external = (await get('/vpcs?router:external=true')).json.vpcs[0].id;
    const { floatingip } = await ok('POST', '/floatingips', 201, { floatingip: { floating_network_id: external, delete_protection: true, label: 'keep1' } });
    expect(floatingip).toMatchObject({ delete_protection: true, label: 'keep1' });
    expectNeutronError(await send('DELETE', `/floatingips/${floatingip.id}`), 409);
    await ok('PUT', `/floatingips/${floatingip.id}`, 200, { floatingip: { delete_protection: false } });
    await ok('DELETE', `/floatingips/${floatingip.id}`, 204);
  });

  it('should refuse a label that is not alphanumeric and a network that is not external', async () => {
    const external = (await get('/vpcs?router:external=true')).json.vpcs[0].id;
    expectNeutronError(await send('POST', '/floatingips', { floatingip: { floating_network_id: external, label: 'not ok!' } }), 400);
    const own = (await get('/vpcs?router:external=false')).json.vpcs[0].id;
    expectNeutronError(await send('POST', '/floatingips', { floatingip: { floating_network_id: own } }), 400);
    expectNeutronError(await send('POST', '/floatingips', { floatingip: { floating_network_id: 'missing' } }), 404, 'NetworkNotFound');
  });

  it('should refuse to associate a port whose subnet has no internet gateway', async () => {
    const { vpcId } = await vpcWithSubnet('jp1', '10.11.0.0/16', '10.11.0.0/24');
    const { port } = await ok('POST', '/ports', 201, { port: { network_id: vpcId } }, 'jp1');
    const external = (await get('/vpcs?router:external=true', 'jp1')).json.vpcs[0].id;
    const reply = await send('POST', '/floatingips', { floatingip: { floating_network_id: external, port_id: port.id } }, 'jp1');
    expectNeutronError(reply, 404, 'ExternalGatewayForFloatingIPNotFound');
    expect((await get(`/floatingips?port_id=${port.id}`, 'jp1')).json.floatingips).toEqual([]);
  });

  it('should never hand the same address to two tenants', async () => {
    const external = (await get('/vpcs?router:external=true')).json.vpcs[0].id;
    const mine = await ok('POST', '/floatingips', 201, { floatingip: { floating_network_id: external } });
    const theirs = await call(url('/floatingips'), { method: 'POST', token: otherToken, body: { floatingip: { floating_network_id: external } } });
    expect(theirs.status).toBe(201);
    expect(theirs.json.floatingip.floating_ip_address).not.toBe(mine.floatingip.floating_ip_address);
    expect((await get('/floatingips', 'kr1', otherToken)).json.floatingips.map((f: any) => f.id)).not.toContain(mine.floatingip.id);
  });

  it('should take the floating IP off a port when the port is deleted', async () => {
    const port = await serverPort('kr1');
    const external = (await get('/vpcs?router:external=true')).json.vpcs[0].id;
    const { floatingip } = await ok('POST', '/floatingips', 201, { floatingip: { floating_network_id: external, port_id: port.id } });
    expect(floatingip.port_id).toBe(port.id);
    await ok('DELETE', `/ports/${port.id}`, 204);
    expect((await get(`/floatingips/${floatingip.id}`)).json.floatingip).toMatchObject({ port_id: null, status: 'DOWN' });
  });
});

describe('security groups and rules', () => {
  it('should give every tenant a default group with four rules', async () => {
    const { security_groups } = (await get('/security-groups?name=default', 'kr1', otherToken)).json;
    expect(security_groups).toHaveLength(1);
    const rules = security_groups[0].security_group_rules;
    expect(rules).toHaveLength(4);
    expect(rules.filter((r: any) => r.direction === 'ingress').every((r: any) => r.remote_group_id === security_groups[0].id)).toBe(true);
  });

  it('should seed web with ingress 22, 80 and 443', async () => {
    const { security_groups } = (await get('/security-groups?name=web')).json;
    const ports = security_groups[0].security_group_rules.filter((r: any) => r.direction === 'ingress').map((r: any) => r.port_range_min);
    expect(ports.sort((a: number, b: number) => a - b)).toEqual([22, 80, 443]);
  });

  it('should create a group with its two egress rules and accept ports sent as strings', async () => {
    const { security_group } = await ok('POST', '/security-groups', 201, { security_group: { name: 'app', description: 'app tier' } }, 'kr2');
    expect(security_group.security_group_rules.map((r: any) => [r.direction, r.ethertype]).sort()).toEqual([
      ['egress', 'IPv4'],
      ['egress', 'IPv6'],
    ]);
    const body = { security_group_rule: { security_group_id: security_group.id, direction: 'ingress', protocol: 'tcp', port_range_min: '8080', port_range_max: '8080', remote_ip_prefix: '10.0.0.0/8' } };
    const { security_group_rule } = await ok('POST', '/security-group-rules', 201, body, 'kr2');
    expect(security_group_rule).toMatchObject({ ethertype: 'IPv4', port_range_min: 8080, port_range_max: 8080, protocol: 'tcp' });
    expectNeutronError(await send('POST', '/security-group-rules', body, 'kr2'), 409, 'SecurityGroupRuleExists');
    await ok('DELETE', `/security-group-rules/${security_group_rule.id}`, 204, undefined, 'kr2');
    expectNeutronError(await get(`/security-group-rules/${security_group_rule.id}`, 'kr2'), 404, 'SecurityGroupRuleNotFound');
  });

  it('should refuse IPv6 rules, ports without protocol and inverted ranges', async () => {
    const group = (await get('/security-groups?name=web')).json.security_groups[0].id;
    const rule = (extra: object) => ({ security_group_rule: { security_group_id: group, direction: 'ingress', ...extra } });
    expectNeutronError(await send('POST', '/security-group-rules', rule({ ethertype: 'IPv6' })), 400);
    expectNeutronError(await send('POST', '/security-group-rules', rule({ port_range_min: 1, port_range_max: 2 })), 400);
    expectNeutronError(await send('POST', '/security-group-rules', rule({ protocol: 'tcp', port_range_min: 90, port_range_max: 80 })), 400);
    expectNeutronError(await send('POST', '/security-group-rules', rule({ direction: 'sideways' })), 400);
  });

  it('should protect the default group and groups still applied to ports', async () => {
    const def = (await get('/security-groups?name=default')).json.security_groups[0];
    expectNeutronError(await send('DELETE', `/security-groups/${def.id}`), 409);
    expectNeutronError(await send('POST', '/security-groups', { security_group: { name: 'default' } }), 409);

    const { security_group } = await ok('POST', '/security-groups', 201, { security_group: { name: 'attached' } });
    const subnet = await seededSubnet();
    const { port } = await ok('POST', '/ports', 201, { port: { network_id: subnet.vpc_id, security_groups: [security_group.id] } });
    expectNeutronError(await send('DELETE', `/security-groups/${security_group.id}`), 409, 'SecurityGroupInUse');
    const { security_group_ports } = (await get(`/security-group-ports?security_group_id=${security_group.id}`)).json;
    expect(security_group_ports).toEqual([expect.objectContaining({ id: port.id, project_id: port.tenant_id, security_groups: [security_group.id] })]);
    expectNeutronError(await get('/security-group-ports'), 400);

    await ok('DELETE', `/ports/${port.id}`, 204);
    await ok('DELETE', `/security-groups/${security_group.id}`, 204);
  });

  it('should answer OverQuota once the tenant holds as many groups as allowed', async () => {
    let last: Reply | undefined;
    for (let i = 0; i < 30; i++) {
      last = await send('POST', '/security-groups', { security_group: { name: `many-${i}` } }, 'kr3');
      if (last.status !== 201) break;
    }
    expectNeutronError(last!, 409, 'OverQuota');
  });
});

describe('ports, networks and subnets', () => {
  it('should create a DOWN port with the next free address and the default group, and find it by fixed IP', async () => {
    const subnet = await seededSubnet('jp1');
    const { port } = await ok('POST', '/ports', 201, { port: { network_id: subnet.vpc_id, name: 'vip' } }, 'jp1');
    expect(port).toMatchObject({ status: 'DOWN', device_owner: '', device_id: '', admin_state_up: true, port_security_enabled: true, 'binding:vnic_type': 'normal' });
    expect(port.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(port.fixed_ips[0].subnet_id).toBe(subnet.id);
    const def = (await get('/security-groups?name=default', 'jp1')).json.security_groups[0].id;
    expect(port.security_groups).toEqual([def]);

    const ip = port.fixed_ips[0].ip_address;
    const { ports } = (await get(`/ports?fixed_ips=ip_address=${ip}`, 'jp1')).json;
    expect(ports.map((p: any) => p.id)).toEqual([port.id]);
    expectNeutronError(await send('POST', '/ports', { port: { network_id: subnet.vpc_id, fixed_ips: [{ ip_address: ip }] } }, 'jp1'), 409, 'IpAddressAlreadyAllocated');
    expectNeutronError(await send('POST', '/ports', { port: { network_id: subnet.vpc_id, fixed_ips: [{ ip_address: '10.0.0.5' }] } }, 'jp1'), 400);
  });

  it('should update security groups and refuse disabling port security while groups remain', async () => {
    const subnet = await seededSubnet('jp1');
    const { port } = await ok('POST', '/ports', 201, { port: { network_id: subnet.vpc_id, fixed_ips: [{ subnet_id: subnet.id, ip_address: '192.168.0.200' }] } }, 'jp1');
    expect(port.fixed_ips[0].ip_address).toBe('192.168.0.200');
    expectNeutronError(await send('PUT', `/ports/${port.id}`, { port: { port_security_enabled: false } }, 'jp1'), 409);
    const updated = await ok('PUT', `/ports/${port.id}`, 200, { port: { port_security_enabled: false, security_groups: [], name: 'open' } }, 'jp1');
    expect(updated.port).toMatchObject({ port_security_enabled: false, security_groups: [], name: 'open' });
  });

  it('should lower the available address count of a subnet as ports take addresses', async () => {
    const { vpcId, subnetId } = await vpcWithSubnet('kr2', '10.21.0.0/16', '10.21.0.0/24');
    await ok('POST', '/ports', 201, { port: { network_id: vpcId } }, 'kr2');
    const { vpcsubnet } = (await get(`/vpcsubnets/${subnetId}`, 'kr2')).json;
    expect(vpcsubnet.available_ip_count).toBe(251);
  });

  it('should show VPCs as networks and VPC subnets under Neutron names', async () => {
    const subnet = await seededSubnet();
    const { networks } = (await get(`/networks?id=${subnet.vpc_id}`)).json;
    expect(networks[0]).toMatchObject({ name: 'Default Network', status: 'ACTIVE', admin_state_up: true, mtu: 0, 'router:external': false });
    expect(networks[0].subnets).toContain(subnet.id);
    const { subnets } = (await get(`/subnets?network_id=${subnet.vpc_id}&fields=id&fields=gateway_ip&fields=allocation_pools`)).json;
    expect(subnets).toContainEqual({ id: subnet.id, gateway_ip: '192.168.0.1', allocation_pools: [{ start: '192.168.0.2', end: '192.168.0.254' }] });
  });

  it('should answer 404 NeutronErrors for unknown ids', async () => {
    expectNeutronError(await get('/ports/nope'), 404, 'PortNotFound');
    expectNeutronError(await get('/security-groups/nope'), 404, 'SecurityGroupNotFound');
    expectNeutronError(await send('POST', '/ports', { port: { network_id: 'nope' } }), 404, 'NetworkNotFound');
  });
});

describe('ports of servers', () => {
  const compute = (path: string, region: NhnRegion = 'kr1') => `${emulator().ctx.nhnServiceUrl(region, 'compute')}/v2/${DEMO_NHN.tenantId}${path}`;

  async function server(name: string, region: NhnRegion = 'kr1'): Promise<any> {
    const { servers } = (await call(compute(`/servers/detail?name=^${name}$`, region), { token })).json;
    return servers[0];
  }

  /** Creates a U2 server (local disk, no volume) with `networks` and waits until it is ACTIVE. */
  async function activeServer(region: NhnRegion, networks: unknown[], extra: object = {}): Promise<any> {
    const body = { server: { name: 'networked', imageRef: publicImageId(region, 'ubuntu-24.04'), flavorRef: flavorNamed(region, 'u2.c2m4').id, key_name: 'demo-key', networks, ...extra } };
    const created = await call(compute('/servers', region), { method: 'POST', token, body });
    expect(created.status, created.text).toBe(202);
    return advanceUntil(async () => {
      const s = (await call(compute(`/servers/${created.json.server.id}`, region), { token })).json.server;
      return s.status === 'ACTIVE' ? s : undefined;
    });
  }

  it('should give seeded servers ports in the seeded subnet and show floating IPs in their addresses', async () => {
    const web = await server('web-01');
    const { ports } = (await get(`/ports?device_id=${web.id}`)).json;
    expect(ports).toHaveLength(1);
    expect(ports[0]).toMatchObject({ status: 'ACTIVE', device_owner: `compute:${web['OS-EXT-AZ:availability_zone']}` });
    const subnet = await seededSubnet();
    expect(ports[0].fixed_ips[0].subnet_id).toBe(subnet.id);
    const [fip] = (await get(`/floatingips?port_id=${ports[0].id}`)).json.floatingips;
    expect(fip.status).toBe('ACTIVE');
    expect(web.addresses['Default Network']).toEqual([
      { version: 4, addr: ports[0].fixed_ips[0].ip_address, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': ports[0].mac_address },
      { version: 4, addr: fip.floating_ip_address, 'OS-EXT-IPS:type': 'floating', 'OS-EXT-IPS-MAC:mac_addr': ports[0].mac_address },
    ]);
  });

  it('should bind a new server to a port in the requested network and release it with the server', async () => {
    const subnet = await seededSubnet('kr3');
    const created = await activeServer('kr3', [{ uuid: subnet.vpc_id, fixed_ip: '192.168.0.77' }], { security_groups: [{ name: 'web' }] });
    const { ports } = (await get(`/ports?device_id=${created.id}`, 'kr3')).json;
    expect(ports).toEqual([expect.objectContaining({ device_owner: `compute:${created['OS-EXT-AZ:availability_zone']}`, fixed_ips: [{ subnet_id: subnet.id, ip_address: '192.168.0.77' }] })]);
    expect(created.addresses['Default Network'][0].addr).toBe('192.168.0.77');
    expect(created.security_groups).toEqual([{ name: 'web' }]);

    const external = (await get('/vpcs?router:external=true', 'kr3')).json.vpcs[0].id;
    const { floatingip } = await ok('POST', '/floatingips', 201, { floatingip: { floating_network_id: external, port_id: ports[0].id } }, 'kr3');
    const shown = (await call(compute(`/servers/${created.id}`, 'kr3'), { token })).json.server;
    expect(shown.addresses['Default Network'].map((a: any) => a['OS-EXT-IPS:type'])).toEqual(['fixed', 'floating']);

    expect((await call(compute(`/servers/${created.id}`, 'kr3'), { method: 'DELETE', token })).status).toBe(204);
    await advanceUntil(async () => ((await get(`/ports?device_id=${created.id}`, 'kr3')).json.ports.length === 0 ? true : undefined));
    expect((await get(`/floatingips/${floatingip.id}`, 'kr3')).json.floatingip).toMatchObject({ port_id: null, status: 'DOWN' });
  });

  it('should bind a pre-created port passed as networks[].port and keep it, unbound, after the server is gone', async () => {
    const subnet = await seededSubnet('kr3');
    const { port } = await ok('POST', '/ports', 201, { port: { network_id: subnet.vpc_id, name: 'mine' } }, 'kr3');
    const created = await activeServer('kr3', [{ port: port.id }]);
    const bound = (await get(`/ports/${port.id}`, 'kr3')).json.port;
    expect(bound).toMatchObject({ device_id: created.id, status: 'ACTIVE' });
    const again = await call(compute('/servers', 'kr3'), {
      method: 'POST',
      token,
      body: { server: { name: 'x', imageRef: created.image.id, flavorRef: created.flavor.id, key_name: 'demo-key', networks: [{ port: port.id }] } },
    });
    expect(again.status).toBe(409);
    expect(again.json.conflictingRequest.message).toContain(port.id);

    await call(compute(`/servers/${created.id}`, 'kr3'), { method: 'DELETE', token });
    await advanceUntil(async () => ((await get(`/ports/${port.id}`, 'kr3')).json.port.device_id === '' ? true : undefined));
  });

  it('should refuse a server on an unknown network or security group with Nova 400s', async () => {
    const base = { name: 'x', imageRef: publicImageId('kr3', 'ubuntu-24.04'), flavorRef: flavorNamed('kr3', 'u2.c2m4').id, key_name: 'demo-key' };
    const network = await call(compute('/servers', 'kr3'), { method: 'POST', token, body: { server: { ...base, networks: [{ uuid: '00000000-0000-4000-8000-000000000000' }] } } });
    expect(network.status).toBe(400);
    expect(network.json.badRequest.message).toContain('could not be found');
    const subnet = await seededSubnet('kr3');
    const group = await call(compute('/servers', 'kr3'), { method: 'POST', token, body: { server: { ...base, networks: [{ subnet: subnet.id }], security_groups: [{ name: 'nope' }] } } });
    expect(group.status).toBe(400);
  });
});
