import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BookingTraveler } from './booking-traveler.entity';
import { vocabulary } from './columns';

export const KMS_PROVIDER_NAMES = ['aws', 'local'] as const;

/**
 * The traveler's data key, only ever stored wrapped by the KMS. Its own row so that deleting it
 * is crypto-shredding: without it no copy of the envelopes (backups, replicas) can be opened.
 */
export const BookingTravelerDataKey = defineEntity({
  name: 'BookingTravelerDataKey',
  tableName: 'booking_traveler_data_keys',
  properties: {
    traveler: () => p.oneToOne(BookingTraveler).primary().mapToPk().deleteRule('cascade'),
    wrappedKey: p.text(),
    // The KMS key that wrapped it (ARN or local:<hash>), so keys can be found when rotating.
    kmsKeyId: p.string(),
    provider: vocabulary(KMS_PROVIDER_NAMES),
    createdAt: p.datetime(),
  },
});

export type BookingTravelerDataKey = InferEntity<typeof BookingTravelerDataKey>;
