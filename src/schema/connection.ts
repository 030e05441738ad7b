import { GraphQLError } from 'graphql';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** The largest page a client may ask for. */
export const MAX_PAGE = 1000;
/** The page a connection returns when neither `first` nor `last` is given. */
export const DEFAULT_PAGE = 100;

const encode = (id: string) => Buffer.from(`c:${id}`).toString('base64url');
const decode = (cursor: string) => {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('c:')) throw new GraphQLError(`"${cursor}" is not a cursor of this list`, { extensions: { code: 'BAD_USER_INPUT' } });
  return raw.slice(2);
};

/**
 * Relay connection over a complete list. Cursors name an item's upstream id, not its
 * offset, so a page stays correct when servers are created or deleted in between.
 */
export function connectionFromList<T>(items: readonly T[], args: ConnectionArgs, idOf: (item: T) => string): Connection<T> {
  for (const [name, value] of [['first', args.first], ['last', args.last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE)) {
      throw new GraphQLError(`${name} must be between 0 and ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }
  let start = 0;
  let end = items.length;
  if (args.after) {
    const id = decode(args.after);
    const i = items.findIndex((item) => idOf(item) === id);
    start = i < 0 ? items.length : i + 1;
  }
  if (args.before) {
    const id = decode(args.before);
    const i = items.findIndex((item) => idOf(item) === id);
    end = i < 0 ? end : i;
  }
  const windowStart = start;
  const windowEnd = end;
  if (args.first != null || args.last == null) end = Math.min(end, start + (args.first ?? DEFAULT_PAGE));
  if (args.last != null) start = Math.max(start, end - args.last);
  const slice = items.slice(start, end);
  const edges = slice.map((node) => ({ cursor: encode(idOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: end < windowEnd,
      hasPreviousPage: start > windowStart,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
