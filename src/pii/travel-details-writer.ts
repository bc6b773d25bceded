import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { hasScope } from '../auth/principal';
import { SCOPES } from '../auth/scopes';
import { BookingTravelerDataKey } from '../entities/booking-traveler-data-key.entity';
import { BookingTravelerTravelDetails } from '../entities/booking-traveler-travel-details.entity';
import { forbidden, notFound } from '../errors';
import { recordActivity } from '../services/activity';
import { assertEditable, lockBooking, touchBooking } from '../services/booking-access';
import { fail, isBusinessOutcome, type BusinessOutcome } from '../services/outcomes';
import { runUnitOfWork } from '../services/unit-of-work';
import { AUDIT_REASONS, auditEvent, type PiiAuditEventRecord, type PiiAuditTrail } from './audit';
import type { TravelerKeyring } from './keyring';
import { KmsUnavailableError, type EncryptionContext } from './kms/kms-provider';
import { PrefillUnavailable, type PersonSnapshotSource, type PrefillUnavailableReason } from './person-snapshot';
import { loadTravelerRefs, subjectOf, type PiiScope, type TravelerRef } from './pii-scope';
import {
  ALL_FIELDS,
  emptyTravelDetails,
  filledFieldNames,
  mergeTravelDetails,
  prefillFromSnapshot,
  type TravelDetailsPatch,
  type TravelDetailsValues,
} from '../domain/travel-details';
import { openTravelDetails, sealTravelDetails, travelerEncryptionContext } from './traveler-envelopes';

export interface WriterDeps {
  keyring: TravelerKeyring;
  audit: PiiAuditTrail;
  snapshots: PersonSnapshotSource | null;
}

export interface TravelDetailsUpsert {
  travelerId: string;
  patch: TravelDetailsPatch;
  prefillFromPerson: boolean;
}

export interface TravelerChanged {
  travelerId: string;
  bookingId: string;
}

const by = (scope: PiiScope) => ({ actor: scope.actor, clock: scope.clock, requestId: scope.requestId });

const keyServiceUnavailable = (): BusinessOutcome => ({
  __typename: 'KeyServiceUnavailableError',
  code: 'KMS_UNAVAILABLE',
  message: 'The key management service is unavailable; nothing was written',
});

const prefillUnavailable = (reason: PrefillUnavailableReason, personId: string | null) => ({
  __typename: 'PrefillUnavailableError',
  code: 'PREFILL_UNAVAILABLE',
  message: `The traveler's person snapshot could not be read (${reason}); nothing was written`,
  reason,
  personId,
});

/** Why a write did not happen, for the denied audit event; never the error's own message. */
function denialReason(failure: unknown): string {
  if (isBusinessOutcome(failure)) {
    if (failure.code === 'KMS_UNAVAILABLE') return AUDIT_REASONS.keyServiceUnavailable;
    if (failure.code === 'BOOKING_NOT_EDITABLE') return AUDIT_REASONS.bookingNotEditable;
    return failure.code;
  }
  return failure instanceof KmsUnavailableError ? AUDIT_REASONS.keyServiceUnavailable : AUDIT_REASONS.keyRefused;
}

/** Loads the traveler and runs the guards that need no transaction, auditing every refusal. */
async function guard(
  deps: WriterDeps,
  scope: PiiScope,
  action: 'encrypt' | 'delete',
  travelerId: string,
  fields: string[],
  field: string,
): Promise<TravelerRef> {
  const traveler = (await loadTravelerRefs(scope, [travelerId])).get(travelerId) ?? null;
  const deny = (reason: string) =>
    deps.audit.insert(scope.em, [
      auditEvent(by(scope), action, 'denied', subjectOf(traveler, travelerId), fields, reason),
    ]);
  if (!hasScope(scope.actor, SCOPES.piiWrite)) {
    await deny(AUDIT_REASONS.missingWriteScope);
    throw forbidden(`The ${SCOPES.piiWrite} scope is required`);
  }
  if (!traveler) {
    await deny(AUDIT_REASONS.unknownTraveler);
    throw notFound('Booking traveler', travelerId, field);
  }
  return traveler;
}

