import type { Resolvers } from '../generated/graphql';

/** Business outcomes carry their `__typename`; anything else a result union returns is the booking. */
const resolveResult = (value: object): string => ('__typename' in value && typeof value.__typename === 'string' ? value.__typename : 'Booking');

const RESULT_UNIONS = [
  'CreateBookingResult', 'UpdateBookingResult', 'AddBookingItemResult', 'UpdateBookingItemResult', 'RemoveBookingItemResult',
  'LinkItemTravelerResult', 'UnlinkItemTravelerResult', 'AddBookingTravelerResult', 'UpdateBookingTravelerResult',
  'RemoveBookingTravelerResult', 'TransitionBookingResult', 'OverrideBookingStatusResult',
  'ReserveBookingResult', 'AddBookingAllocationResult', 'ReleaseBookingAllocationResult', 'ExtendBookingHoldResult',
  'IssueFulfillmentResult', 'UpdateFulfillmentResult', 'RecordRedemptionResult',
] as const;

export const resultResolvers = {
  ...Object.fromEntries(RESULT_UNIONS.map((name) => [name, { __resolveType: resolveResult }])),
  BookingError: { __resolveType: resolveResult },
} as Resolvers;
