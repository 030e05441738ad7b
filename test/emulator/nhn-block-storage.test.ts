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

const CINDER_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

function url(path: string, region: NhnRegion = 'kr1', tenantId: string = DEMO_NHN.tenantId): string {
  return `${emulator().ctx.nhnServiceUrl(region, 'volume')}/v2/${tenantId}${path}`;
}

function get(path: string, region: NhnRegion = 'kr1'): Promise<Reply> {
  return call(url(path, region), { token });
}

function send(method: string, path: string, body?: unknown, region: NhnRegion = 'kr1'): Promise<Reply> {
  return call(url(path, region), { method, token, body });
}

function expectFault(reply: Reply, status: number, name: string): void {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.json[name]).toMatchObject({ code: status, message: expect.any(String) });
}

/** Creates a volume and waits until it is `available`. */
async function availableVolume(body: Record<string, unknown>, region: NhnRegion = 'kr1'): Promise<any> {
  const created = await send('POST', '/volumes', { volume: body }, region);
  expect(created.status, created.text).toBe(202);
  return waitForStatus(`/volumes/${created.json.volume.id}`, 'volume', 'available', region);
}

async function waitForStatus(path: string, key: string, status: string, region: NhnRegion = 'kr1'): Promise<any> {
  return advanceUntil(async () => {
    const reply = await get(path, region);
    return reply.json?.[key]?.status === status ? reply.json[key] : undefined;
  });
}

async function waitForGone(path: string, region: NhnRegion = 'kr1'): Promise<void> {
  await advanceUntil(async () => ((await get(path, region)).status === 404 ? true : undefined));
}

describe('access', () => {
  it('should refuse a call without a token with 401', async () => {
    const reply = await call(url('/volumes'));
    expect(reply.status).toBe(401);
    expect(reply.json.error.code).toBe(401);
  });

  it("should answer 404 when the path names another tenant's project", async () => {
    expectFault(await call(url('/volumes', 'kr1', OTHER_NHN.tenantId), { token }), 404, 'itemNotFound');
  });

  it("should show each tenant only its own volumes", async () => {
    const mine = (await get('/volumes')).json.volumes.map((v: any) => v.id);
    const theirs = await call(url('/volumes', 'kr1', OTHER_NHN.tenantId), { token: otherToken });
    expect(theirs.json.volumes.map((v: any) => v.name)).toContain('other-data');
    expect(mine.filter((id: string) => theirs.json.volumes.some((v: any) => v.id === id))).toEqual([]);
  });
});

describe('volume types', () => {
  it('should list the four NHN types with their backends', async () => {
    const { volume_types } = (await get('/types')).json;
    expect(volume_types.map((t: any) => t.name)).toEqual(['General HDD', 'General SSD', 'Encrypted HDD', 'Encrypted SSD']);
    expect(volume_types[0]).toMatchObject({ 'os-volume-type-access:is_public': true, extra_specs: { volume_backend_name: 'hdd_general' } });
    expect((await get(`/types/${volume_types[1].id}`)).json.volume_type.name).toBe('General SSD');
  });
});

