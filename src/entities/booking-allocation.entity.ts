import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ALLOCATION_KINDS } from '../domain/vocabulary';
import { ALLOCATION_STATUSES } from '../statemachine/allocation-status';
import { Booking } from './booking.entity';
import { BookingItem } from './booking-item.entity';
import { vocabulary } from './columns';

/** A quantity of one capacity target held, then confirmed, for one booking item. */
export const BookingAllocation = defineEntity({
  name: 'BookingAllocation',
  tableName: 'booking_allocations',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade').index(),
    item: () => p.manyToOne(BookingItem).mapToPk().deleteRule('cascade').index(),
    kind: vocabulary(ALLOCATION_KINDS),
    targetId: p.string(),
    quantity: p.integer(),
    status: vocabulary(ALLOCATION_STATUSES).default('held'),
    holdExpiresAt: p.datetime().nullable(),
    confirmedAt: p.datetime().nullable(),
    releasedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  checks: [{ name: 'booking_allocations_quantity_positive', expression: 'quantity >= 1' }],
  indexes: [
    // AvailabilitySlot.allocations pages through a target's allocations in creation order.
    { properties: ['kind', 'targetId', 'createdAt', 'id'] },
    // Consumption is counted under the capacity lock on every reservation: only live rows, covered.
    {
      name: 'booking_allocations_live_by_target',
      expression:
        `create index "booking_allocations_live_by_target" on "booking_allocations" ("kind", ` +
        `"target_id") include ("quantity", "hold_expires_at") where "status" in ('held', 'confirmed', 'fulfilled')`,
    },
  ],
});

export type BookingAllocation = InferEntity<typeof BookingAllocation>;
