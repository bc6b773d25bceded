import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BOOKING_STATUSES } from '../statemachine/booking-status';
import { vocabulary } from './columns';

/**
 * How many bookings are in a status, as of the last fold of `booking_status_count_changes`: an
 * unfiltered or status-only `totalCount` adds the two instead of counting every booking. Only the
 * fold job writes here, so writers of bookings never wait on these rows.
 */
export const BookingStatusCount = defineEntity({
  name: 'BookingStatusCount',
  tableName: 'booking_status_counts',
  properties: {
    status: vocabulary(BOOKING_STATUSES).primary(),
    bookings: p.bigint('number'),
  },
});

export type BookingStatusCount = InferEntity<typeof BookingStatusCount>;
