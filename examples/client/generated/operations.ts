/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Where a booking is in its lifecycle. `Booking.allowedTransitions` lists the moves `transitionBooking` may make next. */
export type BookingStatus =
  /** Accepted and waiting for the buyer's payment. Next: CONFIRMED, EXPIRED, CANCELLED. */
  | 'AWAITING_PAYMENT'
  /** Called off; held capacity was given back. Terminal. */
  | 'CANCELLED'
  /** Delivered in full. Terminal. */
  | 'COMPLETED'
  /** Sold and promised to the buyer. Next: IN_PROGRESS, CANCELLED. */
  | 'CONFIRMED'
  /**
   * Being put together; nothing is held or promised yet. Every booking starts here. Next: ON_HOLD,
   * AWAITING_PAYMENT, CONFIRMED, CANCELLED.
   */
  | 'DRAFT'
  /** A hold or a payment deadline passed; held capacity was given back. Terminal. */
  | 'EXPIRED'
  /** The travel or service has started. Next: COMPLETED, CANCELLED. */
  | 'IN_PROGRESS'
  /**
   * Capacity is held until `holdExpiresAt`; the booking expires if it is not confirmed or extended by then.
   * Next: AWAITING_PAYMENT, CONFIRMED, EXPIRED, CANCELLED.
   */
  | 'ON_HOLD';

/** What a booking was made from; the other `BookingOrigin` fields name the source record. */
export type OriginSource =
  /** An accepted quote version: `quoteId` and `quoteVersionId` are set and `quoteVersion` resolves. */
  | 'ACCEPTED_QUOTE_VERSION'
  /** A catalog price and availability answer: `catalogPriceResponseId` is set. */
  | 'CATALOG_PRICE_AVAILABILITY'
  /** A catalog snapshot: `catalogSnapshotId` is set. */
  | 'CATALOG_SNAPSHOT'
  /** A direct consumer checkout. */
  | 'DIRECT_B2C'
  /** A record migrated from a legacy transaction system: the `legacyTransaction*` fields are set. */
  | 'LEGACY_TRANSACTION'
  /** Entered by hand, from no other record. */
  | 'MANUAL'
  /** An order placed with an external provider: the `providerSource*` and `providerOrderRef` fields are set. */
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
    | { __typename: 'RequirementsIncompleteError', code: string, message: string }
    | { __typename: 'RequirementsUnavailableError', code: string, message: string }
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
