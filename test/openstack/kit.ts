import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';

/**
 * Drives the emulator through Debian's real OpenStack clients (python3-openstackclient and
 * friends, installed by .ci/run), configured as a user of real NHN Cloud configures them:
 * Keystone v2.0, password auth, region `KR1`, public endpoints (openstack-discovery.md §1).
 */

/** True when the Debian OpenStack CLIs are on PATH; the suites skip (with a message) otherwise. */
export const CLIS_AVAILABLE = (() => {
  try {
    execFileSync('openstack', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('test/openstack: skipped, the OpenStack CLIs are not installed (apt-get install python3-openstackclient …; .ci/run does it)');
    return false;
  }
})();

/** A CLI start costs about a second of CPU, several on a loaded machine: tests chain a few. */
export const CLI_TEST_TIMEOUT_MS = 180_000;

/** The clients are Python; Debian's live in /usr/bin/python3, whatever python3 is first on PATH. */
export const PYTHON = '/usr/bin/python3';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface OpenStackRig {
  emulator: Emulator;
  /** A temp dir with `clouds.yaml`, also the CLIs' HOME (glanceclient caches schemas there). */
  dir: string;
  /** Runs a client with `clouds.yaml` selected (`OS_CLOUD=nhn`); never throws. */
  run(command: string, args: string[], env?: Record<string, string>): Promise<Result>;
  /** `openstack <args> -f json`, parsed; throws with the CLI's output when it fails. */
  openstackJson<T = any>(...args: string[]): Promise<T>;
  /** `OS_*` variables equivalent to the clouds.yaml entry (for `nova`, `glance`, `neutron`, `swift`, `magnum`). */
  osEnv(account?: { tenantId: string }): Record<string, string>;
}

/**
 * Starts a seeded emulator for the file and writes a clouds.yaml for the demo tenant into
 * a temp dir. `transitionMs` is long enough that a client sees the transitional status
 * (BUILD, REBOOT, …) right after its call returns, short enough to keep the suite quick.
 */
export function useOpenStackRig(transitionMs = 1000): () => OpenStackRig {
  let rig: OpenStackRig | undefined;
  beforeAll(async () => {
    const emulator = await startEmulator({ transitionMs });
    const dir = mkdtempSync(join(tmpdir(), 'hanul-openstack-'));
    writeFileSync(join(dir, 'clouds.yaml'), cloudsYaml(emulator));
    rig = makeRig(emulator, dir);
  });
  afterAll(async () => {
    await rig?.emulator.close();
    if (rig) rmSync(rig.dir, { recursive: true, force: true });
  });
  return () => {
    if (!rig) throw new Error('rig not started');
    return rig;
  };
}

/** The clouds.yaml docs/emulator.md shows, pointed at this emulator. */
export function cloudsYaml(emulator: Emulator): string {
  return [
    'clouds:',
    '  nhn:',
    '    auth:',
    `      auth_url: ${emulator.ctx.nhnIdentityUrl}`,
    `      username: ${DEMO_NHN.username}`,
    `      password: ${DEMO_NHN.password}`,
    `      project_id: ${DEMO_NHN.tenantId}`,
    '    auth_type: password',
    '    identity_api_version: 2',
    '    region_name: KR1',
    '    interface: public',
    // NHN's catalog lists Cinder as `volumev2` only; cinderclient 9 looks for `volumev3`.
    `    block_storage_endpoint_override: ${emulator.ctx.nhnServiceUrl('kr1', 'volume')}/v2/${DEMO_NHN.tenantId}`,
    '',
  ].join('\n');
}

function makeRig(emulator: Emulator, dir: string): OpenStackRig {
  const baseEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    LANG: 'C.UTF-8',
    OS_CLIENT_CONFIG_FILE: join(dir, 'clouds.yaml'),
    PYTHONDONTWRITEBYTECODE: '1',
  };
  const run = (command: string, args: string[], env: Record<string, string> = { OS_CLOUD: 'nhn' }): Promise<Result> =>
    new Promise((resolve) => {
      execFile(command, args, { cwd: dir, env: { ...baseEnv, ...env }, timeout: 60_000, maxBuffer: 8 << 20 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  return {
    emulator,
    dir,
    run,
    async openstackJson(...args) {
      const result = await run('openstack', [...args, '-f', 'json']);
      if (result.code !== 0) throw new Error(`openstack ${args.join(' ')} failed (${result.code}):\n${result.stderr}${result.stdout}`);
      return JSON.parse(result.stdout);
    },
    osEnv: (account = DEMO_NHN) => ({
      OS_AUTH_URL: emulator.ctx.nhnIdentityUrl,
      OS_USERNAME: DEMO_NHN.username,
      OS_PASSWORD: DEMO_NHN.password,
      OS_PROJECT_ID: account.tenantId,
      OS_IDENTITY_API_VERSION: '2',
      OS_AUTH_TYPE: 'password',
      OS_REGION_NAME: 'KR1',
      OS_INTERFACE: 'public',
    }),
  };
}

/** Polls the emulator over HTTP (cheap, unlike a CLI start) until `check` yields a value. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
