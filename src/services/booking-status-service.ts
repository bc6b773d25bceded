import { BOOKING_TARGET_TYPE, bookingSnapshot, OVERRIDE_ACTION_NAME, transitionActionName } from '../approvals/booking-actions';
import type { GatedCommand } from '../approvals/routing';
import { Booking } from '../entities/booking.entity';
import { notFound } from '../errors';
import { bookingLifecycle, BookingTransitionError, overrideBookingStatus as overridePatch, transitionBooking as transitionPatch, type BookingStatusPatch } from '../statemachine/booking-status';
import type { GatedOverrideBookingStatusInput, GatedTransitionBookingInput } from '../validation/approval-inputs';
import { admitExecution, fingerprintFor, planAction, recordExecution, requestApproval, type ActionPlan } from './action-gate';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { assertExpectedVersion, lockBooking } from './booking-access';
import { fail, isBusinessOutcome, type BusinessOutcome } from './outcomes';
import { runUnitOfWork } from './unit-of-work';
import type { SqlEntityManager } from '@mikro-orm/postgresql';

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

/** A status change described for the approval gate: the key and approval id name the request, not the command. */
function gatedCommand(operation: string, actionName: string, input: GatedTransitionBookingInput | GatedOverrideBookingStatusInput): GatedCommand {
  const { idempotencyKey, approvalId, ...command } = input;
  return { operation, actionName, target: { type: BOOKING_TARGET_TYPE, id: input.id }, command, idempotencyKey: idempotencyKey ?? null, approvalId: approvalId ?? null };
}

/**
 * A request for approval changes nothing, so it reads the booking without blocking its writers;
 * the fingerprint it takes is checked again, under the lock, when the approval executes.
 */
async function loadForAction(em: SqlEntityManager, plan: ActionPlan, id: string): Promise<Booking> {
  if (plan.route.kind !== 'request') return lockBooking(em, id);
  const booking = await em.findOne(Booking, { id });
  if (!booking) throw notFound('Booking', id, 'input.id');
  return booking;
}

function planPatch(plan: () => BookingStatusPatch): BookingStatusPatch {
  try {
    return plan();
  } catch (error) {
    if (error instanceof BookingTransitionError) return transitionRefused(error);
    throw error;
  }
}

/**
 * Moves a booking along the state machine, under a row lock so concurrent moves serialise. Moves
 * the approval policy gates (a cancellation by an agent) file an approval instead, and run when
 * repeated with the approved approval's id.
 */
export async function transitionBooking(scope: ServiceScope, input: GatedTransitionBookingInput): Promise<{ bookingId: string } | BusinessOutcome> {
  const plan = planAction(scope, gatedCommand('transitionBooking', transitionActionName(input.to), input));
  if (isBusinessOutcome(plan)) return plan;
  return runUnitOfWork(scope.em, async (em) => {
    const booking = await loadForAction(em, plan, input.id);
    const print = fingerprintFor(plan, bookingSnapshot(booking));
    const approval = await admitExecution(em, plan, print);
    assertExpectedVersion(booking, input.expectedVersion);
    const from = booking.status;
    const at = scope.clock.now();
    const patch = planPatch(() =>
      transitionPatch(from, input.to, {
        now: at,
        holdExpiresAt: input.holdExpiresAt ?? undefined,
        holdMinutes: input.holdMinutes ?? undefined,
        defaultHoldMinutes: scope.config.holdDefaultMinutes,
      }),
    );
    const facts = { from, to: input.to, reason: input.reason ?? null };
    if (plan.route.kind === 'request') return requestApproval(em, plan, plan.route, print, facts);
    applyPatch(booking, patch, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_change',
      description: `Status changed from ${from} to ${input.to}`,
      metadata: { ...facts, holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null, approvalId: approval?.id ?? null },
    });
    recordExecution(em, plan, print, approval, facts);
    return { bookingId: booking.id };
  });
}

/** The admin escape hatch around the graph: any status to any other, always with a reason. */
export async function overrideBookingStatus(scope: ServiceScope, input: GatedOverrideBookingStatusInput): Promise<{ bookingId: string } | BusinessOutcome> {
  const plan = planAction(scope, gatedCommand('overrideBookingStatus', OVERRIDE_ACTION_NAME, input));
  if (isBusinessOutcome(plan)) return plan;
  return runUnitOfWork(scope.em, async (em) => {
    const booking = await loadForAction(em, plan, input.id);
    const print = fingerprintFor(plan, bookingSnapshot(booking));
    const approval = await admitExecution(em, plan, print);
    const from = booking.status;
    const at = scope.clock.now();
    const patch = planPatch(() => overridePatch(from, input.to, { now: at, defaultHoldMinutes: scope.config.holdDefaultMinutes }));
    const facts = { from, to: input.to, reason: input.reason };
    if (plan.route.kind === 'request') return requestApproval(em, plan, plan.route, print, facts);
    applyPatch(booking, patch, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_overridden',
      description: `Status overridden from ${from} to ${input.to}`,
      metadata: { ...facts, allowedByGraph: bookingLifecycle.can(from, input.to), approvalId: approval?.id ?? null },
    });
    recordExecution(em, plan, print, approval, facts);
    return { bookingId: booking.id };
  });
}
