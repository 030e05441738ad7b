import { builder } from './builder.js';
import { UserErrorRef, type Outcome } from './errors.js';
import { operationField, type LazyOperation } from './operations.js';

/** What a delete resolver returns: the deleted id, and the operation that follows the delete where the cloud deletes asynchronously. */
export type DeleteOutcome = { deletedId: string | null; operation?: LazyOperation };

/** The payload of every delete mutation: the deleted node's id, or why it was not deleted. */
export const DeletePayloadRef = builder.objectRef<Outcome<DeleteOutcome>>('DeletePayload').implement({
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { nullable: true }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    operation: operationField(t),
  }),
});
