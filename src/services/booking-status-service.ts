import { bookingCommand, bookingFacts, bookingSnapshot, OVERRIDE_ACTION_NAME, transitionActionName } from '../approvals/booking-actions';
import { Booking } from '../entities/booking.entity';
import { notFound } from '../errors';
import { bookingLifecycle, BookingTransitionError, overrideBookingStatus as overridePatch, transitionBooking as transitionPatch, type BookingStatusPatch } from '../statemachine/booking-status';
import type { GatedOverrideBookingStatusInput, GatedTransitionBookingInput } from '../validation/approval-inputs';
import { admitExecution, fingerprintFor, planAction, recordExecution, requestApproval, settleAction, type ActionPlan } from './action-gate';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { moveBooking, type CascadeSummary } from './booking-cascade';
import { lockBooking, readBooking } from './booking-access';
import { recordOverrideEvent, recordStatusEvent } from './lifecycle-events';
import { fail, isBusinessOutcome, type BusinessOutcome } from './outcomes';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';
import type { SqlEntityManager } from '@mikro-orm/postgresql';

/** The state machine's refusal as the union member; anything else is not ours to translate. */
function patchOrRefuse(compute: () => BookingStatusPatch): BookingStatusPatch {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof BookingTransitionError)) throw error;
    return fail({ __typename: 'BookingTransitionError', code: error.code, message: error.message, from: error.from, to: error.to });
  }
}

/** What the override's cascade took back, for the activity description (counts only). */
const retakenNote = (cascade: CascadeSummary): string =>
  cascade.allocationsRetaken.length === 0 ? '' : `; ${cascade.allocationsRetaken.length} allocation(s) taken again (${cascade.capacityTaken} unit(s) of capacity)`;

/**
 * A request for approval changes nothing, so it reads the booking without blocking its writers;
 * the fingerprint it takes is checked again, under the lock, when the approval executes.
 */
async function loadForAction(em: SqlEntityManager, plan: ActionPlan, id: string): Promise<Booking> {
  return plan.route.kind === 'request' ? readBooking(em, id) : lockBooking(em, id);
}

/**
 * Moves a booking along the state machine, under a row lock so concurrent moves serialise; its
 * allocations and items follow in the same transaction (booking-cascade.ts), and its lifecycle
 * event is delivered after commit. Moves the approval policy gates (a cancellation by an agent, an
 * agent's expiry of a hold still running) file an approval instead, and run when repeated with the
 * approved approval's id.
 */
export async function transitionBooking(scope: ServiceScope, input: GatedTransitionBookingInput): Promise<{ bookingId: string } | BusinessOutcome> {
  const planned = planAction(scope, bookingCommand('transitionBooking', transitionActionName(input.to), input.id, input));
  if (isBusinessOutcome(planned)) return planned;
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await loadForAction(em, planned, input.id);
    const plan = settleAction(planned, bookingFacts(booking, scope.clock.now()));
    const print = fingerprintFor(plan, bookingSnapshot(booking));
    const approval = await admitExecution(em, plan, print);
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
    const facts = { from, to: input.to, reason: input.reason ?? null };
    if (plan.route.kind === 'request') return requestApproval(em, plan, plan.route, print, facts);
    const cascade = await moveBooking(em, booking, input.to, patch, at, { mode: 'transition', defaultHoldMinutes: scope.config.holdDefaultMinutes });
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_change',
      description: `Status changed from ${from} to ${input.to}`,
      metadata: { ...facts, holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null, approvalId: approval?.id ?? null, cascade },
    });
    recordStatusEvent(em, booking, from, at, 'route');
    recordExecution(em, plan, print, approval, facts);
    return { bookingId: booking.id };
  });
}

/**
 * The admin escape hatch around the graph: any status to any other, always with a reason. Parts
 * follow as for a transition; a passed hold it commits must win its capacity back first.
 */
export async function overrideBookingStatus(scope: ServiceScope, input: GatedOverrideBookingStatusInput): Promise<{ bookingId: string } | BusinessOutcome> {
  const planned = planAction(scope, bookingCommand('overrideBookingStatus', OVERRIDE_ACTION_NAME, input.id, input));
  if (isBusinessOutcome(planned)) return planned;
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await loadForAction(em, planned, input.id);
    const plan = settleAction(planned, bookingFacts(booking, scope.clock.now()));
    const print = fingerprintFor(plan, bookingSnapshot(booking));
    const approval = await admitExecution(em, plan, print);
    const from = booking.status;
    const at = scope.clock.now();
    const patch = patchOrRefuse(() => overridePatch(from, input.to, { now: at, defaultHoldMinutes: scope.config.holdDefaultMinutes }));
    const facts = { from, to: input.to, reason: input.reason };
    if (plan.route.kind === 'request') return requestApproval(em, plan, plan.route, print, facts);
    const cascade = await moveBooking(em, booking, input.to, patch, at, { mode: 'override', defaultHoldMinutes: scope.config.holdDefaultMinutes });
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_overridden',
      description: `Status overridden from ${from} to ${input.to}${retakenNote(cascade)}`,
      metadata: { ...facts, allowedByGraph: bookingLifecycle.can(from, input.to), approvalId: approval?.id ?? null, cascade },
    });
    recordOverrideEvent(em, booking, from, at, { allocationsRetaken: cascade.allocationsRetaken.length });
    recordExecution(em, plan, print, approval, facts);
    return { bookingId: booking.id };
  });
}
