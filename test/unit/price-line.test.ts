import { priceLine, type PriceLineInput, type PricedLine } from '../../src/pricing/price-line';
import type { PriceableSelection } from '../../src/pricing/selection';
import { priceRule, rateCard, tier, unitRate } from '../fixtures/rate-cards';

const ADULT: PriceableSelection = {
  optionId: 'opt_morning',
  optionUnitId: 'unit_adult',
  pricingCategoryId: null,
  quantity: 2,
};

function priced(input: Partial<PriceLineInput> = {}): PricedLine {
  const result = priceLine({ current: ADULT, rateCard: rateCard(), ...input });
  if (!result.ok) throw new Error(`expected a priced line, got ${result.error.reason}: ${result.error.message}`);
  return result.line;
}

function refusal(input: Partial<PriceLineInput>): string {
  const result = priceLine({ current: ADULT, rateCard: rateCard(), ...input });
  if (result.ok) throw new Error(`expected no price, got ${JSON.stringify(result.line)}`);
  return result.error.reason;
}

describe('priceLine: filling in the selection (rule 1)', () => {
  const current: PriceableSelection = {
    optionId: 'opt_morning',
    optionUnitId: 'unit_child',
    pricingCategoryId: 'pcat_early',
    quantity: 3,
  };
  const card = rateCard({
    unitRates: [
      unitRate({
        id: 'urate_child_early',
        unitId: 'unit_child',
        pricingCategoryId: 'pcat_early',
        sellAmountCents: 900,
      }),
      unitRate({ id: 'urate_child', unitId: 'unit_child', pricingCategoryId: null, sellAmountCents: 1200 }),
      unitRate({ id: 'urate_adult', unitId: 'unit_adult', pricingCategoryId: null, sellAmountCents: 2500 }),
    ],
  });

  it('keeps every current value when the change omits it', () => {
    const line = priced({ current, rateCard: card, change: {} });
    expect(line.selection).toEqual(current);
    expect(line.unitRateId).toBe('urate_child_early');
  });

  it('treats a field given as undefined like an omitted one', () => {
    expect(
      priced({ current, rateCard: card, change: { pricingCategoryId: undefined } }).selection.pricingCategoryId,
    ).toBe('pcat_early');
  });

  it('clears a field given as explicit null', () => {
    const line = priced({ current, rateCard: card, change: { pricingCategoryId: null } });
    expect(line.selection.pricingCategoryId).toBeNull();
    expect(line.unitRateId).toBe('urate_child');
  });

  it('takes the changed values over the current ones', () => {
    const line = priced({
      current,
      rateCard: card,
      change: { optionUnitId: 'unit_adult', pricingCategoryId: null, quantity: 1 },
    });
    expect(line.selection).toEqual({
      optionId: 'opt_morning',
      optionUnitId: 'unit_adult',
      pricingCategoryId: null,
      quantity: 1,
    });
    expect(line.totalSellAmountCents).toBe(2500);
  });

  it('reports the rate card option as the line option', () => {
    expect(priced({ current: { ...ADULT, optionId: null } }).selection.optionId).toBe('opt_morning');
  });
});

