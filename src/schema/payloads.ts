import { builder } from './builder.js';
import { UserErrorRef, type Outcome } from './errors.js';

/** The payload of every delete mutation: the deleted node's id, or why it was not deleted. */
export const DeletePayloadRef = builder.objectRef<Outcome<{ deletedId: string | null }>>('DeletePayload').implement({
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { nullable: true }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});
