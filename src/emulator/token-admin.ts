import { z } from 'zod';
import type { EmulatorContext } from './context.js';
import { json, type EmuResponse } from './router.js';

/**
 * Emulator-only controls over token lifetime (no cloud has them), so that tests can make a
 * token expire when they choose instead of waiting 12 hours:
 *
 * - `POST /_emulator/tokens/expire` `{"token": "…"}` expires that token now; without
 *   `token`, every token issued so far (NHN and KakaoCloud). Answers how many it expired.
 * - `PUT /_emulator/tokens/lifetime` `{"ms": 2000}` sets the lifetime of tokens issued from now on.
 */
const expireBody = z.object({ token: z.string().min(1).optional() });
const lifetimeBody = z.object({ ms: z.number().int().positive() });

export function tokenAdmin(ctx: EmulatorContext, method: string, path: string, body: unknown): EmuResponse {
  if (path === '/_emulator/tokens/expire' && method === 'POST') {
    const parsed = expireBody.safeParse(body);
    if (!parsed.success) return json(400, { error: parsed.error.message });
    const now = ctx.now();
    let expired = 0;
    for (const token of [...ctx.nhn.tokens.values(), ...ctx.kakao.tokens.values()]) {
      if (parsed.data.token !== undefined && token.id !== parsed.data.token) continue;
      if (token.expiresAt > now) expired += 1;
      token.expiresAt = now;
    }
    return json(200, { expired });
  }
  if (path === '/_emulator/tokens/lifetime' && method === 'PUT') {
    const parsed = lifetimeBody.safeParse(body);
    if (!parsed.success) return json(400, { error: parsed.error.message });
    ctx.nhn.tokenLifetimeMs = parsed.data.ms;
    ctx.kakao.settings.tokenLifetimeMs = parsed.data.ms;
    return json(200, { ms: parsed.data.ms });
  }
  return json(404, { error: 'unknown admin endpoint' });
}
