import type { ReadModel, SqlCounter } from '../db/read-model';
import { keysetConnection, type KeysetRow } from './connection';
import { decodeCursor } from './cursor';
import type { ConnectionValue } from './rows';

/** A list that belongs to an owner (a booking's activity, a target's ledger, a slot's allocations). */
export interface OwnedListSpec {
  entity: string;
  table: string;
  ownerColumn: string;
  ownerProperty: string;
  sortColumn: string;
  sortProperty: string;
  direction: 'asc' | 'desc';
  /** Extra condition on the table (alias `t`), with its parameters bound through `bind`. */
  scope?: (bind: (value: unknown) => string) => string;
  /** The argument path reported when a cursor is not one this API issued. */
  cursorField: string;
}

type WindowRow<T extends KeysetRow> = T & Record<string, unknown> & { __total: string };

/**
 * Pages of many owners that share `first` and `after` in one windowed statement: each owner's rows
 * are ranked and cut at `first + 1`; the keyset filter applies after the count, so `totalCount`
 * counts the owner's whole list. Only a page past the end of every list costs a second statement.
 */
export async function loadOwnedPages<T extends KeysetRow>(
  read: ReadModel,
  counter: SqlCounter,
  spec: OwnedListSpec,
  ownerIds: readonly string[],
  first: number,
  after: string | null,
): Promise<Map<string, ConnectionValue<T>>> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const owners = bind([...ownerIds]);
  const scope = spec.scope ? ` and ${spec.scope(bind)}` : '';
  const filterParams = [...params];
  const cursor = after ? decodeCursor(after, spec.cursorField) : null;
  const comparison = spec.direction === 'asc' ? '>' : '<';
  const keyset = cursor
    ? `where (y."${spec.sortProperty}", y."id") ${comparison} (${bind(cursor.sortValue)}::timestamptz, ${bind(cursor.id)})`
    : '';
  const order = `y."${spec.sortProperty}" ${spec.direction}, y."id" ${spec.direction}`;
  const sql = `select * from (
      select y.*, row_number() over (partition by y."${spec.ownerProperty}" order by ${order}) as "__rank" from (
        select ${read.columns(spec.entity, 't')}, t."${spec.sortColumn}"::text as "__sort",
          count(*) over (partition by t."${spec.ownerColumn}") as "__total"
        from "${spec.table}" t where t."${spec.ownerColumn}" = any(${owners})${scope}
      ) y ${keyset}
    ) x where x."__rank" <= ${bind(first + 1)} order by x."__rank"`;
  const rows = await read.rows<WindowRow<T>>(counter, spec.entity, 'x', sql, params);
  const byOwner = new Map<string, WindowRow<T>[]>();
  for (const row of rows) {
    const owner = String(row[spec.ownerProperty]);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), row]);
  }
  const emptyTotals = cursor ? await countPastTheEnd(read, counter, spec, ownerIds.filter((id) => !byOwner.has(id)), scope, filterParams) : new Map<string, number>();
  return new Map(
    ownerIds.map((owner) => {
      const ownRows = byOwner.get(owner) ?? [];
      const total = ownRows[0] ? Number(ownRows[0].__total) : (emptyTotals.get(owner) ?? 0);
      return [owner, keysetConnection<T>(ownRows, first, { hasPrevious: cursor !== null, total })];
    }),
  );
}

async function countPastTheEnd(
  read: ReadModel,
  counter: SqlCounter,
  spec: OwnedListSpec,
  ownerIds: string[],
  scope: string,
  filterParams: unknown[],
): Promise<Map<string, number>> {
  if (ownerIds.length === 0) return new Map();
  const sql = `select t."${spec.ownerColumn}" as owner, count(*) as total from "${spec.table}" t
    where t."${spec.ownerColumn}" = any($1)${scope} group by t."${spec.ownerColumn}"`;
  const rows = await read.query<{ owner: string; total: string }>(counter, sql, [ownerIds, ...filterParams.slice(1)]);
  return new Map(rows.map((row) => [row.owner, Number(row.total)]));
}
