import { DeleteTravelerTravelDetailsDocument, UpsertTravelerTravelDetailsDocument } from '../generated/graphql';
import { mutationHook, type CacheEffect } from './mutation-hook';

/** Stored details changed: forget any revealed copy, so the next reveal reads (and audits) the new ones. */
const forgetRevealed: CacheEffect<unknown, unknown> = (queryClient) =>
  queryClient.removeQueries({ queryKey: ['bookings-pii', 'travel-details'] });

/** Needs bookings-pii:write. */
export const useUpsertTravelerTravelDetails = mutationHook(
  UpsertTravelerTravelDetailsDocument,
  (data) => data.upsertTravelerTravelDetails,
  forgetRevealed,
);
/** Crypto-shredding; needs bookings-pii:write. */
export const useDeleteTravelerTravelDetails = mutationHook(
  DeleteTravelerTravelDetailsDocument,
  (data) => ({ __typename: 'BookingTraveler' as const, ...data.deleteTravelerTravelDetails }),
  forgetRevealed,
);
