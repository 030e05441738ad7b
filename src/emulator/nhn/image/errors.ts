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
 * Glance renders its errors (webob) for the `Accept` header (openstack-discovery §5): JSON
 * for a client that asks for JSON only, an HTML page for any type or HTML (the SDK and
 * glanceclient print its text), the plain page otherwise.
 */
export function negotiateError(req: { headers: { accept?: string | undefined } }, res: EmuResponse): EmuResponse {
  // 401s come from the auth middleware in front of Glance, which keeps its own text (nhn-notes §2.4).
  if (res.status < 400 || res.status === 401 || typeof res.body !== 'string' || !/^\d{3} /.test(res.body)) return res;
  const accept = req.headers.accept ?? '';
  const [statusLine = '', detail = ''] = res.body.split('\n\n');
  const title = statusLine.replace(/^\d+ /, '');
  if (accept.includes('*/*') || accept.includes('text/html')) {
    const page = `<html>\n <head>\n  <title>${statusLine}</title>\n </head>\n <body>\n  <h1>${statusLine}</h1>\n  ${detail}<br /><br />\n\n\n\n </body>\n</html>`;
    return { ...res, body: page, headers: { ...res.headers, 'content-type': 'text/html; charset=UTF-8' } };
  }
  if (!accept.includes('application/json')) return res;
  return { ...res, body: { message: `${detail}<br /><br />\n\n\n`, code: statusLine, title }, headers: { ...res.headers, 'content-type': 'application/json' } };
}
