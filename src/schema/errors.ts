import { GraphQLError } from 'graphql';
import {
  CloudError,
  ConflictError,
  NotFoundError,
  QuotaExceededError,
  UpstreamError,
  UserFacingError,
  ValidationError,
} from '../cloud/errors.js';
import { builder } from './builder.js';

/**
 * Expected failures are data: every mutation payload carries `errors: [UserError!]!`.
 * Each error type is backed by the cloud layer's error class.
 */
export const UserErrorRef = builder.interfaceRef<UserFacingError>('UserError').implement({
  description: 'A failure the user can act on: bad input, a missing resource, a refused state change, a quota, a cloud error.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code', { description: 'VALIDATION, NOT_FOUND, CONFLICT, QUOTA_EXCEEDED or UPSTREAM' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [UserErrorRef],
  isTypeOf: (e) => e instanceof ValidationError,
  fields: (t) => ({
    field: t.exposeStringList('field', { description: 'Path of the offending input, e.g. ["input", "name"]' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [UserErrorRef],
  isTypeOf: (e) => e instanceof NotFoundError,
  fields: (t) => ({
    resourceType: t.exposeString('resourceType'),
    resourceId: t.exposeString('resourceId'),
  }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [UserErrorRef],
  isTypeOf: (e) => e instanceof ConflictError,
  fields: (t) => ({
    currentStatus: t.exposeString('currentStatus', { nullable: true, description: "The resource's status when the cloud refused" }),
  }),
});

builder.objectType(QuotaExceededError, {
  name: 'QuotaExceededError',
  interfaces: [UserErrorRef],
  isTypeOf: (e) => e instanceof QuotaExceededError,
  fields: () => ({}),
});

builder.objectType(UpstreamError, {
  name: 'UpstreamError',
  interfaces: [UserErrorRef],
  isTypeOf: (e) => e instanceof UpstreamError,
  fields: (t) => ({
    status: t.exposeInt('status', { description: 'HTTP status the cloud answered' }),
    service: t.exposeString('service'),
  }),
});

/** What a mutation resolver returns: its result, or the user errors that prevented it. */
export type Outcome<T> = T & { errors: UserFacingError[] };

/**
 * Runs a mutation's work and turns user-facing failures into payload errors. Anything
 * else (no credentials, upstream down, bugs) propagates as a GraphQL error.
 */
export async function outcome<T extends object>(empty: T, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ...(await work()), errors: [] };
  } catch (err) {
    if (err instanceof UserFacingError) return { ...empty, errors: [err] };
    throw err;
  }
}

/**
 * The GraphQL error a client sees for a failure outside a payload: cloud errors keep
 * their message and get a stable `extensions.code`; anything else is masked by yoga.
 */
export function toGraphQLError(err: unknown): GraphQLError | undefined {
  if (!(err instanceof CloudError)) return undefined;
  const code = err instanceof ValidationError ? 'BAD_USER_INPUT' : err.code;
  return new GraphQLError(err.message, { extensions: { code } });
}
