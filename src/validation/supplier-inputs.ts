import { z } from 'zod';
import { SUPPLIER_STATUSES } from '../domain/vocabulary';
import { connectionArgs } from './booking-queries';
import { externalId, money, shortText, text, typeId } from './fields';

const supplierReference = text().trim().min(1).max(255);
const cost = money.refine((value) => value.amountCents >= 0, {
  message: 'must not be negative',
  path: ['amountCents'],
});
const notes = text().max(5000);

/** A commitment is always named by its booking too, so an id of another booking is never acted on. */
const commitmentOfBooking = { bookingId: typeId('book'), id: typeId('bkss') };

export const addBookingSupplierStatusInput = z.object({
  bookingId: typeId('book'),
  supplierId: externalId.nullish(),
  supplierServiceId: externalId.nullish(),
  serviceName: shortText,
  status: z.enum(SUPPLIER_STATUSES).nullish(),
  supplierReference: supplierReference.nullish(),
  cost: cost.nullish(),
  notes: notes.nullish(),
});

/** Absent leaves a field as it is; an explicit null clears it (`serviceName` cannot be cleared). */
export const updateBookingSupplierStatusInput = z.object({
  ...commitmentOfBooking,
  supplierId: externalId.nullable().optional(),
  supplierServiceId: externalId.nullable().optional(),
  serviceName: shortText.optional(),
  supplierReference: supplierReference.nullable().optional(),
  cost: cost.nullable().optional(),
  notes: notes.nullable().optional(),
});

export const setSupplierConfirmationInput = z.object({
  ...commitmentOfBooking,
  status: z.enum(SUPPLIER_STATUSES),
  supplierReference: supplierReference.nullish(),
});

export const linkSupplierInvoiceLineInput = z.object({
  ...commitmentOfBooking,
  supplierInvoiceLineId: externalId,
});

export type AddBookingSupplierStatusInput = z.output<typeof addBookingSupplierStatusInput>;
export type UpdateBookingSupplierStatusInput = z.output<typeof updateBookingSupplierStatusInput>;
export type SetSupplierConfirmationInput = z.output<typeof setSupplierConfirmationInput>;
export type LinkSupplierInvoiceLineInput = z.output<typeof linkSupplierInvoiceLineInput>;

/** `Supplier.bookingCommitments`: a page of one supplier's commitments, narrowed by status and matching. */
export const bookingCommitmentsArgs = z.object({
  ...connectionArgs,
  status: z.array(z.enum(SUPPLIER_STATUSES)).max(SUPPLIER_STATUSES.length).nullish(),
  unmatched: z.boolean().nullish(),
});
