import { bookingLifecycle, BookingTransitionError, overrideBookingStatus as overridePatch, transitionBooking as transitionPatch, type BookingStatusPatch } from '../statemachine/booking-status';
import type { OverrideBookingStatusInput, TransitionBookingInput } from '../validation/booking-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { moveBooking } from './booking-cascade';
import { assertExpectedVersion, lockBooking } from './booking-access';
import { recordOverrideEvent, recordStatusEvent } from './lifecycle-events';
import { fail, type BusinessOutcome } from './outcomes';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';

/** The state machine's refusal as the union member; anything else is not ours to translate. */
function patchOrRefuse(compute: () => BookingStatusPatch): BookingStatusPatch {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof BookingTransitionError)) throw error;
    return fail({ __typename: 'BookingTransitionError', code: error.code, message: error.message, from: error.from, to: error.to });
  }
}

/**
 * Moves a booking along the state machine, under a row lock so concurrent moves serialise. Its
 * allocations and items follow in the same transaction (see booking-cascade.ts).
 */
export async function transitionBooking(scope: ServiceScope, input: TransitionBookingInput): Promise<{ bookingId: string } | BusinessOutcome> {
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.id);
    assertExpectedVersion(booking, input.expectedVersion);
    const from = booking.status;
    const at = scope.clock.now();
    const patch = patchOrRefuse(() =>
      transitionPatch(from, input.to, {
        now: at,
        holdExpiresAt: input.holdExpiresAt ?? undefined,
        holdMinutes: input.holdMinutes ?? undefined,
        defaultHoldMinutes: scope.config.holdDefaultMinutes,
      }),
    );
    const cascade = await moveBooking(em, booking, input.to, patch, at, 'transition');
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_change',
      description: `Status changed from ${from} to ${input.to}`,
      metadata: { from, to: input.to, reason: input.reason ?? null, holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null, cascade },
    });
    recordStatusEvent(em, booking, from, at, 'route');
    return { bookingId: booking.id };
  });
}

/**
 * The admin escape hatch around the graph: any status to any other, always with a reason. Parts
 * follow as for a transition; a passed hold it commits must win its capacity back first.
 */
export async function overrideBookingStatus(scope: ServiceScope, input: OverrideBookingStatusInput): Promise<{ bookingId: string } | BusinessOutcome> {
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.id);
    const from = booking.status;
    const at = scope.clock.now();
    const patch = patchOrRefuse(() => overridePatch(from, input.to, { now: at, defaultHoldMinutes: scope.config.holdDefaultMinutes }));
    const cascade = await moveBooking(em, booking, input.to, patch, at, 'override');
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_overridden',
      description: `Status overridden from ${from} to ${input.to}`,
      metadata: { from, to: input.to, reason: input.reason, allowedByGraph: bookingLifecycle.can(from, input.to), cascade },
    });
    recordOverrideEvent(em, booking, from, at);
    return { bookingId: booking.id };
  });
}
