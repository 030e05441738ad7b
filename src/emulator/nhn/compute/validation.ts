import { invalidInput } from './errors.js';

/** Input rules of Nova's request schemas, shared by the server calls. */

const METADATA_KEY = /^[a-zA-Z0-9-_:. ]{1,255}$/;

/** Nova's rule for server names: a string of 1 to 255 characters, not only blanks. */
export function validName(name: unknown): string {
  if (name === undefined) return invalidInput('server', name, "'name' is a required property");
  if (typeof name !== 'string') return invalidInput('name', name, `${JSON.stringify(name)} is not of type 'string'`);
  if (name.trim().length === 0 || name.length > 255) return invalidInput('name', name, 'Name must be 1 to 255 characters and not only blanks.');
  return name;
}

/** Metadata maps keys of 1–255 safe characters to strings of at most 255 characters. */
export function validMetadata(metadata: unknown): Record<string, string> {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    return invalidInput('metadata', metadata, "is not of type 'object'");
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (!METADATA_KEY.test(key)) invalidInput('metadata', metadata, `Additional properties are not allowed ('${key}' was unexpected)`);
    if (typeof value !== 'string' || value.length > 255) invalidInput(`metadata/${key}`, value, "is not a string of at most 255 characters");
  }
  return { ...(metadata as Record<string, string>) };
}
