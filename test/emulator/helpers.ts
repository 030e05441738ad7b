import { afterAll, beforeAll } from 'vitest';
import { ManualClock } from '../../src/emulator/clock.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { DEMO_KAKAO, DEMO_NHN } from '../../src/emulator/seed.js';

/**
 * Starts a seeded emulator on a free port for the current test file, with fast
 * transitions, and closes it after the file even when a test fails.
 */
export function useEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ transitionMs: 50, ...options });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
}

/** What `useManualEmulator` hands a test: the emulator and the clock its transitions wait on. */
export interface ManualEmulator {
  emulator: () => Emulator;
  clock: ManualClock;
  /** Moves the clock by `count` transitions (fractions too), running each one that falls due. */
  transitions(count?: number): void;
  /**
   * Moves the clock a quarter transition at a time until `check` returns a value, for a
   * state several transitions away; fails after `limit` transitions. No real time passes.
   */
  advanceUntil<T>(check: () => Promise<T | undefined>, limit?: number): Promise<T>;
}

/**
 * Like `useEmulator`, on a `ManualClock`: an asynchronous transition happens exactly when
 * the test moves the clock, never because the machine was slow or fast.
 */
export function useManualEmulator(options: Omit<EmulatorOptions, 'clock'> = {}): ManualEmulator {
  const clock = new ManualClock();
  const transitionMs = options.transitionMs ?? 1000;
  const emulator = useEmulator({ ...options, transitionMs, clock });
  const transitions = (count = 1) => clock.advance(Math.round(count * transitionMs));
  const advanceUntil = async <T>(check: () => Promise<T | undefined>, limit = 20): Promise<T> => {
    for (let moved = 0; ; moved += 0.25) {
      const value = await check();
      if (value !== undefined) return value;
      if (moved >= limit) throw new Error(`condition not met within ${limit} transitions`);
      transitions(0.25);
    }
  };
  return { emulator, clock, transitions, advanceUntil };
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: any;
}

/** One HTTP call to the emulator, as a cloud client would make it. */
export async function call(
  url: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers['x-auth-token'] = init.token;
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Issues an NHN token for the demo tenant (or another account) and returns its id. */
export async function nhnToken(emulator: Emulator, account: { tenantId: string; username: string; password: string } = DEMO_NHN): Promise<string> {
  const reply = await call(`${emulator.ctx.nhnIdentityUrl}/tokens`, {
    method: 'POST',
    body: { auth: { tenantId: account.tenantId, passwordCredentials: { username: account.username, password: account.password } } },
  });
  if (reply.status !== 200) throw new Error(`token issue failed: ${reply.status} ${reply.text}`);
  return reply.json.access.token.id as string;
}

/** Issues a KakaoCloud token with an access key id + secret (the demo project's by default). */
export async function kakaoToken(
  emulator: Emulator,
  account: { accessKeyId: string; secretAccessKey: string } = DEMO_KAKAO,
): Promise<string> {
  const reply = await call(`${emulator.ctx.kakaoServiceUrl('iam')}/identity/v3/auth/tokens`, {
    method: 'POST',
    body: { auth: { identity: { methods: ['application_credential'], application_credential: { id: account.accessKeyId, secret: account.secretAccessKey } } } },
  });
  if (reply.status !== 201) throw new Error(`token issue failed: ${reply.status} ${reply.text}`);
  return reply.headers.get('x-subject-token')!;
}

/** Polls `check` until it returns a value, for asynchronous transitions. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
