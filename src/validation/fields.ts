import { z } from 'zod';

/** Field-level rules shared by every input of the booking record. */
const typeIdSchemas = new Map<string, z.ZodString>();

/** One schema per prefix, built once: id arguments are parsed on every request. */
export function typeId(prefix: string): z.ZodString {
  let schema = typeIdSchemas.get(prefix);
  if (!schema) {
    schema = z.string().regex(new RegExp(`^${prefix}_[0-7][0-9a-hjkmnp-tv-z]{25}$`), `must be a ${prefix}_ TypeID`);
    typeIdSchemas.set(prefix, schema);
  }
  return schema;
}

export const externalId = z.string().trim().min(1).max(255);
export const shortText = z.string().trim().min(1).max(255);
export const optionalText = (max: number) => z.string().max(max).nullish();
export const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR');
export const languageTag = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag').max(35);
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
export const email = z.email().max(254);
export const phone = z.string().regex(/^\+?[0-9 ().-]{4,32}$/, 'must be a phone number');
export const isoDate = z.iso.date();
export const amountCents = z.number().int().min(-2147483648).max(2147483647);
export const money = z.object({ amountCents, currency });
export const metadata = z.record(z.string(), z.unknown()).nullish();
export const pageSize = z.number().int().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100');
/** The booking version a caller last read (Booking.version); absent or null: no check. */
export const expectedVersion = z.number().int().min(1, 'must be at least 1').nullish();
