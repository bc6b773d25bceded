import { vocabulary } from './columns';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PARTICIPANT_TYPES, TRAVELER_CATEGORIES } from '../domain/vocabulary';
import { Booking } from './booking.entity';

/** A person on the booking. Travel details (documents, birth date, needs) live encrypted elsewhere. */
export const BookingTraveler = defineEntity({
  name: 'BookingTraveler',
  tableName: 'booking_travelers',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade').index(),
    personId: p.string().nullable().index(),
    participantType: vocabulary(PARTICIPANT_TYPES).default('traveler'),
    category: vocabulary(TRAVELER_CATEGORIES).default('adult'),
    firstName: p.string(),
    lastName: p.string(),
    email: p.string().nullable(),
    phone: p.string().nullable(),
    preferredLanguage: p.string().length(35).nullable(),
    specialRequests: p.text().nullable(),
    isPrimary: p.boolean().default(false),
    notes: p.text().nullable(),
    position: p.integer().default(0),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    /** Blind index of the traveler's names (src/pii/blind-index); never read back, only matched. */
    piiDigests: p.array().nullable().lazy(true, false),
  },
  indexes: [
    // Search by a traveler's name matches its digests (src/pii/blind-index).
    {
      name: 'booking_travelers_pii_digests',
      expression: `create index "booking_travelers_pii_digests" on "booking_travelers" using gin ("pii_digests")`,
    },
    // At most one primary traveler per booking, enforced by the database as well as the service.
    {
      name: 'booking_travelers_one_primary',
      expression:
        'create unique index "booking_travelers_one_primary" on "booking_travelers" ("booking_id") where "is_primary"',
    },
  ],
});

export type BookingTraveler = InferEntity<typeof BookingTraveler>;
