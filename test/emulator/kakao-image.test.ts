import { describe, expect, it } from 'vitest';
import { DEMO_KAKAO, OTHER_KAKAO } from '../../src/emulator/seed.js';
import { useEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

const emulator = useEmulator();
const api = kakaoClient(emulator);
const other = kakaoClient(emulator, OTHER_KAKAO);

describe('KakaoCloud images', () => {
  it('should tell provider images (basic) from project images (my)', async () => {
    const basic = await api('image', '/api/v1/images?image_type=basic');
    expect(basic.json.images.length).toBeGreaterThanOrEqual(3);
    expect(basic.json.images.every((i: { owner: string; visibility: string }) => i.visibility === 'public')).toBe(true);
    const mine = await api('image', '/api/v1/images?image_type=my');
    expect(mine.json.images.map((i: { name: string }) => i.name)).toEqual(['web-golden']);
    expect(mine.json.images[0]).toMatchObject({ owner: DEMO_KAKAO.projectId, visibility: 'private', is_shared: false, status: 'active' });
    expect((await other('image', '/api/v1/images?image_type=my')).json.images).toEqual([]);
  });

  it('should filter by os_type through os_info', async () => {
    const windows = await api('image', '/api/v1/images?os_type=windows');
    expect(windows.json.images.map((i: { os_info: { type: string } }) => i.os_info.type)).toEqual(['windows']);
  });

  it('should rename an own image and refuse changes to a provider image', async () => {
    const golden = (await api('image', '/api/v1/images?name=web-golden')).json.images[0];
    const renamed = await api('image', `/api/v1/images/${golden.id}`, { method: 'PUT', body: { image: { description: 'v2' } } });
    expect(renamed.json.image.description).toBe('v2');
    const ubuntu = (await api('image', '/api/v1/images?name=Ubuntu%2022.04')).json.images[0];
    expectEnvelope(await api('image', `/api/v1/images/${ubuntu.id}`, { method: 'PUT', body: { image: { name: 'mine' } } }), 403);
    expectEnvelope(await api('image', `/api/v1/images/${ubuntu.id}`, { method: 'DELETE' }), 403);
  });

  it('should share an image with another project, which then sees it as pending', async () => {
    const golden = (await api('image', '/api/v1/images?name=web-golden')).json.images[0];
    expectEnvelope(await other('image', `/api/v1/images/${golden.id}`), 404);
    const shared = await api('image', `/api/v1/images/${golden.id}/members/${OTHER_KAKAO.projectId}`, { method: 'POST' });
    expect(shared.status).toBe(200);
    expect(shared.json.member).toMatchObject({ id: OTHER_KAKAO.projectId, image_id: golden.id, status: 'pending' });
    expectEnvelope(await api('image', `/api/v1/images/${golden.id}/members/${OTHER_KAKAO.projectId}`, { method: 'POST' }), 409);
    const members = await api('image', `/api/v1/images/${golden.id}/members`);
    expect(members.json).toEqual({ members: [shared.json.member], pagination: { total: 1, offset: 0, limit: 20 } });
    const seen = await other('image', `/api/v1/images/${golden.id}`);
    expect(seen.json.image).toMatchObject({ is_shared: true, visibility: 'shared', image_member_status: 'pending' });
    expectEnvelope(await other('image', `/api/v1/images/${golden.id}`, { method: 'DELETE' }), 403);
    expect((await api('image', `/api/v1/images/${golden.id}/members/${OTHER_KAKAO.projectId}`, { method: 'DELETE' })).status).toBe(204);
    expectEnvelope(await other('image', `/api/v1/images/${golden.id}`), 404);
  });

  it('should delete an own image', async () => {
    const golden = (await api('image', '/api/v1/images?name=web-golden')).json.images[0];
    expect((await api('image', `/api/v1/images/${golden.id}`, { method: 'DELETE' })).status).toBe(204);
    expectEnvelope(await api('image', `/api/v1/images/${golden.id}`), 404);
  });
});
