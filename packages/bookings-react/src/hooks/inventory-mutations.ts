import {
  AddBookingAllocationDocument,
  ExpireStaleHoldsDocument,
  ExtendBookingHoldDocument,
  IssueFulfillmentDocument,
  RecordRedemptionDocument,
  ReleaseBookingAllocationDocument,
  ReserveBookingDocument,
  SetAllocationCapacityDocument,
  UpdateFulfillmentDocument,
} from '../generated/graphql';
import { bookingKeys } from '../query-keys';
import { mutationHook, type CacheEffect } from './mutation-hook';

/** Answers that are not the booking still change it (a fulfillment, a redemption, expired holds): refetch. */
const refetchBookings: CacheEffect<unknown, unknown> = (queryClient) =>
  queryClient.invalidateQueries({ queryKey: bookingKeys.all });

export const useReserveBooking = mutationHook(ReserveBookingDocument, (data) => data.reserveBooking);
export const useAddBookingAllocation = mutationHook(AddBookingAllocationDocument, (data) => data.addBookingAllocation);
export const useReleaseBookingAllocation = mutationHook(
  ReleaseBookingAllocationDocument,
  (data) => data.releaseBookingAllocation,
);
export const useExtendBookingHold = mutationHook(ExtendBookingHoldDocument, (data) => data.extendBookingHold);
/** Needs bookings:admin. */
export const useExpireStaleHolds = mutationHook(
  ExpireStaleHoldsDocument,
  (data) => ({ __typename: 'ExpireStaleHoldsResult' as const, ...data.expireStaleHolds }),
  refetchBookings,
);
/** Needs inventory:write. */
export const useSetAllocationCapacity = mutationHook(
  SetAllocationCapacityDocument,
  (data) => ({ __typename: 'AllocationCapacity' as const, ...data.setAllocationCapacity }),
  () => undefined,
);
export const useIssueFulfillment = mutationHook(
  IssueFulfillmentDocument,
  (data) => data.issueFulfillment,
  refetchBookings,
);
export const useUpdateFulfillment = mutationHook(
  UpdateFulfillmentDocument,
  (data) => data.updateFulfillment,
  refetchBookings,
);
export const useRecordRedemption = mutationHook(
  RecordRedemptionDocument,
  (data) => data.recordRedemption,
  refetchBookings,
);
