import type { ReadModel, SqlCounter } from './sql';

/**
 * Rows of one entity matched on one property. Lists name the properties they are ordered by;
 * unordered lookups may instead be decoded from one JSON value (`ReadModel.jsonRows`), which only
 * keeps an order by habit and so never serves a list.
 */
export type KeyedSelect = { entity: string; key: string } & (
  { orderBy: readonly string[]; json?: never } | { orderBy?: never; json?: boolean }
);

/** Every row whose `key` is one of `keys`, in one `= any($1)` statement whatever their number. */
export function selectByKeys<T extends object>(
  read: ReadModel,
  counter: SqlCounter,
  select: KeyedSelect,
  keys: readonly unknown[],
): Promise<T[]> {
  const { entity } = select;
  const order = select.orderBy
    ? ` order by ${select.orderBy.map((property) => read.column(entity, 't', property)).join(', ')}`
    : '';
  const where = `${read.column(entity, 't', select.key)} = any($1)`;
  const sql = `select ${read.columns(entity, 't')} from ${read.table(entity)} t where ${where}${order}`;
  return select.json
    ? read.jsonRows<T>(counter, entity, 't', sql, [keys])
    : read.rows<T>(counter, entity, 't', sql, [keys]);
}
