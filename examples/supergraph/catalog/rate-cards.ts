import {
  CATALOGS,
  DEPARTURE_OVERRIDES,
  OPTIONS,
  PRICE_RULES,
  PRODUCTS,
  type DepartureOverrideRecord,
  type PriceRuleRecord,
} from './seed';

/** A rate card as the catalog subgraph serves it (`validUntil` as ISO text for the DateTime scalar). */
export interface RateCardAnswer {
  id: string;
  catalogId: string;
  currency: string;
  productId: string;
  optionId: string;
  rule: { id: string; pricingMode: PriceRuleRecord['pricingMode']; baseSellAmountCents: number | null };
  unitRates: PriceRuleRecord['unitRates'];
  departureOverrideApplied: boolean;
  validUntil: string | null;
}

export interface RateCardQuery {
  productId: string;
  optionId?: string | null;
  departureId?: string | null;
  catalogId?: string | null;
}

const defaultCatalog = CATALOGS.find((catalog) => catalog.isDefault && catalog.public && catalog.active);

/** An explicit catalog only when it is public and active; otherwise the default public one. */
function chooseCatalogId(requested: string | null | undefined): string | undefined {
  const explicit = CATALOGS.find((catalog) => catalog.id === requested);
  return explicit?.public && explicit.active ? explicit.id : defaultCatalog?.id;
}

function card(rule: PriceRuleRecord, productId: string, override: DepartureOverrideRecord | undefined): RateCardAnswer {
  return {
    id: override?.rateCardId ?? rule.rateCardId,
    catalogId: rule.catalogId,
    currency: rule.currency,
    productId,
    optionId: rule.optionId,
    rule: { id: rule.id, pricingMode: rule.pricingMode, baseSellAmountCents: rule.baseSellAmountCents },
    // The override is the departure's price: tiers priced the general case and would undercut it.
    unitRates: rule.unitRates.map((rate) =>
      override && (override.unitRateId === null || override.unitRateId === rate.id)
        ? { ...rate, sellAmountCents: override.sellAmountCents, tiers: [] }
        : rate,
    ),
    departureOverrideApplied: override !== undefined,
    validUntil: rule.validUntil,
  };
}

/** Design §2: catalog, then the option (the product's default when none), then its default rule, then the departure. */
export function resolveRateCard(query: RateCardQuery): RateCardAnswer | null {
  const product = PRODUCTS.find((candidate) => candidate.id === query.productId);
  if (!product) return null;
  const optionId = query.optionId ?? product.defaultOptionId;
  const option = OPTIONS.find((candidate) => candidate.id === optionId && candidate.productId === product.id);
  const catalogId = chooseCatalogId(query.catalogId);
  if (!option || !catalogId) return null;
  const rule = PRICE_RULES.find(
    (candidate) => candidate.catalogId === catalogId && candidate.optionId === option.id && candidate.isDefault,
  );
  if (!rule) return null;
  const override = query.departureId
    ? DEPARTURE_OVERRIDES.find(
        (candidate) => candidate.ruleId === rule.id && candidate.departureId === query.departureId,
      )
    : undefined;
  return card(rule, product.id, override);
}

/** A stored `rateCardId` resolved again: the rule's card, or a departure override's. */
export function rateCardById(id: string): RateCardAnswer | null {
  const override = DEPARTURE_OVERRIDES.find((candidate) => candidate.rateCardId === id);
  const rule = PRICE_RULES.find((candidate) => candidate.rateCardId === id || candidate.id === override?.ruleId);
  const option = rule ? OPTIONS.find((candidate) => candidate.id === rule.optionId) : undefined;
  return rule && option ? card(rule, option.productId, override) : null;
}
