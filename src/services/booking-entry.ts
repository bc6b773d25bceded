import type { Booking } from '../entities/booking.entity';
import type { BookingItem } from '../entities/booking-item.entity';
import { transitionBooking as transitionPatch, type BookingStatus } from '../statemachine/booking-status';
import { ItemTransitionError, canTransitionItem } from '../statemachine/item-status';
import { itemSteps } from '../statemachine/status-cascade';
import { applyPatch } from './booking-cascade';

/**
 * A booking created in this unit of work leaves draft through the lifecycle, as a status mutation
 * would: the same transition table and patch for the booking, the same cascade for its items. Its
 * parts are all in memory and it has no allocations yet, so nothing is loaded.
 *
 * @throws BookingTransitionError or ItemTransitionError when the tables do not allow the move.
 */
export function enterFromDraft(
  booking: Booking,
  items: readonly BookingItem[],
  to: BookingStatus,
  options: { at: Date; holdExpiresAt?: Date; defaultHoldMinutes: number },
): void {
  const { at, holdExpiresAt, defaultHoldMinutes } = options;
  applyPatch(booking, transitionPatch(booking.status, to, { now: at, holdExpiresAt, defaultHoldMinutes }), at);
  for (const item of items)
    for (const step of itemSteps(to, item.status)) {
      if (!canTransitionItem(item.status, step)) throw new ItemTransitionError(item.status, step);
      item.status = step;
    }
}
