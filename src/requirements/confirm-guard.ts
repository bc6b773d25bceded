import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { RequirementsEnforcement } from '../config';
import type { Booking } from '../entities/booking.entity';
import type { RequirementsPort } from '../ports/requirements-port';
import type { ServiceScope } from '../services/actor';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { questionnairesBeforeLock, requirementsUnavailable } from './answers-service';
import { answerKey, lockedBookingFacts } from './booking-facts';
import { missingView, type MissingView } from './requirements-view';
import { resolveRequirements } from './resolve';

/** Checks, under the booking's lock, that every required answer and field is there; fails the unit of work if not. */
export type RequirementsCheck = (em: SqlEntityManager, booking: Booking) => Promise<void>;

/**
 * What is still missing, read under the booking's lock; an empty list means complete. Fails the
 * unit of work with RequirementsUnavailableError when the lines changed since the catalog was asked.
 */
export type RequirementsProbe = (em: SqlEntityManager, booking: Booking) => Promise<MissingView[]>;

export const requirementsIncomplete = (missing: MissingView[]) => ({
  __typename: 'RequirementsIncompleteError',
  code: 'REQUIREMENTS_INCOMPLETE',
  message: `${missing.length} required answer(s) or field(s) are missing`,
  missing,
});

/**
 * Asks the catalog before the transaction, and returns the probe to run once the booking is
 * locked: the questionnaires come from before the lock, the answers and travelers from under it.
 * Null when the catalog cannot answer (the caller fails closed).
 */
export async function prepareRequirementsProbe(
  port: RequirementsPort,
  em: SqlEntityManager,
  bookingId: string,
  field: string,
): Promise<RequirementsProbe | null> {
  const asked = await questionnairesBeforeLock(em, port, bookingId, field);
  if (!asked) return null;
  return async (lockedEm, booking) => {
    const locked = await lockedBookingFacts(lockedEm, booking);
    // A line added meanwhile may bring questions the catalog was not asked about: ask again.
    if (locked.optionIds.some((optionId) => !asked.optionIds.includes(optionId))) fail(requirementsUnavailable());
    const resolution = resolveRequirements(asked.questionnaires, locked.facts, locked.answers.map(answerKey));
    return resolution.missing.map(missingView);
  };
}

/** The probe as a check: anything missing fails the unit of work with RequirementsIncompleteError. */
export const failWhenIncomplete =
  (probe: RequirementsProbe): RequirementsCheck =>
  async (em, booking) => {
    const missing = await probe(em, booking);
    if (missing.length > 0) fail(requirementsIncomplete(missing));
  };

/**
 * An admin confirm under REQUIREMENTS_ENFORCE_ON_CONFIRM=all: the transition runs with the check
 * in its scope (the state machine's service calls it under the lock). Any other move, or another
 * setting, runs as it always did.
 */
export async function withConfirmRequirements<I extends { id: string; to: string }, R>(
  port: RequirementsPort,
  mode: RequirementsEnforcement,
  scope: ServiceScope,
  input: I,
  transition: (scope: ServiceScope, input: I) => Promise<R | BusinessOutcome>,
): Promise<R | BusinessOutcome> {
  if (mode !== 'all' || input.to !== 'confirmed') return transition(scope, input);
  const probe = await prepareRequirementsProbe(port, scope.em, input.id, 'input.id');
  if (!probe) return requirementsUnavailable();
  return transition({ ...scope, confirmRequirements: failWhenIncomplete(probe) }, input);
}
