import { BookingAllocation } from '../entities/booking-allocation.entity';
import type { Booking } from '../entities/booking.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { forbidden } from '../errors';
import type { CheckoutCapability, IssuedCapability } from '../ports/checkout-capability-port';
import { recordActivity } from '../services/activity';
import { moveBooking } from '../services/booking-cascade';
import { touchBooking } from '../services/booking-access';
import { recomputeBookingTotals } from '../services/booking-totals';
import { addMinutes, holdExpired, isHoldLive } from '../services/holds';
import { recordStatusEvent } from '../services/lifecycle-events';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from '../services/publishing-unit-of-work';
import { runUnitOfWork } from '../services/unit-of-work';
import { transitionBooking as transitionPatch } from '../statemachine/booking-status';
import { requirementsUnavailable } from '../requirements/answers-service';
import { prepareRequirementsProbe, type RequirementsProbe } from '../requirements/confirm-guard';
import { sessionChecklist } from './checklist';
import { assertSessionOpen, lockSession } from './session-access';
import { materialiseTravelers, syncContact } from './session-travelers';
import type { ConfirmSessionInput, RefreshCapabilityInput, UpdateSessionInput } from './storefront-inputs';
import type { StorefrontScope } from './storefront-scope';

type Changed = Promise<{ bookingId: string } | BusinessOutcome>;

/** REQUIREMENTS_ENFORCE_ON_CONFIRM=off: confirm asks the catalog nothing. */
const nothingRequired: RequirementsProbe = () => Promise.resolve([]);

/**
 * Contact and travelers of a session, written under its lock: deleted travelers' travel details
 * are shredded in the same transaction, and pax is recomputed from who is left.
 */
export async function writePeople(
  scope: StorefrontScope,
  em: SqlEntityManager,
  booking: Booking,
  people: Pick<UpdateSessionInput, 'contact' | 'travelers'>,
  at: Date,
): Promise<{ fields: string[]; afterCommit: () => Promise<void> }> {
  const fields = people.contact ? syncContact(booking, people.contact) : [];
  let afterCommit = async (): Promise<void> => undefined;
  if (people.travelers) {
    await materialiseTravelers(em, booking, people.travelers, 'input.travelers', at, async (removed) => {
      afterCommit = await scope.pii.shredWithin(em, scope.piiScope, booking.id, removed);
    });
    await em.flush();
    await recomputeBookingTotals(em, booking);
    fields.push('travelers');
  }
  return { fields, afterCommit };
}

/** Language, reference, hold and people of an open session (design §2, `updateStorefrontSession`). */
export async function updateStorefrontSession(scope: StorefrontScope, input: UpdateSessionInput): Changed {
  let afterCommit = async (): Promise<void> => undefined;
  const result = await runUnitOfWork(scope, async (em) => {
    const { booking, session } = await lockSession(em, input.sessionId);
    const at = scope.clock.now();
    assertSessionOpen(booking, at);
    const fields: string[] = [];
    if (input.holdMinutes !== null && input.holdMinutes !== undefined) {
      const deadline = addMinutes(at, input.holdMinutes);
      if (deadline.getTime() > session.maxHoldUntil.getTime()) {
        fail({
          __typename: 'HoldExtensionLimitError',
          code: 'HOLD_EXTENSION_LIMIT',
          message: `The hold may not go past ${session.maxHoldUntil.toISOString()}`,
          maxHoldUntil: session.maxHoldUntil,
        });
      }
      const held = await em.find(BookingAllocation, { booking: booking.id, status: 'held' });
      const passed = held.find((allocation) => !isHoldLive(allocation.holdExpiresAt, at));
      if (passed) holdExpired(passed.holdExpiresAt ?? null);
      booking.holdExpiresAt = deadline;
      for (const allocation of held) Object.assign(allocation, { holdExpiresAt: deadline, updatedAt: at });
      fields.push('holdExpiresAt');
    }
    if (input.communicationLanguage !== undefined) {
      booking.communicationLanguage = input.communicationLanguage;
      fields.push('communicationLanguage');
    }
    if (input.externalBookingRef !== undefined) {
      booking.externalBookingRef = input.externalBookingRef;
      fields.push('externalBookingRef');
    }
    const people = await writePeople(scope, em, booking, input, at);
    afterCommit = people.afterCommit;
    fields.push(...people.fields);
    touchBooking(booking, at);
    // Field names only: contact and traveler values are personal data.
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'session_updated',
      description: `Storefront session updated: ${fields.join(', ') || 'no fields'}`,
      metadata: { fields },
    });
    return { bookingId: booking.id };
  });
  await afterCommit();
  return result;
}

/**
 * Confirms a ready session: CONFIRMED, or AWAITING_PAYMENT when payment follows. Not ready is
 * `SessionNotReadyError{missing}`, required answers included; a catalog that cannot be asked what
 * the booking requires is `RequirementsUnavailableError` (fail closed). The move itself is the
 * state machine's, parts following.
 */
