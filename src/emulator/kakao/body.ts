import { z } from 'zod';
import { parseCidr } from '../../ipv4.js';
import type { EmuRequest } from '../router.js';
import { badRequest } from './errors.js';

/**
 * Reads and validates a JSON request body. Anything malformed is a 400 in the service
 * envelope; [guess] the FastAPI-style 422 the SDK also models is not used.
 */
export function readBody<S extends z.ZodType>(req: EmuRequest, schema: S): z.infer<S> {
  if (req.bodyInvalid) badRequest('The request body is not valid JSON.');
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`);
    badRequest(`Invalid request body: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** Reads a body wrapped in its resource key (`{"vpc": {...}}`, §1.3) and returns the inner object. */
export function readWrapped<S extends z.ZodType>(req: EmuRequest, key: string, schema: S): z.infer<S> {
  return (readBody(req, z.object({ [key]: schema })) as Record<string, z.infer<S>>)[key]!;
}

/** A CIDR field: canonical IPv4 notation with no host bits set. */
export const cidrField = z.string().refine((s) => parseCidr(s) !== undefined, 'must be an IPv4 CIDR block such as 10.0.0.0/16');
