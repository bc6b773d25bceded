import type { GraphQLError } from 'graphql';
import { hasScope } from '../auth/principal';
import { SCOPES } from '../auth/scopes';
import { forbidden, notFound } from '../errors';
import { AUDIT_REASONS, auditEvent, type PiiAuditEventRecord, type PiiAuditTrail } from './audit';
import type { SealedEnvelope } from './envelope';
import type { TravelerKeyring } from './keyring';
import { KmsUnavailableError } from './kms/kms-provider';
import { loadTravelerRefs, subjectOf, type PiiScope } from './pii-scope';
import { fieldsWithValues, type BedPreference, type TravelDetails } from '../domain/travel-details';
import { openTravelDetails, travelerEncryptionContext } from './traveler-envelopes';

interface StoredTravelDetailsRow {
  travelerId: string;
  bookingId: string;
  wrappedKey: string | null;
  identity: SealedEnvelope | null;
  dietary: SealedEnvelope | null;
  accessibility: SealedEnvelope | null;
  documentPersonDocumentId: string | null;
  isLeadTraveler: boolean | null;
  bedPreference: BedPreference | null;
  updatedAt: Date | null;
}

/** Travelers, their sealed details and wrapped keys in one statement, however many travelers are asked for. */
const STORED_DETAILS_SQL = `select t.id as "travelerId", t.booking_id as "bookingId", k.wrapped_key as "wrappedKey",
    d.identity, d.dietary, d.accessibility, d.document_person_document_id as "documentPersonDocumentId",
    d.is_lead_traveler as "isLeadTraveler", d.bed_preference as "bedPreference", d.updated_at as "updatedAt"
  from booking_travelers t
  left join booking_traveler_travel_details d on d.traveler_id = t.id
  left join booking_traveler_data_keys k on k.traveler_id = t.id
  where t.id = any($1)`;

export interface ReaderDeps {
  keyring: TravelerKeyring;
  audit: PiiAuditTrail;
}

type ReadResult = TravelDetails | null | Error;

/**
 * Decrypts the travel details of each traveler asked for, in order (null: none stored; an Error
 * per traveler that cannot be read). Every traveler gets exactly one audit event, cache hits
 * included, and all of them are written in one statement before any plaintext is returned.
 */
export async function readTravelDetails(
  deps: ReaderDeps,
  scope: PiiScope,
  travelerIds: readonly string[],
): Promise<ReadResult[]> {
  const by = { actor: scope.actor, clock: scope.clock, requestId: scope.requestId };
  if (!hasScope(scope.actor, SCOPES.piiRead)) {
    const refs = await loadTravelerRefs(scope, travelerIds);
    const refused = travelerIds.map((id) =>
      auditEvent(by, 'decrypt', 'denied', subjectOf(refs.get(id) ?? null, id), [], AUDIT_REASONS.missingReadScope),
    );
    await deps.audit.insert(scope.em, refused);
    return travelerIds.map(() => forbidden(`The ${SCOPES.piiRead} scope is required`));
  }
  const rows = await scope.read.query<StoredTravelDetailsRow>(scope.sql, STORED_DETAILS_SQL, [travelerIds]);
  const byId = new Map(rows.map((row) => [row.travelerId, row]));
  const events: PiiAuditEventRecord[] = [];
  const results = await Promise.all(
    travelerIds.map(async (travelerId): Promise<ReadResult> => {
      const outcome = await decryptOne(deps, byId.get(travelerId), travelerId);
      events.push(
        auditEvent(
          by,
          'decrypt',
          outcome.allowed ? 'allowed' : 'denied',
          subjectOf(byId.get(travelerId) ?? null, travelerId),
          outcome.fields,
          outcome.reason,
        ),
      );
      return outcome.result;
    }),
  );
  await deps.audit.insert(scope.em, events);
  return results;
}

interface DecryptOutcome {
  result: ReadResult;
  allowed: boolean;
  fields: string[];
  reason: string;
}

const refused = (result: Error | GraphQLError, reason: string): DecryptOutcome => ({
  result,
  allowed: false,
  fields: [],
  reason,
});

async function decryptOne(
  deps: ReaderDeps,
  row: StoredTravelDetailsRow | undefined,
  travelerId: string,
): Promise<DecryptOutcome> {
  if (!row) return refused(notFound('Booking traveler', travelerId), AUDIT_REASONS.unknownTraveler);
  if (!row.identity || !row.dietary || !row.accessibility || row.updatedAt === null) {
    return { result: null, allowed: true, fields: [], reason: AUDIT_REASONS.noTravelDetails };
  }
  if (!row.wrappedKey)
    return refused(new Error('Travel details are stored without a data key'), AUDIT_REASONS.keyRefused);
  const context = travelerEncryptionContext(row.bookingId, travelerId);
  let unwrapped;
  try {
    unwrapped = await deps.keyring.unwrap(row.wrappedKey, context);
  } catch (error) {
    const reason =
      error instanceof KmsUnavailableError ? AUDIT_REASONS.keyServiceUnavailable : AUDIT_REASONS.keyRefused;
    return refused(error instanceof Error ? error : new Error('The data key could not be unwrapped'), reason);
  }
  try {
    const encrypted = openTravelDetails(unwrapped.key, context, {
      identity: row.identity,
      dietary: row.dietary,
      accessibility: row.accessibility,
    });
    const details: TravelDetails = {
      ...encrypted,
      documentPersonDocumentId: row.documentPersonDocumentId,
      isLeadTraveler: row.isLeadTraveler ?? false,
      bedPreference: row.bedPreference,
      travelerId,
      bookingId: row.bookingId,
      updatedAt: row.updatedAt,
    };
    const reason = unwrapped.source === 'cache' ? AUDIT_REASONS.keyFromCache : AUDIT_REASONS.keyFromKms;
    return { result: details, allowed: true, fields: fieldsWithValues(details), reason };
  } catch (error) {
    return refused(
      error instanceof Error ? error : new Error('The travel details could not be opened'),
      AUDIT_REASONS.keyRefused,
    );
  } finally {
    unwrapped.key.fill(0);
  }
}
