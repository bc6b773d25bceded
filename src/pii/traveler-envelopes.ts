import { z } from 'zod';
import { openBucket, sealBucket, type SealedEnvelope } from './envelope';
import type { EncryptionContext } from './kms/kms-provider';
import {
  TRAVEL_DOCUMENT_TYPES,
  bucketOf,
  type AccessibilityBucket,
  type BucketName,
  type DietaryBucket,
  type IdentityBucket,
  type TravelDetailsValues,
} from '../domain/travel-details';

export const TRAVELER_PII_PURPOSE = 'booking-traveler-pii';

/** Ids only: KMS logs the encryption context in clear. */
export function travelerEncryptionContext(bookingId: string, travelerId: string): EncryptionContext {
  return { purpose: TRAVELER_PII_PURPOSE, bookingId, travelerId };
}

export type SealedTravelDetails = Record<BucketName, SealedEnvelope>;

const text = z.string().nullable();
const bucketSchemas = {
  identity: z.object({
    nationality: text,
    documentType: z.enum(TRAVEL_DOCUMENT_TYPES).nullable(),
    documentNumber: text,
    documentExpiry: text,
    documentIssuingCountry: text,
    documentIssuingAuthority: text,
    dateOfBirth: text,
  }),
  dietary: z.object({ dietaryRequirements: text }),
  accessibility: z.object({ accessibilityNeeds: text }),
};

/** Thrown when an envelope decrypts but does not hold the bucket's shape; the message never quotes it. */
export class TravelDetailsShapeError extends Error {
  override readonly name = 'TravelDetailsShapeError';
}

/** Seals every bucket with a fresh IV; always all three, so a row never reveals which needs exist. */
export function sealTravelDetails(
  dataKey: Buffer,
  keyId: string,
  context: EncryptionContext,
  values: TravelDetailsValues,
): SealedTravelDetails {
  return {
    identity: sealBucket(dataKey, keyId, context, 'identity', bucketOf(values, 'identity')),
    dietary: sealBucket(dataKey, keyId, context, 'dietary', bucketOf(values, 'dietary')),
    accessibility: sealBucket(dataKey, keyId, context, 'accessibility', bucketOf(values, 'accessibility')),
  };
}

function openValidated<S extends z.ZodType>(
  dataKey: Buffer,
  context: EncryptionContext,
  bucket: BucketName,
  envelope: unknown,
  schema: S,
): z.output<S> {
  const parsed = schema.safeParse(openBucket<unknown>(dataKey, context, bucket, envelope));
  // No zod message: it could quote the decrypted value.
  if (!parsed.success) throw new TravelDetailsShapeError(`The ${bucket} bucket does not hold travel details`);
  return parsed.data;
}

/**
 * Opens the three buckets for exactly this traveler's context.
 * @throws EnvelopeDecryptError when an envelope was tampered with or belongs to another traveler or bucket.
 */
export function openTravelDetails(
  dataKey: Buffer,
  context: EncryptionContext,
  sealed: SealedTravelDetails,
): IdentityBucket & DietaryBucket & AccessibilityBucket {
  return {
    ...openValidated(dataKey, context, 'identity', sealed.identity, bucketSchemas.identity),
    ...openValidated(dataKey, context, 'dietary', sealed.dietary, bucketSchemas.dietary),
    ...openValidated(dataKey, context, 'accessibility', sealed.accessibility, bucketSchemas.accessibility),
  };
}
