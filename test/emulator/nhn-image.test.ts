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

function images(query = '', region: NhnRegion = 'kr1', t = token): Promise<Reply> {
  return call(`${emulator().ctx.nhnServiceUrl(region, 'image')}/v2/images${query}`, { token: t });
}

const names = (reply: Reply) => reply.json.images.map((i: { name: string }) => i.name);

describe('NHN image: GET /v2/images', () => {
  it('should list the public images with schema and first, flat properties and ISO timestamps', async () => {
    const reply = await images();
    expect(reply.status).toBe(200);
    expect(reply.json.schema).toBe('/v2/schemas/images');
    expect(reply.json.first).toBe('/v2/images');
    expect(reply.json).not.toHaveProperty('next');
    expect(names(reply).sort()).toEqual([
      'Rocky Linux 9.5 (2025.03.25)',
      'Ubuntu Server 22.04 LTS (2025.04.22)',
      'Ubuntu Server 24.04 LTS (2025.04.22)',
      'Windows 2022 STD (2025.03.18) KO',
    ]);
    const ubuntu = reply.json.images.find((i: { name: string }) => i.name.startsWith('Ubuntu Server 22.04'));
    expect(ubuntu).toMatchObject({
      id: publicImageId('kr1', 'ubuntu-22.04'),
      status: 'active',
      visibility: 'public',
      protected: true,
      container_format: 'bare',
      disk_format: 'qcow2',
      min_disk: 10,
      os_type: 'linux',
      os_distro: 'ubuntu',
      login_username: 'ubuntu',
      tags: ['_AVAILABLE_'],
      self: `/v2/images/${ubuntu.id}`,
      file: `/v2/images/${ubuntu.id}/file`,
      schema: '/v2/schemas/image',
    });
    expect(ubuntu).not.toHaveProperty('properties');
    expect(ubuntu.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const created = reply.json.images.map((i: { created_at: string }) => i.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('should page with limit and a relative next link that repeats the query', async () => {
    const all = (await images()).json.images.map((i: { id: string }) => i.id);
    const first = (await images('?limit=3&visibility=public')).json;
    expect(first.images.map((i: { id: string }) => i.id)).toEqual(all.slice(0, 3));
    expect(first.first).toBe('/v2/images?limit=3&visibility=public');
    expect(first.next).toBe(`/v2/images?limit=3&visibility=public&marker=${all[2]}`);
    const second = (await images(first.next.slice('/v2/images'.length))).json;
    expect(second.images.map((i: { id: string }) => i.id)).toEqual(all.slice(3));
    expect(second).not.toHaveProperty('next');
  });

  it('should filter by name, status, visibility, property and id=in:', async () => {
    expect(names(await images('?name=Rocky%20Linux%209.5%20(2025.03.25)'))).toEqual(['Rocky Linux 9.5 (2025.03.25)']);
    expect(names(await images('?os_type=windows'))).toEqual(['Windows 2022 STD (2025.03.18) KO']);
    expect(names(await images('?nhncloud_allow_nks_cpu_flavor=true&visibility=public')).sort()).toEqual([
      'Ubuntu Server 22.04 LTS (2025.04.22)',
      'Ubuntu Server 24.04 LTS (2025.04.22)',
    ]);
    expect(names(await images('?status=queued'))).toEqual([]);
    expect(names(await images('?visibility=private'))).toEqual([]);
    const ids = [publicImageId('kr1', 'rocky-9'), publicImageId('kr1', 'windows-2022')];
    expect((await images(`?id=in:${ids.join(',')}`)).json.images.map((i: { id: string }) => i.id).sort()).toEqual([...ids].sort());
    expect(names(await images('?sort_key=name&sort_dir=asc'))[0]).toBe('Rocky Linux 9.5 (2025.03.25)');
  });

  it.each([
    ['an unknown visibility', '?visibility=everyone'],
    ['a limit that is not a number', '?limit=many'],
    ['an unknown marker', '?marker=00000000-0000-0000-0000-000000000000'],
    ['an unknown sort direction', '?sort_dir=sideways'],
  ])('should refuse %s with a 400 text body', async (_case, query) => {
    const reply = await call(`${emulator().ctx.nhnServiceUrl('kr1', 'image')}/v2/images${query}`, { token, headers: { accept: 'text/plain' } });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toContain('text/plain');
    expect(reply.text).toMatch(/^400 Bad Request\n\n/);
  });

  it('should render an error as webob does for the Accept header: HTML for */*, JSON for JSON only', async () => {
    const url = `${emulator().ctx.nhnServiceUrl('kr1', 'image')}/v2/images?sort_dir=sideways`;
    const html = await call(url, { token, headers: { accept: '*/*' } });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toContain('<h1>400 Bad Request</h1>\n  Invalid sort direction: sideways<br />');
    const json = await call(url, { token, headers: { accept: 'application/json' } });
    expect(json.json).toEqual({ message: 'Invalid sort direction: sideways<br /><br />\n\n\n', code: '400 Bad Request', title: 'Bad Request' });
  });

  it('should answer 401 in text, not JSON, without a valid token', async () => {
    for (const t of [undefined, 'f'.repeat(32)]) {
      const reply = await call(`${emulator().ctx.nhnServiceUrl('kr1', 'image')}/v2/images`, { token: t });
      expect(reply.status).toBe(401);
      expect(reply.headers.get('content-type')).toContain('text/plain');
      expect(reply.json).toBeUndefined();
      expect(reply.text).toContain('401 Unauthorized');
    }
  });

  it('should not serve images under a tenant path', async () => {
    const reply = await call(`${emulator().ctx.nhnServiceUrl('kr1', 'image')}/v2/${DEMO_NHN.tenantId}/images`, { token });
    expect(reply.status).toBe(404);
  });
});

describe('NHN image: GET /v2/images/{id}', () => {
  it('should show one image unwrapped', async () => {
    const id = publicImageId('kr2', 'windows-2022');
    const reply = await images(`/${id}`, 'kr2');
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id, name: 'Windows 2022 STD (2025.03.18) KO', os_type: 'windows', min_disk: 50, min_ram: 2048 });
    expect(reply.json).not.toHaveProperty('image');
  });

  it('should answer 404 in text for an unknown image and for another region’s image', async () => {
    const unknown = await images('/00000000-0000-0000-0000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('No image found with ID 00000000-0000-0000-0000-000000000000');
    expect((await images(`/${publicImageId('kr1', 'rocky-9')}`, 'kr2')).status).toBe(404);
  });

  it("should show a tenant's private image to that tenant only, in its region only", async () => {
    const compute = `${emulator().ctx.nhnServiceUrl('kr1', 'compute')}/v2/${DEMO_NHN.tenantId}`;
    const agent = (await call(`${compute}/servers?flavor=${flavorNamed('kr1', 'u2.c2m4').id}`, { token })).json.servers[0];
    const snapshot = await call(`${compute}/servers/${agent.id}/action`, { method: 'POST', token, body: { createImage: { name: 'agent-snapshot' } } });
    expect(snapshot.status).toBe(202);
    const id = snapshot.headers.get('location')!.split('/').at(-1)!;

    const mine = await advanceUntil(async () => {
      const list = (await images('?visibility=private')).json.images;
      return list.find((i: { id: string; status: string }) => i.id === id && i.status === 'active');
    });
    expect(mine).toMatchObject({ name: 'agent-snapshot', owner: DEMO_NHN.tenantId, image_type: 'snapshot', os_distro: 'ubuntu' });
    expect(names(await images()).length).toBe(5);
    expect((await images(`/${id}`, 'kr1', otherToken)).status).toBe(404);
    expect(names(await images('', 'kr1', otherToken))).not.toContain('agent-snapshot');
    expect((await images(`/${id}`, 'kr2')).status).toBe(404);
  });
});
