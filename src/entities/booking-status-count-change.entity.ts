import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BOOKING_STATUSES } from '../statemachine/booking-status';
import { vocabulary } from './columns';

/**
 * A change to a status's booking count, appended by triggers on `bookings` (inserts, deletes,
 * status moves) in the writer's own transaction: append-only, so concurrent writers never contend
 * for a counter row. The fold job moves them into `booking_status_counts`.
 */
export const BookingStatusCountChange = defineEntity({
  name: 'BookingStatusCountChange',
  tableName: 'booking_status_count_changes',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    status: vocabulary(BOOKING_STATUSES).index(),
    change: p.integer(),
  },
});

export type BookingStatusCountChange = InferEntity<typeof BookingStatusCountChange>;
