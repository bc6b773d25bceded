import { keysetConnection, type ConnectionValue, type KeysetRow } from './connection';
import { decodeCursor } from './cursor';
import type { ReadModel, SqlCounter, SqlParameters } from './sql';

/** A newest-first page over a filtered set of one entity's rows. */
export interface NewestFirstPage {
  /** The entity whose columns the page selects, aliased as `alias`. */
  entity: string;
  alias: string;
  /** One select of the entity's table with its filter; its values are already bound in `parameters`. */
  filtered: string;
  parameters: SqlParameters;
  first: number;
  after?: string | null;
}

type Counted<T> = T & KeysetRow & { __total: string };

/**
 * One statement per page: the filtered set, its total and the keyset page (by `created_at`, then id,
 * newest first) together. Only a page past the end, which carries no total, counts again on its own.
 */
export async function selectNewestFirstPage<T extends object>(
  read: ReadModel,
  counter: SqlCounter,
  page: NewestFirstPage,
): Promise<ConnectionValue<T>> {
  const { entity, alias: a, filtered, parameters } = page;
  const { bind } = parameters;
  const filterParams = parameters.snapshot();
  const cursor = page.after ? decodeCursor(page.after, 'after') : null;
  const keyset = cursor
    ? `where (${a}.created_at, ${a}.id) < (${bind(cursor.sortValue)}::timestamptz, ${bind(cursor.id)})`
    : '';
  const sql = `with filtered as not materialized (${filtered})
    select ${read.columns(entity, a)}, ${a}.created_at::text as "__sort",
      (select count(*) from filtered) as "__total"
    from filtered ${a} ${keyset}
    order by ${a}.created_at desc, ${a}.id desc
    limit ${bind(page.first + 1)}`;
  const rows = await read.rows<Counted<T>>(counter, entity, a, sql, parameters.values);
  let total = rows[0] ? Number(rows[0].__total) : 0;
  if (!rows[0] && cursor) {
    const [row] = await read.query<{ total: string }>(
      counter,
      `select count(*) as total from (${filtered}) f`,
      filterParams,
    );
    total = Number(row?.total ?? 0);
  }
  return keysetConnection(rows, page.first, { hasPrevious: cursor !== null, total });
}
