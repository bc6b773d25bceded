/**
 * The catalog's price data as bookings reads it (design §2 "PricingPort"). The catalog owns rate
 * cards; bookings computes what a line charges from them (`priceLine`), so a stored total can be
 * re-derived later from its `rateCardId`.
 */
import type { PricingMode } from '../domain/item-pricing';

export type { PricingMode };

export interface RateCardRequest {
  productId: string;
  optionId?: string | null;
  departureId?: string | null;
  catalogId?: string | null;
}

export interface PriceTier {
  minQuantity: number;
  maxQuantity: number | null;
  sellAmountCents: number | null;
}

export interface UnitRate {
  id: string;
  unitId: string;
  unitName: string | null;
  unitType: string | null;
  pricingCategoryId: string | null;
  pricingMode: PricingMode;
  sellAmountCents: number | null;
  minQuantity: number | null;
  maxQuantity: number | null;
  occupancyMin: number | null;
  occupancyMax: number | null;
  tiers: PriceTier[];
}

export interface PriceRule {
  id: string;
  pricingMode: PricingMode;
  baseSellAmountCents: number | null;
}

export interface RateCard {
  id: string;
  catalogId: string;
  currency: string;
  productId: string;
  optionId: string;
  rule: PriceRule;
  unitRates: UnitRate[];
  departureOverrideApplied: boolean;
  validUntil: Date | null;
}

export interface PricingPort {
  /** Positional: one answer per request, `null` when the product is not publicly sellable. One round trip. */
  rateCards(requests: RateCardRequest[]): Promise<(RateCard | null)[]>;
}

/** Why the catalog gave no answer; none of these says anything about the products asked for. */
export type PricingFailure = 'not_configured' | 'unreachable' | 'timeout' | 'upstream_error' | 'invalid_response';

/** The catalog could not be reached, timed out, or answered with errors (`UPSTREAM_UNAVAILABLE`). */
export class PricingUnavailable extends Error {
  constructor(readonly reason: PricingFailure) {
    super(`pricing is unavailable: ${reason}`);
    this.name = 'PricingUnavailable';
  }
}