describe('volumes', () => {
  it('should list summaries (id, name, links) and full objects under /detail', async () => {
    const summary = (await get('/volumes')).json.volumes;
    expect(Object.keys(summary[0]).sort()).toEqual(['id', 'links', 'name']);
    expect(summary[0].links.map((l: any) => l.rel)).toEqual(['self', 'bookmark']);
    const detail = (await get('/volumes/detail?name=shared-data')).json.volumes;
    expect(detail[0]).toMatchObject({ size: 100, status: 'available', volume_type: 'General SSD', bootable: 'false', encrypted: false, attachments: [] });
    expect(detail[0]['os-vol-tenant-attr:tenant_id']).toBe(DEMO_NHN.tenantId);
    expect(detail[0].created_at).toMatch(CINDER_TIME);
  });

  it('should create with 202 in creating, then become available with the default type in a zone of the region', async () => {
    const reply = await send('POST', '/volumes', { volume: { size: 10, name: 'fresh', source_volid: null, metadata: { team: 'a' } } }, 'kr2');
    expect(reply.status).toBe(202);
    expect(reply.json.volume).toMatchObject({ status: 'creating', size: 10, volume_type: 'General HDD', metadata: { team: 'a' } });
    expect(['kr2-pub-a', 'kr2-pub-b']).toContain(reply.json.volume.availability_zone);
    await waitForStatus(`/volumes/${reply.json.volume.id}`, 'volume', 'available', 'kr2');
    const found = (await get('/volumes/detail?metadata=%7B%22team%22%3A%22a%22%7D', 'kr2')).json.volumes;
    expect(found.map((v: any) => v.id)).toEqual([reply.json.volume.id]);
  });

  it('should refuse bad sizes, unknown types and zones, and encrypted types without a key', async () => {
    expectFault(await send('POST', '/volumes', { volume: { size: 0 } }), 400, 'badRequest');
    expectFault(await send('POST', '/volumes', { volume: { size: 10, volume_type: 'Gold' } }), 404, 'itemNotFound');
    expectFault(await send('POST', '/volumes', { volume: { size: 10, availability_zone: 'kr2-pub-a' } }), 400, 'badRequest');
    expectFault(await send('POST', '/volumes', { volume: { size: 10, volume_type: 'Encrypted SSD' } }), 400, 'badRequest');
    expectFault(await send('POST', '/volumes', { size: 10 }), 400, 'badRequest');
  });

  it('should create an encrypted volume with its Secure Key Manager key', async () => {
    const volume = await availableVolume({ size: 10, volume_type: 'Encrypted SSD', nhn_encryption: { skm_appkey: 'app', skm_key_id: 'key-1' } }, 'kr3');
    expect(volume).toMatchObject({ encrypted: true, nhn_encryption: { skm_key_id: 'key-1', skm_key_version: 1 } });
  });

  it('should rename a volume with PUT', async () => {
    const volume = await availableVolume({ size: 1 }, 'kr3');
    const reply = await send('PUT', `/volumes/${volume.id}`, { volume: { name: 'renamed', description: 'why' } }, 'kr3');
    expect(reply.status).toBe(200);
    expect(reply.json.volume).toMatchObject({ name: 'renamed', description: 'why' });
  });

  it('should delete with 202 through deleting, then answer 404', async () => {
    const volume = await availableVolume({ size: 1 }, 'kr3');
    const reply = await send('DELETE', `/volumes/${volume.id}`, undefined, 'kr3');
    expect(reply.status).toBe(202);
    expect(reply.text).toBe('');
    expect((await get(`/volumes/${volume.id}`, 'kr3')).json.volume.status).toBe('deleting');
    await waitForGone(`/volumes/${volume.id}`, 'kr3');
    expectFault(await get(`/volumes/${volume.id}`, 'kr3'), 404, 'itemNotFound');
  });

  it('should page with limit and marker, sort by name, and link to the next page', async () => {
    const first = (await get('/volumes?limit=2&sort=name:asc&status=available', 'jp1')).json;
    expect(first.volumes.map((v: any) => v.name)).toEqual(['backup-2025-06', 'logs-archive']);
    const next = (await call(first.volumes_links[0].href, { token })).json;
    expect(next.volumes.map((v: any) => v.name)).toEqual(['shared-data']);
    expect(next).not.toHaveProperty('volumes_links');
  });

  it('should answer overLimit when the gigabytes quota would be exceeded', async () => {
    expectFault(await send('POST', '/volumes', { volume: { size: 20000 } }), 413, 'overLimit');
  });
});

describe('volume actions', () => {
  it('should extend an available volume through extending', async () => {
    const volume = await availableVolume({ size: 10 }, 'us1');
    const reply = await send('POST', `/volumes/${volume.id}/action`, { 'os-extend': { new_size: 20 } }, 'us1');
    expect(reply.status).toBe(202);
    expect((await get(`/volumes/${volume.id}`, 'us1')).json.volume.status).toBe('extending');
    const extended = await waitForStatus(`/volumes/${volume.id}`, 'volume', 'available', 'us1');
    expect(extended.size).toBe(20);
    expectFault(await send('POST', `/volumes/${volume.id}/action`, { 'os-extend': { new_size: 5 } }, 'us1'), 400, 'badRequest');
    expectFault(await send('POST', `/volumes/${volume.id}/action`, { 'os-frobnicate': {} }, 'us1'), 400, 'badRequest');
  });

  it('should upload a volume to an image that the image service then lists', async () => {
    const volume = await availableVolume({ size: 10 }, 'us1');
    const reply = await send('POST', `/volumes/${volume.id}/action`, { 'os-volume_upload_image': { image_name: 'from-volume', disk_format: 'qcow2' } }, 'us1');
    expect(reply.status).toBe(202);
    const upload = reply.json['os-volume_upload_image'];
    expect(upload).toMatchObject({ id: volume.id, status: 'uploading', image_name: 'from-volume', disk_format: 'qcow2', container_format: 'bare', size: 10 });
    expect(upload.volume_type.name).toBe('General HDD');
    await waitForStatus(`/volumes/${volume.id}`, 'volume', 'available', 'us1');
    const image = await call(`${emulator().ctx.nhnServiceUrl('us1', 'image')}/v2/images/${upload.image_id}`, { token });
    expect(image.status).toBe(200);
    expect(image.json).toMatchObject({ name: 'from-volume', status: 'active', visibility: 'private' });
  });
});

