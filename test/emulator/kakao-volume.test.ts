import { describe, expect, it } from 'vitest';
import { useManualEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil } = useManualEmulator();
const api = kakaoClient(emulator);

async function volumeStatus(id: string): Promise<string | undefined> {
  const reply = await api('volume', `/api/v1/volumes/${id}`);
  return reply.status === 404 ? 'gone' : reply.json.volume.status;
}

async function until(id: string, wanted: string): Promise<void> {
  await advanceUntil(async () => ((await volumeStatus(id)) === wanted ? true : undefined));
}

async function createVolume(name: string, size = 10): Promise<string> {
  const reply = await api('volume', '/api/v1/volumes', { method: 'POST', body: { volume: { name, size, availability_zone: 'kr-central-2-a' } } });
  expect(reply.status, reply.text).toBe(202);
  return reply.json.volume.id;
}

describe('KakaoCloud volumes', () => {
  it('should list seeded volumes, with in_use (underscore) for attached ones', async () => {
    const inUse = await api('volume', '/api/v1/volumes?status=in_use');
    expect(inUse.json.pagination.total).toBeGreaterThanOrEqual(5);
    expect(inUse.json.volumes.every((v: { attach_status: string }) => v.attach_status === 'attached')).toBe(true);
    const free = await api('volume', '/api/v1/volumes?status=available');
    expect(free.json.volumes.map((v: { name: string }) => v.name)).toEqual(['shared-data']);
  });

  it('should create a volume in creating and make it available', async () => {
    const reply = await api('volume', '/api/v1/volumes', { method: 'POST', body: { volume: { name: 'vol-a', size: 30, availability_zone: 'kr-central-2-b', description: 'test' } } });
    expect(reply.status).toBe(202);
    expect(reply.json.volume).toMatchObject({ name: 'vol-a', size: 30, status: 'creating', is_bootable: false, attachments: [], metadata: {}, type: 'SSD' });
    await until(reply.json.volume.id, 'available');
  });

  it('should refuse sizes outside 1..16384 and unknown zones', async () => {
    for (const size of [0, 16385]) {
      expectEnvelope(await api('volume', '/api/v1/volumes', { method: 'POST', body: { volume: { name: 'bad', size, availability_zone: 'kr-central-2-a' } } }), 400);
    }
    expectEnvelope(await api('volume', '/api/v1/volumes', { method: 'POST', body: { volume: { name: 'bad', size: 1, availability_zone: 'kr-central-9-z' } } }), 400);
  });

  it('should list volume types without pagination', async () => {
    const reply = await api('volume', '/api/v1/volumes/types');
    expect(reply.status).toBe(200);
    expect(reply.json.pagination).toBeUndefined();
    expect(reply.json.volume_types[0]).toEqual({ id: expect.any(String), name: 'SSD', description: expect.any(String) });
  });

  it('should extend only to a larger size, passing through extending', async () => {
    const id = await createVolume('grow');
    await until(id, 'available');
    expectEnvelope(await api('volume', `/api/v1/volumes/${id}/size`, { method: 'POST', body: { volume: { new_size: 10 } } }), 400);
    expect((await api('volume', `/api/v1/volumes/${id}/size`, { method: 'POST', body: { volume: { new_size: 20 } } })).status).toBe(202);
    expect(await volumeStatus(id)).toBe('extending');
    await until(id, 'available');
    expect((await api('volume', `/api/v1/volumes/${id}`)).json.volume.size).toBe(20);
  });

  it('should refuse to delete a volume while it is creating, then delete it through deleting to 404', async () => {
    const id = await createVolume('short-lived');
    expectEnvelope(await api('volume', `/api/v1/volumes/${id}`, { method: 'DELETE' }), 409);
    await until(id, 'available');
    expect((await api('volume', `/api/v1/volumes/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await volumeStatus(id)).toBe('deleting');
    await until(id, 'gone');
    expectEnvelope(await api('volume', `/api/v1/volumes/${id}`), 404);
  });

  it('should rename with PUT {"volume": {...}}', async () => {
    const id = (await api('volume', '/api/v1/volumes?name=shared-data')).json.volumes[0].id;
    const reply = await api('volume', `/api/v1/volumes/${id}`, { method: 'PUT', body: { volume: { name: 'shared-data', description: 'kept' } } });
    expect(reply.json.volume.description).toBe('kept');
  });
});

describe('KakaoCloud snapshots', () => {
  it('should snapshot a volume, restore it to a new volume, and refuse deleting the source meanwhile', async () => {
    const id = await createVolume('snap-src', 15);
    await until(id, 'available');
    const snap = await api('volume', `/api/v1/volumes/${id}/snapshots`, { method: 'POST', body: { snapshot: { name: 'snap-1', is_incremental: false } } });
    expect(snap.status).toBe(202);
    expect(snap.json.snapshot).toEqual({ id: expect.any(String), name: 'snap-1' });
    const snapId = snap.json.snapshot.id;
    await advanceUntil(async () => ((await api('volume', `/api/v1/snapshots/${snapId}`)).json.snapshot.status === 'available' ? true : undefined));
    expect((await api('volume', `/api/v1/snapshots?volume_id=${id}`)).json.snapshots).toHaveLength(1);
    expectEnvelope(await api('volume', `/api/v1/volumes/${id}`, { method: 'DELETE' }), 409);
    const restored = await api('volume', `/api/v1/snapshots/${snapId}/restore`, { method: 'POST', body: { restore: { name: 'from-snap', availability_zone: 'kr-central-2-a' } } });
    expect(restored.status).toBe(202);
    expect(restored.json.volume).toMatchObject({ name: 'from-snap', size: 15, snapshot_id: snapId, status: 'creating' });
    await until(restored.json.volume.id, 'available');
  });

  it('should chain an incremental snapshot to the previous one', async () => {
    const id = await createVolume('inc-src');
    await until(id, 'available');
    const full = (await api('volume', `/api/v1/volumes/${id}/snapshots`, { method: 'POST', body: { snapshot: { name: 'full', is_incremental: false } } })).json.snapshot.id;
    await advanceUntil(async () => ((await api('volume', `/api/v1/snapshots/${full}`)).json.snapshot.status === 'available' ? true : undefined));
    const inc = (await api('volume', `/api/v1/volumes/${id}/snapshots`, { method: 'POST', body: { snapshot: { name: 'inc', is_incremental: true } } })).json.snapshot.id;
    expect((await api('volume', `/api/v1/snapshots/${inc}`)).json.snapshot).toMatchObject({ is_incremental: true, parent_id: full, is_dependent_snapshot: true });
    await advanceUntil(async () => ((await api('volume', `/api/v1/snapshots/${inc}`)).json.snapshot.status === 'available' ? true : undefined));
    expectEnvelope(await api('volume', `/api/v1/snapshots/${full}`, { method: 'DELETE' }), 409);
  });

  it('should make an image from a volume that turns active', async () => {
    const root = (await api('volume', '/api/v1/volumes?is_root=true&sort_keys=name&sort_dirs=asc')).json.volumes[0];
    const reply = await api('volume', `/api/v1/volumes/${root.id}/image`, { method: 'POST', body: { image: { name: 'from-volume' } } });
    expect(reply.status).toBe(202);
    expect(reply.json.image).toMatchObject({ name: 'from-volume', image_type: 'my', status: 'saving' });
    await advanceUntil(async () => ((await api('image', `/api/v1/images/${reply.json.image.id}`)).json.image.status === 'active' ? true : undefined));
  });
});
