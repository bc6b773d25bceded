import { z } from 'zod';
import { PII_AUDIT_ACTIONS } from '../domain/pii-audit-vocabulary';
import { BED_PREFERENCES, TRAVEL_DOCUMENT_TYPES } from '../domain/travel-details';
import { countryCode, cursor, isoDate, pageSize, text, typeId } from './fields';

const freeText = (max: number) => text().trim().min(1, 'must not be empty (send null to clear)').max(max);

/** `.nullish()` throughout: a left-out key keeps the stored value, an explicit null clears it. */
export const upsertTravelerTravelDetailsInput = z.object({
  travelerId: typeId('bkpt'),
  nationality: countryCode.nullish(),
  documentType: z.enum(TRAVEL_DOCUMENT_TYPES).nullish(),
  documentNumber: text()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[A-Za-z0-9 <-]+$/, 'must be letters, digits, spaces, - or <')
    .nullish(),
  documentExpiry: isoDate.nullish(),
  documentIssuingCountry: countryCode.nullish(),
  documentIssuingAuthority: freeText(200).nullish(),
  dateOfBirth: isoDate.nullish(),
  dietaryRequirements: freeText(2000).nullish(),
  accessibilityNeeds: freeText(2000).nullish(),
  documentPersonDocumentId: typeId('pdoc').nullish(),
  isLeadTraveler: z.boolean().nullish(),
  bedPreference: z.enum(BED_PREFERENCES).nullish(),
  prefillFromPerson: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

export const piiAuditEventsArgs = z.object({
  first: pageSize.default(20),
  after: cursor.nullish(),
  filter: z
    .object({
      bookingId: typeId('book').nullish(),
      travelerId: typeId('bkpt').nullish(),
      actorId: text().trim().min(1).max(255).nullish(),
      action: z.enum(PII_AUDIT_ACTIONS).nullish(),
    })
    .nullish(),
});

export type UpsertTravelerTravelDetailsInput = z.output<typeof upsertTravelerTravelDetailsInput>;
export type PiiAuditEventsArgs = z.output<typeof piiAuditEventsArgs>;
