import type { BookingAllocation } from '../entities/booking-allocation.entity';
import type { BookingItem } from '../entities/booking-item.entity';
import type { Booking } from '../entities/booking.entity';
import type { BookingStatus } from '../statemachine/booking-status';
import type { TargetFacts } from './policy';
import type { GatedCommand } from './routing';

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

export const ITEM_REMOVAL_ACTION_NAME = 'booking.item.remove';

export const ALLOCATION_RELEASE_ACTION_NAME = 'booking.allocation.release';

/**
 * What the policy's conditions read about a booking at `now`. A booking without a hold deadline
 * has no passed hold: expiring it early is exactly what the hold rule guards.
 */
export function bookingFacts(booking: Booking, now: Date): TargetFacts {
  const deadline = booking.holdExpiresAt ?? null;
  return { bookingStatus: booking.status, holdPassed: deadline !== null && deadline.getTime() <= now.getTime() };
}

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

/**
 * A gated change to a booking or one of its parts, as the gate sees it: an action on the booking,
 * so its approvals and executions list with the booking's ledger. The key and approval id name
 * the request, not the command.
 */
export function bookingCommand<I extends { idempotencyKey?: string | null; approvalId?: string | null }>(
  operation: string,
  actionName: string,
  bookingId: string,
  input: I,
): GatedCommand {
  const { idempotencyKey, approvalId, ...command } = input;
  return {
    operation,
    actionName,
    target: { type: BOOKING_TARGET_TYPE, id: bookingId },
    command,
    idempotencyKey: idempotencyKey ?? null,
    approvalId: approvalId ?? null,
  };
}

/** The item an approved removal vouches for: a changed quantity or price is a different removal. */
export const itemSnapshot = (item: BookingItem): Record<string, unknown> => ({
  id: item.id,
  status: item.status,
  quantity: item.quantity,
  unitSellAmountCents: item.unitSellAmountCents,
});

/** The allocation an approved release vouches for. */
export const allocationSnapshot = (allocation: BookingAllocation): Record<string, unknown> => ({
  id: allocation.id,
  status: allocation.status,
  kind: allocation.kind,
  targetId: allocation.targetId,
  quantity: allocation.quantity,
});
