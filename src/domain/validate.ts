import type { z } from 'zod';
import { ValidationError } from '../cloud/errors.js';

/**
 * Checks one mutation input against a zod schema before any upstream call; a failure is
 * a ValidationError on `field` that says what to change.
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown, field: string[]): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [...field, ...(issue?.path ?? []).map(String)];
  throw new ValidationError(`${path.at(-1)} ${issue?.message ?? 'is invalid'}`, path);
}