describe('priceLine: every pricing mode (rule 4)', () => {
  const withRateMode = (pricingMode: PricedLine['pricingMode']) =>
    priced({ rateCard: rateCard({ unitRates: [unitRate({ pricingMode, sellAmountCents: 2500 })] }) });

  it('charges unit × quantity for PER_UNIT', () => {
    expect(withRateMode('PER_UNIT')).toMatchObject({
      pricingMode: 'PER_UNIT',
      unitSellAmountCents: 2500,
      totalSellAmountCents: 5000,
    });
  });

  it('charges unit × quantity for PER_PERSON', () => {
    expect(withRateMode('PER_PERSON')).toMatchObject({ unitSellAmountCents: 2500, totalSellAmountCents: 5000 });
  });

  it('charges the amount once for PER_BOOKING, whatever the quantity', () => {
    expect(withRateMode('PER_BOOKING')).toMatchObject({ unitSellAmountCents: 2500, totalSellAmountCents: 2500 });
  });

  it('charges the amount once for STARTING_FROM', () => {
    expect(withRateMode('STARTING_FROM')).toMatchObject({ unitSellAmountCents: 2500, totalSellAmountCents: 2500 });
  });

  it('charges nothing for FREE', () => {
    expect(withRateMode('FREE')).toMatchObject({ unitSellAmountCents: 0, totalSellAmountCents: 0, warnings: [] });
  });

  it('charges nothing for INCLUDED', () => {
    expect(withRateMode('INCLUDED')).toMatchObject({ unitSellAmountCents: 0, totalSellAmountCents: 0, warnings: [] });
  });

  it('has no total for ON_REQUEST, and warns', () => {
    expect(withRateMode('ON_REQUEST')).toMatchObject({
      unitSellAmountCents: null,
      totalSellAmountCents: null,
      warnings: ['ON_REQUEST'],
    });
  });

  it('lets the unit rate mode override the rule mode', () => {
    const card = rateCard({
      rule: priceRule({ pricingMode: 'PER_BOOKING' }),
      unitRates: [unitRate({ pricingMode: 'PER_UNIT' })],
    });
    expect(priced({ rateCard: card })).toMatchObject({ pricingMode: 'PER_UNIT', totalSellAmountCents: 5000 });
  });

  it('prices by the rule mode and base amount when the card has no unit rates', () => {
    const card = rateCard({ rule: priceRule({ pricingMode: 'PER_UNIT', baseSellAmountCents: 700 }), unitRates: [] });
    const line = priced({ rateCard: card, current: { ...ADULT, optionUnitId: null, quantity: 3 } });
    expect(line).toMatchObject({
      unitRateId: null,
      pricingMode: 'PER_UNIT',
      unitSellAmountCents: 700,
      totalSellAmountCents: 2100,
    });
  });

  it('carries the catalog references the item stores', () => {
    expect(priced()).toMatchObject({
      currency: 'EUR',
      catalogId: 'cat_public',
      rateCardId: 'rcard_city_walk',
      ruleId: 'rule_default',
      unitRateId: 'urate_adult',
    });
  });
});

describe('priceLine: the unit amount (rule 3) and quantity tiers', () => {
  const tiered = unitRate({ sellAmountCents: 2500, tiers: [tier(1, 3, 2400), tier(4, 6, 2200), tier(10, null, 1800)] });
  const atQuantity = (quantity: number) =>
    priced({ current: { ...ADULT, quantity }, rateCard: rateCard({ unitRates: [tiered] }) });

  it('uses the tier whose lower edge is the quantity', () => {
    expect(atQuantity(4).unitSellAmountCents).toBe(2200);
  });

  it('uses the tier whose upper edge is the quantity', () => {
    expect(atQuantity(3).unitSellAmountCents).toBe(2400);
  });

  it('leaves a tier one past its upper edge', () => {
    expect(atQuantity(6).unitSellAmountCents).toBe(2200);
    expect(atQuantity(7).unitSellAmountCents).toBe(2500);
  });

  it('uses an open-ended tier for any quantity from its minimum', () => {
    expect(atQuantity(10).unitSellAmountCents).toBe(1800);
    expect(atQuantity(500)).toMatchObject({ unitSellAmountCents: 1800, totalSellAmountCents: 900_000 });
  });

  it('falls back to the rate amount in a gap between tiers', () => {
    expect(atQuantity(8)).toMatchObject({ unitSellAmountCents: 2500, totalSellAmountCents: 20_000 });
  });

  it('falls back to the rate amount when the matching tier has none', () => {
    const rate = unitRate({ sellAmountCents: 2500, tiers: [tier(1, null, null)] });
    expect(priced({ rateCard: rateCard({ unitRates: [rate] }) }).unitSellAmountCents).toBe(2500);
  });

  it('falls back to the rule base amount when the rate has none', () => {
    const card = rateCard({
      rule: priceRule({ baseSellAmountCents: 3100 }),
      unitRates: [unitRate({ sellAmountCents: null })],
    });
    expect(priced({ rateCard: card })).toMatchObject({ unitSellAmountCents: 3100, totalSellAmountCents: 6200 });
  });

  it('prices a departure override, whose tiers are empty, at the overridden unit amount', () => {
    const card = rateCard({
      departureOverrideApplied: true,
      unitRates: [unitRate({ sellAmountCents: 1999, tiers: [] })],
    });
    expect(priced({ rateCard: card })).toMatchObject({
      unitSellAmountCents: 1999,
      totalSellAmountCents: 3998,
      departureOverrideApplied: true,
    });
  });
});

