import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { PrincipalType } from '../domain/vocabulary';
import { REDEMPTION_METHODS } from '../domain/vocabulary';
import { Booking } from './booking.entity';
import { BookingFulfillment } from './booking-fulfillment.entity';
import { BookingItem } from './booking-item.entity';
import { BookingTraveler } from './booking-traveler.entity';
import { vocabulary } from './columns';

/** A fulfillment used at the point of service. The unique fulfillment column makes it at most once. */
export const BookingRedemption = defineEntity({
  name: 'BookingRedemption',
  tableName: 'booking_redemptions',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade').index(),
    fulfillment: () => p.manyToOne(BookingFulfillment).mapToPk().deleteRule('cascade').unique(),
    item: () => p.manyToOne(BookingItem).mapToPk().nullable().deleteRule('set null').index(),
    traveler: () => p.manyToOne(BookingTraveler).mapToPk().nullable().deleteRule('set null').index(),
    method: vocabulary(REDEMPTION_METHODS),
    location: p.string().nullable(),
    redeemedAt: p.datetime(),
    recordedById: p.string(),
    recordedByType: p.string().$type<PrincipalType>(),
    createdAt: p.datetime(),
  },
});

export type BookingRedemption = InferEntity<typeof BookingRedemption>;
