import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { PrincipalType } from '../domain/vocabulary';
import { PII_AUDIT_ACTIONS, PII_AUDIT_OUTCOMES } from '../domain/pii-audit-vocabulary';
import { vocabulary } from './columns';

/**
 * Append-only record of every access to personal data: who, what (field names only), allowed or
 * denied, and why. No foreign keys on purpose: the trail must outlive the traveler and booking
 * whose data it describes (crypto-shredding deletes those, never the audit).
 */
export const BookingPiiAuditEvent = defineEntity({
  name: 'BookingPiiAuditEvent',
  tableName: 'booking_pii_audit_events',
  properties: {
    id: p.string().primary(),
    action: vocabulary(PII_AUDIT_ACTIONS),
    outcome: vocabulary(PII_AUDIT_OUTCOMES),
    travelerId: p.string().nullable(),
    bookingId: p.string().nullable(),
    actorId: p.string(),
    principalType: p.string().$type<PrincipalType>(),
    fields: p.json<string[]>(),
    reason: p.text().nullable(),
    requestId: p.string().nullable(),
    at: p.datetime(),
  },
  // The audit log is read newest first, whole or by booking, traveler or actor (keyset on at, id).
  indexes: [
    { properties: ['at', 'id'] },
    { properties: ['bookingId', 'at', 'id'] },
    { properties: ['travelerId', 'at', 'id'] },
    { properties: ['actorId', 'at', 'id'] },
  ],
});

export type BookingPiiAuditEvent = InferEntity<typeof BookingPiiAuditEvent>;
