import type { PriceTier, PricingMode, RateCard, UnitRate } from '../ports/pricing-port';
import { fillSelection, type PriceableSelection, type SelectionChange } from './selection';

/** Things a caller should show or check about a priced line; none of them stops the line being priced. */
export const PRICING_WARNINGS = [
  'BELOW_MIN_QUANTITY',
  'ABOVE_MAX_QUANTITY',
  'OCCUPANCY_EXCEEDS_PAX',
  'OCCUPANCY_BELOW_PAX',
  'UNIT_METADATA_MISSING',
  'ON_REQUEST',
] as const;
export type PricingWarning = (typeof PRICING_WARNINGS)[number];

/** The reasons of `PricingUnavailableError` (design §2, "409" table). */
export type PricingUnavailableReason = 'NO_RATE_CARD' | 'NO_MATCHING_RATE' | 'UPSTREAM_UNAVAILABLE';

/** An expected outcome, never thrown: the line cannot be priced. The message carries ids only. */
export interface PricingUnavailableOutcome {
  reason: PricingUnavailableReason;
  message: string;
}

/** What a line charges, and which catalog data it was derived from (stored as `booking_items.pricing`). */
export interface PricedLine {
  /** The filled-in selection (rule 1); the option is the rate card's. */
  selection: PriceableSelection;
  currency: string;
  catalogId: string;
  rateCardId: string;
  ruleId: string;
  /** Null when the rule's base amount priced the line without a unit rate. */
  unitRateId: string | null;
  /** The unit rate's mode when one was picked, else the rule's (rule 4). */
  pricingMode: PricingMode;
  /** The amount of one unit, or the flat amount for PER_BOOKING / STARTING_FROM; null for ON_REQUEST. */
  unitSellAmountCents: number | null;
  /** Null only for ON_REQUEST: the price is not known yet. */
  totalSellAmountCents: number | null;
  departureOverrideApplied: boolean;
  /** In the order of `PRICING_WARNINGS`, each at most once. */
  warnings: PricingWarning[];
}

export type PriceLineResult = { ok: true; line: PricedLine } | { ok: false; error: PricingUnavailableOutcome };

export interface PriceLineInput {
  /** The item's current selection (for a new item: the requested one). */
  current: PriceableSelection;
  /** The caller's change; omitted fields keep the current values, `null` clears them. */
  change?: SelectionChange;
  /** The catalog's answer for this line; null when the product is not publicly sellable. */
  rateCard: RateCard | null;
  /** Travelers on the booking, for the occupancy warnings; null or omitted when not known. */
  pax?: number | null;
}

const FLAT_MODES: ReadonlySet<PricingMode> = new Set(['PER_BOOKING', 'STARTING_FROM']);
const MULTIPLIED_MODES: ReadonlySet<PricingMode> = new Set(['PER_UNIT', 'PER_PERSON']);
const FREE_MODES: ReadonlySet<PricingMode> = new Set(['FREE', 'INCLUDED']);

/**
 * Prices one line from a rate card (design §2 rules 1–5). Pure: no I/O, no clock, no throws for
 * expected outcomes.
 *
 * Rate pick (rule 2): candidates are the rates of the given category (none given: the rates without a
 * category, which is the fallback rate) and, when a unit is given, of that unit. The first candidate whose
 * quantity range holds the quantity wins; when none does, the first candidate is used with BELOW_MIN_QUANTITY or
 * ABOVE_MAX_QUANTITY, since the quantity limits are advice to the seller, not a reason not to sell.
 */
