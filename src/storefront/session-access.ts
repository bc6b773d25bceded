import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingStorefrontSession } from '../entities/booking-storefront-session.entity';
import { notFound } from '../errors';
import { lockBooking } from '../services/booking-access';
import { holdExpired, isHoldLive } from '../services/holds';
import { fail } from '../domain/outcomes';

export interface LockedSession {
  booking: Booking;
  session: BookingStorefrontSession;
}

/**
 * Locks the session's booking (checking the caller's expectedVersion, when the unit of work
 * carries one) and loads its storefront row; a booking that is not a session is NOT_FOUND.
 */
export async function lockSession(
  em: SqlEntityManager,
  sessionId: string,
  field = 'input.sessionId',
): Promise<LockedSession> {
  const booking = await lockBooking(em, sessionId, field);
  const session = await em.findOne(BookingStorefrontSession, { booking: sessionId });
  if (!session) throw notFound('Storefront session', sessionId, field);
  return { booking, session };
}

/** The "409" rows every session edit shares: the booking must still be ON_HOLD, its hold live. */
export function assertSessionOpen(booking: Booking, now: Date): void {
  if (booking.status !== 'on_hold') {
    fail({
      __typename: 'BookingNotEditableError',
      code: 'BOOKING_NOT_EDITABLE',
      message: `A ${booking.status} session can no longer be changed`,
      status: booking.status,
    });
  }
  if (!isHoldLive(booking.holdExpiresAt, now)) holdExpired(booking.holdExpiresAt ?? null);
}
