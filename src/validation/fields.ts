import { z } from 'zod';
import { MONEY_AMOUNT_MAX } from '../domain/money';
import { storableCheck, unstorableJson, unstorableText } from './storable';

/**
 * Field-level rules shared by every input of the booking record. Every string and JSON input is
 * built from `text()` / `jsonObject`, so what PostgreSQL cannot store is refused at the boundary
 * as BAD_USER_INPUT on its field (a test walks every input schema to keep it so).
 */
const storableText = storableCheck<string>(unstorableText);

/** The start of every string input: NUL characters and lone surrogates are refused. */
export const text = (): z.ZodString => z.string().check(storableText);

/** A format zod checks (email, URL) does not vouch for every character the input holds. */
export const storable = <S extends z.ZodType<string>>(schema: S): S => schema.check(storableText);

const typeIdSchemas = new Map<string, z.ZodString>();

/** One schema per prefix, built once: id arguments are parsed on every request. */
export function typeId(prefix: string): z.ZodString {
  let schema = typeIdSchemas.get(prefix);
  if (!schema) {
    schema = text().regex(new RegExp(`^${prefix}_[0-7][0-9a-hjkmnp-tv-z]{25}$`), `must be a ${prefix}_ TypeID`);
    typeIdSchemas.set(prefix, schema);
  }
  return schema;
}

/**
 * Free-form JSON (`metadata`, `payload`): an object, at most 32 levels deep and 64 KiB, storable
 * throughout. Keys are checked with the values, so that a bad key is reported like a bad value.
 */
export const jsonObject = z
  .record(z.string(), z.unknown())
  .check(storableCheck<Record<string, unknown>>(unstorableJson));

export const externalId = text().trim().min(1).max(255);
export const shortText = text().trim().min(1).max(255);
export const optionalText = (max: number) => text().max(max).nullish();
export const currency = text().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR');
export const languageTag = text()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag')
  .max(35);
export const countryCode = text().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
export const email = storable(z.email()).max(254);
export const phone = text().regex(/^\+?[0-9 ().-]{4,32}$/, 'must be a phone number');
export const isoDate = storable(z.iso.date());
export const amountCents = z
  .number()
  .int()
  .min(-MONEY_AMOUNT_MAX - 1)
  .max(MONEY_AMOUNT_MAX);
export const money = z.object({ amountCents, currency });
export const metadata = jsonObject.nullish();
export const pageSize = z.number().int().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100');
/** The booking version a caller last read (Booking.version); absent or null: no check. */
export const expectedVersion = z.number().int().min(1, 'must be at least 1').nullish();
/** An opaque cursor as a client sends it back; `decodeCursor` checks what it decodes to. */
export const cursor = text().max(512);
