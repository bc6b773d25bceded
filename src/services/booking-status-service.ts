import { bookingSnapshot, OVERRIDE_ACTION_NAME, transitionActionName } from '../approvals/booking-actions';
import { gated, type GatedInput, type GateSpec } from '../approvals/gate';
import type { Booking } from '../entities/booking.entity';
import {
  bookingLifecycle,
  BookingTransitionError,
  overrideBookingStatus as overridePatch,
  transitionBooking as transitionPatch,
  type BookingStatus,
  type BookingStatusPatch,
} from '../statemachine/booking-status';
import { HOLDING_BOOKING_STATUSES } from '../statemachine/status-cascade';
import type { GatedOverrideBookingStatusInput, GatedTransitionBookingInput } from '../validation/approval-inputs';
import { recordActivity } from './activity';
import { moveBooking, type CascadeSummary } from './booking-cascade';
import { lockBooking, readBooking } from './booking-access';
import { assertRequestedHoldDeadline } from './holds';
import { recordOverrideEvent, recordStatusEvent } from './lifecycle-events';
import { fail } from '../domain/outcomes';

/** The state machine's refusal as the union member; anything else is not ours to translate. */
function patchOrRefuse(compute: () => BookingStatusPatch): BookingStatusPatch {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof BookingTransitionError)) throw error;
    return fail({
      __typename: 'BookingTransitionError',
      code: error.code,
      message: error.message,
      from: error.from,
      to: error.to,
    });
  }
}

/** What the override's cascade took back, for the activity description (counts only). */
const retakenNote = (cascade: CascadeSummary): string =>
  cascade.allocationsRetaken.length === 0
    ? ''
    : `; ${cascade.allocationsRetaken.length} allocation(s) taken again (${cascade.capacityTaken} unit(s) of capacity)`;

/** Both status changes load the booking itself: a request reads it, an execution locks it. */
const onBooking = <I extends GatedInput & { id: string }>(
  operation: string,
  actionName: (input: I) => string,
): GateSpec<I, { booking: Booking }> => ({
  operation,
  actionName,
  booking: { fromInput: (input) => input.id },
  // A request for approval changes nothing, so it reads the booking without blocking its writers;
  // the fingerprint it takes is checked again, under the lock, when the approval executes.
  load: async (em, _input, id, access) => ({
    booking: access === 'read' ? await readBooking(em, id) : await lockBooking(em, id),
  }),
  snapshot: ({ booking }) => bookingSnapshot(booking),
});

interface StatusChange {
  from: BookingStatus;
  patch: BookingStatusPatch;
}

/**
 * Moves a booking along the state machine, under a row lock so concurrent moves serialise; its
 * allocations and items follow in the same transaction (booking-cascade.ts), and its lifecycle
 * event is delivered after commit. Moves the approval policy gates (a cancellation by an agent, an
 * agent's expiry of a hold still running) file an approval instead, and run when repeated with the
 * approved approval's id.
 */
export const transitionBooking = gated<GatedTransitionBookingInput, { booking: Booking }, StatusChange>(
  onBooking('transitionBooking', (input) => transitionActionName(input.to)),
  {
    plan: async ({ em, scope, input, target: { booking }, at }) => {
      const from = booking.status;
      if (input.holdExpiresAt && HOLDING_BOOKING_STATUSES.includes(input.to))
        assertRequestedHoldDeadline(input.holdExpiresAt, at);
      if (input.to === 'confirmed' && scope.confirmRequirements) await scope.confirmRequirements(em, booking);
      const patch = patchOrRefuse(() =>
        transitionPatch(from, input.to, {
          now: at,
          holdExpiresAt: input.holdExpiresAt ?? undefined,
          holdMinutes: input.holdMinutes ?? undefined,
          defaultHoldMinutes: scope.config.holdDefaultMinutes,
        }),
      );
      return { change: { from, patch }, facts: { from, to: input.to, reason: input.reason ?? null } };
    },
    apply: async ({ em, scope, input, target: { booking }, at, approval }, { from, patch }) => {
      const { holdDefaultMinutes: defaultHoldMinutes } = scope.config;
      const cascade = await moveBooking(em, booking, input.to, patch, at, { mode: 'transition', defaultHoldMinutes });
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'status_change',
        description: `Status changed from ${from} to ${input.to}`,
        metadata: {
          from,
          to: input.to,
          reason: input.reason ?? null,
          holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null,
          approvalId: approval?.id ?? null,
          cascade,
        },
      });
      recordStatusEvent(em, booking, from, at, 'route');
    },
  },
);

/**
 * The admin escape hatch around the graph: any status to any other, always with a reason. Parts
 * follow as for a transition; a passed hold it commits must win its capacity back first.
 */
export const overrideBookingStatus = gated<GatedOverrideBookingStatusInput, { booking: Booking }, StatusChange>(
  onBooking('overrideBookingStatus', () => OVERRIDE_ACTION_NAME),
  {
    plan: ({ scope, input, target: { booking }, at }) => {
      const from = booking.status;
      const { holdDefaultMinutes: defaultHoldMinutes } = scope.config;
      const patch = patchOrRefuse(() => overridePatch(from, input.to, { now: at, defaultHoldMinutes }));
      return { change: { from, patch }, facts: { from, to: input.to, reason: input.reason } };
    },
    apply: async ({ em, scope, input, target: { booking }, at, approval }, { from, patch }) => {
      const { holdDefaultMinutes: defaultHoldMinutes } = scope.config;
      const cascade = await moveBooking(em, booking, input.to, patch, at, { mode: 'override', defaultHoldMinutes });
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'status_overridden',
        description: `Status overridden from ${from} to ${input.to}${retakenNote(cascade)}`,
        metadata: {
          from,
          to: input.to,
          reason: input.reason,
          allowedByGraph: bookingLifecycle.can(from, input.to),
          approvalId: approval?.id ?? null,
          cascade,
        },
      });
      recordOverrideEvent(em, booking, from, at, { allocationsRetaken: cascade.allocationsRetaken.length });
    },
  },
);
