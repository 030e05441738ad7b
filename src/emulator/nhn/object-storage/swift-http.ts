import { randomBytes } from 'node:crypto';
import { HttpError } from '../../errors.js';
import type { EmuResponse } from '../../router.js';

/** Swift answers errors as HTML pages or one-line messages, never JSON (nhn-object-storage §1.4). */
export const SWIFT_HTML = 'text/html; charset=UTF-8';
/** Swift's constraint checks (delete-at, content length, name length) answer in plain text. */
export const SWIFT_TEXT = 'text/plain';

/** Swift's stock reason phrase and explanation per status (swob `RESPONSE_REASONS`). */
const REASONS: Record<number, [title: string, explanation: string]> = {
  400: ['Bad Request', 'The server could not comply with the request since it is either malformed or otherwise incorrect.'],
  403: ['Forbidden', 'Access was denied to this resource.'],
  404: ['Not Found', 'The resource could not be found.'],
  409: ['Conflict', 'There was a conflict when trying to complete your request.'],
  411: ['Length Required', 'Content-Length header required.'],
  412: ['Precondition Failed', 'A precondition for this request was not met.'],
  422: ['Unprocessable Entity', 'Unable to process the contained instructions'],
};

/**
 * A Swift error: the stock `<html><h1>…</h1><p>…</p></html>` page, or `message` as the
 * whole body where Swift (or NHN) sends a one-line sentence instead.
 */
export function swiftError(status: number, message?: string, contentType = SWIFT_HTML): HttpError {
  const [title, explanation] = REASONS[status] ?? ['Error', ''];
  const body = message ?? `<html><h1>${title}</h1><p>${explanation}</p></html>`;
  return new HttpError({ status, body, headers: { 'content-type': contentType } });
}

/** `tx{21 hex}-{unix seconds as 10 hex}`, Swift's transaction id (e.g. `txddeb34d60f7f4b43a8b2a-0065b8b134`). */
function transId(now: Date): string {
  const seconds = Math.floor(now.getTime() / 1000).toString(16).padStart(10, '0');
  return `tx${randomBytes(11).toString('hex').slice(0, 21)}-${seconds}`;
}

/**
 * Adds what Swift puts on every answer, errors included: `X-Trans-Id` and its
 * `X-Openstack-Request-Id` twin, and `Content-Length: 0` when there is no body.
 */
export function swiftAnswer(response: EmuResponse, now: Date): EmuResponse {
  const id = transId(now);
  const headers: Record<string, string> = { ...response.headers, 'x-trans-id': id, 'x-openstack-request-id': id };
  if (response.body === undefined && response.status !== 204) headers['content-length'] ??= '0';
  return { ...response, headers };
}

/** `1653923802.28970`: Swift's `X-Timestamp` (unix seconds, five decimals). */
export function swiftTimestamp(d: Date): string {
  return (d.getTime() / 1000).toFixed(5);
}

/** HTTP date for `Last-Modified`; Swift rounds the timestamp up to the next whole second. */
export function httpDate(d: Date): string {
  return new Date(Math.ceil(d.getTime() / 1000) * 1000).toUTCString();
}
