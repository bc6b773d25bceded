import { bookingLifecycle, BookingTransitionError, overrideBookingStatus as overridePatch, transitionBooking as transitionPatch, type BookingStatusPatch } from '../statemachine/booking-status';
import type { Booking } from '../entities/booking.entity';
import type { OverrideBookingStatusInput, TransitionBookingInput } from '../validation/booking-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { assertExpectedVersion, lockBooking } from './booking-access';
import { fail, type BusinessOutcome } from './outcomes';
import { runUnitOfWork } from './unit-of-work';

const transitionRefused = (error: BookingTransitionError): never =>
  fail({ __typename: 'BookingTransitionError', code: error.code, message: error.message, from: error.from, to: error.to });

function applyPatch(booking: Booking, patch: BookingStatusPatch, at: Date): void {
  const { status, holdExpiresAt, ...stamps } = patch;
  booking.status = status;
  for (const [key, value] of Object.entries(stamps)) {
    if (value !== undefined) (booking as Record<string, unknown>)[key] = value;
  }
  if (holdExpiresAt !== undefined) booking.holdExpiresAt = holdExpiresAt;
  booking.updatedAt = at;
}

/** Moves a booking along the state machine, under a row lock so concurrent moves serialise. */
export async function transitionBooking(scope: ServiceScope, input: TransitionBookingInput): Promise<{ bookingId: string } | BusinessOutcome> {
  return runUnitOfWork(scope.em, async (em) => {
    const booking = await lockBooking(em, input.id);
    assertExpectedVersion(booking, input.expectedVersion);
    const from = booking.status;
    const at = scope.clock.now();
    let patch: BookingStatusPatch;
    try {
      patch = transitionPatch(from, input.to, {
        now: at,
        holdExpiresAt: input.holdExpiresAt ?? undefined,
        holdMinutes: input.holdMinutes ?? undefined,
        defaultHoldMinutes: scope.config.holdDefaultMinutes,
      });
    } catch (error) {
      if (error instanceof BookingTransitionError) return transitionRefused(error);
      throw error;
    }
    applyPatch(booking, patch, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_change',
      description: `Status changed from ${from} to ${input.to}`,
      metadata: { from, to: input.to, reason: input.reason ?? null, holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null },
    });
    return { bookingId: booking.id };
  });
}

/** The admin escape hatch around the graph: any status to any other, always with a reason. */
export async function overrideBookingStatus(scope: ServiceScope, input: OverrideBookingStatusInput): Promise<{ bookingId: string } | BusinessOutcome> {
  return runUnitOfWork(scope.em, async (em) => {
    const booking = await lockBooking(em, input.id);
    const from = booking.status;
    const at = scope.clock.now();
    let patch: BookingStatusPatch;
    try {
      patch = overridePatch(from, input.to, { now: at, defaultHoldMinutes: scope.config.holdDefaultMinutes });
    } catch (error) {
      if (error instanceof BookingTransitionError) return transitionRefused(error);
      throw error;
    }
    applyPatch(booking, patch, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_overridden',
      description: `Status overridden from ${from} to ${input.to}`,
      metadata: { from, to: input.to, reason: input.reason, allowedByGraph: bookingLifecycle.can(from, input.to) },
    });
    return { bookingId: booking.id };
  });
}
