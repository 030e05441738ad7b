import { HttpError } from '../../errors.js';
import type { EmuResponse, Unmatched } from '../../router.js';
import { json } from '../../router.js';

/** Nova names its error bodies after the fault: `{"itemNotFound":{"code":404,"message":…}}` (nhn-notes §3.5). */
const FAULT_NAMES: Record<number, string> = {
  400: 'badRequest',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  413: 'overLimit',
  500: 'computeFault',
};

/** A Nova fault response. */
export function novaFault(status: keyof typeof FAULT_NAMES, message: string): EmuResponse {
  return json(status, { [FAULT_NAMES[status]!]: { code: status, message } });
}

/** Throws a Nova 400 `badRequest`. */
export function badRequest(message: string): never {
  throw new HttpError(novaFault(400, message));
}

/** Throws a Nova 403 `forbidden`. */
export function forbidden(message: string): never {
  throw new HttpError(novaFault(403, message));
}

/** Throws a Nova 404 `itemNotFound`. */
export function notFound(message: string): never {
  throw new HttpError(novaFault(404, message));
}

/** Throws a Nova 409 `conflictingRequest`. */
export function conflict(message: string): never {
  throw new HttpError(novaFault(409, message));
}

/**
 * Throws the 400 Nova's JSON-schema validation gives, e.g.
 * `Invalid input for field/attribute name. Value: None. None is not of type 'string'`.
 */
export function invalidInput(field: string, value: unknown, reason: string): never {
  return badRequest(`Invalid input for field/attribute ${field}. Value: ${pythonRepr(value)}. ${reason}`);
}

/** How Nova (Python) prints a value in validation messages. */
function pythonRepr(value: unknown): string {
  if (value === undefined || value === null) return 'None';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

/** What Nova answers when no route takes the request (webob's defaults under Nova's fault wrapper). */
export const computeUnmatched: Unmatched = (_req, kind) =>
  kind === 'not-found'
    ? novaFault(404, 'The resource could not be found.')
    : // [guess] webob's HTTPMethodNotAllowed carries no explanation; Nova's fault then shows its title.
      novaFault(405, 'The method specified is not allowed for this resource.');
