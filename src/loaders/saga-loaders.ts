import DataLoader from 'dataloader';
import type { ReadModel, SqlCounter } from '../read/sql';
import type { SagaKind, SagaStatus } from '../domain/saga-vocabulary';
import { keysetConnection } from '../read/connection';
import { decodeCursor } from '../read/cursor';
import type { LoaderDeps } from './lazy-loaders';
import type { BookingSagaConnectionValue, BookingSagaRow, BookingSagaStepRow } from './saga-rows';

type Sorted<T> = T & { __sort: string; __total: string };

const selectSagas = (read: ReadModel, counter: SqlCounter, where: string, params: unknown[]) =>
  read.rows<BookingSagaRow>(
    counter,
    'BookingSaga',
    't',
    `select ${read.columns('BookingSaga', 't')} from booking_sagas t where ${where} order by t.created_at, t.id`,
    params,
  );

function keyedBy(
  rows: BookingSagaRow[],
  keyOf: (row: BookingSagaRow) => string | null | undefined,
  keys: readonly string[],
): (BookingSagaRow | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The saga loaders: every saga, plan, refund and step list resolves in one `= any($1)` statement per batch. */
export const sagaLoaderFactories = {
  sagaById: ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, BookingSagaRow | null>(async (ids) =>
      keyedBy(await selectSagas(read, counter, 't.id = any($1)', [ids]), (row) => row.id, ids),
    ),
  reservationPlanByRef: ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, BookingSagaRow | null>(async (refs) =>
      keyedBy(
        await selectSagas(read, counter, `t.kind = 'reservation_plan' and t.external_ref = any($1)`, [refs]),
        (row) => row.externalRef,
        refs,
      ),
    ),
  refundsByBooking: ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, BookingSagaRow[]>(async (bookingIds) => {
      const rows = await selectSagas(read, counter, `t.kind = 'refund' and t.booking_id = any($1)`, [bookingIds]);
      return bookingIds.map((id) => rows.filter((row) => row.booking === id));
    }),
  sagaSteps: ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, BookingSagaStepRow[]>(async (sagaIds) => {
      const rows = await read.rows<BookingSagaStepRow>(
        counter,
        'BookingSagaStep',
        't',
        `select ${read.columns('BookingSagaStep', 't')} from booking_saga_steps t
         where t.saga_id = any($1) order by t.saga_id, t.seq`,
        [sagaIds],
      );
      return sagaIds.map((id) => rows.filter((row) => row.saga === id));
    }),
};

export interface SagaSearch {
  first: number;
  after?: string | null;
  filter: { kind?: SagaKind | null; status?: SagaStatus | null; bookingId?: string | null };
}

/** One statement per page: the filtered set, its total and the keyset page (newest first) together. */
export async function searchSagas(
  read: ReadModel,
  counter: SqlCounter,
  search: SagaSearch,
): Promise<BookingSagaConnectionValue> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (search.filter.kind) where.push(`s.kind = ${bind(search.filter.kind)}`);
  if (search.filter.status) where.push(`s.status = ${bind(search.filter.status)}`);
  if (search.filter.bookingId) where.push(`s.booking_id = ${bind(search.filter.bookingId)}`);
  const filtered = `select s.* from booking_sagas s ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`;
  const filterParams = [...params];
  const cursor = search.after ? decodeCursor(search.after, 'after') : null;
  const keyset = cursor
    ? `where (t.created_at, t.id) < (${bind(cursor.sortValue)}::timestamptz, ${bind(cursor.id)})`
    : '';
  const sql = `with filtered as not materialized (${filtered})
    select ${read.columns('BookingSaga', 't')}, t.created_at::text as "__sort",
      (select count(*) from filtered) as "__total"
    from filtered t ${keyset}
    order by t.created_at desc, t.id desc
    limit ${bind(search.first + 1)}`;
  const rows = await read.rows<Sorted<BookingSagaRow>>(counter, 'BookingSaga', 't', sql, params);
  let total = rows[0] ? Number(rows[0].__total) : 0;
  if (!rows[0] && cursor) {
    const [row] = await read.query<{ total: string }>(
      counter,
      `select count(*) as total from (${filtered}) f`,
      filterParams,
    );
    total = Number(row?.total ?? 0);
  }
  return keysetConnection(rows, search.first, { hasPrevious: cursor !== null, total });
}
