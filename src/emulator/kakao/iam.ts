import { z } from 'zod';
import { isoMicrosNoZone } from '../clock.js';
import type { EmulatorContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { EmuRequest, EmuResponse } from '../router.js';
import { json, Router } from '../router.js';
import { authToken } from './auth.js';
import type { KakaoToken } from './state.js';

/**
 * IAM speaks Keystone, so its errors are [guess] Keystone's `{"error": {"code": <int>,
 * "message", "title"}}`, unlike the string codes of the other services (§1.5).
 */
function keystoneError(status: number, title: string, message: string): EmuResponse {
  return json(status, { error: { code: status, message, title } });
}

const UNAUTHORIZED = (): HttpError => new HttpError(keystoneError(401, 'Unauthorized', 'The request you have made requires authentication.'));

const tokenRequest = z.object({
  auth: z.object({
    identity: z.object({
      methods: z.array(z.string()).refine((m) => m.includes('application_credential'), 'methods must include application_credential'),
      application_credential: z.union([
        z.object({ id: z.string(), secret: z.string() }),
        z.object({ name: z.string(), secret: z.string(), user: z.object({ id: z.string() }) }),
      ]),
    }),
  }),
});

/** Keystone's `2026-04-29T15:31:21.000000Z`. */
function keystoneTime(d: Date): string {
  return `${isoMicrosNoZone(d)}Z`;
}

/** The `{"token": …}` body of issue and validate (§2.1); the catalog is empty (§14.1). */
function tokenBody(token: KakaoToken): Record<string, unknown> {
  const { user, project, accessKey } = token;
  return {
    token: {
      methods: ['application_credential'],
      user: { id: user.id, name: user.name, domain: user.domain, password_expires_at: null },
      audit_ids: [token.auditId],
      expires_at: keystoneTime(token.expiresAt),
      issued_at: keystoneTime(token.issuedAt),
      project: { id: project.id, name: project.name, domain: project.domain },
      is_domain: false,
      roles: [{ id: 'b7e3f1a2c4d54e6f8a9b0c1d2e3f4a5b', name: 'project_admin' }],
      application_credential: { id: accessKey.id, name: accessKey.name, restricted: true },
      catalog: [],
    },
  };
}

function issueToken(ctx: EmulatorContext, req: EmuRequest): EmuResponse {
  // Mandatory since 2026-04-02 (§1.2). [guess] Keystone's own refusal: 400 with this message.
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    return keystoneError(400, 'Bad Request', 'Expecting to find application/json in Content-Type header - the server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.');
  }
  const parsed = tokenRequest.safeParse(req.body);
  if (req.bodyInvalid || !parsed.success) {
    const detail = parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') ?? 'invalid JSON';
    return keystoneError(400, 'Bad Request', `Invalid input for field 'auth': ${detail}`);
  }
  const credential = parsed.data.auth.identity.application_credential;
  const key = 'id' in credential
    ? ctx.kakao.findAccessKey({ id: credential.id })
    : ctx.kakao.findAccessKey({ name: credential.name, userId: credential.user.id });
  if (!key || key.secret !== credential.secret) throw UNAUTHORIZED();
  const token = ctx.kakao.issueToken(key, ctx.now());
  return json(201, tokenBody(token), { 'x-subject-token': token.id });
}

/** The caller's live token, or Keystone's 401. */
function caller(ctx: EmulatorContext, req: EmuRequest): KakaoToken {
  const token = ctx.kakao.validToken(authToken(req), ctx.now());
  if (!token) throw UNAUTHORIZED();
  return token;
}

/** IAM (`iam.kakaocloud.com`, global): tokens and project listing under `/identity/v3`. */
export function iamRouter(ctx: EmulatorContext): Router {
  return new Router()
    .post('/identity/v3/auth/tokens', (req) => issueToken(ctx, req))
    .get('/identity/v3/auth/tokens', (req) => {
      caller(ctx, req);
      const subject = req.headers['x-subject-token'];
      const token = ctx.kakao.validToken(Array.isArray(subject) ? subject[0] : subject, ctx.now());
      if (!token) return keystoneError(404, 'Not Found', 'Could not find token.');
      return json(200, tokenBody(token), { 'x-subject-token': token.id });
    })
    .get('/identity/v3/users/:userId/projects', (req) => {
      const token = caller(ctx, req);
      const userId = req.params.userId!;
      // [guess] Listing another user's projects needs admin rights, as in Keystone.
      if (userId !== token.user.id) return keystoneError(403, 'Forbidden', 'You are not authorized to perform the requested action: identity:list_user_projects.');
      const self = `${ctx.kakaoServiceUrl('iam')}/identity/v3`;
      const projects = token.user.projectIds.map((id) => ctx.kakao.projects.get(id)!).map((p) => ({
        id: p.id,
        name: p.name,
        domain_id: p.domain.id,
        description: p.description,
        enabled: true,
        parent_id: p.domain.id,
        is_domain: false,
        tags: [],
        options: {},
        links: { self: `${self}/projects/${p.id}` },
      }));
      return json(200, { projects, links: { next: null, self: `${self}/users/${userId}/projects`, previous: null } });
    });
}
