import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Booking } from '../entities/booking.entity';
import { notFound } from '../errors';
import { bookingLifecycle } from '../statemachine/booking-status';
import { fail } from '../domain/outcomes';
import { expectedVersionIn } from './unit-of-work';

/**
 * Loads a booking and locks its row for the rest of the transaction: every change to a booking or
 * its parts goes through here, so concurrent writers to one booking are serialised. The version
 * the caller read (`expectedVersion`, carried by the unit of work) is checked under the lock, so
 * a stale one is refused before anything is written.
 */
export async function lockBooking(em: SqlEntityManager, id: string, field = 'input.id'): Promise<Booking> {
  const booking = await em.findOne(Booking, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!booking) throw notFound('Booking', id, field);
  assertExpectedVersion(booking, expectedVersionIn(em));
  return booking;
}

/**
 * Reads a booking without locking it, for a path that writes nothing to it (an approval request),
 * still refusing a stale `expectedVersion` as the lock would.
 */
export async function readBooking(em: SqlEntityManager, id: string, field = 'input.id'): Promise<Booking> {
  const booking = await em.findOne(Booking, { id });
  if (!booking) throw notFound('Booking', id, field);
  assertExpectedVersion(booking, expectedVersionIn(em));
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

function assertExpectedVersion(booking: Booking, expectedVersion: number | null): void {
  if (expectedVersion !== null && expectedVersion !== booking.version) {
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
