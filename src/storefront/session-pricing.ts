import { PricingUnavailable, type PricingPort, type RateCard, type RateCardRequest } from '../ports/pricing-port';
import { priceLine, type PricedLine } from '../pricing/price-line';
import type { PriceableSelection, SelectionChange } from '../pricing/selection';
import type { BusinessOutcome } from '../domain/outcomes';
import type { ItemPricing } from '../domain/item-pricing';

/** A priced line with the unit's name, kept on the item as its snapshot. */
export type SessionLine = PricedLine & { unitName: string | null };

/** One line to price: where it is sold (product, departure) and its selection before and after. */
export interface LineRequest {
  productId: string;
  departureId: string | null;
  current: PriceableSelection;
  change?: SelectionChange;
}

type PricingUnavailableOutcome = BusinessOutcome & { reason: string; productId: string | null };
type CurrencyMismatchOutcome = BusinessOutcome & { sessionCurrency: string; quotedCurrency: string };

export const pricingUnavailable = (
  reason: string,
  message: string,
  productId: string | null = null,
): PricingUnavailableOutcome => ({
  __typename: 'PricingUnavailableError',
  code: 'PRICING_UNAVAILABLE',
  message,
  reason,
  productId,
});

export const currencyMismatch = (
  sessionCurrency: string,
  quotedCurrency: string,
  message: string,
): CurrencyMismatchOutcome => ({
  __typename: 'CurrencyMismatchError',
  code: 'CURRENCY_MISMATCH',
  message,
  sessionCurrency,
  quotedCurrency,
});

/**
 * Fetches every line's rate card in one round trip, then prices each line (design §2). Runs before
 * any transaction: a remote call never happens while locks are held. Nothing is thrown for an
 * expected outcome; the catalog being down is `UPSTREAM_UNAVAILABLE`.
 */
export async function priceLines(
  pricing: PricingPort | null,
  catalogId: string | null,
  lines: readonly LineRequest[],
  pax: number | null,
): Promise<SessionLine[] | BusinessOutcome> {
  if (!pricing)
    return pricingUnavailable('UPSTREAM_UNAVAILABLE', 'No catalog is configured to price storefront sessions');
  const requests: RateCardRequest[] = lines.map((line) => ({
    productId: line.productId,
    optionId: line.change?.optionId === undefined ? line.current.optionId : line.change.optionId,
    departureId: line.departureId,
    catalogId,
  }));
  let cards: (RateCard | null)[];
  try {
    cards = await pricing.rateCards(requests);
  } catch (error) {
    if (error instanceof PricingUnavailable)
      return pricingUnavailable('UPSTREAM_UNAVAILABLE', `The catalog is unavailable (${error.reason})`);
    throw error;
  }
  const priced: SessionLine[] = [];
  for (const [index, line] of lines.entries()) {
    const card = cards[index] ?? null;
    const result = priceLine({ current: line.current, change: line.change, rateCard: card, pax });
    if (!result.ok) return pricingUnavailable(result.error.reason, result.error.message, line.productId);
    const unitName = card?.unitRates.find((rate) => rate.id === result.line.unitRateId)?.unitName ?? null;
    priced.push({ ...result.line, unitName });
  }
  return priced;
}

/** The first line priced in another currency than the first one, as the union member. */
export function mixedCurrency(lines: readonly PricedLine[]): BusinessOutcome | null {
  const first = lines[0]?.currency;
  const other = lines.find((line) => line.currency !== first);
  if (!first || !other) return null;
  return currencyMismatch(
    first,
    other.currency,
    `The catalog prices these lines in ${first} and ${other.currency}; a session is in one currency`,
  );
}

/** `booking_items.pricing` for a priced line. */
export const itemPricingOf = (line: PricedLine, pricedAt: Date): ItemPricing => ({
  catalogId: line.catalogId,
  rateCardId: line.rateCardId,
  ruleId: line.ruleId,
  unitRateId: line.unitRateId,
  pricingMode: line.pricingMode,
  pricingCategoryId: line.selection.pricingCategoryId,
  pricedAt: pricedAt.toISOString(),
});
