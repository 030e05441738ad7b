import { HttpError } from '../../errors.js';
import type { EmuResponse, Unmatched } from '../../router.js';
import { text } from '../../router.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
};

/** Glance answers errors as webob text pages, not JSON (nhn-image.md §4) [guess]. */
export function glanceError(status: number, detail: string): EmuResponse {
  return text(status, `${status} ${TITLES[status] ?? 'Error'}\n\n${detail}\n\n   `);
}

/** Throws a Glance error page. */
export function refuse(status: number, detail: string): never {
  throw new HttpError(glanceError(status, detail));
}

export function badRequest(detail: string): never {
  return refuse(400, detail);
}

/** What Glance's router answers for paths and methods it does not serve. */
export const imageUnmatched: Unmatched = (_req, kind) =>
  kind === 'not-found'
    ? glanceError(404, 'The resource could not be found.')
    : glanceError(405, 'The method specified is not allowed for this resource.');

/**
 * Glance renders its errors for the `Accept` header (openstack-discovery §5): a client that
 * asks for JSON only (the SDK on lists and writes) gets webob's JSON form, whose `message`
 * the SDK prints; everyone else the text page.
 */
export function negotiateError(req: { headers: { accept?: string | undefined } }, res: EmuResponse): EmuResponse {
  const accept = req.headers.accept ?? '';
  if (res.status < 400 || !accept.includes('application/json') || accept.includes('*/*') || typeof res.body !== 'string') return res;
  const [statusLine = '', detail = ''] = res.body.split('\n\n');
  const title = statusLine.replace(/^\d+ /, '');
  return { ...res, body: { message: `${detail}<br /><br />\n\n\n`, code: statusLine, title }, headers: { ...res.headers, 'content-type': 'application/json' } };
}
