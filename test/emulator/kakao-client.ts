import { expect } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { DEMO_KAKAO } from '../../src/emulator/seed.js';
import { call, kakaoToken, type Reply } from './helpers.js';

export interface KakaoCall {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to kr-central-2. */
  region?: string;
  /** Overrides the project's token (an empty string sends none). */
  token?: string;
}

/**
 * Calls KakaoCloud services as one project: `api('bcs', '/api/v1/instances')`. The token
 * is issued on first use and kept for the file.
 */
export function kakaoClient(
  emulator: () => Emulator,
  account: { accessKeyId: string; secretAccessKey: string } = DEMO_KAKAO,
): (service: string, path: string, init?: KakaoCall) => Promise<Reply> {
  let token: Promise<string> | undefined;
  return async (service, path, init = {}) => {
    token ??= kakaoToken(emulator(), account);
    const url = `${emulator().ctx.kakaoServiceUrl(service, init.region)}${path}`;
    return call(url, { method: init.method, body: init.body, headers: init.headers, token: init.token ?? (await token) });
  };
}

/** Asserts the status and the service error envelope `{"error": {"code": "<string>", "message"}}`. */
export function expectEnvelope(reply: Reply, status: number): void {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.json).toEqual({ error: { code: String(status), message: expect.any(String) } });
}
