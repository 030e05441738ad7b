import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken, useEmulator } from '../emulator/helpers.js';

/**
 * The real `swift` CLI (python3-swiftclient) against the emulator's NHN Object Storage:
 * segmented uploads as SLO and DLO, downloads compared byte for byte, deletes that take
 * the segments along (nhn-object-storage §4.1). The token and storage URL are given
 * directly, as `swift --os-auth-token … --os-storage-url …` allows.
 */
const hasSwift = spawnSync('swift', ['--version']).error === undefined;
const run = promisify(execFile);
/** Each CLI call starts a Python interpreter: slow on a busy machine. */
const CLI_TIMEOUT = 90_000;

const emulator = useEmulator();
let dir: string;
let token: string;
let storageUrl: string;
const original = randomBytes(5000);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hanul-swift-'));
  writeFileSync(join(dir, 'big.bin'), original);
  token = await nhnToken(emulator(), { ...DEMO_NHN, tenantId: DEMO_NHN.storageTenantId });
  storageUrl = `${emulator().ctx.nhnServiceUrl('kr1', 'object-storage')}/v1/AUTH_${DEMO_NHN.storageTenantId}`;
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `swift …` in the temp folder (async: the emulator answers from this process). */
async function swift(...args: string[]): Promise<string> {
  const { stdout } = await run('swift', ['--os-auth-token', token, '--os-storage-url', storageUrl, ...args], { cwd: dir, timeout: 60_000 });
  return stdout;
}

async function segmentNames(): Promise<string[]> {
  const reply = await call(`${storageUrl}/backups_segments?format=json`, { token });
  return reply.status === 404 ? [] : (reply.json as { name: string }[]).map((o) => o.name);
}

describe.skipIf(!hasSwift)(`swift CLI large objects${hasSwift ? '' : ' (skipped: the swift CLI is not installed; apt-get install python3-swiftclient)'}`, () => {
  it('should upload 5000 bytes in 1024-byte segments as an SLO and download them byte for byte', async () => {
    await swift('upload', '--segment-size', '1024', '--use-slo', 'backups', 'big.bin', '--object-name', 'slo.bin');
    const head = await call(`${storageUrl}/backups/slo.bin`, { method: 'HEAD', token });
    expect(head.headers.get('x-static-large-object')).toBe('True');
    expect(head.headers.get('content-length')).toBe('5000');
    expect((await segmentNames()).filter((n) => n.startsWith('slo.bin/'))).toHaveLength(5);

    await swift('download', 'backups', 'slo.bin', '-o', 'slo.out');
    expect(readFileSync(join(dir, 'slo.out')).equals(original)).toBe(true);
  }, CLI_TIMEOUT);

  it('should upload the same file as a DLO (no --use-slo) and download it byte for byte', async () => {
    await swift('upload', '--segment-size', '1024', 'backups', 'big.bin', '--object-name', 'dlo.bin');
    const head = await call(`${storageUrl}/backups/dlo.bin`, { method: 'HEAD', token });
    expect(head.headers.get('x-object-manifest')).toMatch(/^backups_segments\/dlo\.bin\//);
    expect(head.headers.get('content-length')).toBe('5000');

    await swift('download', 'backups', 'dlo.bin', '-o', 'dlo.out');
    expect(readFileSync(join(dir, 'dlo.out')).equals(original)).toBe(true);
    expect(await swift('list', 'backups')).toBe('dlo.bin\nslo.bin\n');
  }, CLI_TIMEOUT);

  it('should delete both objects together with every segment', async () => {
    expect(await segmentNames()).toHaveLength(10);
    await swift('delete', 'backups', 'slo.bin', 'dlo.bin');
    expect(await segmentNames()).toEqual([]);
    expect((await call(`${storageUrl}/backups?format=json`, { token })).json).toEqual([]);
  }, CLI_TIMEOUT);

  it('should print the capabilities from /info, which needs no token', async () => {
    const info = await call(storageUrl.replace(/\/v1\/.*$/, '/info'));
    expect(info.status).toBe(200);
    const { stdout } = await run('swift', ['--os-storage-url', storageUrl, '--os-auth-token', token, 'capabilities'], { cwd: dir, timeout: 60_000 });
    expect(stdout).toMatch(/^Core: swift/m);
    expect(stdout).toMatch(/Additional middleware: slo/);
    expect(stdout).toMatch(/Additional middleware: dlo/);
  }, CLI_TIMEOUT);
});
