import { UnauthenticatedError, UpstreamUnavailableError } from '../errors.js';
import { errorFromResponse, parseJson, send, type CallCounter, type Upstream, type UpstreamRequest, type UpstreamResponse } from '../http.js';
import type { AccessToken } from '../token-source.js';
import type { Project } from '../model.js';
import { segment } from '../url.js';
import { toDate } from '../wire.js';

/** The Keystone-shaped `{"token": …}` body of issue and validate (kakaocloud §2.1); only what Hanul reads. */
interface KeystoneToken {
  token: {
    expires_at?: string;
    user?: { id?: string; name?: string };
    project?: { id?: string; name?: string };
  };
}

export interface KakaoTokenGrant extends AccessToken {
  expiresAt: Date;
  /** The project the access key is scoped to: the token acts in it. */
  projectId: string;
  projectName: string | null;
  userId: string | null;
}

/** Tokens live 12 h (kakaocloud §2.1); assumed when the answer leaves `expires_at` out. */
const DEFAULT_LIFETIME_MS = 12 * 3600_000;

function identityUrl(iamUrl: string): string {
  return `${iamUrl.replace(/\/$/, '')}/identity/v3/auth/tokens`;
}

function header(res: UpstreamResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function grantFrom(res: UpstreamResponse, req: UpstreamRequest, token: string): KakaoTokenGrant {
  const body = parseJson<KeystoneToken>(res, req).token ?? {};
  const projectId = body.project?.id;
  if (!projectId) throw new UpstreamUnavailableError('KakaoCloud IAM answered a token without its project', req.service);
  return {
    token,
    expiresAt: toDate(body.expires_at) ?? new Date(Date.now() + DEFAULT_LIFETIME_MS),
    projectId,
    projectName: body.project?.name ?? null,
    userId: body.user?.id ?? null,
  };
}

/**
 * The two ways to name an access key (kakaocloud §2.1): by its id, or by its name and the
 * id of the user it belongs to (names are unique per user only).
 */
export type KakaoAccessKey = { accessKeyId: string; secret: string } | { accessKeyName: string; userId: string; secret: string };

function applicationCredential(key: KakaoAccessKey): Record<string, unknown> {
  return 'accessKeyId' in key
    ? { id: key.accessKeyId, secret: key.secret }
    : { name: key.accessKeyName, secret: key.secret, user: { id: key.userId } };
}

/**
 * `POST {iam}/identity/v3/auth/tokens` with an IAM access key as an application
 * credential (kakaocloud §2.1). The token comes back in `X-Subject-Token`, the body says
 * when it expires and which project it acts in. The secret goes to IAM and nowhere else.
 */
export async function issueKakaoToken(
  upstream: Upstream,
  iamUrl: string,
  credentials: KakaoAccessKey,
  counter?: CallCounter,
): Promise<KakaoTokenGrant> {
  const req: UpstreamRequest = {
    provider: 'KAKAO',
    service: 'iam',
    method: 'POST',
    url: identityUrl(iamUrl),
    // Mandatory since 2026-04 (kakaocloud §1.2); `send` sets it for JSON bodies, this says why it matters.
    headers: { 'content-type': 'application/json' },
    body: { auth: { identity: { methods: ['application_credential'], application_credential: applicationCredential(credentials) } } },
    counter,
  };
  const res = await send(upstream, req);
  if (res.status === 401) throw new UnauthenticatedError('KakaoCloud refused the access key, its secret or the user id');
  if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, req);
  const token = header(res, 'x-subject-token');
  if (!token) throw new UpstreamUnavailableError('KakaoCloud IAM answered without X-Subject-Token', req.service);
  return grantFrom(res, req, token);
}

/**
 * `GET {iam}/identity/v3/auth/tokens` (kakaocloud §2.2): who a token a client brought is,
 * and in which project it acts. An unknown or expired token is UNAUTHENTICATED.
 */
export async function validateKakaoToken(upstream: Upstream, iamUrl: string, token: string, counter?: CallCounter): Promise<KakaoTokenGrant> {
  const req: UpstreamRequest = {
    provider: 'KAKAO',
    service: 'iam',
    method: 'GET',
    url: identityUrl(iamUrl),
    headers: { 'x-auth-token': token, 'x-subject-token': token },
    counter,
  };
  const res = await send(upstream, req);
  if (res.status === 401 || res.status === 404) throw new UnauthenticatedError('KakaoCloud refused the token (expired or invalid); issue a new one with issueToken');
  if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, req);
  return grantFrom(res, req, token);
}

/** One project of `GET /identity/v3/users/{id}/projects` (Keystone shape, kakaocloud §2.3); only what Hanul reads. */
interface KeystoneProject {
  id: string;
  name?: string;
  description?: string | null;
  enabled?: boolean;
}

/** The projects `userId` belongs to, read with that user's token (kakaocloud §2.3). */
export async function listKakaoProjects(upstream: Upstream, iamUrl: string, token: string, userId: string, counter?: CallCounter): Promise<Project[]> {
  const req: UpstreamRequest = {
    provider: 'KAKAO',
    service: 'iam',
    method: 'GET',
    url: `${iamUrl.replace(/\/$/, '')}/identity/v3/users/${segment(userId)}/projects`,
    headers: { 'x-auth-token': token },
    counter,
  };
  const res = await send(upstream, req);
  if (res.status === 401) throw new UnauthenticatedError('KakaoCloud refused the token (expired or invalid); issue a new one with issueToken');
  if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, req);
  const body = parseJson<{ projects?: KeystoneProject[] }>(res, req);
  return (body.projects ?? []).map((p) => ({ provider: 'KAKAO', id: p.id, name: p.name ?? p.id, description: p.description || null, enabled: p.enabled ?? true }));
}
