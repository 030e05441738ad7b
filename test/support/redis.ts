import { spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort, spawnChild, stopChild, type Child } from './processes.js';

/** A real `redis-server` for the replica tests: no persistence, on a free loopback port. */

/** Whether a `redis-server` binary is on the PATH (CI installs one; see .ci/run). */
export function redisServerAvailable(): boolean {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

export interface RedisServer {
  readonly url: string;
  readonly child: Child;
  stop(): Promise<void>;
}

/** Starts `redis-server` and resolves once it answers PING. */
export async function startRedis(timeoutMs = 10_000): Promise<RedisServer> {
  const port = await freePort();
  const child = spawnChild('redis-server', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    const pong = await probe
      .connect()
      .then(() => probe.ping())
      .catch(() => undefined);
    probe.disconnect();
    if (pong === 'PONG') break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer on ${url}:\n${child.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, child, stop: () => stopChild(child) };
}
