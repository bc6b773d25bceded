import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingTravelerDataKey } from '../entities/booking-traveler-data-key.entity';
import { BookingTravelerTravelDetails } from '../entities/booking-traveler-travel-details.entity';
import { auditEvent, type PiiAuditEventRecord, type PiiAuditTrail } from './audit';
import type { TravelerKeyring } from './keyring';
import type { PiiScope } from './pii-scope';
import { ALL_FIELDS } from '../domain/travel-details';
import { travelerEncryptionContext } from './traveler-envelopes';

export const TRAVELER_REMOVED_REASON = 'traveler removed';

/**
 * Crypto-shreds the travel details of travelers a write is deleting, inside that write's
 * transaction (which already holds the booking lock): envelopes and wrapped keys go with the
 * travelers, and the audit events commit or roll back with them. Erasure needs no PII scope, as
 * for `deleteTravelerTravelDetails`. The returned step forgets the unwrapped keys after commit.
 */
export async function shredTravelDetailsWithin(
  deps: { keyring: TravelerKeyring; audit: PiiAuditTrail },
  em: SqlEntityManager,
  scope: Pick<PiiScope, 'actor' | 'clock' | 'requestId'>,
  bookingId: string,
  travelerIds: readonly string[],
): Promise<() => Promise<void>> {
  if (travelerIds.length === 0) return async () => undefined;
  const keys = await em.find(BookingTravelerDataKey, { traveler: { $in: [...travelerIds] } });
  const stored = await em.find(
    BookingTravelerTravelDetails,
    { traveler: { $in: [...travelerIds] } },
    { fields: ['traveler'] },
  );
  await em.nativeDelete(BookingTravelerTravelDetails, { traveler: { $in: [...travelerIds] } });
  await em.nativeDelete(BookingTravelerDataKey, { traveler: { $in: [...travelerIds] } });
  const by = { actor: scope.actor, clock: scope.clock, requestId: scope.requestId };
  const events: PiiAuditEventRecord[] = stored.map((row) =>
    auditEvent(
      by,
      'delete',
      'allowed',
      { travelerId: row.traveler, bookingId },
      [...ALL_FIELDS],
      TRAVELER_REMOVED_REASON,
    ),
  );
  for (const event of events) deps.audit.stage(em, event);
  return async () => {
    for (const key of keys) deps.keyring.forget(key.wrappedKey, travelerEncryptionContext(bookingId, key.traveler));
    await deps.audit.notify(events);
  };
}
