import { describe, expect, it } from 'vitest';
import { DEMO_KAKAO } from '../../src/emulator/seed.js';
import { startEmulator } from '../../src/emulator/server.js';
import { call, useManualEmulator } from './helpers.js';
import { expectEnvelope, kakaoClient } from './kakao-client.js';

/** Kubernetes upgrades, container settings and seeded ids (kakaocloud §9, §10). */
// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil } = useManualEmulator();
const api = kakaoClient(emulator);
const k8s = (path: string, init?: Parameters<typeof api>[2]) => api('kubernetes-engine', `/api/v1/clusters/hanul-k8s${path}`, init);

describe('KakaoCloud Kubernetes upgrades', () => {
  it('should list the next minor version as the one upgrade on offer', async () => {
    const reply = await k8s('/upgrade');
    expect(reply.status).toBe(200);
    expect(reply.json.versions).toEqual([expect.objectContaining({ minor_version: '1.32' })]);
  });

  it('should refuse to upgrade a pool already on the control plane’s version with 409', async () => {
    const pool = (await k8s('/node-pools')).json.node_pools[0];
    expect(pool).toMatchObject({ version: '1.31', is_upgradable: false });
    expectEnvelope(await k8s(`/node-pools/${pool.name}/upgrade`, { method: 'POST' }), 409);
  });

  it('should move the control plane through Updating to the next version, refusing a second upgrade meanwhile', async () => {
    const started = await k8s('/upgrade', { method: 'POST' });
    expect(started.status, started.text).toBe(200);
    expect(started.json.cluster).toMatchObject({ status: { phase: 'Updating' }, version: { minor_version: '1.31' }, is_upgradable: false });
    expectEnvelope(await k8s('/upgrade', { method: 'POST' }), 409);
    const done = await advanceUntil(async () => {
      const cluster = (await k8s('')).json.cluster;
      return cluster.status.phase === 'Provisioned' ? cluster : undefined;
    });
    expect(done).toMatchObject({ version: { minor_version: '1.32', next_version: null }, is_upgradable: false });
    expect((await k8s('/upgrade')).json.versions).toEqual([]);
    expectEnvelope(await k8s('/upgrade', { method: 'POST' }), 409);
  });

  it('should bring a pool to the control plane’s version through Updating', async () => {
    const pool = (await k8s('/node-pools')).json.node_pools[0];
    expect(pool).toMatchObject({ version: '1.31', is_upgradable: true });
    const started = await k8s(`/node-pools/${pool.name}/upgrade`, { method: 'POST' });
    expect(started.status, started.text).toBe(200);
    expect(started.json.node_pool.status.phase).toBe('Updating');
    const done = await advanceUntil(async () => {
      const read = (await k8s(`/node-pools/${pool.name}`)).json.node_pool;
      return read.status.phase === 'Running' ? read : undefined;
    });
    expect(done).toMatchObject({ version: '1.32', is_upgradable: false });
  });

  it('should answer 404 for the upgrade of an unknown cluster or pool', async () => {
    expectEnvelope(await api('kubernetes-engine', '/api/v1/clusters/nope-cluster/upgrade', { method: 'POST' }), 404);
    expectEnvelope(await k8s('/node-pools/nope-pool/upgrade', { method: 'POST' }), 404);
  });
});

