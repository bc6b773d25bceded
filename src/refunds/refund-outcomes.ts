import type { BookingStatus } from '../statemachine/booking-status';

/** The refund's business outcomes, members of RefundBookingResult (schema.graphql, "Refunds"). */
export const refundAmountOutOfRange = (requestedCents: number, refundableCents: number, currency: string) => ({
  __typename: 'RefundAmountOutOfRangeError',
  code: 'REFUND_AMOUNT_OUT_OF_RANGE',
  message: `A refund is between 0 and ${refundableCents} ${currency}; ${requestedCents} was asked`,
  requested: { amountCents: requestedCents, currency },
  refundable: { amountCents: refundableCents, currency },
});

export const refundInProgress = (refundId: string) => ({
  __typename: 'RefundInProgressError',
  code: 'REFUND_IN_PROGRESS',
  message: `Refund ${refundId} of this booking is still running`,
  refundId,
});

export const refundUnavailable = (reason: 'finance_not_configured' | 'finance_unavailable') => ({
  __typename: 'RefundUnavailableError',
  code: 'REFUND_UNAVAILABLE',
  message:
    reason === 'finance_not_configured'
      ? 'No finance system is configured, so only a refund of 0 is possible'
      : 'The finance system could not be reached',
  reason,
});

export const notRefundable = (from: BookingStatus) => ({
  __typename: 'BookingTransitionError',
  code: 'INVALID_BOOKING_TRANSITION',
  message: `A ${from} booking cannot be refunded`,
  from,
  to: 'cancelled' as const,
});
