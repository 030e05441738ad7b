import { ConflictError, NotFoundError, QuotaExceededError, UpstreamError, UserFacingError, ValidationError } from '../cloud/errors.js';

/**
 * A payload error as GraphQL resolves it: a plain copy of the cloud layer's error.
 * graphql-js treats any resolved value that is an `Error` instance as a failure of the
 * field (execute.js `completeValue`), so the error objects themselves cannot be data.
 */
export type UserErrorData =
  | { code: 'VALIDATION'; message: string; field: string[] }
  | { code: 'NOT_FOUND'; message: string; resourceType: string; resourceId: string }
  | { code: 'CONFLICT'; message: string; currentStatus: string | null }
  | { code: 'QUOTA_EXCEEDED'; message: string }
  | { code: 'UPSTREAM'; message: string; status: number; service: string };

/** The data a payload carries for a user-facing error; undefined for any other failure. */
export function userErrorData(err: unknown): UserErrorData | undefined {
  if (!(err instanceof UserFacingError)) return undefined;
  if (err instanceof ValidationError) return { code: err.code, message: err.message, field: err.field };
  if (err instanceof NotFoundError) return { code: err.code, message: err.message, resourceType: err.resourceType, resourceId: err.resourceId };
  if (err instanceof ConflictError) return { code: err.code, message: err.message, currentStatus: err.currentStatus };
  if (err instanceof QuotaExceededError) return { code: err.code, message: err.message };
  if (err instanceof UpstreamError) return { code: err.code, message: err.message, status: err.status, service: err.service };
  return undefined;
}

/** What a mutation resolver's payload holds: its result, or the user errors that prevented it. */
export type Outcome<T> = T & { errors: UserErrorData[] };
