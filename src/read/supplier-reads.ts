import type { SupplierStatus } from '../domain/vocabulary';
import type { BookingSupplierStatusRow } from './booking-rows';
import type { ConnectionValue, KeysetRow } from './connection';
import { selectOwnedPages, type OwnedListSpec } from './owned-pages';
import type { ReadModel, SqlCounter } from './sql';

/** One page of a supplier's booking commitments; suppliers asking for the same page share a statement. */
export interface CommitmentPage {
  first: number;
  after: string | null;
  statuses: readonly SupplierStatus[] | null;
  unmatched: boolean | null;
}

const ENTITY = 'BookingSupplierStatus';

function commitmentsOf(read: ReadModel, page: CommitmentPage): OwnedListSpec {
  return {
    entity: ENTITY,
    owner: 'supplierId',
    sort: 'createdAt',
    direction: 'desc',
    cursorField: 'bookingCommitments.after',
    scope: (bind) => {
      const conditions: string[] = [];
      if (page.statuses) conditions.push(`${read.column(ENTITY, 't', 'status')} = any(${bind([...page.statuses])})`);
      const line = read.column(ENTITY, 't', 'supplierInvoiceLineId');
      if (page.unmatched !== null) conditions.push(page.unmatched ? `${line} is null` : `${line} is not null`);
      return conditions.length === 0 ? 'true' : conditions.join(' and ');
    },
  };
}

/** Commitment pages, newest first, of suppliers that ask for the same page: one windowed statement. */
export function selectCommitmentPages(
  read: ReadModel,
  counter: SqlCounter,
  page: CommitmentPage,
  supplierIds: readonly string[],
): Promise<Map<string, ConnectionValue<BookingSupplierStatusRow>>> {
  return selectOwnedPages<BookingSupplierStatusRow & KeysetRow>(
    read,
    counter,
    commitmentsOf(read, page),
    supplierIds,
    page.first,
    page.after,
  );
}
