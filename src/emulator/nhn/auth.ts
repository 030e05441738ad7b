import type { EmulatorContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { EmuRequest, EmuResponse } from '../router.js';
import { json, text } from '../router.js';
import type { NhnToken } from './state.js';

/** How a service answers 401: keystonemiddleware JSON, or Glance/Swift text and HTML (nhn-notes §2.4). */
export type UnauthorizedStyle = 'json' | 'text' | 'html';

const AUTH_MESSAGE = 'The request you have made requires authentication.';

export function unauthorized(ctx: EmulatorContext, style: UnauthorizedStyle): EmuResponse {
  if (style === 'text') {
    return text(401, '401 Unauthorized\n\nThis server could not verify that you are authorized to access the document you requested.');
  }
  if (style === 'html') return text(401, '<html><h1>Unauthorized</h1><p>This server could not verify that you are authorized to access the document you requested.</p></html>', 'text/html; charset=UTF-8');
  return json(
    401,
    { error: { code: 401, title: 'Unauthorized', message: AUTH_MESSAGE } },
    { 'www-authenticate': `Keystone uri="${ctx.nhnIdentityUrl}"` },
  );
}

/**
 * The caller's live token, or a thrown 401 in the service's style. When the path carries
 * a tenant (`/v2/{tenantId}/…`, `AUTH_{tenant}`), the token must be scoped to it: a token
 * of another tenant is refused with `mismatch` (the service's own 401/403 body).
 */
export function requireToken(
  ctx: EmulatorContext,
  req: EmuRequest,
  style: UnauthorizedStyle,
  pathTenant?: { tenantId: string; mismatch: (token: NhnToken) => EmuResponse },
): NhnToken {
  const header = req.headers['x-auth-token'];
  const token = ctx.nhn.validToken(Array.isArray(header) ? header[0] : header, ctx.now());
  if (!token) throw new HttpError(unauthorized(ctx, style));
  if (pathTenant && pathTenant.tenantId !== token.tenantId) throw new HttpError(pathTenant.mismatch(token));
  return token;
}
