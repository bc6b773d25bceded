import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import { decodeCursor } from '../read/cursor';
import {
  addBookingSupplierStatus,
  linkSupplierInvoiceLine,
  setSupplierConfirmation,
  updateBookingSupplierStatus,
} from '../services/supplier-commitments-service';
import { bookingSupplierConfirmation, supplierStatusLifecycle } from '../statemachine/supplier-status';
import * as inputs from '../validation/supplier-inputs';
import { parseArgument } from '../validation/parse';
import { committedRecord, mutation } from './mutation-pipeline';
import { representationKey } from './representations';

const committedCommitment = committedRecord(
  'BookingSupplierStatus',
  (context: RequestContext, id: string) => context.loaders.supplierStatusById.load(id),
  'Booking supplier status',
);

/** A reference the router completes elsewhere; no id, no reference. */
const reference = (id: string | null | undefined) => (id ? { id } : null);

/** Supplier commitments: their mutations, the entity, and what bookings contributes to suppliers and invoices. */
export const supplierResolvers: Resolvers = {
  Mutation: {
    addBookingSupplierStatus: mutation('AddBookingSupplierStatusResult', {
      schema: inputs.addBookingSupplierStatusInput,
      call: addBookingSupplierStatus,
      readBack: committedCommitment,
    }),
    updateBookingSupplierStatus: mutation('UpdateBookingSupplierStatusResult', {
      schema: inputs.updateBookingSupplierStatusInput,
      call: updateBookingSupplierStatus,
      readBack: committedCommitment,
    }),
    setSupplierConfirmation: mutation('SetSupplierConfirmationResult', {
      schema: inputs.setSupplierConfirmationInput,
      call: setSupplierConfirmation,
      readBack: committedCommitment,
    }),
    linkSupplierInvoiceLine: mutation('LinkSupplierInvoiceLineResult', {
      schema: inputs.linkSupplierInvoiceLineInput,
      call: linkSupplierInvoiceLine,
      readBack: committedCommitment,
    }),
  },
  BookingSupplierStatus: {
    // Async so that a malformed representation rejects at its own index of `_entities`.
    __resolveReference: async (representation, context) =>
      context.loaders.supplierStatusById.load(representationKey(representation, 'id', 'BookingSupplierStatus')),
    booking: async (commitment, _args, context) => {
      const booking = await context.loaders.bookingById.load(commitment.booking);
      if (booking === null)
        throw new GraphQLError('The record was deleted while it was being read', { extensions: { code: 'NOT_FOUND' } });
      return booking;
    },
    supplier: (commitment) => reference(commitment.supplierId),
    supplierService: (commitment) => reference(commitment.supplierServiceId),
    supplierInvoiceLine: (commitment) => reference(commitment.supplierInvoiceLineId),
    allowedTransitions: (commitment) => [...supplierStatusLifecycle.next(commitment.status)],
  },
  Booking: {
    supplierConfirmation: async (booking, _args, context) => {
      const commitments = await context.loaders.supplierStatusesByBooking.load(booking.id);
      return bookingSupplierConfirmation(commitments.map((commitment) => commitment.status));
    },
  },
  Supplier: {
    __resolveReference: async (representation) => ({ id: representationKey(representation, 'id', 'Supplier') }),
    bookingCommitments: (supplier, args, context) => {
      const { first, after, status, unmatched } = parseArgument(inputs.bookingCommitmentsArgs, args, '');
      // A bad cursor fails this field here rather than every supplier sharing the batched statement.
      if (after) decodeCursor(after, 'bookingCommitments.after');
      return context.loaders.commitmentsBySupplier.load({
        supplierId: supplier.id,
        first,
        after: after ?? null,
        statuses: status ?? null,
        unmatched: unmatched ?? null,
      });
    },
  },
  SupplierInvoiceLine: {
    __resolveReference: async (representation) => ({
      id: representationKey(representation, 'id', 'SupplierInvoiceLine'),
    }),
    bookingSupplierStatus: (line, _args, context) => context.loaders.supplierStatusByInvoiceLine.load(line.id),
  },
};
