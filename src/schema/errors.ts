import { GraphQLError } from 'graphql';
import { CloudError, ValidationError } from '../cloud/errors.js';
import { builder } from './builder.js';
import { userErrorData, type Outcome, type UserErrorData } from './user-error-data.js';

export { userErrorData, type Outcome, type UserErrorData } from './user-error-data.js';

type ErrorOf<C extends UserErrorData['code']> = Extract<UserErrorData, { code: C }>;

/**
 * Expected failures are data: every mutation payload carries `errors: [UserError!]!`.
 * Each error type mirrors one of the cloud layer's error classes.
 */
export const UserErrorRef = builder.interfaceRef<UserErrorData>('UserError').implement({
  description: 'A failure the user can act on: bad input, a missing resource, a refused state change, a quota, a cloud error.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code', { description: 'VALIDATION, NOT_FOUND, CONFLICT, QUOTA_EXCEEDED or UPSTREAM' }),
  }),
});

builder.objectRef<ErrorOf<'VALIDATION'>>('ValidationError').implement({
  interfaces: [UserErrorRef],
  isTypeOf: (e) => (e as UserErrorData).code === 'VALIDATION',
  fields: (t) => ({
    field: t.exposeStringList('field', { description: 'Path of the offending input, e.g. ["input", "name"]' }),
  }),
});

builder.objectRef<ErrorOf<'NOT_FOUND'>>('NotFoundError').implement({
  interfaces: [UserErrorRef],
  isTypeOf: (e) => (e as UserErrorData).code === 'NOT_FOUND',
  fields: (t) => ({
    resourceType: t.exposeString('resourceType'),
    resourceId: t.exposeString('resourceId'),
  }),
});

builder.objectRef<ErrorOf<'CONFLICT'>>('ConflictError').implement({
  interfaces: [UserErrorRef],
  isTypeOf: (e) => (e as UserErrorData).code === 'CONFLICT',
  fields: (t) => ({
    currentStatus: t.exposeString('currentStatus', { nullable: true, description: "The resource's status when the cloud refused" }),
  }),
});

builder.objectRef<ErrorOf<'QUOTA_EXCEEDED'>>('QuotaExceededError').implement({
  interfaces: [UserErrorRef],
  isTypeOf: (e) => (e as UserErrorData).code === 'QUOTA_EXCEEDED',
  fields: () => ({}),
});

builder.objectRef<ErrorOf<'UPSTREAM'>>('UpstreamError').implement({
  interfaces: [UserErrorRef],
  isTypeOf: (e) => (e as UserErrorData).code === 'UPSTREAM',
  fields: (t) => ({
    status: t.exposeInt('status', { description: 'HTTP status the cloud answered' }),
    service: t.exposeString('service'),
  }),
});

/**
 * Runs a mutation's work and turns user-facing failures into payload errors. Anything
 * else (no credentials, upstream down, bugs) propagates as a GraphQL error.
 */
export async function outcome<T extends object>(empty: T, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ...(await work()), errors: [] };
  } catch (err) {
    const data = userErrorData(err);
    if (data) return { ...empty, errors: [data] };
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
