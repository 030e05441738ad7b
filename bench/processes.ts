import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEMO_NHN } from '../src/emulator/seed.js';
import type { EmulatorMessage, EmulatorRequest } from './emulator-process.js';
import { FLEET_REGION } from './fleet.js';
import { progress } from './progress.js';

/** The repository root: children run from here so `--import tsx` and `src/` resolve. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** How children run TypeScript: the same loader `npm start` uses. */
const TSX = ['--import', 'tsx'];

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Only what a child needs from our environment: nothing of the caller's Hanul or test settings leaks in. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[name]) env[name] = process.env[name]!;
  return env;
}

async function waitFor(check: () => Promise<boolean>, what: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not start in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Collects a child's stderr so a failure can say why. */
function keepStderr(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-4000);
  });
  return () => text;
}

export interface EmulatorProcess {
  readonly url: string;
  readonly pid: number;
  /** Makes the demo tenant own exactly `size` servers in kr1; answers their ids. */
  setFleet(size: number): Promise<string[]>;
  /** Latency added to every emulator answer (the emulator's `PUT /_emulator/latency`). */
  setLatency(ms: number): Promise<void>;
  /** Requests the emulator has answered so far (admin calls excluded). */
  requestCount(): Promise<number>;
  close(): Promise<void>;
}

/** Starts the emulator in a child process and waits until it listens. */
export async function startEmulatorProcess(): Promise<EmulatorProcess> {
  const child = fork(fileURLToPath(new URL('./emulator-process.ts', import.meta.url)), [], {
    cwd: ROOT,
    execArgv: TSX,
    env: baseEnv(),
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    serialization: 'json',
  });
  const stderr = keepStderr(child);
  const messages: ((m: EmulatorMessage) => void)[] = [];
  child.on('message', (m: EmulatorMessage) => messages.shift()?.(m));
  const next = () => new Promise<EmulatorMessage>((resolve) => messages.push(resolve));
  const exited = once(child, 'exit').then(() => {
    throw new Error(`emulator process exited: ${stderr()}`);
  });
  const ready = await Promise.race([next(), exited]);
  if (ready.type !== 'ready') throw new Error('emulator process did not announce itself');
  const { url } = ready;
  const admin = (path: string, init?: RequestInit) => fetch(`${url}/_emulator/${path}`, init);
  return {
    url,
    pid: child.pid!,
    async setFleet(size) {
      const answer = next();
      child.send({ type: 'fleet', size } satisfies EmulatorRequest);
      const m = await answer;
      if (m.type !== 'fleet') throw new Error('unexpected answer from the emulator process');
      return m.serverIds;
    },
    async setLatency(ms) {
      const res = await admin('latency', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms }) });
      if (res.status !== 204) throw new Error(`PUT /_emulator/latency answered ${res.status}`);
    },
    async requestCount() {
      const body = (await (await admin('requests')).json()) as { total: number };
      return body.total;
    },
    async close() {
      child.disconnect();
      await stop(child);
    },
  };
}

/** Environment that points Hanul at the emulator with the demo tenant's credentials, kr1 only. */
export function hanulEnv(emulatorUrl: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  const service = (name: string) => `${emulatorUrl}/nhn/{region}/${name}`;
  return {
    ...baseEnv(),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
    // The bench drives one tenant far past any sane per-minute budget on purpose.
    TENANT_UPSTREAM_BUDGET_PER_MINUTE: '0',
    HANUL_DEMO: 'false',
    NHN_TENANT_ID: DEMO_NHN.tenantId,
    NHN_USERNAME: DEMO_NHN.username,
    NHN_API_PASSWORD: DEMO_NHN.password,
    NHN_STORAGE_TENANT_ID: DEMO_NHN.storageTenantId,
    NHN_REGIONS: FLEET_REGION,
    NHN_IDENTITY_URL: `${emulatorUrl}/nhn/identity/v2.0`,
    NHN_COMPUTE_URL: service('compute'),
    NHN_IMAGE_URL: service('image'),
    NHN_NETWORK_URL: service('network'),
    NHN_VOLUME_URL: service('volume'),
    NHN_OBJECT_STORAGE_URL: service('object-storage'),
    NHN_KUBERNETES_URL: service('kubernetes'),
    ...extra,
  };
}

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  close(): Promise<void>;
}

export interface HanulProcess extends ServerProcess {
  readonly graphqlUrl: string;
  /** Resident set and V8 heap in use, as Hanul's own `/metrics` reports them. */
  memory(): Promise<{ rssBytes: number; heapUsedBytes: number }>;
}

/** Spawns `node --import tsx <script>` with `env` and waits until `GET <ready>` answers 200. */
async function spawnServer(script: string, env: Record<string, string>, port: number, ready: string, what: string): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [...TSX, script], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr = keepStderr(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}${ready}`)).status === 200, what, child);
  } catch (err) {
    await stop(child);
    throw new Error(`${(err as Error).message}\n${stderr()}`);
  }
  progress(`${what} ready in ${Math.round(performance.now() - started)} ms`);
  return { url, pid: child.pid!, close: () => stop(child) };
}

/** Starts Hanul (`src/main.ts`, as `npm start` does) in its own process against the emulator. */
export async function startHanulProcess(emulatorUrl: string, extra: Record<string, string> = {}): Promise<HanulProcess> {
  const port = await freePort();
  const what = extra.UPSTREAM_FRESH_READS_MS ? `Hanul (fresh reads ${extra.UPSTREAM_FRESH_READS_MS} ms)` : 'Hanul';
  const server = await spawnServer('src/main.ts', hanulEnv(emulatorUrl, port, extra), port, '/ready', what);
  return {
    ...server,
    graphqlUrl: `${server.url}/graphql`,
    async memory() {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      const metric = (name: string) => {
        const line = text.split('\n').find((l) => l.startsWith(`${name} `));
        if (!line) throw new Error(`/metrics has no ${name}`);
        return Number(line.split(' ')[1]);
      };
      return { rssBytes: metric('process_resident_memory_bytes'), heapUsedBytes: metric('nodejs_heap_size_used_bytes') };
    },
  };
}

/** Starts the direct REST client (bench/direct-rest.ts) in its own process. */
export async function startDirectRestProcess(emulatorUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const env = { ...baseEnv(), PORT: String(port), EMULATOR_URL: emulatorUrl };
  return spawnServer(fileURLToPath(new URL('./direct-rest.ts', import.meta.url)), env, port, '/health', 'direct REST client');
}

/**
 * Spawns `npm start` in demo mode on a free port and times it until the first GraphQL
 * query is answered with data. The whole process group is stopped afterwards.
 */
export async function timeNpmStart(query: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...baseEnv(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const stderr = keepStderr(child);
  try {
    await waitFor(
      async () => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: unknown };
        return res.status === 200 && body.data != null && !body.errors;
      },
      'npm start',
      child,
      60_000,
    );
    return performance.now() - started;
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${stderr()}`);
  } finally {
    // npm → sh → node: signal the group this spawn created.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }
}
