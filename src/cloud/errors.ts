/**
 * Failures the cloud layer reports. `UserFacingError`s are things a user can act on and
 * are returned as data in mutation payloads; the others become GraphQL errors with a
 * stable `extensions.code`. Messages never carry tokens, passwords or upstream URLs.
 */

export abstract class CloudError extends Error {
  abstract readonly code: string;
}

/** Base of the errors mutation payloads carry in `errors`. */
export abstract class UserFacingError extends CloudError {}

export class ValidationError extends UserFacingError {
  readonly code = 'VALIDATION';
  constructor(
    message: string,
    /** Path of the offending input field, e.g. `['input', 'name']`. */
    readonly field: string[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends UserFacingError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly resourceType: string,
    readonly resourceId: string,
    message = `${resourceType} ${resourceId} was not found`,
  ) {
    super(message);
  }
}

export class ConflictError extends UserFacingError {
  readonly code = 'CONFLICT';
  constructor(
    message: string,
    /** The resource's status when the cloud refused, where known. */
    readonly currentStatus: string | null = null,
  ) {
    super(message);
  }
}

export class QuotaExceededError extends UserFacingError {
  readonly code = 'QUOTA_EXCEEDED';
}

/** The cloud refused or failed in a way the user may understand (4xx/5xx with a message). */
export class UpstreamError extends UserFacingError {
  readonly code = 'UPSTREAM';
  constructor(
    message: string,
    readonly status: number,
    readonly service: string,
  ) {
    super(message);
  }
}

/** Missing, unknown, expired or refused credentials. */
export class UnauthenticatedError extends CloudError {
  readonly code = 'UNAUTHENTICATED';
}

/** The credentials are valid but not for this. */
export class ForbiddenError extends CloudError {
  readonly code = 'FORBIDDEN';
}

/** The cloud did not answer in time, refused the connection, or answered garbage. */
export class UpstreamUnavailableError extends CloudError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
  constructor(
    message: string,
    readonly service: string,
  ) {
    super(message);
  }
}

export class RateLimitedError extends CloudError {
  readonly code = 'RATE_LIMITED';
}

/** The operation ran past EXECUTION_TIMEOUT_MS: its pending upstream calls were cut, no new ones start. */
export class OperationTimeoutError extends CloudError {
  readonly code = 'EXECUTION_TIMEOUT';
}
