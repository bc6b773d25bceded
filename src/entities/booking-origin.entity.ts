import { vocabulary } from './columns';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ORIGIN_SOURCES } from '../domain/vocabulary';
import { Booking } from './booking.entity';

/** Provenance: one row per booking explaining where it came from. */
export const BookingOrigin = defineEntity({
  name: 'BookingOrigin',
  tableName: 'booking_origins',
  properties: {
    booking: () => p.oneToOne(Booking).primary().mapToPk().deleteRule('cascade'),
    originSource: vocabulary(ORIGIN_SOURCES),
    quoteId: p.string().nullable().index(),
    quoteVersionId: p.string().nullable().index(),
    tripSnapshotId: p.string().nullable(),
    reservationPlanId: p.string().nullable(),
    catalogPriceResponseId: p.string().nullable(),
    catalogSnapshotId: p.string().nullable(),
    providerSourceKind: p.string().nullable(),
    providerSourceProvider: p.string().nullable(),
    providerSourceConnectionId: p.string().nullable(),
    providerSourceRef: p.string().nullable(),
    providerOrderRef: p.string().nullable(),
    legacyTransactionOfferId: p.string().nullable(),
    legacyTransactionOrderId: p.string().nullable(),
    metadata: p.json<Record<string, unknown>>().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export type BookingOrigin = InferEntity<typeof BookingOrigin>;
