import { vocabulary } from './columns';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ITEM_TYPES } from '../domain/vocabulary';
import { ITEM_STATUSES } from '../statemachine/item-status';
import { Booking } from './booking.entity';
import type { ItemPricing } from '../domain/item-pricing';

/** A priced line on a booking; totals are derived from quantity and unit amounts on every change. */
export const BookingItem = defineEntity({
  name: 'BookingItem',
  tableName: 'booking_items',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade').index(),
    title: p.string(),
    description: p.text().nullable(),
    itemType: vocabulary(ITEM_TYPES).default('unit'),
    status: vocabulary(ITEM_STATUSES).default('draft'),
    serviceDate: p.date().nullable(),
    startsAt: p.datetime().nullable(),
    endsAt: p.datetime().nullable(),
    quantity: p.integer(),
    sellCurrency: p.string().length(3),
    unitSellAmountCents: p.bigint('number'),
    totalSellAmountCents: p.bigint('number'),
    costCurrency: p.string().length(3).nullable(),
    unitCostAmountCents: p.bigint('number').nullable(),
    totalCostAmountCents: p.bigint('number').nullable(),
    productId: p.string().nullable(),
    productName: p.string().nullable(),
    optionId: p.string().nullable(),
    optionName: p.string().nullable(),
    unitId: p.string().nullable(),
    unitName: p.string().nullable(),
    slotId: p.string().nullable().index(),
    metadata: p.json<Record<string, unknown>>().nullable(),
    /** Where a storefront line's price came from, so its total can be re-derived from the rate card. */
    pricing: p.json<ItemPricing>().nullable(),
    position: p.integer().default(0),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export type BookingItem = InferEntity<typeof BookingItem>;
