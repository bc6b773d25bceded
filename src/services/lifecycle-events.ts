import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { EventType } from '../domain/vocabulary';
import type { Booking } from '../entities/booking.entity';
import { recordEvent } from '../events/outbox';
import type { BookingStatus } from '../statemachine/booking-status';

const EVENT_FOR_STATUS: Partial<Record<BookingStatus, EventType>> = {
  confirmed: 'booking.confirmed',
  expired: 'booking.expired',
  cancelled: 'booking.cancelled',
  in_progress: 'booking.started',
  completed: 'booking.completed',
};

/** Why a booking expired: an explicit transition (`route`) or the hold sweeper (`sweep`). */
export type ExpiryCause = 'route' | 'sweep';

/** The event an ordinary transition into `booking.status` announces, if any. Ids only, never PII. */
export function recordStatusEvent(em: SqlEntityManager, booking: Booking, from: BookingStatus, at: Date, cause: ExpiryCause): void {
  const status: BookingStatus = booking.status;
  const type = EVENT_FOR_STATUS[status];
  if (!type) return;
  recordEvent(em, {
    type,
    bookingId: booking.id,
    at,
    payload: {
      bookingId: booking.id,
      bookingNumber: booking.bookingNumber,
      previousStatus: from,
      status: booking.status,
      ...(booking.status === 'expired' ? { cause } : {}),
    },
  });
}

/** The override's free-text reason stays in the activity log: events leave the subgraph, ids only. */
export function recordOverrideEvent(em: SqlEntityManager, booking: Booking, from: BookingStatus, at: Date): void {
  recordEvent(em, {
    type: 'booking.status_overridden',
    bookingId: booking.id,
    at,
    payload: { bookingId: booking.id, bookingNumber: booking.bookingNumber, previousStatus: from, status: booking.status },
  });
}

/** A slot's consumption moved by `delta` (positive: taken, negative: given back). */
export function recordSlotChange(em: SqlEntityManager, change: { slotId: string; delta: number; cause: string; bookingId: string; at: Date }): void {
  if (change.delta === 0) return;
  recordEvent(em, {
    type: 'availability.slot.changed',
    bookingId: change.bookingId,
    at: change.at,
    payload: { slotId: change.slotId, delta: change.delta, cause: change.cause, bookingId: change.bookingId },
  });
}
