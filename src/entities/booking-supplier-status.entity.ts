import { vocabulary } from './columns';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { SUPPLIER_STATUSES } from '../domain/vocabulary';
import { Booking } from './booking.entity';

/** A supplier's confirmation state for one service on the booking. */
export const BookingSupplierStatus = defineEntity({
  name: 'BookingSupplierStatus',
  tableName: 'booking_supplier_statuses',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade').index(),
    // Indexed for the supplier directory's `Supplier.bookingCommitments`.
    supplierId: p.string().nullable().index(),
    supplierServiceId: p.string().nullable(),
    serviceName: p.string(),
    status: vocabulary(SUPPLIER_STATUSES).default('pending'),
    supplierReference: p.string().nullable(),
    costCurrency: p.string().length(3).nullable(),
    costAmountCents: p.bigint('number').nullable(),
    notes: p.text().nullable(),
    confirmedAt: p.datetime().nullable(),
    /** The accounts-payable line this commitment was matched to; a line matches one commitment at most. */
    supplierInvoiceLineId: p.string().nullable().unique(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export type BookingSupplierStatus = InferEntity<typeof BookingSupplierStatus>;