describe('KakaoCloud container settings (Swift)', () => {
  const account = `/v1/${DEMO_KAKAO.projectId}`;
  const swift = (path: string, init?: Parameters<typeof api>[2]) => api('objectstorage', `${account}${path}`, init);
  const anonymous = (path: string) => call(`${emulator().ctx.kakaoServiceUrl('objectstorage')}${account}${path}`);

  it('should keep the metadata and read ACL given at create and answer them on HEAD', async () => {
    const created = await swift('/settings-a', { method: 'PUT', headers: { 'x-container-meta-owner': 'ops', 'x-container-read': '.r:*' } });
    expect(created.status).toBe(201);
    const head = await swift('/settings-a', { method: 'HEAD' });
    expect(head.headers.get('x-container-meta-owner')).toBe('ops');
    expect(head.headers.get('x-container-read')).toBe('.r:*');
  });

  it('should change metadata and the read ACL with POST (204), an empty value or X-Remove removing a key', async () => {
    const posted = await swift('/settings-a', { method: 'POST', headers: { 'x-remove-container-meta-owner': 'x', 'x-container-meta-team': 'infra', 'x-container-read': '.r:*,.rlistings' } });
    expect(posted.status).toBe(204);
    const head = await swift('/settings-a', { method: 'HEAD' });
    expect(head.headers.get('x-container-meta-owner')).toBeNull();
    expect(head.headers.get('x-container-meta-team')).toBe('infra');
    expect(head.headers.get('x-container-read')).toBe('.r:*,.rlistings');
    expect((await swift('/missing-container', { method: 'POST', headers: { 'x-container-meta-a': 'b' } })).status).toBe(404);
  });

  it('should let anyone read a public container’s objects, and list it only with .rlistings', async () => {
    expect((await swift('/settings-a/hello.txt', { method: 'PUT', body: 'public bytes', headers: { 'content-type': 'text/plain' } })).status).toBe(201);
    const read = await anonymous('/settings-a/hello.txt');
    expect(read.status).toBe(200);
    expect(read.text).toBe('public bytes');
    expect((await anonymous('/settings-a?format=json')).json).toEqual([expect.objectContaining({ name: 'hello.txt' })]);

    await swift('/settings-a', { method: 'POST', headers: { 'x-container-read': '.r:*' } });
    expect((await anonymous('/settings-a')).status).toBe(401);
    expect((await anonymous('/settings-a/hello.txt')).status).toBe(200);

    await swift('/settings-a', { method: 'POST', headers: { 'x-container-read': '' } });
    expect((await anonymous('/settings-a/hello.txt')).status).toBe(401);
    // Writes never go through a read ACL.
    expect((await call(`${emulator().ctx.kakaoServiceUrl('objectstorage')}${account}/settings-a/x.txt`, { method: 'PUT', body: 'no' })).status).toBe(401);
  });

  it('should turn public read on and off through the v1_ext bucket ACL, the same setting as Swift’s read ACL', async () => {
    const on = await api('objectstorage', '/v1_ext/bucket/settings-a', { method: 'POST', body: { name: 'settings-a', acl: { public: 'read-only' } } });
    expect(on.status, on.text).toBe(200);
    expect(on.json.acl).toEqual({ public: 'read-only' });
    expect((await swift('/settings-a', { method: 'HEAD' })).headers.get('x-container-read')).toBe('.r:*,.rlistings');
    expect((await anonymous('/settings-a/hello.txt')).status).toBe(200);
    const off = await api('objectstorage', '/v1_ext/bucket/settings-a', { method: 'POST', body: { name: 'settings-a', acl: { public: 'private' } } });
    expect(off.json.acl).toEqual({ public: 'private' });
    expect((await anonymous('/settings-a/hello.txt')).status).toBe(401);
    expect((await api('objectstorage', '/v1_ext/bucket/settings-a', { method: 'POST', body: { name: 'settings-a', acl: { public: 'everyone' } } })).status).toBe(400);
  });

  it('should join a DLO’s segments on GET', async () => {
    for (const [n, text] of [['2', 'world'], ['1', 'hello ']]) {
      expect((await swift(`/settings-a/segs/${n}`, { method: 'PUT', body: text })).status).toBe(201);
    }
    expect((await swift('/settings-a/joined', { method: 'PUT', body: '', headers: { 'x-object-manifest': 'settings-a/segs/' } })).status).toBe(201);
    const read = await swift('/settings-a/joined');
    expect(read.text).toBe('hello world');
    expect(read.headers.get('x-object-manifest')).toBe('settings-a/segs/');
  });
});

describe('KakaoCloud seeded ids', () => {
  it('should give the seeded resources the same ids on every start', async () => {
    const ids = async () => {
      const fresh = await startEmulator({ transitionMs: 50 });
      try {
        const client = kakaoClient(() => fresh);
        const vpcs = (await client('vpc', '/api/v1/vpcs')).json.vpcs.map((v: { id: string }) => v.id);
        const instances = (await client('bcs', '/api/v1/instances')).json.instances.map((i: { id: string }) => i.id);
        const cluster = (await client('kubernetes-engine', '/api/v1/clusters/hanul-k8s')).json.cluster.id;
        return { vpcs, instances, cluster };
      } finally {
        await fresh.close();
      }
    };
    const first = await ids();
    expect(first.vpcs.length).toBeGreaterThan(0);
    expect(first.instances.length).toBeGreaterThan(0);
    expect(await ids()).toEqual(first);
    // Only the seed is stable: a resource made at run time gets a fresh random id.
    const made = await api('vpc', '/api/v1/vpcs', { method: 'POST', body: { vpc: { name: 'run-time-vpc', cidr_block: '10.99.0.0/16' } } });
    expect(made.status, made.text).toBeLessThan(300);
    expect(first.vpcs).not.toContain(made.json.vpc.id);
  });
});
