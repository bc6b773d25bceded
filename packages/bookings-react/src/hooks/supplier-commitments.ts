/**
 * One hook per supplier-commitment mutation. Each answers the mutation's result union, narrowed by `__typename`:
 * `BookingSupplierStatus` (with its booking's new `version` and `supplierConfirmation`) or an error member with its
 * `code`. A commitment of another booking rejects with a BookingsRequestError coded NOT_FOUND.
 */
import {
  AddBookingSupplierStatusDocument,
  LinkSupplierInvoiceLineDocument,
  SetSupplierConfirmationDocument,
  UpdateBookingSupplierStatusDocument,
} from '../generated/graphql';
import { bookingKeys } from '../query-keys';
import type { Typed } from '../results';
import { mutationHook, type CacheEffect } from './mutation-hook';

interface CommitmentMember extends Typed {
  __typename: 'BookingSupplierStatus';
  booking: { id: string; bookingNumber: string };
}

function isCommitmentMember(result: Typed): result is CommitmentMember {
  return result.__typename === 'BookingSupplierStatus';
}

/**
 * The answer is the commitment, not the booking, yet the booking changed too (version, supplierConfirmation,
 * activity): its detail is refetched, and lists, since the summary's version moved. Error members wrote nothing.
 */
const refetchCommitmentBooking: CacheEffect<Typed, unknown> = async (queryClient, result) => {
  if (!isCommitmentMember(result)) return;
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: bookingKeys.detail(result.booking.id) }),
    queryClient.invalidateQueries({ queryKey: bookingKeys.byNumber(result.booking.bookingNumber) }),
    queryClient.invalidateQueries({ queryKey: bookingKeys.lists() }),
  ]);
};

/** Records a commitment; CONFIRMED as its first status is stamped `confirmedAt` by the server. */
export const useAddBookingSupplierStatus = mutationHook(
  AddBookingSupplierStatusDocument,
  (data) => data.addBookingSupplierStatus,
  refetchCommitmentBooking,
);
/** Changes a commitment's details: a field sent as null is cleared, one left out stays. */
export const useUpdateBookingSupplierStatus = mutationHook(
  UpdateBookingSupplierStatusDocument,
  (data) => data.updateBookingSupplierStatus,
  refetchCommitmentBooking,
);
/** Moves a commitment along the supplier lifecycle: offer the commitment's `allowedTransitions` as the choices. */
export const useSetSupplierConfirmation = mutationHook(
  SetSupplierConfirmationDocument,
  (data) => data.setSupplierConfirmation,
  refetchCommitmentBooking,
);
/** Matches a commitment to the supplier invoice line that bills it; one line bills one commitment at most. */
export const useLinkSupplierInvoiceLine = mutationHook(
  LinkSupplierInvoiceLineDocument,
  (data) => data.linkSupplierInvoiceLine,
  refetchCommitmentBooking,
);
