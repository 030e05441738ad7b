import type { z } from 'zod';
import type { EmuRequest } from '../../router.js';

/**
 * Why a request body was refused. Generic on purpose: each service words it in its own
 * error body (NeutronError, Cinder/Nova faults), so block storage uses this module too.
 */
export type BodyProblem =
  | { kind: 'malformed' }
  | { kind: 'missing-wrapper'; key: string }
  | { kind: 'missing-field'; field: string }
  | { kind: 'invalid-field'; field: string; reason: string };

export interface BodyShape {
  /** The wrapper key (`vpc`, `volume`, …), or undefined when fields sit at the top level. */
  wrapper?: string;
  /** Accept the fields unwrapped too (NHN documents both forms for some calls). */
  wrapperOptional?: boolean;
}

/**
 * Validates a JSON request body against `schema`. On failure it calls `refuse`, which
 * throws the service's own 400 response.
 */
export function readBody<S extends z.ZodType>(
  req: EmuRequest,
  schema: S,
  shape: BodyShape,
  refuse: (problem: BodyProblem) => never,
): z.output<S> {
  if (req.bodyInvalid) refuse({ kind: 'malformed' });
  const body = req.body;
  if (!isObject(body)) return refuse(shape.wrapper ? { kind: 'missing-wrapper', key: shape.wrapper } : { kind: 'malformed' });
  let fields: unknown = body;
  if (shape.wrapper) {
    if (shape.wrapper in body) fields = body[shape.wrapper];
    else if (!shape.wrapperOptional) refuse({ kind: 'missing-wrapper', key: shape.wrapper });
    if (!isObject(fields)) refuse({ kind: 'missing-wrapper', key: shape.wrapper });
  }
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  if (issue.code === 'invalid_type' && valueAt(fields, issue.path) === undefined) return refuse({ kind: 'missing-field', field });
  return refuse({ kind: 'invalid-field', field, reason: issue.message });
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
