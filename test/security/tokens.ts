import { expect } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';

/** Expires a token at the emulator now (its admin API); without one, every token issued so far. */
export async function expireTokens(emulator: Emulator, token?: string): Promise<void> {
  const reply = await fetch(`${emulator.url}/_emulator/tokens/expire`, { method: 'POST', body: JSON.stringify(token ? { token } : {}) });
  expect(reply.status).toBe(200);
  const { expired } = (await reply.json()) as { expired: number };
  expect(expired, 'tokens expired').toBeGreaterThanOrEqual(1);
}

/** Sets the lifetime of the tokens the emulator issues from now on. */
export async function setTokenLifetime(emulator: Emulator, ms: number): Promise<void> {
  const reply = await fetch(`${emulator.url}/_emulator/tokens/lifetime`, { method: 'PUT', body: JSON.stringify({ ms }) });
  expect(reply.status).toBe(200);
}
