import { HttpError } from '../../errors.js';
import { json } from '../../router.js';

/**
 * A Magnum error (nhn-nks §1.5): `{"errors":[{request_id:"", code:"client"|"server", status,
 * title, detail, links:[]}]}` where `title` is the message up to its first `.` — exactly
 * what Magnum's ParsableErrorMiddleware emits. [guess] NHN does not document its NKS errors.
 */
export function magnumError(status: number, message: string): HttpError {
  return new HttpError(
    json(status, {
      errors: [
        {
          request_id: '',
          code: status >= 500 ? 'server' : 'client',
          status,
          title: message.split('.', 1)[0],
          detail: message,
          links: [],
        },
      ],
    }),
  );
}

export function badRequest(message: string): HttpError {
  return magnumError(400, message);
}

export function notFound(message: string): HttpError {
  return magnumError(404, message);
}

/** [guess] The reference's 409 for an operation refused in the current state (upstream Magnum uses 400). */
export function conflict(message: string): HttpError {
  return magnumError(409, message);
}

/** wsme's refusal of a missing or malformed body field, as Magnum passes it on. */
export function invalidField(field: string, value: unknown, reason: string): HttpError {
  return badRequest(`Invalid input for field/attribute ${field}. Value: ${JSON.stringify(value ?? null)}. ${reason}`);
}
