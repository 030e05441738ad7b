import { HttpError } from '../errors.js';
import type { EmuResponse } from '../router.js';
import { json } from '../router.js';

/**
 * The service error envelope `{"error": {"code", "message"}}` (§1.5). `code` is a string
 * there; [guess] it carries the HTTP status, as the reference gives no code values.
 */
export function kakaoError(status: number, message: string): EmuResponse {
  return json(status, { error: { code: String(status), message } });
}

/** Ends the request with an error in the service envelope. */
export function fail(status: number, message: string): never {
  throw new HttpError(kakaoError(status, message));
}

export function badRequest(message: string): never {
  return fail(400, message);
}

export function notFound(kind: string, key: string): never {
  return fail(404, `${kind} ${key} could not be found`);
}

/** 409: wrong state, duplicate name, or a resource still in use (§1.5). */
export function conflict(message: string): never {
  return fail(409, message);
}

/** The injected 429 (§14.2). [guess] `Retry-After: 1`, the pace the Terraform provider retries at. */
export function tooManyRequests(): EmuResponse {
  const answer = kakaoError(429, 'Too many requests. Please retry later.');
  return { ...answer, headers: { ...answer.headers, 'retry-after': '1' } };
}