export async function confirmStorefrontSession(scope: StorefrontScope, input: ConfirmSessionInput): Changed {
  const requirements = !scope.requirementsEnforced
    ? nothingRequired
    : await prepareRequirementsProbe(scope.ports.requirements, scope.em, input.sessionId, 'input.sessionId');
  if (!requirements) return requirementsUnavailable();
  return runPublishingUnitOfWork(scope, async (em) => {
    const { booking } = await lockSession(em, input.sessionId);
    const at = scope.clock.now();
    assertSessionOpen(booking, at);
    const items = await em.find(BookingItem, { booking: booking.id });
    const travelers = await em.find(BookingTraveler, { booking: booking.id });
    const missingAnswers = await requirements(em, booking);
    const checklist = sessionChecklist(booking, items, travelers, missingAnswers.length === 0, at);
    if (!checklist.ready) {
      fail({
        __typename: 'SessionNotReadyError',
        code: 'SESSION_NOT_READY',
        message: `The session is not ready: ${checklist.missing.join(', ')}`,
        missing: checklist.missing,
      });
    }
    const from = booking.status;
    const patch = transitionPatch(from, input.target, { now: at, defaultHoldMinutes: scope.config.holdDefaultMinutes });
    const cascade = await moveBooking(em, booking, input.target, patch, at, {
      mode: 'transition',
      defaultHoldMinutes: scope.config.holdDefaultMinutes,
    });
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_change',
      description: `Storefront session confirmed: ${from} to ${input.target}`,
      metadata: { from, to: input.target, cascade },
    });
    recordStatusEvent(em, booking, from, at);
    return { bookingId: booking.id };
  });
}

/**
 * Abandons a session: EXPIRED (its capacity freed by the cascade) and its capability epoch bumped,
 * so every token issued for it stops working at once.
 */
export async function abandonStorefrontSession(scope: StorefrontScope, input: { sessionId: string }): Changed {
  return runPublishingUnitOfWork(scope, async (em) => {
    const { booking, session } = await lockSession(em, input.sessionId);
    const at = scope.clock.now();
    if (booking.status !== 'on_hold') {
      fail({
        __typename: 'BookingNotEditableError',
        code: 'BOOKING_NOT_EDITABLE',
        message: `A ${booking.status} session cannot be abandoned`,
        status: booking.status,
      });
    }
    const from = booking.status;
    const patch = transitionPatch(from, 'expired', { now: at, defaultHoldMinutes: scope.config.holdDefaultMinutes });
    const cascade = await moveBooking(em, booking, 'expired', patch, at, {
      mode: 'transition',
      defaultHoldMinutes: scope.config.holdDefaultMinutes,
    });
    session.capabilityEpoch += 1;
    session.updatedAt = at;
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'status_change',
      description: 'Storefront session abandoned; capabilities revoked',
      metadata: { from, to: 'expired', reason: 'abandoned', capabilityEpoch: session.capabilityEpoch, cascade },
    });
    recordStatusEvent(em, booking, from, at);
    return { bookingId: booking.id };
  });
}

/** Bumps the session's capability epoch: every outstanding token is refused from now on (bookings:admin). */
export async function revokeCheckoutCapabilities(
  scope: StorefrontScope,
  input: { sessionId: string },
): Promise<{ sessionId: string; capabilityEpoch: number } | BusinessOutcome> {
  return runUnitOfWork(scope, async (em) => {
    const { booking, session } = await lockSession(em, input.sessionId);
    const at = scope.clock.now();
    session.capabilityEpoch += 1;
    session.updatedAt = at;
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'capabilities_revoked',
      description: 'Checkout capabilities revoked',
      metadata: { capabilityEpoch: session.capabilityEpoch },
    });
    return { sessionId: booking.id, capabilityEpoch: session.capabilityEpoch };
  });
}

/**
 * A fresh token for the same session with the same or fewer actions, never more, that expires
 * when the one sent does. The shield has checked the epoch.
 */
export async function refreshCheckoutCapability(
  scope: Pick<StorefrontScope, 'ports' | 'clock'>,
  current: CheckoutCapability,
  input: RefreshCapabilityInput,
): Promise<IssuedCapability> {
  const widened = input.actions.filter((action) => !current.actions.includes(action));
  if (widened.length > 0) throw forbidden(`The checkout capability does not grant ${widened.join(', ')}`);
  // Narrowing never lengthens a token's life either: the new one ends when the one sent does.
  const remainingSeconds = Math.max(1, Math.floor((current.expiresAt.getTime() - scope.clock.now().getTime()) / 1000));
  return scope.ports.capabilities.issue({
    bookingId: current.bookingId,
    actions: input.actions,
    epoch: current.epoch,
    ttlSeconds: remainingSeconds,
  });
}
