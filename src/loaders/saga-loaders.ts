import DataLoader from 'dataloader';
import type { BookingSagaRow, BookingSagaStepRow } from '../read/saga-rows';
import { selectSagas, selectSagaSteps } from '../read/saga-reads';
import type { LoaderDeps } from './lazy-loaders';

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
      const rows = await selectSagaSteps(read, counter, sagaIds);
      return sagaIds.map((id) => rows.filter((row) => row.saga === id));
    }),
};
