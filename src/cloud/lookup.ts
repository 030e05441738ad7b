import { NotFoundError } from './errors.js';

/** The answer, or null when the cloud said the resource does not exist (404). */
export async function orNull<T>(pending: Promise<T>): Promise<T | null> {
  try {
    return await pending;
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

/** Above this many ids in one region, one list call is cheaper than one GET per id. */
export const LIST_INSTEAD_OF_GETS = 4;

/**
 * Resources by id in one region: a GET per id for a few, one list call for many, so the
 * cost stays bounded however many ids a request batches. Missing ids are absent.
 */
export async function pickByIds<T extends { id: string }>(
  ids: readonly string[],
  listAll: () => Promise<T[]>,
  getOne: (id: string) => Promise<T>,
): Promise<T[]> {
  if (ids.length === 0) return [];
  if (ids.length > LIST_INSTEAD_OF_GETS) {
    const wanted = new Set(ids);
    return (await listAll()).filter((item) => wanted.has(item.id));
  }
  const found = await Promise.all(ids.map((id) => orNull(getOne(id))));
  return found.filter((item): item is Awaited<T> => item !== null);
}
