import { InProcessPricing } from '../../src/ports/pricing/in-process-pricing';
import { PricingUnavailable } from '../../src/ports/pricing-port';
import { rateCard, unitRate } from '../fixtures/rate-cards';

const MORNING = rateCard({ id: 'rcard_morning', optionId: 'opt_morning' });
const EVENING = rateCard({ id: 'rcard_evening', optionId: 'opt_evening' });
const MORNING_MAY_1 = rateCard({
  id: 'rcard_morning_may1',
  optionId: 'opt_morning',
  departureOverrideApplied: true,
  unitRates: [unitRate({ sellAmountCents: 1999 })],
});

describe('the in-process pricing port', () => {
  it('answers by position, null for a product it does not sell', async () => {
    const pricing = new InProcessPricing([MORNING, EVENING]);
    const cards = await pricing.rateCards([
      { productId: 'prod_city_walk', optionId: 'opt_evening' },
      { productId: 'prod_unknown' },
      { productId: 'prod_city_walk', optionId: 'opt_morning' },
    ]);
    expect(cards.map((card) => card?.id ?? null)).toEqual(['rcard_evening', null, 'rcard_morning']);
  });

  it('answers a request without an option with the product first card', async () => {
    expect((await new InProcessPricing([MORNING, EVENING]).rateCards([{ productId: 'prod_city_walk' }]))[0]?.id).toBe(
      'rcard_morning',
    );
  });

  it('prefers a departure own card, and uses the general one for other departures', async () => {
    const pricing = new InProcessPricing([MORNING, { card: MORNING_MAY_1, departureId: 'dep_may1' }]);
    const cards = await pricing.rateCards([
      { productId: 'prod_city_walk', optionId: 'opt_morning', departureId: 'dep_may1' },
      { productId: 'prod_city_walk', optionId: 'opt_morning', departureId: 'dep_may2' },
    ]);
    expect(cards.map((card) => card?.id)).toEqual(['rcard_morning_may1', 'rcard_morning']);
  });

  it('answers null for another catalog than the seeded card', async () => {
    expect(
      await new InProcessPricing([MORNING]).rateCards([{ productId: 'prod_city_walk', catalogId: 'cat_agents' }]),
    ).toEqual([null]);
  });

  it('records every call, and hands out copies a caller cannot change the table through', async () => {
    const pricing = new InProcessPricing([MORNING]);
    const [first] = await pricing.rateCards([{ productId: 'prod_city_walk' }]);
    if (first) first.currency = 'XXX';
    const [second] = await pricing.rateCards([{ productId: 'prod_city_walk' }]);
    expect(second?.currency).toBe('EUR');
    expect(pricing.calls).toEqual([[{ productId: 'prod_city_walk' }], [{ productId: 'prod_city_walk' }]]);
  });

  it.each([
    ['unavailable', 'unreachable'],
    ['timeout', 'timeout'],
  ] as const)('fails every call with PricingUnavailable while the %s fault is set', async (fault, reason) => {
    const pricing = new InProcessPricing([MORNING]).failWith(fault);
    await expect(pricing.rateCards([{ productId: 'prod_city_walk' }])).rejects.toEqual(new PricingUnavailable(reason));
    await expect(pricing.rateCards([{ productId: 'prod_city_walk' }])).rejects.toBeInstanceOf(PricingUnavailable);
    pricing.failWith(null);
    expect(await pricing.rateCards([{ productId: 'prod_city_walk' }])).toHaveLength(1);
  });

  it('holds the next call until released, so a test can act while it is in flight', async () => {
    const pricing = new InProcessPricing([MORNING]);
    const held = pricing.holdNextCall();
    let answered = false;
    const call = pricing.rateCards([{ productId: 'prod_city_walk' }]).then((cards) => {
      answered = true;
      return cards;
    });
    await held.arrived;
    expect(answered).toBe(false);
    held.release();
    expect((await call)[0]?.id).toBe('rcard_morning');
  });
});
