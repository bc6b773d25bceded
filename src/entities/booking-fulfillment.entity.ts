import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { FULFILLMENT_CHANNELS, FULFILLMENT_TYPES } from '../domain/vocabulary';
import { FULFILLMENT_STATUSES } from '../statemachine/fulfillment-status';
import { Booking } from './booking.entity';
import { BookingItem } from './booking-item.entity';
import { BookingTraveler } from './booking-traveler.entity';
import { vocabulary } from './columns';

/** A voucher, ticket or document issued for a booking, delivered over exactly one channel. */
export const BookingFulfillment = defineEntity({
  name: 'BookingFulfillment',
  tableName: 'booking_fulfillments',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade').index(),
    item: () => p.manyToOne(BookingItem).mapToPk().nullable().deleteRule('set null').index(),
    traveler: () => p.manyToOne(BookingTraveler).mapToPk().nullable().deleteRule('set null').index(),
    type: vocabulary(FULFILLMENT_TYPES),
    deliveryChannel: vocabulary(FULFILLMENT_CHANNELS),
    status: vocabulary(FULFILLMENT_STATUSES).default('pending'),
    artifactUrl: p.text().nullable(),
    payload: p.json<Record<string, unknown>>().nullable(),
    issuedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    voidedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export type BookingFulfillment = InferEntity<typeof BookingFulfillment>;
