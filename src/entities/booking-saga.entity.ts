import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PRINCIPAL_TYPES } from '../domain/vocabulary';
import { SAGA_KINDS, SAGA_STATUSES } from '../domain/saga-vocabulary';
import { Booking } from './booking.entity';
import { vocabulary } from './columns';

/**
 * One persisted run of a multi-step workflow (a reservation plan, a refund): what it was asked, who
 * asked, how far it got and who drives it now. A crash leaves the row behind for recovery.
 */
export const BookingSaga = defineEntity({
  name: 'BookingSaga',
  tableName: 'booking_sagas',
  properties: {
    id: p.string().primary(),
    kind: vocabulary(SAGA_KINDS),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade').nullable().index(),
    /** The caller's own id for the run (a reservation plan's `reservationPlanId`). */
    externalRef: p.string().nullable(),
    idempotencyScope: p.text().nullable(),
    idempotencyKey: p.string().length(255).nullable(),
    fingerprint: p.string().length(64).nullable(),
    input: p.json<Record<string, unknown>>(),
    result: p.json<Record<string, unknown>>().nullable(),
    status: vocabulary(SAGA_STATUSES).default('running'),
    /** The step after which the saga only rolls forward; once it succeeded nothing is undone. */
    pivotReached: p.boolean().default(false),
    failureCode: p.string().nullable(),
    failureMessage: p.text().nullable(),
    leaseOwner: p.string().nullable(),
    leaseExpiresAt: p.datetime().nullable(),
    principalType: vocabulary(PRINCIPAL_TYPES),
    principalId: p.string(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
  },
  uniques: [
    { name: 'booking_sagas_kind_external_ref', properties: ['kind', 'externalRef'] },
    { name: 'booking_sagas_kind_idempotency', properties: ['kind', 'idempotencyScope', 'idempotencyKey'] },
  ],
  indexes: [
    // One refund in flight per booking: the claim's insert meets it when another is running.
    {
      name: 'booking_sagas_active_refund',
      expression:
        `create unique index "booking_sagas_active_refund" on "booking_sagas" ("booking_id") ` +
        `where "kind" = 'refund' and "status" in ('running', 'compensating')`,
    },
    // Recovery claims active sagas whose lease has run out, oldest lease first.
    {
      name: 'booking_sagas_active_leases',
      expression:
        `create index "booking_sagas_active_leases" on "booking_sagas" ("lease_expires_at", "id") ` +
        `where "status" in ('running', 'compensating')`,
    },
    { properties: ['createdAt', 'id'] },
  ],
});

export type BookingSaga = InferEntity<typeof BookingSaga>;
