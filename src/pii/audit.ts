import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import type { PrincipalType } from '../domain/vocabulary';
import { BookingPiiAuditEvent } from '../entities/booking-pii-audit-event.entity';
import { ID_PREFIX, newId } from '../ids';
import type { PiiAuditAction, PiiAuditOutcome } from '../domain/pii-audit-vocabulary';

/** One access to personal data, as persisted and as handed to the `onAudit` hook. Never holds PII values. */
export interface PiiAuditEventRecord {
  id: string;
  action: PiiAuditAction;
  outcome: PiiAuditOutcome;
  travelerId: string | null;
  bookingId: string | null;
  actorId: string;
  principalType: PrincipalType;
  /** Field names only. */
  fields: string[];
  reason: string | null;
  requestId: string | null;
  at: Date;
}

/** Subscribed by the host (createApp's `onAudit`): called once per event after it is persisted. */
export type PiiAuditHook = (event: PiiAuditEventRecord) => void | Promise<void>;

export interface AuditSubject {
  travelerId: string | null;
  bookingId: string | null;
}

export interface AuditActor {
  actor: Principal;
  clock: Clock;
  requestId: string;
}

/** Stable reasons, so that the audit log can be filtered and alerted on. */
export const AUDIT_REASONS = {
  missingReadScope: 'missing scope bookings-pii:read',
  missingWriteScope: 'missing scope bookings-pii:write',
  unknownTraveler: 'unknown traveler',
  keyServiceUnavailable: 'key service unavailable',
  keyRefused: 'data key or envelope refused',
  bookingNotEditable: 'booking not editable',
  prefillUnavailable: 'prefill unavailable',
  keyFromCache: 'data key from cache',
  keyFromKms: 'data key from KMS',
  newDataKey: 'new data key',
  noTravelDetails: 'no travel details stored',
  revealScope: 'reveal scope',
  revealInternal: 'internal principal',
  revealCheckout: 'checkout capability for this session',
} as const;

export function auditEvent(
  by: AuditActor,
  action: PiiAuditAction,
  outcome: PiiAuditOutcome,
  subject: AuditSubject,
  fields: readonly string[],
  reason: string | null,
): PiiAuditEventRecord {
  return {
    id: newId(ID_PREFIX.piiAuditEvent),
    action,
    outcome,
    travelerId: subject.travelerId,
    bookingId: subject.bookingId,
    actorId: by.actor.id,
    principalType: by.actor.type,
    fields: [...fields],
    reason,
    requestId: by.requestId,
    at: by.clock.now(),
  };
}

/**
 * Writes audit events and tells the hook about them. `stage` joins the caller's unit of work (the
 * event commits or rolls back with the change); `insert` writes a batch in one statement on its
 * own (reads, refusals, reveals), so it survives whatever the caller does next.
 */
export class PiiAuditTrail {
  constructor(
    private readonly logger: Logger,
    private readonly hook?: PiiAuditHook,
  ) {}

  stage(em: SqlEntityManager, event: PiiAuditEventRecord): void {
    em.create(BookingPiiAuditEvent, event);
  }

  async insert(em: SqlEntityManager, events: readonly PiiAuditEventRecord[]): Promise<void> {
    if (events.length === 0) return;
    await em.insertMany(BookingPiiAuditEvent, [...events]);
    await this.notify(events);
  }

  /** After commit only: a hook must never hear of an event that rolled back. */
  async notify(events: readonly PiiAuditEventRecord[]): Promise<void> {
    if (!this.hook) return;
    for (const event of events) {
      try {
        await this.hook(event);
      } catch (error) {
        // A subscriber's failure must not undo or hide an access that already happened and is on record.
        this.logger.error({ err: error, auditEventId: event.id }, 'onAudit hook failed');
      }
    }
  }
}
