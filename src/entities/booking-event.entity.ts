import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { EventType } from '../domain/vocabulary';

/** `pending` until a transport accepted it; `dead_letter` once its attempts ran out (kept for an operator). */
export const OUTBOX_STATUSES = ['pending', 'delivered', 'dead_letter'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * The transactional outbox: lifecycle events are written in the transaction that causes them and
 * delivered after it commits, so a rolled-back change never announces anything.
 */
export const BookingEvent = defineEntity({
  name: 'BookingEvent',
  tableName: 'booking_outbox',
  properties: {
    id: p.string().primary(),
    type: p.string().$type<EventType>(),
    // No foreign key: availability events concern a target rather than one booking.
    bookingId: p.string().nullable(),
    payload: p.json<Record<string, unknown>>(),
    occurredAt: p.datetime(),
    deliveredAt: p.datetime().nullable(),
    status: p.string().$type<OutboxStatus>().default('pending'),
    attempts: p.integer().default(0),
    /** Backoff after a failed attempt: the relay leaves the row alone until then. */
    nextAttemptAt: p.datetime().nullable(),
    lastError: p.text().nullable(),
  },
  indexes: [
    { properties: ['bookingId'] },
    {
      name: 'booking_outbox_pending',
      expression:
        `create index "booking_outbox_pending" on "booking_outbox" ("occurred_at", "id") where ` +
        `"status" = 'pending'`,
    },
    {
      name: 'booking_outbox_delivered',
      expression:
        `create index "booking_outbox_delivered" on "booking_outbox" ("delivered_at") where ` +
        `"status" = 'delivered'`,
    },
  ],
});

export type BookingEvent = InferEntity<typeof BookingEvent>;
