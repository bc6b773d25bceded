import type { SagaKind, SagaStatus } from '../domain/saga-vocabulary';
import { selectNewestFirstPage } from './keyset-page';
import type { BookingSagaConnectionValue, BookingSagaRow, BookingSagaStepRow } from './saga-rows';
import { SqlParameters, type ReadModel, type SqlCounter } from './sql';

/** Sagas matching `where` (over alias `t`), oldest first. */
export const selectSagas = (
  read: ReadModel,
  counter: SqlCounter,
  where: string,
  params: unknown[],
): Promise<BookingSagaRow[]> =>
  read.rows<BookingSagaRow>(
    counter,
    'BookingSaga',
    't',
    `select ${read.columns('BookingSaga', 't')} from booking_sagas t where ${where} order by t.created_at, t.id`,
    params,
  );

/** The steps of these sagas, each saga's in order. */
export const selectSagaSteps = (
  read: ReadModel,
  counter: SqlCounter,
  sagaIds: readonly string[],
): Promise<BookingSagaStepRow[]> =>
  read.rows<BookingSagaStepRow>(
    counter,
    'BookingSagaStep',
    't',
    `select ${read.columns('BookingSagaStep', 't')} from booking_saga_steps t
         where t.saga_id = any($1) order by t.saga_id, t.seq`,
    [sagaIds],
  );

export interface SagaSearch {
  first: number;
  after?: string | null;
  filter: { kind?: SagaKind | null; status?: SagaStatus | null; bookingId?: string | null };
}

/** One statement per page, newest first: the filtered set, its total and the keyset page come back together. */
export async function searchSagas(
  read: ReadModel,
  counter: SqlCounter,
  search: SagaSearch,
): Promise<BookingSagaConnectionValue> {
  const parameters = new SqlParameters();
  const { bind } = parameters;
  const where: string[] = [];
  if (search.filter.kind) where.push(`s.kind = ${bind(search.filter.kind)}`);
  if (search.filter.status) where.push(`s.status = ${bind(search.filter.status)}`);
  if (search.filter.bookingId) where.push(`s.booking_id = ${bind(search.filter.bookingId)}`);
  const filtered = `select s.* from booking_sagas s ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`;
  return selectNewestFirstPage<BookingSagaRow>(read, counter, {
    entity: 'BookingSaga',
    alias: 't',
    filtered,
    parameters,
    first: search.first,
    after: search.after,
  });
}
