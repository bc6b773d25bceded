import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { SealedEnvelope } from '../domain/sealed-envelope';
import { BED_PREFERENCES } from '../domain/travel-details';
import { BookingTraveler } from './booking-traveler.entity';
import { vocabulary } from './columns';

/**
 * A traveler's travel details: three AES-256-GCM envelopes (identity, dietary, accessibility)
 * under the traveler's data key, plus the few fields kept in clear. Sealing happens in the PII
 * service, never in a column type: KMS calls are asynchronous and column types are not.
 */
export const BookingTravelerTravelDetails = defineEntity({
  name: 'BookingTravelerTravelDetails',
  tableName: 'booking_traveler_travel_details',
  properties: {
    traveler: () => p.oneToOne(BookingTraveler).primary().mapToPk().deleteRule('cascade'),
    identity: p.json<SealedEnvelope>(),
    dietary: p.json<SealedEnvelope>(),
    accessibility: p.json<SealedEnvelope>(),
    // Provenance: the relationships subgraph's document (pdoc_…) the identity bucket was filled from.
    documentPersonDocumentId: p.string().nullable(),
    isLeadTraveler: p.boolean().default(false),
    bedPreference: vocabulary(BED_PREFERENCES).nullable(),
    /** Names of the fields that hold a value, so requirements are checked without decrypting. */
    filledFields: p.json<string[]>().default('[]'),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export type BookingTravelerTravelDetails = InferEntity<typeof BookingTravelerTravelDetails>;
