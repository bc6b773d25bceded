import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Booking } from '../entities/booking.entity';
import { notFound } from '../errors';
import { bookingLifecycle } from '../statemachine/booking-status';
import { fail } from './outcomes';

/**
 * Loads a booking and locks its row for the rest of the transaction: every change to a booking or
 * its parts goes through here, so concurrent writers to one booking are serialised.
 */
export async function lockBooking(em: SqlEntityManager, id: string, field = 'input.id'): Promise<Booking> {
  const booking = await em.findOne(Booking, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!booking) throw notFound('Booking', id, field);
  return booking;
}

/** Terminal bookings (completed, expired, cancelled) keep their record as it was. */
export function assertEditable(booking: Booking): void {
  if (bookingLifecycle.terminal.includes(booking.status)) {
    fail({
      __typename: 'BookingNotEditableError',
      code: 'BOOKING_NOT_EDITABLE',
      message: `A ${booking.status} booking cannot be changed`,
      status: booking.status,
    });
  }
}

export function assertExpectedVersion(booking: Booking, expectedVersion: number | null | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== booking.version) {
    fail({
      __typename: 'VersionConflictError',
      code: 'VERSION_CONFLICT',
      message: `The booking is at version ${booking.version}, not ${expectedVersion}`,
      expectedVersion,
      actualVersion: booking.version,
    });
  }
}

/** Marks the booking changed so its version and updatedAt move with any change to its parts. */
export function touchBooking(booking: Booking, at: Date): void {
  // Strictly later than the last change, so the version moves even for two changes in one instant.
  booking.updatedAt = at.getTime() > booking.updatedAt.getTime() ? at : new Date(booking.updatedAt.getTime() + 1);
}
