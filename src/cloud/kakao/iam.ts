import { UnauthenticatedError, UpstreamUnavailableError } from '../errors.js';
import { errorFromResponse, parseJson, send, type CallCounter, type Upstream, type UpstreamRequest, type UpstreamResponse } from '../http.js';
import type { AccessToken } from '../token-source.js';
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
 * `POST {iam}/identity/v3/auth/tokens` with an IAM access key as an application
 * credential (kakaocloud §2.1). The token comes back in `X-Subject-Token`, the body says
 * when it expires and which project it acts in. The secret goes to IAM and nowhere else.
 */
export async function issueKakaoToken(
  upstream: Upstream,
  iamUrl: string,
  credentials: { accessKeyId: string; secret: string },
  counter?: CallCounter,
): Promise<KakaoTokenGrant> {
  const req: UpstreamRequest = {
    provider: 'KAKAO',
    service: 'iam',
    method: 'POST',
    url: identityUrl(iamUrl),
    // Mandatory since 2026-04 (kakaocloud §1.2); `send` sets it for JSON bodies, this says why it matters.
    headers: { 'content-type': 'application/json' },
    body: { auth: { identity: { methods: ['application_credential'], application_credential: { id: credentials.accessKeyId, secret: credentials.secret } } } },
    counter,
  };
  const res = await send(upstream, req);
  if (res.status === 401) throw new UnauthenticatedError('KakaoCloud refused the access key id or secret');
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
