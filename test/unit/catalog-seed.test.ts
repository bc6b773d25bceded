import { TypeID } from 'typeid-js';
import * as seed from '../../examples/supergraph/catalog/seed';

const prefixOf = (id: string): string => TypeID.fromString(id).getType();

describe('the example catalog seed', () => {
  it('uses valid TypeIDs with the catalog prefixes', () => {
    const expectations: [string, readonly string[]][] = [
      ['cat', seed.CATALOGS.map((catalog) => catalog.id)],
      ['prod', [...seed.PRODUCTS.map((product) => product.id), seed.TOUR_T_SHIRT_ID]],
      ['popt', seed.OPTIONS.map((option) => option.id)],
      ['prule', seed.PRICE_RULES.map((rule) => rule.id)],
      [
        'rcard',
        [...seed.PRICE_RULES.map((rule) => rule.rateCardId), ...seed.DEPARTURE_OVERRIDES.map((o) => o.rateCardId)],
      ],
      ['urate', seed.PRICE_RULES.flatMap((rule) => rule.unitRates.map((rate) => rate.id))],
      ['punit', [seed.ADULT_UNIT_ID, seed.CHILD_UNIT_ID, seed.CABIN_UNIT_ID]],
      ['pcat', [seed.EARLY_BIRD_CATEGORY_ID]],
      ['dep', [seed.MAY_FIRST_DEPARTURE_ID, seed.MAY_SECOND_DEPARTURE_ID]],
      ['bq', seed.QUESTIONS.map((question) => question.id)],
    ];
    for (const [prefix, ids] of expectations) {
      expect(ids.map(prefixOf)).toEqual(ids.map(() => prefix));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('has exactly one default catalog, and it is public and active', () => {
    expect(seed.CATALOGS.filter((catalog) => catalog.isDefault)).toEqual([seed.PUBLIC_CATALOG]);
    expect(seed.PUBLIC_CATALOG).toMatchObject({ public: true, active: true });
  });

  it('refers only to records it has', () => {
    const options = new Map(seed.OPTIONS.map((option) => [option.id, option]));
    for (const product of seed.PRODUCTS) expect(options.get(product.defaultOptionId)?.productId).toBe(product.id);
    for (const rule of seed.PRICE_RULES) {
      expect(options.has(rule.optionId)).toBe(true);
      expect(seed.CATALOGS.some((catalog) => catalog.id === rule.catalogId)).toBe(true);
    }
    for (const override of seed.DEPARTURE_OVERRIDES) {
      const rule = seed.PRICE_RULES.find((candidate) => candidate.id === override.ruleId);
      expect(rule?.unitRates.some((rate) => override.unitRateId === null || rate.id === override.unitRateId)).toBe(
        true,
      );
    }
  });

  it('has one default rule per option and catalog', () => {
    const keys = seed.PRICE_RULES.filter((rule) => rule.isDefault).map((rule) => `${rule.catalogId}/${rule.optionId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
