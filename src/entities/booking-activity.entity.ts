import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ActivityType, PrincipalType } from '../domain/vocabulary';
import { Booking } from './booking.entity';

/** Append-only log of what happened to a booking; descriptions never carry PII. */
export const BookingActivity = defineEntity({
  name: 'BookingActivity',
  tableName: 'booking_activities',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade'),
    // Plain text rather than a check-constrained enum: later features add activity types.
    type: p.string().$type<ActivityType>(),
    actorId: p.string(),
    actorType: p.string().$type<PrincipalType>(),
    description: p.text(),
    metadata: p.json<Record<string, unknown>>().nullable(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['booking', 'createdAt', 'id'] }],
});

export type BookingActivity = InferEntity<typeof BookingActivity>;
