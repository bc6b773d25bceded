import type { BookingSupplierStatusRow } from '../read/booking-rows';
import { emptyConnection, type ConnectionValue } from '../read/connection';
import { selectCommitmentPages, type CommitmentPage } from '../read/supplier-reads';
import { oneBy, pages } from './batch';

/** One supplier's page of booking commitments. */
export interface SupplierCommitmentsKey extends CommitmentPage {
  supplierId: string;
}

/** Every field but the supplier: keys that agree on it share one statement. */
const pageShape = (key: SupplierCommitmentsKey): string =>
  JSON.stringify([key.first, key.after, key.statuses, key.unmatched]);

export const supplierLoaderFactories = {
  supplierStatusById: oneBy<BookingSupplierStatusRow>({ entity: 'BookingSupplierStatus', key: 'id' }, (row) => row.id),
  supplierStatusByInvoiceLine: oneBy<BookingSupplierStatusRow>(
    { entity: 'BookingSupplierStatus', key: 'supplierInvoiceLineId' },
    (row) => row.supplierInvoiceLineId ?? '',
  ),
  commitmentsBySupplier: pages<SupplierCommitmentsKey, ConnectionValue<BookingSupplierStatusRow>>(
    (key) => `${key.supplierId}|${pageShape(key)}`,
    pageShape,
    async ({ read, counter }, batch, page) => {
      const loaded = await selectCommitmentPages(
        read,
        counter,
        page,
        batch.map((key) => key.supplierId),
      );
      return batch.map((key) => loaded.get(key.supplierId) ?? emptyConnection());
    },
  ),
};
