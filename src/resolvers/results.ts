import type { Resolvers } from '../generated/graphql';

/**
 * Every member of a result union carries its `__typename`: business outcomes from their services,
 * successes tagged by the mutation pipeline's read-back. There is no default member, so a value
 * without one is a bug and says so rather than passing for a booking.
 */
export const byTypename = (value: object): string => {
  if ('__typename' in value && typeof value.__typename === 'string') return value.__typename;
  throw new Error('A result union member arrived without its __typename');
};

const RESULT_UNIONS = [
  'CreateBookingResult',
  'UpdateBookingResult',
  'AddBookingItemResult',
  'UpdateBookingItemResult',
  'RemoveBookingItemResult',
  'LinkItemTravelerResult',
  'UnlinkItemTravelerResult',
  'AddBookingTravelerResult',
  'UpdateBookingTravelerResult',
  'RemoveBookingTravelerResult',
  'TransitionBookingResult',
  'SetBookingAnswersResult',
  'SetSessionAnswersResult',
  'OverrideBookingStatusResult',
  'SetBookingOriginResult',
  'AddBookingNoteResult',
  'UpdateBookingNoteResult',
  'DeleteBookingNoteResult',
  'UpsertBookingSupplierStatusResult',
  'UpsertTravelerTravelDetailsResult',
  'DecideActionApprovalResult',
  'ReserveBookingResult',
  'AddBookingAllocationResult',
  'ReleaseBookingAllocationResult',
  'ExtendBookingHoldResult',
  'IssueFulfillmentResult',
  'UpdateFulfillmentResult',
  'RecordRedemptionResult',
  'SubmitReservationPlanResult',
  'RefundBookingResult',
  'RetrySagaResult',
  'AbortSagaResult',
  'AddBookingSupplierStatusResult',
  'UpdateBookingSupplierStatusResult',
  'SetSupplierConfirmationResult',
  'LinkSupplierInvoiceLineResult',
] as const;

export const resultResolvers = {
  ...Object.fromEntries(RESULT_UNIONS.map((name) => [name, { __resolveType: byTypename }])),
  BookingError: { __resolveType: byTypename },
} as Resolvers;