async function prefill(
  deps: WriterDeps,
  traveler: TravelerRef,
  patch: TravelDetailsPatch,
): Promise<TravelDetailsPatch> {
  if (!traveler.personId) throw new PrefillUnavailable('no_person');
  if (!deps.snapshots) throw new PrefillUnavailable('not_configured');
  const snapshot = await deps.snapshots.fetchTravelSnapshot(traveler.personId);
  return prefillFromSnapshot(patch, snapshot.values, snapshot.sourceDocumentId);
}

interface FreshKey {
  wrapped: string;
  context: EncryptionContext;
  key: Buffer;
}

/**
 * Encrypts and stores a patch of travel details. The prefill fetch runs before the transaction;
 * KMS calls run inside it (after the booking lock), so two first writes cannot both create a key.
 */
export async function upsertTravelDetails(
  deps: WriterDeps,
  scope: PiiScope,
  input: TravelDetailsUpsert,
): Promise<TravelerChanged | BusinessOutcome> {
  const requested = Object.keys(input.patch).filter(
    (key) => input.patch[key as keyof TravelDetailsPatch] !== undefined,
  );
  const traveler = await guard(deps, scope, 'encrypt', input.travelerId, requested, 'input.travelerId');
  const deny = (reason: string) =>
    deps.audit.insert(scope.em, [
      auditEvent(by(scope), 'encrypt', 'denied', subjectOf(traveler, traveler.travelerId), requested, reason),
    ]);
  let patch = input.patch;
  if (input.prefillFromPerson) {
    try {
      patch = await prefill(deps, traveler, patch);
    } catch (error) {
      if (!(error instanceof PrefillUnavailable)) throw error;
      await deny(`${AUDIT_REASONS.prefillUnavailable}: ${error.reason}`);
      return prefillUnavailable(error.reason, traveler.personId);
    }
  }
  // A holder rather than a `let`: it is filled inside the unit-of-work callback.
  const fresh: { key: FreshKey | null } = { key: null };
  const prefilledFrom = input.prefillFromPerson ? `prefilled from ${traveler.personId}` : null;
  let result: (TravelerChanged & { event: PiiAuditEventRecord }) | BusinessOutcome;
  try {
    result = await runUnitOfWork(scope, (em) =>
      sealAndStore(deps, scope, em, traveler, patch, prefilledFrom, (key) => (fresh.key = key)),
    );
  } catch (error) {
    fresh.key?.key.fill(0);
    await deny(denialReason(error));
    throw error;
  }
  if (isBusinessOutcome(result)) {
    fresh.key?.key.fill(0);
    await deny(denialReason(result));
    return result;
  }
  // Cached only once committed, so a rolled-back key never sits in memory.
  if (fresh.key) deps.keyring.remember(fresh.key.wrapped, fresh.key.context, fresh.key.key);
  await deps.audit.notify([result.event]);
  return { travelerId: result.travelerId, bookingId: result.bookingId };
}