export function priceLine(input: PriceLineInput): PriceLineResult {
  const card = input.rateCard;
  const requested = fillSelection(input.current, input.change);
  if (card === null) {
    return unavailable('NO_RATE_CARD', `no sellable rate card for option ${requested.optionId ?? '(default)'}`);
  }
  const selection: PriceableSelection = { ...requested, optionId: card.optionId };
  const rate = pickUnitRate(card.unitRates, selection);
  if (
    rate === null &&
    (card.unitRates.length > 0 || selection.optionUnitId !== null) &&
    card.rule.pricingMode !== 'PER_BOOKING'
  ) {
    return unavailable(
      'NO_MATCHING_RATE',
      `rate card ${card.id} has no rate for unit ${selection.optionUnitId ?? '(none)'}`,
    );
  }
  const pricingMode = rate?.pricingMode ?? card.rule.pricingMode;
  const amount =
    rate === null ? card.rule.baseSellAmountCents : unitAmount(rate, card.rule.baseSellAmountCents, selection.quantity);
  const totals = lineTotals(pricingMode, amount, selection.quantity);
  if (totals === null)
    return unavailable('NO_MATCHING_RATE', `rate card ${card.id} has no amount for mode ${pricingMode}`);
  return {
    ok: true,
    line: {
      selection,
      currency: card.currency,
      catalogId: card.catalogId,
      rateCardId: card.id,
      ruleId: card.rule.id,
      unitRateId: rate?.id ?? null,
      pricingMode,
      unitSellAmountCents: totals.unit,
      totalSellAmountCents: totals.total,
      departureOverrideApplied: card.departureOverrideApplied,
      warnings: warningsFor(rate, pricingMode, selection.quantity, input.pax ?? null),
    },
  };
}

function unavailable(reason: PricingUnavailableReason, message: string): PriceLineResult {
  return { ok: false, error: { reason, message } };
}

const holds = (low: number | null, high: number | null, value: number): boolean =>
  (low === null || value >= low) && (high === null || value <= high);

/** Rule 2. */
export function pickUnitRate(rates: readonly UnitRate[], selection: PriceableSelection): UnitRate | null {
  const { optionUnitId: unitId, pricingCategoryId: categoryId, quantity } = selection;
  // An absent category means the plain rate, never an early-bird or senior one the buyer did not choose.
  const candidates = rates.filter(
    (rate) => (unitId === null || rate.unitId === unitId) && rate.pricingCategoryId === categoryId,
  );
  return candidates.find((rate) => holds(rate.minQuantity, rate.maxQuantity, quantity)) ?? candidates[0] ?? null;
}

/** Rule 3: the quantity tier's amount, else the rate's, else the rule's base amount. */
function unitAmount(rate: UnitRate, baseSellAmountCents: number | null, quantity: number): number | null {
  const tier: PriceTier | undefined = rate.tiers.find((candidate) =>
    holds(candidate.minQuantity, candidate.maxQuantity, quantity),
  );
  return tier?.sellAmountCents ?? rate.sellAmountCents ?? baseSellAmountCents;
}

/** Rule 4; null when the mode needs an amount and there is none. */
function lineTotals(
  mode: PricingMode,
  amount: number | null,
  quantity: number,
): { unit: number | null; total: number | null } | null {
  if (FREE_MODES.has(mode)) return { unit: 0, total: 0 };
  if (mode === 'ON_REQUEST') return { unit: null, total: null };
  if (amount === null) return null;
  if (MULTIPLIED_MODES.has(mode)) return { unit: amount, total: amount * quantity };
  if (FLAT_MODES.has(mode)) return { unit: amount, total: amount };
  return null;
}

/** Rule 5. */
function warningsFor(rate: UnitRate | null, mode: PricingMode, quantity: number, pax: number | null): PricingWarning[] {
  const found = new Set<PricingWarning>();
  if (rate !== null) {
    if (rate.minQuantity !== null && quantity < rate.minQuantity) found.add('BELOW_MIN_QUANTITY');
    if (rate.maxQuantity !== null && quantity > rate.maxQuantity) found.add('ABOVE_MAX_QUANTITY');
    // Occupancy is per unit: two double rooms seat at most four and need at least two.
    if (pax !== null && rate.occupancyMin !== null && rate.occupancyMin * quantity > pax)
      found.add('OCCUPANCY_EXCEEDS_PAX');
    if (pax !== null && rate.occupancyMax !== null && rate.occupancyMax * quantity < pax)
      found.add('OCCUPANCY_BELOW_PAX');
    if (rate.unitName === null || rate.unitType === null) found.add('UNIT_METADATA_MISSING');
  }
  if (mode === 'ON_REQUEST') found.add('ON_REQUEST');
  return PRICING_WARNINGS.filter((warning) => found.has(warning));
}
