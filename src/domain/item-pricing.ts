/** How a catalog rate card charges a line; a stored line keeps it, so it is vocabulary rather than a port detail. */
export type PricingMode =
  'PER_UNIT' | 'PER_PERSON' | 'PER_BOOKING' | 'STARTING_FROM' | 'INCLUDED' | 'FREE' | 'ON_REQUEST';

/** `booking_items.pricing`: the rate card a storefront line was priced from (design §2 "Owned model"). */
export interface ItemPricing {
  catalogId: string;
  rateCardId: string;
  ruleId: string;
  unitRateId: string | null;
  pricingMode: PricingMode;
  /** The pricing category the line was priced by (booking items have no column for it). */
  pricingCategoryId: string | null;
  /** ISO 8601. */
  pricedAt: string;
}