async function sealAndStore(
  deps: WriterDeps,
  scope: PiiScope,
  em: SqlEntityManager,
  traveler: TravelerRef,
  patch: TravelDetailsPatch,
  extraReason: string | null,
  onFreshKey: (key: FreshKey) => void,
): Promise<TravelerChanged & { event: PiiAuditEventRecord }> {
  const booking = await lockBooking(em, traveler.bookingId, 'input.travelerId');
  assertEditable(booking);
  const travelerId = traveler.travelerId;
  const stored = await em.findOne(BookingTravelerTravelDetails, { traveler: travelerId });
  const keyRow = await em.findOne(BookingTravelerDataKey, { traveler: travelerId });
  const context = travelerEncryptionContext(booking.id, travelerId);
  const at = scope.clock.now();
  let key: Buffer;
  let kmsKeyId: string;
  let reason: string;
  try {
    if (keyRow) {
      const unwrapped = await deps.keyring.unwrap(keyRow.wrappedKey, context);
      [key, kmsKeyId] = [unwrapped.key, keyRow.kmsKeyId];
      reason = unwrapped.source === 'cache' ? AUDIT_REASONS.keyFromCache : AUDIT_REASONS.keyFromKms;
    } else {
      const generated = await deps.keyring.generate(context);
      [key, kmsKeyId, reason] = [generated.plaintext, generated.keyId, AUDIT_REASONS.newDataKey];
      onFreshKey({ wrapped: generated.wrapped, context, key: Buffer.from(generated.plaintext) });
      em.create(BookingTravelerDataKey, {
        traveler: travelerId,
        wrappedKey: generated.wrapped,
        kmsKeyId,
        provider: deps.keyring.kms.name,
        createdAt: at,
      });
    }
  } catch (error) {
    if (error instanceof KmsUnavailableError) fail(keyServiceUnavailable());
    throw error;
  }
  try {
    const current: TravelDetailsValues = stored
      ? {
          ...openTravelDetails(key, context, stored),
          documentPersonDocumentId: stored.documentPersonDocumentId ?? null,
          isLeadTraveler: stored.isLeadTraveler,
          bedPreference: stored.bedPreference ?? null,
        }
      : emptyTravelDetails();
    const { next, changed } = mergeTravelDetails(current, patch);
    const columns = {
      ...sealTravelDetails(key, kmsKeyId, context, next),
      documentPersonDocumentId: next.documentPersonDocumentId,
      isLeadTraveler: next.isLeadTraveler,
      bedPreference: next.bedPreference,
      filledFields: filledFieldNames(next),
      updatedAt: at,
    };
    if (stored) em.assign(stored, columns);
    else em.create(BookingTravelerTravelDetails, { traveler: travelerId, ...columns, createdAt: at });
    touchBooking(booking, at);
    // Field names only: the values are personal data.
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'traveler_update',
      description: `Travel details of traveler ${travelerId} ${stored ? 'updated' : 'recorded'}`,
      metadata: { action: 'travel_details_updated', travelerId, fields: changed },
    });
    const event = auditEvent(
      by(scope),
      'encrypt',
      'allowed',
      { travelerId, bookingId: booking.id },
      changed,
      [reason, extraReason].filter(Boolean).join('; '),
    );
    deps.audit.stage(em, event);
    return { travelerId, bookingId: booking.id, event };
  } finally {
    key.fill(0);
  }
}

/**
 * Crypto-shredding: the envelopes and the wrapped data key go in one transaction, and the
 * unwrapped copy leaves the cache. Allowed on any booking status: erasure is never refused.
 */
export async function deleteTravelDetails(
  deps: WriterDeps,
  scope: PiiScope,
  travelerId: string,
): Promise<TravelerChanged> {
  const traveler = await guard(deps, scope, 'delete', travelerId, [...ALL_FIELDS], 'travelerId');
  const result = await runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, traveler.bookingId, 'travelerId');
    const keyRow = await em.findOne(BookingTravelerDataKey, { traveler: travelerId });
    const removed = await em.nativeDelete(BookingTravelerTravelDetails, { traveler: travelerId });
    await em.nativeDelete(BookingTravelerDataKey, { traveler: travelerId });
    const at = scope.clock.now();
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'traveler_update',
      description: `Travel details of traveler ${travelerId} deleted`,
      metadata: { action: 'travel_details_deleted', travelerId, existed: removed > 0 },
    });
    const event = auditEvent(
      by(scope),
      'delete',
      'allowed',
      { travelerId, bookingId: booking.id },
      removed > 0 ? ALL_FIELDS : [],
      removed > 0 ? null : AUDIT_REASONS.noTravelDetails,
    );
    deps.audit.stage(em, event);
    return { bookingId: booking.id, wrapped: keyRow?.wrappedKey ?? null, event };
  });
  if (isBusinessOutcome(result)) throw new Error(`Unexpected ${result.code} while deleting travel details`);
  if (result.wrapped) deps.keyring.forget(result.wrapped, travelerEncryptionContext(result.bookingId, travelerId));
  await deps.audit.notify([result.event]);
  return { travelerId, bookingId: result.bookingId };
}