describe('priceLine: picking the unit rate (rule 2)', () => {
  it('takes the rate of the unit and category asked for', () => {
    const card = rateCard({
      unitRates: [
        unitRate({ id: 'urate_adult', unitId: 'unit_adult', pricingCategoryId: null }),
        unitRate({
          id: 'urate_adult_early',
          unitId: 'unit_adult',
          pricingCategoryId: 'pcat_early',
          sellAmountCents: 2000,
        }),
      ],
    });
    expect(priced({ rateCard: card, current: { ...ADULT, pricingCategoryId: 'pcat_early' } }).unitRateId).toBe(
      'urate_adult_early',
    );
  });

  it('takes the first rate whose quantity range holds the quantity', () => {
    const card = rateCard({
      unitRates: [
        unitRate({ id: 'urate_small_group', minQuantity: 1, maxQuantity: 1, sellAmountCents: 3000 }),
        unitRate({ id: 'urate_group', minQuantity: 2, maxQuantity: 8, sellAmountCents: 2000 }),
      ],
    });
    expect(priced({ rateCard: card })).toMatchObject({
      unitRateId: 'urate_group',
      totalSellAmountCents: 4000,
      warnings: [],
    });
  });

  it('falls back to a rate without a category when neither unit nor category is given', () => {
    const card = rateCard({
      unitRates: [
        unitRate({
          id: 'urate_senior',
          unitId: 'unit_senior',
          pricingCategoryId: 'pcat_senior',
          sellAmountCents: 1500,
        }),
        unitRate({ id: 'urate_general', unitId: 'unit_general', pricingCategoryId: null, sellAmountCents: 2100 }),
      ],
    });
    const line = priced({ rateCard: card, current: { ...ADULT, optionUnitId: null, pricingCategoryId: null } });
    expect(line).toMatchObject({ unitRateId: 'urate_general', totalSellAmountCents: 4200 });
  });

  it('takes a rate of the given category whatever its unit when no unit is given', () => {
    const card = rateCard({
      unitRates: [unitRate({ id: 'urate_senior', unitId: 'unit_senior', pricingCategoryId: 'pcat_senior' })],
    });
    const line = priced({
      rateCard: card,
      current: { ...ADULT, optionUnitId: null, pricingCategoryId: 'pcat_senior' },
    });
    expect(line.unitRateId).toBe('urate_senior');
  });
});

