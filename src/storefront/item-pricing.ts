import type { PricingMode } from '../ports/pricing-port';

/** `booking_items.pricing`: the rate card a storefront line was priced from (design §2 "Owned model"). */
export interface ItemPricing {
  catalogId: string;
  rateCardId: string;
  ruleId: string;
  unitRateId: string | null;
  pricingMode: PricingMode;
  /** ISO 8601. */
  pricedAt: string;
}
