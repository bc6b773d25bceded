import { vocabulary } from './columns';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BOOKING_STATUSES } from '../statemachine/booking-status';
import { BOOKING_SOURCE_TYPES, PARTY_TYPES } from '../domain/vocabulary';

/** The durable first-party commitment: status, buyer snapshot, money roll-ups and lifecycle stamps. */
export const Booking = defineEntity({
  name: 'Booking',
  tableName: 'bookings',
  properties: {
    id: p.string().primary(),
    bookingNumber: p.string().length(50).unique(),
    status: vocabulary(BOOKING_STATUSES).default('draft'),
    personId: p.string().nullable().index(),
    organizationId: p.string().nullable().index(),
    sourceType: vocabulary(BOOKING_SOURCE_TYPES).default('direct'),
    externalBookingRef: p.string().nullable(),
    communicationLanguage: p.string().length(35).nullable(),
    contactFirstName: p.string().nullable(),
    contactLastName: p.string().nullable(),
    contactPartyType: vocabulary(PARTY_TYPES).nullable(),
    contactTaxId: p.string().nullable(),
    contactEmail: p.string().nullable(),
    contactPhone: p.string().nullable(),
    contactPreferredLanguage: p.string().length(35).nullable(),
    contactCountry: p.string().length(2).nullable(),
    contactRegion: p.string().nullable(),
    contactCity: p.string().nullable(),
    contactAddressLine1: p.string().nullable(),
    contactAddressLine2: p.string().nullable(),
    contactPostalCode: p.string().nullable(),
    sellCurrency: p.string().length(3),
    sellAmountCents: p.bigint('number').default(0),
    costAmountCents: p.bigint('number').nullable(),
    costCurrency: p.string().length(3).nullable(),
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
    pax: p.integer().default(0),
    internalNotes: p.text().nullable(),
    holdExpiresAt: p.datetime().nullable(),
    confirmedAt: p.datetime().nullable(),
    awaitingPaymentAt: p.datetime().nullable(),
    paidAt: p.datetime().nullable(),
    expiredAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    redeemedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    version: p.integer().version(),
  },
  indexes: [
    { properties: ['createdAt', 'id'] },
    { properties: ['startDate', 'id'] },
    { properties: ['status'] },
    // The hold sweeper claims passed holds oldest first; only bookings that can still expire are indexed.
    {
      name: 'bookings_live_holds',
      expression:
        `create index "bookings_live_holds" on "bookings" ("hold_expires_at", "id") where "status" ` +
        `in ('on_hold', 'awaiting_payment')`,
    },
  ],
});

export type Booking = InferEntity<typeof Booking>;
