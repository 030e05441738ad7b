import { encodeGlobalID } from '@pothos/plugin-relay';
import { ImplementableObjectRef, type FieldRef, type ObjectFieldBuilder } from '@pothos/core';
import { builder } from './builder.js';
import { UserErrorRef } from './errors.js';
import { operationField, type LazyOperation } from './operations.js';
import { markPayload } from './payload-plugin.js';
import type { Outcome } from './user-error-data.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type FieldsOf<Shape> = (t: ObjectFieldBuilder<Types, Outcome<Shape>>) => // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each field's own shape
  Record<string, FieldRef<Types, any, 'Object'>>;

export interface PayloadOptions<Shape> {
  description?: string;
  /** The payload's own fields; `errors` (and `operation` when `operation: true`) are added. */
  fields: FieldsOf<Shape>;
  /** The mutation starts asynchronous work: the payload has `operation`, its result `operation?: LazyOperation`. */
  operation?: boolean;
}

/**
 * The payload of a mutation: its own fields plus `errors: [UserError!]!` (and `operation`).
 * A field returning it resolves to the result shape alone; user errors, in the resolver or
 * in decoding its arguments, land in `errors` (payload-plugin.ts), so resolvers only throw.
 */
export function payloadType<Shape extends object>(name: string, options: PayloadOptions<Shape>) {
  // Resolvers return the result shape; the plugin adds `errors` before the fields read it.
  const ref = new ImplementableObjectRef<Types, Shape, Outcome<Shape>>(builder, name).implement({
    description: options.description,
    fields: (t) => ({
      ...options.fields(t),
      errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
      ...(options.operation ? { operation: operationField(t as ObjectFieldBuilder<Types, Outcome<Shape> & { operation?: LazyOperation }>) } : {}),
    }),
  });
  markPayload(ref);
  return ref;
}

/** What a delete resolver returns: the deleted id, and the operation that follows the delete where the cloud deletes asynchronously. */
export type DeleteOutcome = { deletedId: string | null; operation?: LazyOperation };

/** The global id a delete payload answers, from the decoded id argument of the deleted node. */
export const deletedIdOf = (id: { id: string; typename: string }) => encodeGlobalID(id.typename, id.id);

/** The payload of every delete mutation: the deleted node's id, or why it was not deleted. */
export const DeletePayloadRef = payloadType<DeleteOutcome>('DeletePayload', {
  operation: true,
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { nullable: true }) }),
});
