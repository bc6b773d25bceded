import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { EventType } from '../domain/vocabulary';

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
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
  },
  indexes: [
    { properties: ['bookingId'] },
    {
      name: 'booking_outbox_pending',
      expression: `create index "booking_outbox_pending" on "booking_outbox" ("occurred_at", "id") where "delivered_at" is null`,
    },
  ],
});

export type BookingEvent = InferEntity<typeof BookingEvent>;
