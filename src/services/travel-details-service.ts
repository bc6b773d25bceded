import { ALL_FIELDS, type TravelDetailsPatch } from '../domain/travel-details';
import { isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { AUDIT_REASONS, type PiiAuditEventRecord } from '../pii/audit';
import { PrefillUnavailable, type PrefillUnavailableReason } from '../pii/person-snapshot';
import type { PiiScope } from '../pii/pii-scope';
import { denialReason, type TravelDetailsSealing } from '../pii/travel-details-sealing';
import { recordActivity } from './activity';
import { assertEditable, lockBooking, touchBooking } from './booking-access';
import { runUnitOfWork } from './unit-of-work';

export interface TravelDetailsUpsert {
  travelerId: string;
  patch: TravelDetailsPatch;
  prefillFromPerson: boolean;
}

export interface TravelerChanged {
  travelerId: string;
  bookingId: string;
}

const prefillUnavailable = (reason: PrefillUnavailableReason, personId: string | null) => ({
  __typename: 'PrefillUnavailableError',
  code: 'PREFILL_UNAVAILABLE',
  message: `The traveler's person snapshot could not be read (${reason}); nothing was written`,
  reason,
  personId,
});

/**
 * Encrypts and stores a patch of travel details. The prefill fetch runs before the transaction;
 * KMS calls run inside it (after the booking lock), so two first writes cannot both create a key.
 */
export async function upsertTravelDetails(
  sealing: TravelDetailsSealing,
  scope: PiiScope,
  input: TravelDetailsUpsert,
): Promise<TravelerChanged | BusinessOutcome> {
  const requested = Object.keys(input.patch).filter(
    (key) => input.patch[key as keyof TravelDetailsPatch] !== undefined,
  );
  const traveler = await sealing.admit(scope, 'encrypt', input.travelerId, requested, 'input.travelerId');
  const deny = (reason: string) => sealing.deny(scope, 'encrypt', traveler, requested, reason);
  let patch = input.patch;
  if (input.prefillFromPerson) {
    try {
      patch = await sealing.prefill(traveler, patch);
    } catch (error) {
      if (!(error instanceof PrefillUnavailable)) throw error;
      await deny(`${AUDIT_REASONS.prefillUnavailable}: ${error.reason}`);
      return prefillUnavailable(error.reason, traveler.personId);
    }
  }
  const fresh = sealing.freshKey();
  const prefilledFrom = input.prefillFromPerson ? `prefilled from ${traveler.personId}` : null;
  let result: (TravelerChanged & { event: PiiAuditEventRecord }) | BusinessOutcome;
  try {
    result = await runUnitOfWork(scope, async (em) => {
      const booking = await lockBooking(em, traveler.bookingId, 'input.travelerId');
      assertEditable(booking);
      const { travelerId } = traveler;
      const at = scope.clock.now();
      const sealed = await sealing.sealWithin(
        em,
        scope,
        { travelerId, bookingId: booking.id, at },
        patch,
        prefilledFrom,
        fresh,
      );
      touchBooking(booking, at);
      // Field names only: the values are personal data.
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'traveler_update',
        description: `Travel details of traveler ${travelerId} ${sealed.existed ? 'updated' : 'recorded'}`,
        metadata: { action: 'travel_details_updated', travelerId, fields: sealed.changed },
      });
      return { travelerId, bookingId: booking.id, event: sealed.event };
    });
  } catch (error) {
    fresh.wipe();
    await deny(denialReason(error));
    throw error;
  }
  if (isBusinessOutcome(result)) {
    fresh.wipe();
    await deny(denialReason(result));
    return result;
  }
  fresh.keep();
  await sealing.notify([result.event]);
  return { travelerId: result.travelerId, bookingId: result.bookingId };
}

/**
 * Crypto-shredding: the envelopes and the wrapped data key go in one transaction, and the
 * unwrapped copy leaves the cache. Allowed on any booking status: erasure is never refused.
 */
export async function deleteTravelDetails(
  sealing: TravelDetailsSealing,
  scope: PiiScope,
  travelerId: string,
): Promise<TravelerChanged> {
  const traveler = await sealing.admit(scope, 'delete', travelerId, [...ALL_FIELDS], 'travelerId');
  const result = await runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, traveler.bookingId, 'travelerId');
    const at = scope.clock.now();
    const removed = await sealing.removeWithin(em, scope, { travelerId, bookingId: booking.id, at });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'traveler_update',
      description: `Travel details of traveler ${travelerId} deleted`,
      metadata: { action: 'travel_details_deleted', travelerId, existed: removed.existed },
    });
    return { bookingId: booking.id, removed };
  });
  if (isBusinessOutcome(result)) throw new Error(`Unexpected ${result.code} while deleting travel details`);
  sealing.forget({ bookingId: result.bookingId, travelerId }, result.removed);
  await sealing.notify([result.removed.event]);
  return { travelerId, bookingId: result.bookingId };
}
