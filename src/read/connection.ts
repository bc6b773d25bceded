import { encodeCursor } from './cursor';

/** A Relay connection as the resolvers hand it out. */
export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** A row read for a keyset page: its sort value as PostgreSQL printed it, and its id. */
export interface KeysetRow {
  id: string;
  __sort: string;
}

/**
 * The Relay connection over rows fetched as `first + 1`: the extra row only tells that a next page
 * exists. `ordering` is stamped into the cursors of lists that can be sorted several ways, so a
 * cursor from one ordering is refused by another.
 */
export function keysetConnection<T extends KeysetRow>(
  rows: readonly T[],
  first: number,
  options: { hasPrevious: boolean; total: number; ordering?: string },
): ConnectionValue<T> {
  const page = rows.slice(0, first);
  const cursorOf = (row: T) => encodeCursor(row.__sort, row.id, options.ordering);
  const last = page[page.length - 1];
  return {
    edges: page.map((row) => ({ cursor: cursorOf(row), node: row })),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: options.hasPrevious,
      startCursor: page[0] ? cursorOf(page[0]) : null,
      endCursor: last ? cursorOf(last) : null,
    },
    totalCount: options.total,
  };
}

/** The connection of an empty list. */
export const emptyConnection = <T>(): ConnectionValue<T> => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: 0,
});
