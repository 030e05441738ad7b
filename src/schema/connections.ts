import { resolveCursorConnection, type DefaultConnectionArguments, type PageInfoShape } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from './builder.js';

/** The largest page a client may ask for. */
export const MAX_PAGE = 1000;
/** The page a connection returns when neither `first` nor `last` is given. */
export const DEFAULT_PAGE = 100;

// Every connection of the graph says how many items its whole list holds.
builder.globalConnectionField('totalCount', (t) => t.int({ description: 'Items in the whole list, every page together', resolve: (c) => c.totalCount }));

/** Refuses a page size outside 0..MAX_PAGE with a message that says the bounds. */
export function checkPageSize(args: Pick<DefaultConnectionArguments, 'first' | 'last'>): void {
  for (const [name, value] of [['first', args.first], ['last', args.last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE)) {
      throw new GraphQLError(`${name} must be between 0 and ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }
}

/** A cursor names an item's upstream id, opaque to the client. */
export const toCursor = (id: string) => Buffer.from(`c:${id}`).toString('base64url');

/** The upstream id a cursor names; a string that is not one of ours is the client's mistake. */
export function fromCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('c:')) throw new GraphQLError('after/before is not a cursor of this list', { extensions: { code: 'BAD_USER_INPUT' } });
  return raw.slice(2);
}

/**
 * One page of a complete list (`first`/`after`, `last`/`before`). Cursors name an item's
 * upstream id, not its offset, so a page stays right when items are created or deleted in
 * between; a cursor whose item is gone pages from the end of the list.
 */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoShape;
  totalCount: number;
}

export async function pageOf<T>(items: readonly T[], args: DefaultConnectionArguments, idOf: (item: T) => string): Promise<Page<T>> {
  checkPageSize(args);
  const indexOf = (cursor: string) => items.findIndex((item) => idOf(item) === fromCursor(cursor));
  const page = await resolveCursorConnection({ args, toCursor: (item) => toCursor(idOf(item as T)), defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE }, ({ after, before, limit, inverted }) => {
    const afterAt = after ? indexOf(after) : -1;
    const start = after && afterAt < 0 ? items.length : afterAt + 1;
    const beforeAt = before ? indexOf(before) : -1;
    const end = before && beforeAt >= 0 ? beforeAt : items.length;
    const window = items.slice(start, Math.max(start, end));
    return inverted ? window.slice(-limit).reverse() : window.slice(0, limit);
  });
  // Our resolve always answers a list of items, so every edge is there.
  return { ...(page as Omit<Page<T>, 'totalCount'>), totalCount: items.length };
}
