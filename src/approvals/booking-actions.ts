import type { Booking } from '../entities/booking.entity';
import type { BookingStatus } from '../statemachine/booking-status';

/** Ledger names of status changes: `booking.status.<verb>`, the verb naming what the move does. */
const STATUS_VERBS: Record<BookingStatus, string> = {
  draft: 'reopen',
  on_hold: 'hold',
  awaiting_payment: 'await_payment',
  confirmed: 'confirm',
  in_progress: 'start',
  completed: 'complete',
  expired: 'expire',
  cancelled: 'cancel',
};

export const transitionActionName = (to: BookingStatus): string => `booking.status.${STATUS_VERBS[to]}`;

export const OVERRIDE_ACTION_NAME = 'booking.status.override';

export const BOOKING_TARGET_TYPE = 'booking';

/**
 * What an approval vouches for about the booking: its status, amounts and lifecycle stamps. If any
 * of these moves between request and execution, the approval no longer describes the change that
 * would run. Edits that leave them alone (a note, a traveler's phone) do not invalidate it.
 */
export function bookingSnapshot(booking: Booking): Record<string, unknown> {
  return {
    status: booking.status,
    sellCurrency: booking.sellCurrency,
    sellAmountCents: booking.sellAmountCents,
    costAmountCents: booking.costAmountCents ?? null,
    holdExpiresAt: booking.holdExpiresAt ?? null,
    confirmedAt: booking.confirmedAt ?? null,
    awaitingPaymentAt: booking.awaitingPaymentAt ?? null,
    paidAt: booking.paidAt ?? null,
    expiredAt: booking.expiredAt ?? null,
    cancelledAt: booking.cancelledAt ?? null,
    completedAt: booking.completedAt ?? null,
    redeemedAt: booking.redeemedAt ?? null,
  };
}
