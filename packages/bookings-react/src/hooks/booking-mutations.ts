/**
 * One hook per booking mutation. Each answers the mutation's result union, narrowed by `__typename`:
 * `Booking` (already put into the cache) or an error member with its `code`. GraphQL errors (BAD_USER_INPUT,
 * FORBIDDEN, NOT_FOUND…) reject with a BookingsRequestError instead.
 */
import {
  AddBookingItemDocument,
  AddBookingNoteDocument,
  AddBookingTravelerDocument,
  CreateBookingDocument,
  DeleteBookingNoteDocument,
  LinkItemTravelerDocument,
  OverrideBookingStatusDocument,
  RemoveBookingItemDocument,
  RemoveBookingTravelerDocument,
  SetBookingOriginDocument,
  TransitionBookingDocument,
  UnlinkItemTravelerDocument,
  UpdateBookingDocument,
  UpdateBookingItemDocument,
  UpdateBookingNoteDocument,
  UpdateBookingTravelerDocument,
  UpsertBookingSupplierStatusDocument,
} from '../generated/graphql';
import { mutationHook } from './mutation-hook';

export const useCreateBooking = mutationHook(CreateBookingDocument, (data) => data.createBooking);
export const useUpdateBooking = mutationHook(UpdateBookingDocument, (data) => data.updateBooking);
export const useAddBookingItem = mutationHook(AddBookingItemDocument, (data) => data.addBookingItem);
export const useUpdateBookingItem = mutationHook(UpdateBookingItemDocument, (data) => data.updateBookingItem);
export const useRemoveBookingItem = mutationHook(RemoveBookingItemDocument, (data) => data.removeBookingItem);
export const useAddBookingTraveler = mutationHook(AddBookingTravelerDocument, (data) => data.addBookingTraveler);
export const useUpdateBookingTraveler = mutationHook(
  UpdateBookingTravelerDocument,
  (data) => data.updateBookingTraveler,
);
export const useRemoveBookingTraveler = mutationHook(
  RemoveBookingTravelerDocument,
  (data) => data.removeBookingTraveler,
);
export const useLinkItemTraveler = mutationHook(LinkItemTravelerDocument, (data) => data.linkItemTraveler);
export const useUnlinkItemTraveler = mutationHook(UnlinkItemTravelerDocument, (data) => data.unlinkItemTraveler);
export const useSetBookingOrigin = mutationHook(SetBookingOriginDocument, (data) => data.setBookingOrigin);
export const useAddBookingNote = mutationHook(AddBookingNoteDocument, (data) => data.addBookingNote);
export const useUpdateBookingNote = mutationHook(UpdateBookingNoteDocument, (data) => data.updateBookingNote);
export const useDeleteBookingNote = mutationHook(DeleteBookingNoteDocument, (data) => data.deleteBookingNote);
/** @deprecated Use useAddBookingSupplierStatus, useUpdateBookingSupplierStatus and useSetSupplierConfirmation. */
export const useUpsertBookingSupplierStatus = mutationHook(
  UpsertBookingSupplierStatusDocument,
  (data) => data.upsertBookingSupplierStatus,
);
/** Moves along the state machine: offer `Booking.allowedTransitions` as the choices, pass `expectedVersion`. */
export const useTransitionBooking = mutationHook(TransitionBookingDocument, (data) => data.transitionBooking);
/** Needs bookings:admin; bypasses the state machine. */
export const useOverrideBookingStatus = mutationHook(
  OverrideBookingStatusDocument,
  (data) => data.overrideBookingStatus,
);