describe('priceLine: NO_RATE_CARD and NO_MATCHING_RATE', () => {
  it('is NO_RATE_CARD without a rate card (the product is not publicly sellable)', () => {
    expect(refusal({ rateCard: null })).toBe('NO_RATE_CARD');
  });

  it('is NO_MATCHING_RATE for a unit the card has no rate for', () => {
    expect(refusal({ current: { ...ADULT, optionUnitId: 'unit_infant' } })).toBe('NO_MATCHING_RATE');
  });

  it('is NO_MATCHING_RATE for a category the card has no rate for', () => {
    expect(refusal({ current: { ...ADULT, pricingCategoryId: 'pcat_student' } })).toBe('NO_MATCHING_RATE');
  });

  it('is NO_MATCHING_RATE for a unit on a card without unit rates', () => {
    const card = rateCard({ rule: priceRule({ baseSellAmountCents: 700 }), unitRates: [] });
    expect(refusal({ rateCard: card })).toBe('NO_MATCHING_RATE');
  });

  it('is NO_MATCHING_RATE when no unit is given and every rate has a category', () => {
    const card = rateCard({ unitRates: [unitRate({ pricingCategoryId: 'pcat_senior' })] });
    expect(refusal({ rateCard: card, current: { ...ADULT, optionUnitId: null } })).toBe('NO_MATCHING_RATE');
  });

  it('is NO_MATCHING_RATE when a priced mode finds no amount anywhere', () => {
    const card = rateCard({
      rule: priceRule({ baseSellAmountCents: null }),
      unitRates: [unitRate({ sellAmountCents: null })],
    });
    expect(refusal({ rateCard: card })).toBe('NO_MATCHING_RATE');
  });

  it('prices a PER_BOOKING rule at its base amount when no rate matches', () => {
    const card = rateCard({ rule: priceRule({ pricingMode: 'PER_BOOKING', baseSellAmountCents: 15_000 }) });
    const line = priced({ rateCard: card, current: { ...ADULT, optionUnitId: 'unit_infant' } });
    expect(line).toMatchObject({
      unitRateId: null,
      pricingMode: 'PER_BOOKING',
      totalSellAmountCents: 15_000,
      warnings: [],
    });
  });
});

describe('priceLine: warnings (rule 5)', () => {
  const withRate = (
    rate: Parameters<typeof unitRate>[0],
    current: Partial<PriceableSelection> = {},
    pax?: number | null,
  ) => priced({ rateCard: rateCard({ unitRates: [unitRate(rate)] }), current: { ...ADULT, ...current }, pax }).warnings;

  it('warns BELOW_MIN_QUANTITY under the only rate minimum, and still prices', () => {
    expect(withRate({ minQuantity: 3 }, { quantity: 2 })).toEqual(['BELOW_MIN_QUANTITY']);
  });

  it('warns ABOVE_MAX_QUANTITY over the only rate maximum', () => {
    expect(withRate({ maxQuantity: 4 }, { quantity: 5 })).toEqual(['ABOVE_MAX_QUANTITY']);
  });

  it('does not warn at the quantity edges themselves', () => {
    expect(withRate({ minQuantity: 2, maxQuantity: 2 }, { quantity: 2 })).toEqual([]);
  });

  it('warns OCCUPANCY_EXCEEDS_PAX when the units need more travelers than there are', () => {
    expect(withRate({ occupancyMin: 2, occupancyMax: 3 }, { quantity: 2 }, 3)).toEqual(['OCCUPANCY_EXCEEDS_PAX']);
  });

  it('warns OCCUPANCY_BELOW_PAX when the units hold fewer travelers than there are', () => {
    expect(withRate({ occupancyMin: 1, occupancyMax: 2 }, { quantity: 2 }, 5)).toEqual(['OCCUPANCY_BELOW_PAX']);
  });

  it('does not warn about occupancy at its edges', () => {
    expect(withRate({ occupancyMin: 2, occupancyMax: 2 }, { quantity: 2 }, 4)).toEqual([]);
  });

  it('does not warn about occupancy when pax is not known', () => {
    expect(withRate({ occupancyMin: 4 }, { quantity: 2 }, null)).toEqual([]);
  });

  it('warns UNIT_METADATA_MISSING for a rate without a unit name or type', () => {
    expect(withRate({ unitName: null })).toEqual(['UNIT_METADATA_MISSING']);
    expect(withRate({ unitType: null })).toEqual(['UNIT_METADATA_MISSING']);
  });

  it('lists several warnings in one fixed order', () => {
    const warnings = withRate(
      { minQuantity: 3, occupancyMin: 2, unitName: null, pricingMode: 'ON_REQUEST' },
      { quantity: 2 },
      1,
    );
    expect(warnings).toEqual(['BELOW_MIN_QUANTITY', 'OCCUPANCY_EXCEEDS_PAX', 'UNIT_METADATA_MISSING', 'ON_REQUEST']);
  });
});
