import { describe, expect, it } from 'vitest';
import { parseDepartures } from './offer';

const departure = {
  slotId: 'slot_alps_1',
  label: 'Alps day tour, 1 May, morning',
  productId: 'prod_1',
  optionId: 'popt_1',
  optionUnitId: 'punit_1',
};

describe('offer', () => {
  it('sells nothing when no departures are configured', () => {
    expect(parseDepartures(undefined)).toEqual([]);
  });

  it('gives a departure without fares the standard fare', () => {
    expect(parseDepartures(JSON.stringify([departure]))).toEqual([
      { ...departure, fares: [{ label: 'Standard', pricingCategoryId: null }] },
    ]);
  });

  it('keeps the fares a departure names', () => {
    const fares = [{ label: 'Early bird', pricingCategoryId: 'pcat_1' }];
    expect(parseDepartures(JSON.stringify([{ ...departure, fares }]))[0]?.fares).toEqual(fares);
  });

  it('names the field of a malformed departure', () => {
    expect(() => parseDepartures(JSON.stringify([{ ...departure, optionUnitId: 7 }]))).toThrow(
      'departures.0.optionUnitId must be a text',
    );
  });
});
