/** A fare the buyer may choose; the catalog prices it, the storefront only names it. */
export interface OfferedFare {
  label: string;
  /** The catalog's pricing category; null for the option's standard rate. */
  pricingCategoryId: string | null;
}

/** A departure the storefront sells: a slot inventory declared, and the catalog option and unit it is sold by. */
export interface OfferedDeparture {
  slotId: string;
  label: string;
  productId: string;
  optionId: string;
  optionUnitId: string;
  fares: OfferedFare[];
}

const STANDARD_FARE: OfferedFare = { label: 'Standard', pricingCategoryId: null };

export class OfferConfigError extends Error {
  override name = 'OfferConfigError';
}

function text(entry: Record<string, unknown>, field: string, where: string): string {
  const value = entry[field];
  if (typeof value !== 'string' || value.length === 0) throw new OfferConfigError(`${where}.${field} must be a text`);
  return value;
}

function fare(value: unknown, where: string): OfferedFare {
  if (typeof value !== 'object' || value === null) throw new OfferConfigError(`${where} must be an object`);
  const entry = value as Record<string, unknown>;
  const category = entry.pricingCategoryId ?? null;
  if (category !== null && typeof category !== 'string')
    throw new OfferConfigError(`${where}.pricingCategoryId must be a text or null`);
  return { label: text(entry, 'label', where), pricingCategoryId: category };
}

/**
 * The departures on sale, from the build's VITE_STOREFRONT_DEPARTURES (a JSON array): which slots are sold is
 * the shop's choice, not something Bookings lists. A malformed entry is an error naming it, never skipped.
 */
export function parseDepartures(json: string | undefined): OfferedDeparture[] {
  if (json === undefined || json.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new OfferConfigError('VITE_STOREFRONT_DEPARTURES is not JSON');
  }
  if (!Array.isArray(parsed)) throw new OfferConfigError('VITE_STOREFRONT_DEPARTURES must be a JSON array');
  return parsed.map((value: unknown, index) => {
    const where = `departures.${index}`;
    if (typeof value !== 'object' || value === null) throw new OfferConfigError(`${where} must be an object`);
    const entry = value as Record<string, unknown>;
    const fares = entry.fares === undefined ? [STANDARD_FARE] : entry.fares;
    if (!Array.isArray(fares) || fares.length === 0)
      throw new OfferConfigError(`${where}.fares must be a non-empty array`);
    return {
      slotId: text(entry, 'slotId', where),
      label: text(entry, 'label', where),
      productId: text(entry, 'productId', where),
      optionId: text(entry, 'optionId', where),
      optionUnitId: text(entry, 'optionUnitId', where),
      fares: fares.map((candidate: unknown, fareIndex) => fare(candidate, `${where}.fares.${fareIndex}`)),
    };
  });
}
