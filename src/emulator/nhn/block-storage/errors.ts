import { HttpError } from '../../errors.js';
import { json } from '../../router.js';
import type { BodyProblem } from '../network/request-body.js';

/**
 * Cinder's fault body, `{faultName: {code, message}}` (nhn-block-storage §5). Nova uses the
 * same envelope, so compute can pass these through from the attachment helpers.
 */
// [guess] NHN does not document block-storage errors; these are upstream Cinder's.
function cinderFault(code: number, name: string, message: string): HttpError {
  return new HttpError(json(code, { [name]: { code, message } }));
}

export function badRequest(message: string): HttpError {
  return cinderFault(400, 'badRequest', message);
}

export function itemNotFound(message: string): HttpError {
  return cinderFault(404, 'itemNotFound', message);
}

export function overLimit(message: string): HttpError {
  return cinderFault(413, 'overLimit', message);
}

/** Throws the 400 Cinder answers to an unreadable or invalid body. */
export function refuseBody(problem: BodyProblem): never {
  switch (problem.kind) {
    case 'malformed':
      throw badRequest('Malformed request body');
    case 'missing-wrapper':
      throw badRequest(`Missing required element '${problem.key}' in request body.`);
    case 'missing-field':
      throw badRequest(`Invalid input for field/attribute ${problem.field}. Value: None. '${problem.field}' is a required property`);
    case 'invalid-field':
      throw badRequest(`Invalid input for field/attribute ${problem.field}. Reason: ${problem.reason}.`);
  }
}
