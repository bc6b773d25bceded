import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import type { ReadModel, SqlCounter } from '../read/sql';
import type { AuditSubject } from './audit';

/** What one PII service call needs besides its input: who acts, when, and the request's connections. */
export interface PiiScope {
  em: SqlEntityManager;
  read: ReadModel;
  sql: SqlCounter;
  actor: Principal;
  clock: Clock;
  requestId: string;
}

/** The traveler a call is about and its booking (the encryption context), as loaded before any guard. */
export interface TravelerRef {
  travelerId: string;
  bookingId: string;
  personId: string | null;
}

export const subjectOf = (traveler: Pick<TravelerRef, 'bookingId'> | null, travelerId: string): AuditSubject => ({
  travelerId,
  bookingId: traveler?.bookingId ?? null,
});

/** One statement for any number of travelers; unknown ids are simply absent from the map. */
export async function loadTravelerRefs(
  scope: Pick<PiiScope, 'read' | 'sql'>,
  travelerIds: readonly string[],
): Promise<Map<string, TravelerRef>> {
  const rows = await scope.read.query<TravelerRef>(
    scope.sql,
    'select t.id as "travelerId", t.booking_id as "bookingId", t.person_id as "personId" from ' +
      'booking_travelers t where t.id = any($1)',
    [travelerIds],
  );
  return new Map(rows.map((row) => [row.travelerId, row]));
}
