import type { PricingMode } from '../ports/pricing-port';

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
