import { vocabulary } from './columns';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BookingItem } from './booking-item.entity';
import { BookingTraveler } from './booking-traveler.entity';

export const ITEM_TRAVELER_ROLES = ['traveler', 'occupant', 'beneficiary', 'other'] as const;

/** Which travelers an item serves, and in what role. */
export const BookingItemTraveler = defineEntity({
  name: 'BookingItemTraveler',
  tableName: 'booking_item_travelers',
  properties: {
    id: p.string().primary(),
    item: () => p.manyToOne(BookingItem).mapToPk().deleteRule('cascade'),
    traveler: () => p.manyToOne(BookingTraveler).mapToPk().deleteRule('cascade').index(),
    role: vocabulary(ITEM_TRAVELER_ROLES).default('traveler'),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['item', 'traveler'] }],
});

export type BookingItemTraveler = InferEntity<typeof BookingItemTraveler>;
