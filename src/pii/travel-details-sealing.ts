import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { hasScope } from '../auth/principal';
import { SCOPES } from '../auth/scopes';
import {
  ALL_FIELDS,
  emptyTravelDetails,
  filledFieldNames,
  mergeTravelDetails,
  prefillFromSnapshot,
  type TravelDetailsPatch,
  type TravelDetailsValues,
} from '../domain/travel-details';
import { fail, isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { BookingTravelerDataKey } from '../entities/booking-traveler-data-key.entity';
import { BookingTravelerTravelDetails } from '../entities/booking-traveler-travel-details.entity';
import { forbidden, notFound } from '../errors';
import { AUDIT_REASONS, auditEvent, type AuditSubject, type PiiAuditEventRecord, type PiiAuditTrail } from './audit';
import type { TravelerKeyring } from './keyring';
import { KmsUnavailableError, type EncryptionContext } from './kms/kms-provider';
import { PrefillUnavailable, type PersonSnapshotSource } from './person-snapshot';
import { loadTravelerRefs, subjectOf, type PiiScope, type TravelerRef } from './pii-scope';
import { openTravelDetails, sealTravelDetails, travelerEncryptionContext } from './traveler-envelopes';

export interface WriterDeps {
  keyring: TravelerKeyring;
  audit: PiiAuditTrail;
  snapshots: PersonSnapshotSource | null;
}

type WriteAction = 'encrypt' | 'delete';

/** Which traveler of which booking a write inside a transaction is about; the caller holds the booking lock. */
export interface TravelerWrite {
  travelerId: string;
  bookingId: string;
  at: Date;
}

/** What sealing a patch changed, for the caller's activity row (field names only) and the audit event. */
export interface SealedWrite {
  existed: boolean;
  changed: string[];
  event: PiiAuditEventRecord;
}

/** What removing a traveler's details took away; `wrapped` leaves the key cache once the removal commits. */
export interface RemovedWrite {
  existed: boolean;
  wrapped: string | null;
  event: PiiAuditEventRecord;
}

/**
 * A data key generated inside a transaction. It is cached only once that transaction has
 * committed, so a rolled-back key never sits in memory; `wipe` zeroes it otherwise.
 */
export interface FreshDataKey {
  wipe(): void;
  keep(): void;
}

/**
 * The crypto and the PII rows of a travel-details write, for the use case in
 * services/travel-details-service.ts: the use case owns the transaction, the booking lock and the
 * activity row; keys, envelopes and the audit trail stay here, behind the PII service.
 */
export interface TravelDetailsSealing {
  /** Runs the guards that need no transaction (scope, known traveler), auditing every refusal. */
  admit(
    scope: PiiScope,
    action: WriteAction,
    travelerId: string,
    fields: string[],
    field: string,
  ): Promise<TravelerRef>;
  /** The denied audit event of a write that did not happen. */
  deny(scope: PiiScope, action: WriteAction, subject: AuditSubject, fields: string[], reason: string): Promise<void>;
  /** @throws PrefillUnavailable when the traveler's person snapshot cannot be read. */
  prefill(traveler: TravelerRef, patch: TravelDetailsPatch): Promise<TravelDetailsPatch>;
  /** A holder for the data key a first write generates. */
  freshKey(): FreshDataKey & { hold(wrapped: string, context: EncryptionContext, key: Buffer): void };
  /** Encrypts the merged details and stages the allowed audit event in the caller's transaction. */
  sealWithin(
    em: SqlEntityManager,
    scope: PiiScope,
    write: TravelerWrite,
    patch: TravelDetailsPatch,
    extraReason: string | null,
    fresh: ReturnType<TravelDetailsSealing['freshKey']>,
  ): Promise<SealedWrite>;
  /** Crypto-shredding in the caller's transaction: the envelopes and the wrapped data key go together. */
  removeWithin(em: SqlEntityManager, scope: PiiScope, write: TravelerWrite): Promise<RemovedWrite>;
  /** After commit: the unwrapped copy of a removed key leaves the cache. */
  forget(write: Pick<TravelerWrite, 'bookingId' | 'travelerId'>, removed: RemovedWrite): void;
  /** After commit: tells the audit hook about the events the transaction wrote. */
  notify(events: readonly PiiAuditEventRecord[]): Promise<void>;
}

const by = (scope: Pick<PiiScope, 'actor' | 'clock' | 'requestId'>) => ({
  actor: scope.actor,
  clock: scope.clock,
  requestId: scope.requestId,
});

export const keyServiceUnavailable = (): BusinessOutcome => ({
  __typename: 'KeyServiceUnavailableError',
  code: 'KMS_UNAVAILABLE',
  message: 'The key management service is unavailable; nothing was written',
});

/** Why a write did not happen, for the denied audit event; never the error's own message. */
export function denialReason(failure: unknown): string {
  if (isBusinessOutcome(failure)) {
    if (failure.code === 'KMS_UNAVAILABLE') return AUDIT_REASONS.keyServiceUnavailable;
    if (failure.code === 'BOOKING_NOT_EDITABLE') return AUDIT_REASONS.bookingNotEditable;
    return failure.code;
  }
  return failure instanceof KmsUnavailableError ? AUDIT_REASONS.keyServiceUnavailable : AUDIT_REASONS.keyRefused;
}

export function travelDetailsSealing(deps: WriterDeps): TravelDetailsSealing {
  const deny: TravelDetailsSealing['deny'] = (scope, action, subject, fields, reason) =>
    deps.audit.insert(scope.em, [auditEvent(by(scope), action, 'denied', subject, fields, reason)]);

  return {
    deny,
    async admit(scope, action, travelerId, fields, field) {
      const traveler = (await loadTravelerRefs(scope, [travelerId])).get(travelerId) ?? null;
      const subject = subjectOf(traveler, travelerId);
      if (!hasScope(scope.actor, SCOPES.piiWrite)) {
        await deny(scope, action, subject, fields, AUDIT_REASONS.missingWriteScope);
        throw forbidden(`The ${SCOPES.piiWrite} scope is required`);
      }
      if (!traveler) {
        await deny(scope, action, subject, fields, AUDIT_REASONS.unknownTraveler);
        throw notFound('Booking traveler', travelerId, field);
      }
      return traveler;
    },
    async prefill(traveler, patch) {
      if (!traveler.personId) throw new PrefillUnavailable('no_person');
      if (!deps.snapshots) throw new PrefillUnavailable('not_configured');
      const snapshot = await deps.snapshots.fetchTravelSnapshot(traveler.personId);
      return prefillFromSnapshot(patch, snapshot.values, snapshot.sourceDocumentId);
    },
    freshKey() {
      let held: { wrapped: string; context: EncryptionContext; key: Buffer } | null = null;
      return {
        hold: (wrapped, context, key) => (held = { wrapped, context, key }),
        wipe: () => held?.key.fill(0),
        keep: () => {
          if (held) deps.keyring.remember(held.wrapped, held.context, held.key);
        },
      };
    },
    sealWithin: (em, scope, write, patch, extraReason, fresh) =>
      sealWithin(deps, em, scope, write, patch, extraReason, fresh),
    async removeWithin(em, scope, { travelerId, bookingId }) {
      const keyRow = await em.findOne(BookingTravelerDataKey, { traveler: travelerId });
      const removed = await em.nativeDelete(BookingTravelerTravelDetails, { traveler: travelerId });
      await em.nativeDelete(BookingTravelerDataKey, { traveler: travelerId });
      const existed = removed > 0;
      const event = auditEvent(
        by(scope),
        'delete',
        'allowed',
        { travelerId, bookingId },
        existed ? ALL_FIELDS : [],
        existed ? null : AUDIT_REASONS.noTravelDetails,
      );
      deps.audit.stage(em, event);
      return { existed, wrapped: keyRow?.wrappedKey ?? null, event };
    },
    forget({ bookingId, travelerId }, removed) {
      if (removed.wrapped) deps.keyring.forget(removed.wrapped, travelerEncryptionContext(bookingId, travelerId));
    },
    notify: (events) => deps.audit.notify(events),
  };
}

async function sealWithin(
  deps: WriterDeps,
  em: SqlEntityManager,
  scope: PiiScope,
  { travelerId, bookingId, at }: TravelerWrite,
  patch: TravelDetailsPatch,
  extraReason: string | null,
  fresh: ReturnType<TravelDetailsSealing['freshKey']>,
): Promise<SealedWrite> {
  const stored = await em.findOne(BookingTravelerTravelDetails, { traveler: travelerId });
  const keyRow = await em.findOne(BookingTravelerDataKey, { traveler: travelerId });
  const context = travelerEncryptionContext(bookingId, travelerId);
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
      fresh.hold(generated.wrapped, context, Buffer.from(generated.plaintext));
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
    const event = auditEvent(
      by(scope),
      'encrypt',
      'allowed',
      { travelerId, bookingId },
      changed,
      [reason, extraReason].filter(Boolean).join('; '),
    );
    deps.audit.stage(em, event);
    return { existed: stored !== null, changed, event };
  } finally {
    key.fill(0);
  }
}
