import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { notFound } from '../errors';
import type { TravelerInput, TravelerPatchInput } from '../validation/booking-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { assertEditable, lockBooking, touchBooking } from './booking-access';
import { newTraveler } from './booking-service';
import { recomputeBookingTotals } from './booking-totals';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from './unit-of-work';

type Result = Promise<{ bookingId: string } | BusinessOutcome>;

async function findTraveler(
  em: SqlEntityManager,
  id: string,
  field: string,
  afterLock = false,
): Promise<BookingTraveler> {
  const traveler = await em.findOne(BookingTraveler, { id }, { refresh: afterLock });
  if (!traveler) throw notFound('Booking traveler', id, field);
  return traveler;
}

/** At most one primary traveler per booking: the caller must demote the current one first. */
async function assertPrimaryFree(em: SqlEntityManager, bookingId: string, exceptTravelerId?: string): Promise<void> {
  const current = await em.findOne(BookingTraveler, { booking: bookingId, isPrimary: true });
  if (current && current.id !== exceptTravelerId) {
    fail({
      __typename: 'PrimaryTravelerConflictError',
      code: 'PRIMARY_TRAVELER_CONFLICT',
      message: 'The booking already has a primary traveler',
      existingPrimaryTravelerId: current.id,
    });
  }
}

export async function addBookingTraveler(
  scope: ServiceScope,
  input: { bookingId: string; traveler: TravelerInput },
): Result {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
    assertEditable(booking);
    if (input.traveler.isPrimary) await assertPrimaryFree(em, booking.id);
    const at = scope.clock.now();
    const position = await em.count(BookingTraveler, { booking: booking.id });
    const traveler = newTraveler(em, booking.id, input.traveler, position, at);
    await em.flush();
    await recomputeBookingTotals(em, booking);
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'traveler_update',
      description: `Traveler ${traveler.id} added`,
      metadata: { action: 'added', travelerId: traveler.id, category: traveler.category },
    });
    return { bookingId: booking.id };
  });
}

export async function updateBookingTraveler(scope: ServiceScope, input: TravelerPatchInput): Result {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, (await findTraveler(em, input.id, 'input.id')).booking, 'input.id');
    assertEditable(booking);
    const traveler = await findTraveler(em, input.id, 'input.id', true);
    if (input.isPrimary === true) await assertPrimaryFree(em, booking.id, traveler.id);
    const { id, ...fields } = input;
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) changes[key] = value;
    const at = scope.clock.now();
    em.assign(traveler, { ...changes, updatedAt: at });
    touchBooking(booking, at);
    // Field names only: the values are personal data.
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'traveler_update',
      description: `Traveler ${id} updated`,
      metadata: { action: 'updated', travelerId: id, fields: Object.keys(changes) },
    });
    return { bookingId: booking.id };
  });
}

export async function removeBookingTraveler(scope: ServiceScope, id: string): Result {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, (await findTraveler(em, id, 'id')).booking, 'id');
    assertEditable(booking);
    em.remove(await findTraveler(em, id, 'id', true));
    await em.flush();
    await recomputeBookingTotals(em, booking);
    const at = scope.clock.now();
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'traveler_update',
      description: `Traveler ${id} removed`,
      metadata: { action: 'removed', travelerId: id },
    });
    return { bookingId: booking.id };
  });
}