describe('snapshots', () => {
  it('should create a snapshot 202 creating → available with a progress string, and restore a volume from it', async () => {
    const volume = await availableVolume({ size: 15, volume_type: 'General SSD' }, 'kr2');
    const reply = await send('POST', '/snapshots', { snapshot: { volume_id: volume.id, name: 'snap' } }, 'kr2');
    expect(reply.status).toBe(202);
    expect(reply.json.snapshot).toMatchObject({ status: 'creating', size: 15, volume_id: volume.id, 'os-extended-snapshot-attributes:progress': '0%' });
    const snapshot = await waitForStatus(`/snapshots/${reply.json.snapshot.id}`, 'snapshot', 'available', 'kr2');
    expect(snapshot['os-extended-snapshot-attributes:progress']).toBe('100%');
    expect(snapshot.created_at).toMatch(CINDER_TIME);
    const summary = (await get(`/snapshots?volume_id=${volume.id}`, 'kr2')).json.snapshots[0];
    expect(summary).not.toHaveProperty('os-extended-snapshot-attributes:progress');

    const restored = await availableVolume({ snapshot_id: snapshot.id }, 'kr2');
    expect(restored).toMatchObject({ size: 15, volume_type: 'General SSD', snapshot_id: snapshot.id, availability_zone: volume.availability_zone });
    expectFault(await send('POST', '/volumes', { volume: { snapshot_id: snapshot.id, size: 5 } }, 'kr2'), 400, 'badRequest');
  });

  it('should refuse to delete a volume that has snapshots, then allow it once they are gone', async () => {
    const { snapshots } = (await get('/snapshots/detail')).json;
    const seeded = snapshots.find((s: any) => s.name === 'backup-2025-06-snap');
    expectFault(await send('DELETE', `/volumes/${seeded.volume_id}`), 400, 'badRequest');
    expect((await send('DELETE', `/snapshots/${seeded.id}`)).status).toBe(202);
    await waitForGone(`/snapshots/${seeded.id}`);
    expectFault(await get(`/snapshots/${seeded.id}`), 404, 'itemNotFound');
    expect((await send('DELETE', `/volumes/${seeded.volume_id}`)).status).toBe(202);
  });

  it('should snapshot an attached volume only with force', async () => {
    const attached = (await get('/volumes/detail?status=in-use', 'jp1')).json.volumes[0];
    expectFault(await send('POST', '/snapshots', { snapshot: { volume_id: attached.id } }, 'jp1'), 400, 'badRequest');
    expect((await send('POST', '/snapshots', { snapshot: { volume_id: attached.id, force: true } }, 'jp1')).status).toBe(202);
    expectFault(await send('POST', '/snapshots', { snapshot: { volume_id: 'missing' } }, 'jp1'), 404, 'itemNotFound');
  });
});

