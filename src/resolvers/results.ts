import type { Resolvers } from '../generated/graphql';

/** Business outcomes (and non-booking successes) carry their `__typename`; anything else is the booking. */
const resolveResult = (value: object): string => ('__typename' in value && typeof value.__typename === 'string' ? value.__typename : 'Booking');

const RESULT_UNIONS = [
  'CreateBookingResult', 'UpdateBookingResult', 'AddBookingItemResult', 'UpdateBookingItemResult', 'RemoveBookingItemResult',
  'LinkItemTravelerResult', 'UnlinkItemTravelerResult', 'AddBookingTravelerResult', 'UpdateBookingTravelerResult',
  'RemoveBookingTravelerResult', 'TransitionBookingResult', 'OverrideBookingStatusResult',
  'UpsertTravelerTravelDetailsResult',
] as const;

export const resultResolvers = {
  ...Object.fromEntries(RESULT_UNIONS.map((name) => [name, { __resolveType: resolveResult }])),
  BookingError: { __resolveType: resolveResult },
} as Resolvers;
