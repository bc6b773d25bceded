import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Booking } from './booking.entity';

export const BookingNote = defineEntity({
  name: 'BookingNote',
  tableName: 'booking_notes',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade'),
    authorId: p.string(),
    content: p.text(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [{ properties: ['booking', 'createdAt'] }],
});

export type BookingNote = InferEntity<typeof BookingNote>;
