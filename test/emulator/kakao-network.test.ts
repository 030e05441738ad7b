import { describe, expect, it } from 'vitest';
import { OTHER_KAKAO } from '../../src/emulator/seed.js';
import { useManualEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil } = useManualEmulator();
const api = kakaoClient(emulator);
const other = kakaoClient(emulator, OTHER_KAKAO);

describe('KakaoCloud public IPs', () => {
  it('should show the attached seed IP in_use with its related interface, and the spare one available', async () => {
    const inUse = (await api('network', '/api/v1/public-ips?status=in_use')).json.public_ips;
    expect(inUse).toHaveLength(1);
    expect(inUse[0].related_resource).toMatchObject({ subnet_name: 'hanul-public-a', vpc_name: 'hanul-vpc', device_id: expect.any(String) });
    expect(inUse[0].private_ip).toMatch(/^10\.20\.0\./);
    const free = (await api('network', '/api/v1/public-ips?status=available')).json.public_ips;
    expect(free).toEqual([expect.objectContaining({ description: 'spare', related_resource: null, private_ip: null })]);
  });

  it('should allocate with 201, attach through attaching to in_use, show it on the instance, and detach', async () => {
    const created = await api('network', '/api/v1/public-ips', { method: 'POST', body: { public_ip: { description: 'for web-2' } } });
    expect(created.status).toBe(201);
    const ip = created.json.public_ip;
    expect(ip).toMatchObject({ status: 'available', public_ip: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/) });
    const web2 = (await api('bcs', '/api/v1/instances?name=web-2')).json.instances[0];
    const nic = web2.addresses[0].network_interface_id;
    const attach = await api('network', `/api/v1/public-ips/${ip.id}/network-interfaces/${nic}`, { method: 'PUT' });
    expect(attach.status).toBe(200);
    expect(attach.json.public_ip.status).toBe('attaching');
    await advanceUntil(async () => ((await api('network', `/api/v1/public-ips/${ip.id}`)).json.public_ip.status === 'in_use' ? true : undefined));
    expect((await api('bcs', `/api/v1/instances/${web2.id}`)).json.instance.addresses[0].public_ip).toBe(ip.public_ip);
    expectEnvelope(await api('network', `/api/v1/public-ips/${ip.id}`, { method: 'DELETE' }), 409);
    const spare = (await api('network', '/api/v1/public-ips?status=available')).json.public_ips[0].id;
    expectEnvelope(await api('network', `/api/v1/public-ips/${spare}/network-interfaces/${nic}`, { method: 'PUT' }), 409);
    expect((await api('network', `/api/v1/public-ips/${ip.id}/network-interfaces/${nic}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('network', `/api/v1/public-ips/${ip.id}`)).json.public_ip.status).toBe('available');
    expect((await api('network', `/api/v1/public-ips/${ip.id}`, { method: 'DELETE' })).status).toBe(204);
    expectEnvelope(await api('network', `/api/v1/public-ips/${ip.id}`), 404);
  });

  it('should give every project distinct addresses', async () => {
    const mine = await api('network', '/api/v1/public-ips', { method: 'POST', body: { public_ip: {} } });
    const theirs = await other('network', '/api/v1/public-ips', { method: 'POST', body: { public_ip: {} } });
    expect(mine.json.public_ip.public_ip).not.toBe(theirs.json.public_ip.public_ip);
    expect((await other('network', `/api/v1/public-ips/${mine.json.public_ip.id}`)).status).toBe(404);
  });
});

describe('KakaoCloud security groups', () => {
  it('should create a group with 201, default egress rules, and refuse a taken name with 409', async () => {
    const created = await api('network', '/api/v1/security-groups', { method: 'POST', body: { security_group: { name: 'sg-test', description: 'test' } } });
    expect(created.status).toBe(201);
    expect(created.json.security_group).toMatchObject({ name: 'sg-test', is_stateful: true, project_name: 'hanul-demo' });
    expect(created.json.security_group.rules).toEqual([expect.objectContaining({ direction: 'egress', protocol: 'ALL' })]);
    expectEnvelope(await api('network', '/api/v1/security-groups', { method: 'POST', body: { security_group: { name: 'sg-test' } } }), 409);
    expect((await other('network', '/api/v1/security-groups', { method: 'POST', body: { security_group: { name: 'sg-test' } } })).status).toBe(201);
  });

  it('should refuse renaming a group to a taken name', async () => {
    const id = (await api('network', '/api/v1/security-groups?name=sg-test')).json.security_groups[0].id;
    expectEnvelope(await api('network', `/api/v1/security-groups/${id}`, { method: 'PUT', body: { security_group: { name: 'web' } } }), 409);
    const renamed = await api('network', `/api/v1/security-groups/${id}`, { method: 'PUT', body: { security_group: { description: 'changed' } } });
    expect(renamed.json.security_group.description).toBe('changed');
  });

  it('should take rule ports as integers and answer them as strings', async () => {
    const id = (await api('network', '/api/v1/security-groups?name=sg-test')).json.security_groups[0].id;
    const rule = await api('network', `/api/v1/security-groups/${id}/rules`, {
      method: 'POST',
      body: { security_group_rule: { direction: 'ingress', protocol: 'TCP', port_range_min: 8080, port_range_max: 8090, remote_ip_prefix: '10.0.0.0/8' } },
    });
    expect(rule.status).toBe(201);
    expect(rule.json.security_group_rule).toMatchObject({ port_range_min: '8080', port_range_max: '8090', protocol: 'TCP', remote_ip_prefix: '10.0.0.0/8' });
    const group = (await api('network', `/api/v1/security-groups/${id}`)).json.security_group;
    expect(group.rules.find((r: { id: string }) => r.id === rule.json.security_group_rule.id).port_range_min).toBe('8080');
  });

  it('should refuse string ports, lower-case protocols, inverted ranges and ports on ICMP with 400', async () => {
    const id = (await api('network', '/api/v1/security-groups?name=sg-test')).json.security_groups[0].id;
    const add = (rule: Record<string, unknown>) => api('network', `/api/v1/security-groups/${id}/rules`, { method: 'POST', body: { security_group_rule: { direction: 'ingress', protocol: 'TCP', ...rule } } });
    expectEnvelope(await add({ port_range_min: '22', port_range_max: '22' }), 400);
    expectEnvelope(await add({ protocol: 'tcp', port_range_min: 22, port_range_max: 22 }), 400);
    expectEnvelope(await add({ port_range_min: 90, port_range_max: 80 }), 400);
    expectEnvelope(await add({ protocol: 'ICMP', port_range_min: 8, port_range_max: 8 }), 400);
  });

  it('should refuse a duplicate rule with 409 and delete a rule with 204', async () => {
    const id = (await api('network', '/api/v1/security-groups?name=sg-test')).json.security_groups[0].id;
    const body = { security_group_rule: { direction: 'ingress', protocol: 'UDP', port_range_min: 53, port_range_max: 53 } };
    const rule = await api('network', `/api/v1/security-groups/${id}/rules`, { method: 'POST', body });
    expectEnvelope(await api('network', `/api/v1/security-groups/${id}/rules`, { method: 'POST', body }), 409);
    expect((await api('network', `/api/v1/security-groups/${id}/rules/${rule.json.security_group_rule.id}`, { method: 'DELETE' })).status).toBe(204);
    expectEnvelope(await api('network', `/api/v1/security-groups/${id}/rules/${rule.json.security_group_rule.id}`, { method: 'DELETE' }), 404);
  });

  it('should refuse deleting a group in use and delete an unused one', async () => {
    const web = (await api('network', '/api/v1/security-groups?name=web')).json.security_groups[0].id;
    expectEnvelope(await api('network', `/api/v1/security-groups/${web}`, { method: 'DELETE' }), 409);
    const id = (await api('network', '/api/v1/security-groups?name=sg-test')).json.security_groups[0].id;
    expect((await api('network', `/api/v1/security-groups/${id}`, { method: 'DELETE' })).status).toBe(204);
    expectEnvelope(await api('network', `/api/v1/security-groups/${id}`), 404);
  });
});
