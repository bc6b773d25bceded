/**
 * The shape of a traveler's travel details and the pure rules for changing them: which fields are
 * sealed in which bucket, how a patch merges (omitted keeps, null clears) and how a person's
 * snapshot fills the gaps a patch leaves. No I/O here.
 */

export const TRAVEL_DOCUMENT_TYPES = ['passport', 'id_card', 'driver_license', 'visa', 'other'] as const;
export const BED_PREFERENCES = ['single', 'twin', 'double', 'no_preference'] as const;

export type TravelDocumentType = (typeof TRAVEL_DOCUMENT_TYPES)[number];
export type BedPreference = (typeof BED_PREFERENCES)[number];

export interface IdentityBucket {
  nationality: string | null;
  documentType: TravelDocumentType | null;
  documentNumber: string | null;
  documentExpiry: string | null;
  documentIssuingCountry: string | null;
  documentIssuingAuthority: string | null;
  dateOfBirth: string | null;
}

export interface DietaryBucket {
  dietaryRequirements: string | null;
}

export interface AccessibilityBucket {
  accessibilityNeeds: string | null;
}

/** Kept in clear: provenance and room allocation need them without a KMS call. */
export interface ClearTravelDetails {
  documentPersonDocumentId: string | null;
  isLeadTraveler: boolean;
  bedPreference: BedPreference | null;
}

export type TravelDetailsValues = IdentityBucket & DietaryBucket & AccessibilityBucket & ClearTravelDetails;

/** Decrypted travel details as the PII service hands them out (the GraphQL mapper). */
export interface TravelDetails extends TravelDetailsValues {
  travelerId: string;
  bookingId: string;
  updatedAt: Date;
}

/** A key left out keeps the stored value; an explicit null clears it. */
export type TravelDetailsPatch = { [K in keyof TravelDetailsValues]?: TravelDetailsValues[K] | null };

export type TravelDetailsField = keyof TravelDetailsValues;

/** Separate buckets so that a leak of one key-use (e.g. dietary for catering) need not open the others. */
export const BUCKET_FIELDS = {
  identity: [
    'nationality',
    'documentType',
    'documentNumber',
    'documentExpiry',
    'documentIssuingCountry',
    'documentIssuingAuthority',
    'dateOfBirth',
  ],
  dietary: ['dietaryRequirements'],
  accessibility: ['accessibilityNeeds'],
} as const satisfies Record<string, readonly TravelDetailsField[]>;

export type BucketName = keyof typeof BUCKET_FIELDS;
export const BUCKET_NAMES = Object.keys(BUCKET_FIELDS) as BucketName[];

export const ENCRYPTED_FIELDS: readonly TravelDetailsField[] = BUCKET_NAMES.flatMap((bucket) => BUCKET_FIELDS[bucket]);
export const CLEAR_FIELDS = [
  'documentPersonDocumentId',
  'isLeadTraveler',
  'bedPreference',
] as const satisfies readonly TravelDetailsField[];
export const ALL_FIELDS: readonly TravelDetailsField[] = [...ENCRYPTED_FIELDS, ...CLEAR_FIELDS];

const DOCUMENT_FIELDS = [
  'documentNumber',
  'documentExpiry',
  'documentIssuingCountry',
  'documentIssuingAuthority',
] as const;

export function emptyTravelDetails(): TravelDetailsValues {
  return {
    nationality: null,
    documentType: null,
    documentNumber: null,
    documentExpiry: null,
    documentIssuingCountry: null,
    documentIssuingAuthority: null,
    dateOfBirth: null,
    dietaryRequirements: null,
    accessibilityNeeds: null,
    documentPersonDocumentId: null,
    isLeadTraveler: false,
    bedPreference: null,
  };
}

export interface MergedTravelDetails {
  next: TravelDetailsValues;
  /** Names of the fields the patch wrote (plus a defaulted documentType): for the audit, never values. */
  changed: TravelDetailsField[];
}

function assignField<K extends TravelDetailsField>(
  target: TravelDetailsValues,
  key: K,
  value: TravelDetailsValues[K] | null,
): void {
  // isLeadTraveler is the one non-nullable field: clearing it means back to its default.
  target[key] = (key === 'isLeadTraveler' && value === null ? false : value) as TravelDetailsValues[K];
}

/**
 * Applies a patch: `undefined` keeps, `null` clears, a value sets. A document without a type is a
 * passport, so documentType defaults to `passport` whenever any document field holds a value.
 */
export function mergeTravelDetails(current: TravelDetailsValues, patch: TravelDetailsPatch): MergedTravelDetails {
  const next: TravelDetailsValues = { ...current };
  const changed: TravelDetailsField[] = [];
  for (const key of ALL_FIELDS) {
    const value = patch[key];
    if (value === undefined) continue;
    assignField(next, key, value);
    changed.push(key);
  }
  if (next.documentType === null && DOCUMENT_FIELDS.some((key) => next[key] !== null)) {
    next.documentType = 'passport';
    if (!changed.includes('documentType')) changed.push('documentType');
  }
  return { next, changed };
}

/**
 * Fills the keys a patch leaves out from a snapshot; the patch always wins, an explicit null
 * included. Snapshot nulls fill nothing: a person without a value must not clear a stored one.
 */
export function fillGaps(patch: TravelDetailsPatch, snapshot: TravelDetailsPatch): TravelDetailsPatch {
  const filled: TravelDetailsPatch = { ...patch };
  for (const key of ALL_FIELDS) {
    const value = snapshot[key];
    if (filled[key] === undefined && value !== undefined && value !== null) {
      (filled as Record<string, unknown>)[key] = value;
    }
  }
  return filled;
}

/** Field names that hold a value: what a decrypt hands out, for the audit. */
export function fieldsWithValues(
  details: TravelDetailsValues,
  fields: readonly TravelDetailsField[] = ENCRYPTED_FIELDS,
): TravelDetailsField[] {
  return fields.filter((key) => details[key] !== null && details[key] !== false);
}

export function bucketOf<B extends BucketName>(
  details: TravelDetailsValues,
  bucket: B,
): Pick<TravelDetailsValues, (typeof BUCKET_FIELDS)[B][number]> {
  return Object.fromEntries(BUCKET_FIELDS[bucket].map((key) => [key, details[key]])) as Pick<
    TravelDetailsValues,
    (typeof BUCKET_FIELDS)[B][number]
  >;
}

const SNAPSHOT_DOCUMENT_FIELDS = ['documentType', ...DOCUMENT_FIELDS] as const;

/**
 * Pre-fill: the snapshot fills the gaps the patch leaves, and when any document field came from
 * the person's document, `documentPersonDocumentId` records which one (unless the patch names it).
 */
export function prefillFromSnapshot(
  patch: TravelDetailsPatch,
  snapshot: TravelDetailsPatch,
  sourceDocumentId: string | null,
): TravelDetailsPatch {
  const filled = fillGaps(patch, snapshot);
  const documentFromSnapshot = SNAPSHOT_DOCUMENT_FIELDS.some(
    (key) => patch[key] === undefined && filled[key] !== undefined,
  );
  if (documentFromSnapshot && sourceDocumentId !== null && patch.documentPersonDocumentId === undefined) {
    filled.documentPersonDocumentId = sourceDocumentId;
  }
  return filled;
}

/** The names of the fields that hold a value: stored in clear, so requirements need no decryption. */
export const filledFieldNames = (values: TravelDetailsValues): TravelDetailsField[] =>
  ALL_FIELDS.filter((field) => {
    const value = values[field];
    return value !== null && value !== false && value !== '';
  });
