import { HttpError } from '../../errors.js';
import { json } from '../../router.js';
import type { BodyProblem } from './request-body.js';

/**
 * Neutron's error body, `{"NeutronError":{"type","message","detail"}}` (nhn-network §1.4).
 * NHN does not document its network errors; every body here is the Neutron default.
 */
// [guess] type names follow upstream Neutron; NHN-native resources use HTTPNotFound / HTTPConflict.
export function neutronError(status: number, type: string, message: string): HttpError {
  return new HttpError(json(status, { NeutronError: { type, message, detail: '' } }));
}

export function badRequest(message: string, type = 'HTTPBadRequest'): HttpError {
  return neutronError(400, type, message);
}

export function notFound(type: string, message: string): HttpError {
  return neutronError(404, type, message);
}

/** 409 for deletes of things still in use, duplicates and refused state changes. */
export function conflict(type: string, message: string): HttpError {
  return neutronError(409, type, message);
}

/** Throws the 400 Neutron answers to an unreadable or invalid body. */
export function refuseBody(problem: BodyProblem): never {
  switch (problem.kind) {
    case 'malformed':
      throw badRequest('Malformed request body');
    case 'missing-wrapper':
      throw badRequest(`Unable to find '${problem.key}' in request body`);
    case 'missing-field':
      throw badRequest(`Failed to parse request. Required attribute '${problem.field}' not specified`);
    case 'invalid-field':
      throw badRequest(`Invalid input for ${problem.field}. Reason: ${problem.reason}.`);
  }
}

/**
 * The status and message of a NeutronError thrown by this module's helpers, so that
 * compute can answer in Nova's own error body; undefined for anything else.
 */
export function neutronRefusal(err: unknown): { status: number; type: string; message: string } | undefined {
  if (!(err instanceof HttpError)) return undefined;
  const body = err.response.body as { NeutronError?: { type: string; message: string } } | undefined;
  if (!body?.NeutronError) return undefined;
  return { status: err.response.status, ...body.NeutronError };
}
