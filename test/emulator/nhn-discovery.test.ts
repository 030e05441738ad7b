import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken, useManualEmulator } from './helpers.js';

// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil } = useManualEmulator();
let token: string;
let otherToken: string;
beforeAll(async () => {
  token = await nhnToken(emulator());
  otherToken = await nhnToken(emulator(), OTHER_NHN);
});

const service = (name: string) => emulator().ctx.nhnServiceUrl('kr1', name);
const selfLinks = (entries: { links: { rel: string; href: string }[] }[]) => entries.map((e) => e.links.find((l) => l.rel === 'self')!.href);

describe('NHN version discovery (openstack-discovery §1.3, §2.3)', () => {
  it('should list Keystone v2.0 at the identity root (300) and show it at /v2.0 without a token', async () => {
    const root = await call(emulator().ctx.nhnIdentityUrl.replace(/v2\.0$/, ''));
    expect(root.status).toBe(300);
    expect(root.json.versions.values.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([['v2.0', 'stable']]);
    const v2 = await call(emulator().ctx.nhnIdentityUrl);
    expect(v2.status).toBe(200);
    expect(selfLinks([v2.json.version])).toEqual([`${emulator().ctx.nhnIdentityUrl}/`]);
  });

  it('should describe Nova as legacy v2 without microversions, at / and at the tenant URL', async () => {
    const root = await call(`${service('compute')}/`);
    expect(root.json.versions).toEqual([expect.objectContaining({ id: 'v2.0', version: '', min_version: '' })]);
    const tenant = await call(`${service('compute')}/v2/${DEMO_NHN.tenantId}`, { token });
    expect(tenant.json.version).toMatchObject({ id: 'v2.0', version: '', links: [{ rel: 'self', href: `${service('compute')}/v2/` }] });
    expect((await call(`${service('compute')}/v2/${DEMO_NHN.tenantId}`)).status).toBe(401);
  });

  it('should ignore a microversion header on the legacy API and echo none, as Nova’s v2 wrapper does', async () => {
    const reply = await call(`${service('compute')}/v2/${DEMO_NHN.tenantId}/flavors`, { token, headers: { 'x-openstack-nova-api-version': '2.60' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-openstack-nova-api-version')).toBeNull();
    expect(reply.headers.get('openstack-api-version')).toBeNull();
  });

  it('should answer Glance 300 at / and 200 at /versions, every entry pointing at /v2/', async () => {
    const [root, versions] = await Promise.all([call(`${service('image')}/`), call(`${service('image')}/versions`)]);
    expect([root.status, versions.status]).toEqual([300, 200]);
    expect(versions.json.versions[0]).toMatchObject({ id: 'v2.9', status: 'CURRENT' });
    expect(new Set(selfLinks(versions.json.versions))).toEqual(new Set([`${service('image')}/v2/`]));
  });

  it('should list Cinder v2 (300) and Neutron v2.0 and Magnum v1 (200) at their roots', async () => {
    const [cinder, neutron, magnum] = await Promise.all([call(`${service('volume')}/`), call(`${service('network')}/`), call(`${service('kubernetes')}/`)]);
    expect(cinder.status).toBe(300);
    expect(selfLinks(cinder.json.versions)).toEqual([`${service('volume')}/v2/`]);
    expect(selfLinks(neutron.json.versions)).toEqual([`${service('network')}/v2.0`]);
    expect(magnum.json.versions[0]).toMatchObject({ id: 'v1', min_version: '1.1', max_version: '1.14' });
  });
});

describe('NHN errors in each service’s own body, with request ids', () => {
  it.each([
    ['compute', () => `${service('compute')}/v2/${DEMO_NHN.tenantId}/no-such-thing`, (body: any) => expect(body.itemNotFound.code).toBe(404)],
    ['volume', () => `${service('volume')}/v2/${DEMO_NHN.tenantId}/no-such-thing`, (body: any) => expect(body.itemNotFound.code).toBe(404)],
    ['network', () => `${service('network')}/v2.0/no-such-thing`, (body: any) => expect(body.NeutronError.type).toBe('HTTPNotFound')],
    ['kubernetes', () => `${service('kubernetes')}/v1/no-such-thing`, (body: any) => expect(body.errors[0]).toMatchObject({ status: 404, code: 'client' })],
    ['identity', () => `${emulator().ctx.nhnIdentityUrl}/no-such-thing`, (body: any) => expect(body.error).toMatchObject({ code: 404, title: 'Not Found' })],
  ])('should answer an unknown %s route in its own JSON shape', async (name, url, check) => {
    const reply = await call(url(), { token });
    expect(reply.status).toBe(404);
    check(reply.json);
    if (name !== 'identity') expect(reply.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
    const computeStyle = name === 'compute' || name === 'volume';
    expect(reply.headers.get('x-compute-request-id') !== null).toBe(computeStyle);
  });

  it('should answer an unknown Glance route in text, and a wrong method as Nova’s badMethod', async () => {
    const glance = await call(`${service('image')}/v2/nothing-here`, { token, headers: { accept: 'text/plain' } });
    expect(glance.status).toBe(404);
    expect(glance.text).toMatch(/^404 Not Found\n\n/);
    const nova = await call(`${service('compute')}/v2/${DEMO_NHN.tenantId}/flavors`, { method: 'DELETE', token });
    expect(nova.status).toBe(405);
    expect(nova.json.badMethod.code).toBe(405);
  });

  it('should refuse the availability zone detail to a non-admin token with Nova’s policy 403', async () => {
    const reply = await call(`${service('compute')}/v2/${DEMO_NHN.tenantId}/os-availability-zone/detail`, { token });
    expect(reply.status).toBe(403);
    expect(reply.json.forbidden.message).toBe("Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed.");
  });

  it('should list Neutron extensions without "Availability Zone", and project_id beside tenant_id', async () => {
    const extensions = await call(`${service('network')}/v2.0/extensions`, { token });
    const names = extensions.json.extensions.map((e: { name: string }) => e.name);
    expect(names).toContain('security-group');
    expect(names).not.toContain('Availability Zone');
    expect((await call(`${service('network')}/v2.0/extensions/Availability%20Zone`, { token })).status).toBe(404);
    const groups = await call(`${service('network')}/v2.0/security-groups`, { token });
    for (const g of groups.json.security_groups) expect(g.project_id).toBe(g.tenant_id);
  });
});

describe('NHN image write API (nhn-image.md §3.3–3.8)', () => {
  const images = () => `${service('image')}/v2/images`;
  const patch = (id: string, ops: unknown, t = token, type = 'application/openstack-images-v2.1-json-patch') =>
    call(`${images()}/${id}`, { method: 'PATCH', token: t, body: JSON.stringify(ops), headers: { 'content-type': type } });

  async function created(body: Record<string, unknown> = {}): Promise<string> {
    const reply = await call(images(), { method: 'POST', token, body: { name: 'made', os_type: 'linux', disk_format: 'qcow2', container_format: 'bare', ...body } });
    expect(reply.status).toBe(201);
    return reply.json.id;
  }

  it('should create a queued image, take its data to active with size and checksum, and delete it', async () => {
    const id = await created({ tags: ['a'], release: '1.0' });
    const queued = await call(`${images()}/${id}`, { token });
    expect(queued.json).toMatchObject({ status: 'queued', size: null, checksum: null, tags: ['a'], release: '1.0', owner: DEMO_NHN.tenantId });
    const data = Buffer.from('image bytes');
    const upload = await fetch(`${images()}/${id}/file`, { method: 'PUT', headers: { 'x-auth-token': token, 'content-type': 'application/octet-stream' }, body: data });
    expect(upload.status).toBe(204);
    const active = await advanceUntil(async () => {
      const body = (await call(`${images()}/${id}`, { token })).json;
      return body.status === 'active' ? body : undefined;
    });
    expect(active).toMatchObject({ size: data.length, checksum: createHash('md5').update(data).digest('hex') });
    const again = await fetch(`${images()}/${id}/file`, { method: 'PUT', headers: { 'x-auth-token': token, 'content-type': 'application/octet-stream' }, body: data });
    expect(again.status).toBe(409);
    expect((await call(`${images()}/${id}`, { method: 'DELETE', token })).status).toBe(204);
    expect((await call(`${images()}/${id}`, { token })).status).toBe(404);
  });

  it('should refuse a create without os_type, a public image and a read-only attribute, storing nothing', async () => {
    const before = (await call(`${images()}?limit=1000`, { token })).json.images.length;
    const refusals = await Promise.all([
      call(images(), { method: 'POST', token, body: { name: 'x' } }),
      call(images(), { method: 'POST', token, body: { name: 'x', os_type: 'linux', visibility: 'public' } }),
      call(images(), { method: 'POST', token, body: { name: 'x', os_type: 'linux', status: 'active' } }),
    ]);
    expect(refusals.map((r) => r.status)).toEqual([400, 403, 403]);
    expect((await call(`${images()}?limit=1000`, { token })).json.images.length).toBe(before);
  });

  it('should patch only with the json-patch media type, and refuse changes to a protected image', async () => {
    const id = await created();
    expect((await patch(id, [{ op: 'replace', path: '/name', value: 'renamed' }], token, 'application/json')).status).toBe(415);
    const renamed = await patch(id, [{ op: 'replace', path: '/name', value: 'renamed' }, { op: 'add', path: '/nhncloud_allow_download', value: 'true' }]);
    expect(renamed.json).toMatchObject({ name: 'renamed', nhncloud_allow_download: 'true' });
    expect((await patch(id, [{ op: 'remove', path: '/no_such_property' }])).status).toBe(409);
    await patch(id, [{ op: 'replace', path: '/protected', value: true }]);
    expect((await patch(id, [{ op: 'replace', path: '/name', value: 'again' }])).status).toBe(403);
    expect((await call(`${images()}/${id}`, { method: 'DELETE', token })).status).toBe(403);
    expect((await call(`${images()}/${id}`, { token })).json.name).toBe('renamed');
  });

  it('should add and remove tags, refusing the reserved _ prefix', async () => {
    const id = await created();
    expect((await call(`${images()}/${id}/tags/blue`, { method: 'PUT', token })).status).toBe(204);
    expect((await call(`${images()}/${id}/tags/_AVAILABLE_`, { method: 'PUT', token })).status).toBe(400);
    expect((await call(`${images()}/${id}`, { token })).json.tags).toEqual(['blue']);
    expect((await call(`${images()}/${id}/tags/blue`, { method: 'DELETE', token })).status).toBe(204);
    expect((await call(`${images()}/${id}/tags/blue`, { method: 'DELETE', token })).status).toBe(404);
  });

  it('should share an image with another tenant, who sees it once it accepts', async () => {
    const id = await created({ visibility: 'shared' });
    const listedByOther = async () => (await call(images(), { token: otherToken })).json.images.map((i: { id: string }) => i.id);
    const added = await call(`${images()}/${id}/members`, { method: 'POST', token, body: { member: OTHER_NHN.tenantId } });
    expect(added.json).toMatchObject({ image_id: id, member_id: OTHER_NHN.tenantId, status: 'pending' });
    expect(await listedByOther()).not.toContain(id);
    expect((await call(`${images()}/${id}/members/${OTHER_NHN.tenantId}`, { method: 'PUT', token, body: { status: 'accepted' } })).status).toBe(403);
    const accepted = await call(`${images()}/${id}/members/${OTHER_NHN.tenantId}`, { method: 'PUT', token: otherToken, body: { status: 'accepted' } });
    expect(accepted.json.status).toBe('accepted');
    expect(await listedByOther()).toContain(id);
    expect((await call(`${images()}/${id}`, { method: 'DELETE', token: otherToken })).status).toBe(403);
    expect((await call(`${images()}/${id}/members/${OTHER_NHN.tenantId}`, { method: 'DELETE', token })).status).toBe(204);
    expect((await call(`${images()}/${id}`, { token: otherToken })).status).toBe(404);
  });
});
