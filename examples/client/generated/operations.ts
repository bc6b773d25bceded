/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type BookingStatus =
  | 'AWAITING_PAYMENT'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'IN_PROGRESS'
  | 'ON_HOLD';

export type OriginSource =
  | 'ACCEPTED_QUOTE_VERSION'
  | 'CATALOG_PRICE_AVAILABILITY'
  | 'CATALOG_SNAPSHOT'
  | 'DIRECT_B2C'
  | 'LEGACY_TRANSACTION'
  | 'MANUAL'
  | 'PROVIDER_SOURCE_ORDER';

export type BookingDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingDetailsQuery = { booking: { id: string, bookingNumber: string, status: BookingStatus, allowedTransitions: Array<BookingStatus>, sellAmount: { amountCents: number, currency: string }, person: { id: string, name: string, email: string | null } | null, organization: { id: string, name: string } | null, travelers: Array<{ id: string, firstName: string, lastName: string, isPrimary: boolean, person: { id: string, dietaryRequirements: string | null, accessibilityNeeds: string | null } | null }>, origin: { originSource: OriginSource, quoteVersion: { id: string, versionNumber: number, status: string, totalAmountCents: number, totalCurrency: string, acceptedAt: string | null, quote: { id: string, title: string } } | null } | null } | null };

export type ConfirmBookingMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type ConfirmBookingMutation = { transitionBooking:
    | { __typename: 'ApprovalAlreadyExecutedError', code: string, message: string }
    | { __typename: 'ApprovalExpiredError', code: string, message: string }
    | { __typename: 'ApprovalMismatchError', code: string, message: string }
    | { __typename: 'ApprovalNotApprovedError', code: string, message: string }
    | { __typename: 'ApprovalRequired', code: string, message: string }
    | { __typename: 'Booking', id: string, status: BookingStatus, version: number, confirmedAt: string | null }
    | { __typename: 'BookingTransitionError', code: string, message: string, from: BookingStatus, to: BookingStatus }
    | { __typename: 'FingerprintMismatchError', code: string, message: string }
    | { __typename: 'HoldExpiredError', code: string, message: string }
    | { __typename: 'IdempotencyKeyRequiredError', code: string, message: string }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string }
    | { __typename: 'VersionConflictError', code: string, message: string, expectedVersion: number, actualVersion: number }
   };

export type PersonBookingsQueryVariables = Exact<{
  personId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PersonBookingsQuery = { person: { id: string, name: string, email: string | null, bookings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, bookingNumber: string, status: BookingStatus, startDate: string | null, sellAmount: { amountCents: number, currency: string }, items: Array<{ id: string, title: string, quantity: number }> } }> } } | null };

export type QuoteVersionBookingQueryVariables = Exact<{
  id: string | number;
}>;


export type QuoteVersionBookingQuery = { quoteVersion: { id: string, versionNumber: number, status: string, booking: { id: string, bookingNumber: string, status: BookingStatus } | null, quote: { id: string, title: string, bookings: { totalCount: number } } } | null };
