import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_KAKAO, OTHER_KAKAO } from '../../src/emulator/seed.js';
import { call, kakaoToken, useEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

const emulator = useEmulator();
const api = kakaoClient(emulator);
const account = `/v1/${DEMO_KAKAO.projectId}`;

describe('KakaoCloud Object Storage (Swift)', () => {
  it('should list buckets with the project id as the account, without AUTH_', async () => {
    const reply = await api('objectstorage', `${account}?format=json`);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual([
      expect.objectContaining({ name: 'hanul-assets', count: 3 }),
      expect.objectContaining({ name: 'hanul-logs', count: 0, bytes: 0 }),
    ]);
    expect(reply.headers.get('x-account-container-count')).toBe('2');
    expect((await api('objectstorage', `/v1/AUTH_${DEMO_KAKAO.projectId}?format=json`)).status).toBe(403);
  });

  it("should refuse another project's account with 403 and a missing token with 401", async () => {
    const theirs = await api('objectstorage', `/v1/${OTHER_KAKAO.projectId}`);
    expect(theirs.status).toBe(403);
    expect(theirs.headers.get('content-type')).toContain('text/html');
    expect((await api('objectstorage', account, { token: '' })).status).toBe(401);
  });

  it('should list objects with a delimiter, folders included', async () => {
    const reply = await api('objectstorage', `${account}/hanul-assets?format=json&delimiter=/`);
    expect(reply.json).toEqual([expect.objectContaining({ name: 'readme.txt' }), { subdir: 'site/' }]);
    const plain = await api('objectstorage', `${account}/hanul-assets?prefix=site/`);
    expect(plain.text).toBe('site/\nsite/index.html\n');
  });

  it('should create a bucket (201, then 202), store and read an object, and refuse deleting a non-empty bucket', async () => {
    expect((await api('objectstorage', `${account}/uploads`, { method: 'PUT' })).status).toBe(201);
    expect((await api('objectstorage', `${account}/uploads`, { method: 'PUT' })).status).toBe(202);
    const put = await api('objectstorage', `${account}/uploads/a/b.txt`, { method: 'PUT', body: 'hello kakao', headers: { 'content-type': 'text/plain', 'x-object-meta-owner': 'hanul' } });
    expect(put.status).toBe(201);
    expect(put.headers.get('etag')).toBe(createHash('md5').update('hello kakao').digest('hex'));
    const got = await api('objectstorage', `${account}/uploads/a/b.txt`);
    expect(got.text).toBe('hello kakao');
    expect(got.headers.get('x-object-meta-owner')).toBe('hanul');
    const head = await api('objectstorage', `${account}/uploads`, { method: 'HEAD' });
    expect(head.status).toBe(204);
    expect(head.headers.get('x-container-object-count')).toBe('1');
    expect((await api('objectstorage', `${account}/uploads`, { method: 'DELETE' })).status).toBe(409);
    expect((await api('objectstorage', `${account}/uploads/a/b.txt`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('objectstorage', `${account}/uploads/a/b.txt`)).status).toBe(404);
    expect((await api('objectstorage', `${account}/uploads`, { method: 'DELETE' })).status).toBe(204);
  });

  it('should store a folder marker with Content-Type application/directory', async () => {
    const reply = await api('objectstorage', `${account}/hanul-logs/2026/`, { method: 'PUT', body: '', headers: { 'content-type': 'application/directory' } });
    expect(reply.status).toBe(201);
    const listing = await api('objectstorage', `${account}/hanul-logs?format=json`);
    expect(listing.json).toEqual([expect.objectContaining({ name: '2026/', content_type: 'application/directory', bytes: 0 })]);
  });
});

describe('KakaoCloud Object Storage extension API', () => {
  it('should create a bucket from an unwrapped JSON body and answer in camelCase', async () => {
    const reply = await api('objectstorage', '/v1_ext/bucket', { method: 'PUT', body: { name: 'ext-bucket', type: 'STANDARD', use_encryption: true, encryption_configuration: { type: 'managed' } } });
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({
      account: DEMO_KAKAO.projectId, project: DEMO_KAKAO.projectId, name: 'ext-bucket', type: 'STANDARD', bytes: 0, objectCount: 0, useEncryption: true, createdAt: expect.any(String),
    });
    expectEnvelope(await api('objectstorage', '/v1_ext/bucket', { method: 'PUT', body: { name: 'ext-bucket', type: 'STANDARD' } }), 409);
    expectEnvelope(await api('objectstorage', '/v1_ext/bucket', { method: 'PUT', body: { name: 'cold-one', type: 'cold' } }), 400);
    expect((await api('objectstorage', `${account}?format=json`)).json.map((b: { name: string }) => b.name)).toContain('ext-bucket');
  });

  it('should read bucket metadata, whose project is the Swift account', async () => {
    const reply = await api('objectstorage', '/v1_ext/bucket/hanul-assets');
    expect(reply.json).toMatchObject({ name: 'hanul-assets', project: DEMO_KAKAO.projectId, objectCount: 3 });
    expectEnvelope(await api('objectstorage', '/v1_ext/bucket/nope'), 404);
  });

  it('should keep projects apart', async () => {
    const token = await kakaoToken(emulator(), OTHER_KAKAO);
    const reply = await call(`${emulator().ctx.kakaoServiceUrl('objectstorage')}/v1_ext/bucket/hanul-assets`, { token });
    expectEnvelope(reply, 404);
  });
});
