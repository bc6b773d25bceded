import type { Resolvers } from '../generated/graphql';

/** Result unions whose success member is not the booking. */
const SUCCESS_TYPES: Readonly<Record<string, string>> = {
  DecideActionApprovalResult: 'ActionApproval',
  SubmitReservationPlanResult: 'ReservationPlan',
  RefundBookingResult: 'BookingRefund',
  RetrySagaResult: 'Saga',
  AbortSagaResult: 'Saga',
};

/** Business outcomes carry their `__typename`; anything else a result union returns is its success type. */
const resolverFor = (union: string) => (value: object): string =>
  '__typename' in value && typeof value.__typename === 'string' ? value.__typename : (SUCCESS_TYPES[union] ?? 'Booking');

const RESULT_UNIONS = [
  'CreateBookingResult', 'UpdateBookingResult', 'AddBookingItemResult', 'UpdateBookingItemResult', 'RemoveBookingItemResult',
  'LinkItemTravelerResult', 'UnlinkItemTravelerResult', 'AddBookingTravelerResult', 'UpdateBookingTravelerResult',
  'RemoveBookingTravelerResult', 'TransitionBookingResult', 'OverrideBookingStatusResult',
  'SetBookingOriginResult', 'AddBookingNoteResult', 'UpdateBookingNoteResult', 'DeleteBookingNoteResult', 'UpsertBookingSupplierStatusResult',
  'UpsertTravelerTravelDetailsResult',
  'DecideActionApprovalResult',
  'ReserveBookingResult', 'AddBookingAllocationResult', 'ReleaseBookingAllocationResult', 'ExtendBookingHoldResult',
  'IssueFulfillmentResult', 'UpdateFulfillmentResult', 'RecordRedemptionResult',
  'SubmitReservationPlanResult', 'RefundBookingResult', 'RetrySagaResult', 'AbortSagaResult',
] as const;

export const resultResolvers = {
  ...Object.fromEntries(RESULT_UNIONS.map((name) => [name, { __resolveType: resolverFor(name) }])),
  BookingError: { __resolveType: resolverFor('BookingError') },
} as Resolvers;