describe('volumes of servers', () => {
  const compute = (path: string, region: NhnRegion = 'kr1') => `${emulator().ctx.nhnServiceUrl(region, 'compute')}/v2/${DEMO_NHN.tenantId}${path}`;

  async function serverId(name: string, region: NhnRegion = 'kr1'): Promise<string> {
    return (await call(compute(`/servers?name=^${name}$`, region), { token })).json.servers[0].id;
  }

  it("should hold seeded servers' root volumes as bootable, in-use and undeletable", async () => {
    const id = await serverId('db-master');
    const { volumes } = (await get('/volumes/detail?status=in-use')).json;
    const mine = volumes.filter((v: any) => v.attachments.some((a: any) => a.server_id === id));
    expect(mine.map((v: any) => v.attachments[0].device).sort()).toEqual(['/dev/vda', '/dev/vdb']);
    const root = mine.find((v: any) => v.attachments[0].device === '/dev/vda');
    expect(root).toMatchObject({ bootable: 'true', volume_image_metadata: { image_id: expect.any(String) } });
    expectFault(await send('DELETE', `/volumes/${root.id}`), 400, 'badRequest');
  });

  it('should move a volume attaching → in-use on compute attach and detaching → available on detach', async () => {
    const volume = await availableVolume({ size: 5, name: 'attach-me' });
    const id = await serverId('api-01');
    const attach = await call(compute(`/servers/${id}/os-volume_attachments`), { method: 'POST', token, body: { volumeAttachment: { volumeId: volume.id } } });
    expect(attach.status).toBe(200);
    expect((await get(`/volumes/${volume.id}`)).json.volume.status).toBe('attaching');
    const inUse = await waitForStatus(`/volumes/${volume.id}`, 'volume', 'in-use');
    expect(inUse.attachments).toEqual([expect.objectContaining({ server_id: id, volume_id: volume.id, device: attach.json.volumeAttachment.device })]);
    expectFault(await send('DELETE', `/volumes/${volume.id}`), 400, 'badRequest');

    const detach = await call(compute(`/servers/${id}/os-volume_attachments/${volume.id}`), { method: 'DELETE', token });
    expect(detach.status).toBe(202);
    expect((await get(`/volumes/${volume.id}`)).json.volume.status).toBe('detaching');
    const free = await waitForStatus(`/volumes/${volume.id}`, 'volume', 'available');
    expect(free.attachments).toEqual([]);
  });

  it('should refuse to attach an unknown or busy volume through compute', async () => {
    const id = await serverId('api-01');
    const path = compute(`/servers/${id}/os-volume_attachments`);
    const unknown = await call(path, { method: 'POST', token, body: { volumeAttachment: { volumeId: '00000000-0000-4000-8000-000000000000' } } });
    expect(unknown.status).toBe(404);
    const busy = (await get('/volumes/detail?status=in-use')).json.volumes.find((v: any) => v.attachments[0].server_id !== id);
    const refused = await call(path, { method: 'POST', token, body: { volumeAttachment: { volumeId: busy.id } } });
    expect(refused.status).toBe(400);
    expect(refused.json.badRequest.message).toContain('in-use');
  });

  it('should create a boot volume from the image for a new server and delete it with the server', async () => {
    const subnet = (await call(`${emulator().ctx.nhnServiceUrl('kr2', 'network')}/v2.0/vpcsubnets?name=Default%20Network`, { token })).json.vpcsubnets[0].id;
    const imageRef = publicImageId('kr2', 'ubuntu-24.04');
    const body = {
      server: {
        name: 'boots-from-volume',
        imageRef,
        flavorRef: flavorNamed('kr2', 'm2.c1m2').id,
        key_name: 'demo-key',
        networks: [{ subnet }],
        block_device_mapping_v2: [{ source_type: 'image', uuid: imageRef, boot_index: 0, volume_size: 30, destination_type: 'volume', delete_on_termination: true }],
      },
    };
    const created = await call(compute('/servers', 'kr2'), { method: 'POST', token, body });
    expect(created.status).toBe(202);
    const server = (await call(compute(`/servers/${created.json.server.id}`, 'kr2'), { token })).json.server;
    const [{ id: volumeId }] = server['os-extended-volumes:volumes_attached'];
    const downloading = (await get(`/volumes/${volumeId}`, 'kr2')).json.volume;
    expect(downloading).toMatchObject({ size: 30, bootable: 'true', volume_image_metadata: { image_id: imageRef } });
    expect(downloading.attachments[0]).toMatchObject({ server_id: server.id, device: '/dev/vda' });
    await waitForStatus(`/volumes/${volumeId}`, 'volume', 'in-use', 'kr2');

    expect((await call(compute(`/servers/${server.id}`, 'kr2'), { method: 'DELETE', token })).status).toBe(204);
    await waitForGone(`/volumes/${volumeId}`, 'kr2');
  });
});
