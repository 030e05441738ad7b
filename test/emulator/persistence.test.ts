import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STATE_FILE_NAME } from '../../src/emulator/persistence.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { call, eventually, nhnToken } from './helpers.js';
import { kakaoClient } from './kakao-client.js';

/** `EMULATOR_STATE`: the whole state survives a restart, and a damaged file never replaces it. */
const folders: string[] = [];
const open: Emulator[] = [];
afterAll(async () => {
  await Promise.all(open.map((e) => e.close()));
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'hanul-state-'));
  folders.push(folder);
  return folder;
}

async function start(statePath: string, options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = await startEmulator({ transitionMs: 50, statePath, persistence: { debounceMs: 20 }, ...options });
  open.push(emulator);
  return emulator;
}

async function stop(emulator: Emulator): Promise<void> {
  open.splice(open.indexOf(emulator), 1);
  await emulator.close();
}

const storage = (e: Emulator, region: string) => `${e.ctx.nhnServiceUrl(region, 'object-storage')}/v1/AUTH_${DEMO_NHN.storageTenantId}`;
const storageToken = (e: Emulator) => nhnToken(e, { ...DEMO_NHN, tenantId: DEMO_NHN.storageTenantId });

describe('emulator state across restarts (EMULATOR_STATE)', () => {
  const folder = tempFolder();
  const blob = randomBytes(3000);
  const kept: { token?: string; vpcId?: string; volumeId?: string; vpcCount?: number } = {};

  it('should save what the REST APIs changed, both clouds and several regions, when it closes', async () => {
    // Transitions this slow only finish if closing settles them.
    const emulator = await start(folder, { transitionMs: 600_000 });
    const token = await storageToken(emulator);
    kept.token = token;
    for (const region of ['kr1', 'jp1']) {
      expect((await call(`${storage(emulator, region)}/kept-${region}`, { method: 'PUT', token })).status).toBe(201);
    }
    const put = await fetch(`${storage(emulator, 'jp1')}/kept-jp1/blob.bin`, { method: 'PUT', body: blob, headers: { 'x-auth-token': token, 'x-object-meta-origin': 'test' } });
    expect(put.status).toBe(201);

    const api = kakaoClient(() => emulator);
    const vpc = await api('vpc', '/api/v1/vpcs', { method: 'POST', body: { vpc: { name: 'kept-vpc', cidr_block: '10.77.0.0/16' } } });
    expect(vpc.status, vpc.text).toBeLessThan(300);
    kept.vpcId = vpc.json.vpc.id;
    kept.vpcCount = (await api('vpc', '/api/v1/vpcs')).json.vpcs.length;
    // Still `creating` when the emulator stops: the restart must not find it stuck there.
    const volume = await api('volume', '/api/v1/volumes', { method: 'POST', body: { volume: { name: 'kept-volume', size: 20, availability_zone: 'kr-central-2-a' } } });
    expect(volume.json.volume.status).toBe('creating');
    kept.volumeId = volume.json.volume.id;

    await stop(emulator);
    expect(readdirSync(folder)).toEqual([STATE_FILE_NAME]);
  });

  it('should read it all back after a restart: objects byte for byte, records, tokens, settled transitions, no second seed', async () => {
    const emulator = await start(folder);
    const object = await fetch(`${storage(emulator, 'jp1')}/kept-jp1/blob.bin`, { headers: { 'x-auth-token': kept.token! } });
    expect(object.status).toBe(200);
    expect(Buffer.from(await object.arrayBuffer()).equals(blob)).toBe(true);
    expect(object.headers.get('x-object-meta-origin')).toBe('test');
    expect((await call(`${storage(emulator, 'kr1')}/kept-kr1`, { method: 'HEAD', token: kept.token! })).status).toBe(204);

    const api = kakaoClient(() => emulator);
    expect((await api('vpc', `/api/v1/vpcs/${kept.vpcId}`)).json.vpc).toMatchObject({ name: 'kept-vpc', cidr_block: '10.77.0.0/16' });
    expect((await api('vpc', '/api/v1/vpcs')).json.vpcs).toHaveLength(kept.vpcCount!);
    expect((await api('volume', `/api/v1/volumes/${kept.volumeId}`)).json.volume.status).toBe('available');
    await stop(emulator);
  });

  it('should save shortly after a change without waiting for close, so a crash keeps it', async () => {
    const emulator = await start(folder);
    const token = await storageToken(emulator);
    expect((await call(`${storage(emulator, 'kr2')}/after-crash`, { method: 'PUT', token })).status).toBe(201);
    // The first emulator is still running, as if it had crashed: a second one started on
    // a copy of its file stands for the restart (a copy, so that the two never write one file).
    const copy = join(tempFolder(), 'copy.state');
    const found = await eventually(async () => {
      if (!existsSync(join(folder, STATE_FILE_NAME))) return undefined;
      copyFileSync(join(folder, STATE_FILE_NAME), copy);
      const reader = await startEmulator({ transitionMs: 50, statePath: copy });
      try {
        const head = await call(`${storage(reader, 'kr2')}/after-crash`, { method: 'HEAD', token: await storageToken(reader) });
        return head.status === 204 ? true : undefined;
      } finally {
        await reader.close();
      }
    });
    expect(found).toBe(true);
    await stop(emulator);
  });
});

describe('a damaged or half-written state file', () => {
  it('should ignore a half-written temporary file left by a crash and load the last complete state', async () => {
    const folder = tempFolder();
    const first = await start(folder);
    const token = await storageToken(first);
    expect((await call(`${storage(first, 'kr1')}/complete`, { method: 'PUT', token })).status).toBe(201);
    await stop(first);
    const good = readFileSync(join(folder, STATE_FILE_NAME));
    writeFileSync(join(folder, `${STATE_FILE_NAME}.tmp`), good.subarray(0, Math.floor(good.length / 2)));

    const second = await start(folder);
    expect((await call(`${storage(second, 'kr1')}/complete`, { method: 'HEAD', token: await storageToken(second) })).status).toBe(204);
    await stop(second);
  });

  it('should refuse to start on a truncated state file, saying so, and leave the file as it was', async () => {
    const folder = tempFolder();
    await stop(await start(folder));
    const file = join(folder, STATE_FILE_NAME);
    const truncated = readFileSync(file).subarray(0, 1000);
    writeFileSync(file, truncated);
    await expect(startEmulator({ statePath: folder })).rejects.toThrow(/is damaged \(\d+ of \d+ bytes\)\. It was left as it is/);
    expect(readFileSync(file).equals(truncated)).toBe(true);
  });

  it('should refuse a file that is not a state file, or whose bytes were changed', async () => {
    const folder = tempFolder();
    const file = join(folder, 'custom.state');
    writeFileSync(file, 'not a state file');
    await expect(startEmulator({ statePath: file })).rejects.toThrow(/custom\.state is damaged \(not an emulator state file\)/);

    await stop(await start(join(folder, 'good.state')));
    const bytes = readFileSync(join(folder, 'good.state'));
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(join(folder, 'good.state'), bytes);
    await expect(startEmulator({ statePath: join(folder, 'good.state') })).rejects.toThrow(/checksum mismatch/);
  });
});
