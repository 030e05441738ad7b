import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEMO_NHN } from '../../src/emulator/seed.js';

/** Real child processes for the e2e tests that need more than one process (replicas, shutdown). */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A free loopback port: bind port 0, read it, release it. A child process can then listen on it and print nothing. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly pid: number;
  /** Resolves when the process has exited (never rejects). */
  readonly exited: Promise<Exit>;
  /** The last few KB of its stdout and stderr, for failure messages. */
  output(): string;
  /** Sends a signal; a no-op once it exited. */
  kill(signal: NodeJS.Signals): void;
}

/** Every child still running, so that a failing test never leaves orphans behind. */
const running = new Set<Child>();
process.once('exit', () => {
  for (const child of running) child.process.kill('SIGKILL');
});

/** Spawns `command args` in the repository root with `env` added to this process's environment. */
export function spawnChild(name: string, command: string, args: string[], env: Record<string, string> = {}): Child {
  const proc = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-8000);
  };
  proc.stdout?.on('data', append);
  proc.stderr?.on('data', append);
  let exitedWith: Exit | undefined;
  const child: Child = {
    name,
    process: proc,
    pid: proc.pid ?? -1,
    exited: new Promise<Exit>((resolve) => {
      proc.once('exit', (code, signal) => {
        exitedWith = { code, signal };
        running.delete(child);
        resolve(exitedWith);
      });
      proc.once('error', (err) => {
        append(Buffer.from(`spawn error: ${err.message}\n`));
        exitedWith = { code: -1, signal: null };
        running.delete(child);
        resolve(exitedWith);
      });
    }),
    output: () => log,
    kill(signal) {
      if (!exitedWith) proc.kill(signal);
    },
  };
  running.add(child);
  return child;
}

/** Stops a child: SIGTERM, then SIGKILL when it takes longer than `graceMs`. */
export async function stopChild(child: Child | undefined, graceMs = 5000): Promise<void> {
  if (!child) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** The environment that points a Hanul process (src/main.ts) at an emulator with the demo tenant's credentials. */
export function hanulEnvFor(emulatorUrl: string): Record<string, string> {
  const nhn = (service: string) => `${emulatorUrl}/nhn/{region}/${service}`;
  return {
    HANUL_DEMO: 'false',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
    UPSTREAM_RETRY_MIN_MS: '10',
    NHN_IDENTITY_URL: `${emulatorUrl}/nhn/identity/v2.0`,
    NHN_COMPUTE_URL: nhn('compute'),
    NHN_IMAGE_URL: nhn('image'),
    NHN_NETWORK_URL: nhn('network'),
    NHN_VOLUME_URL: nhn('volume'),
    NHN_OBJECT_STORAGE_URL: nhn('object-storage'),
    NHN_KUBERNETES_URL: nhn('kubernetes'),
    NHN_TENANT_ID: DEMO_NHN.tenantId,
    NHN_USERNAME: DEMO_NHN.username,
    NHN_API_PASSWORD: DEMO_NHN.password,
    NHN_STORAGE_TENANT_ID: DEMO_NHN.storageTenantId,
  };
}

export interface HanulProcess extends Child {
  readonly url: string;
  readonly graphqlUrl: string;
}

/**
 * Starts a real Hanul server process (`node --import tsx src/main.ts`) on a free port and
 * resolves once `/ready` answers 200. Rejects with the process's output when it exits first
 * or does not become ready within `timeoutMs`.
 */
export async function startHanulProcess(name: string, env: Record<string, string>, timeoutMs = 60_000): Promise<HanulProcess> {
  const port = await freePort();
  const child = spawnChild(name, process.execPath, ['--import', 'tsx', 'src/main.ts'], { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  let exit: Exit | undefined;
  void child.exited.then((e) => (exit = e));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit) throw new Error(`${name} exited (${exit.code ?? exit.signal}) before it was ready:\n${child.output()}`);
    const ready = await fetch(`${url}/ready`).then((r) => r.status === 200, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} not ready after ${timeoutMs} ms:\n${child.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ...child, url, graphqlUrl: `${url}/graphql` };
}

/**
 * Sums the samples of a Prometheus counter on a server's /metrics whose labels include
 * every pair of `labels` (e.g. `hanul_upstream_requests_total`, `{ service: 'compute', method: 'GET' }`).
 */
export async function metricValue(baseUrl: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})?\s+(\S+)/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = new Map([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => present.get(k) === v)) total += Number(match[3]);
  }
  return total;
}
