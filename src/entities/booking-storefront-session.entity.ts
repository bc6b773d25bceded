import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Booking } from './booking.entity';

/**
 * What makes an ON_HOLD booking a storefront session: where it was started, how far its hold may
 * ever be extended, and the capability epoch (bumping it revokes every token issued before).
 */
export const BookingStorefrontSession = defineEntity({
  name: 'BookingStorefrontSession',
  tableName: 'booking_storefront_sessions',
  properties: {
    booking: () => p.oneToOne(Booking).primary().mapToPk().deleteRule('cascade').owner(),
    storefrontId: p.string().nullable(),
    catalogId: p.string().nullable(),
    capabilityEpoch: p.integer().default(0),
    maxHoldUntil: p.datetime(),
    createdBy: p.string(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export type BookingStorefrontSession = InferEntity<typeof BookingStorefrontSession>;
