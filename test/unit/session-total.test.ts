import { priceLine, type PricedLine } from '../../src/pricing/price-line';
import { sessionTotal, type SessionTotalInput, type StoredSessionItem } from '../../src/pricing/session-total';
import { rateCard, unitRate } from '../fixtures/rate-cards';

function line(overrides: { currency?: string; sellAmountCents?: number; onRequest?: boolean } = {}): PricedLine {
  const card = rateCard({
    currency: overrides.currency ?? 'EUR',
    unitRates: [
      unitRate({
        sellAmountCents: overrides.sellAmountCents ?? 2500,
        pricingMode: overrides.onRequest ? 'ON_REQUEST' : 'PER_UNIT',
      }),
    ],
  });
  const result = priceLine({
    current: { optionId: null, optionUnitId: 'unit_adult', pricingCategoryId: null, quantity: 2 },
    rateCard: card,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.line;
}

const stored = (itemId: string, totalSellAmountCents: number | null, currency = 'EUR'): StoredSessionItem => ({
  itemId,
  totalSellAmountCents,
  currency,
});

function total(input: SessionTotalInput) {
  const result = sessionTotal(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('sessionTotal (rule 6)', () => {
  it('adds the repriced lines to the stored totals of the items not selected', () => {
    const value = total({
      sessionCurrency: 'EUR',
      items: [stored('bkit_a', 1000), stored('bkit_b', 3000)],
      repriced: new Map([['bkit_b', line({ sellAmountCents: 2500 })]]),
    });
    expect(value.total).toEqual({ amountCents: 6000, currency: 'EUR' });
    expect(value.pricingComplete).toBe(true);
    expect(value.lines).toEqual([
      { itemId: 'bkit_a', totalSellAmountCents: 1000, source: 'stored' },
      { itemId: 'bkit_b', totalSellAmountCents: 5000, source: 'repriced' },
    ]);
  });

  it('lets an ON_REQUEST line add 0 and mark the pricing incomplete, never its stale stored total', () => {
    const value = total({
      sessionCurrency: 'EUR',
      items: [stored('bkit_a', 1000), stored('bkit_b', 9999)],
      repriced: new Map([['bkit_b', line({ onRequest: true })]]),
    });
    expect(value.total).toEqual({ amountCents: 1000, currency: 'EUR' });
    expect(value.pricingComplete).toBe(false);
  });

  it('counts a stored on-request item (no total) as 0 and incomplete', () => {
    const value = total({
      sessionCurrency: 'EUR',
      items: [stored('bkit_a', null), stored('bkit_b', 400)],
      repriced: new Map(),
    });
    expect(value).toMatchObject({ total: { amountCents: 400, currency: 'EUR' }, pricingComplete: false });
  });

  it('has no total for a session without items', () => {
    expect(total({ sessionCurrency: null, items: [], repriced: new Map() })).toEqual({
      total: null,
      pricingComplete: true,
      lines: [],
    });
  });

  it('refuses a new currency while other items keep totals in the old one (CurrencyMismatch)', () => {
    const result = sessionTotal({
      sessionCurrency: 'EUR',
      items: [stored('bkit_a', 1000), stored('bkit_b', 3000)],
      repriced: new Map([['bkit_b', line({ currency: 'GBP' })]]),
    });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'CURRENCY_MISMATCH', sessionCurrency: 'EUR', quotedCurrency: 'GBP' }),
    });
  });

  it('allows a new currency when every item is repriced into it', () => {
    const value = total({
      sessionCurrency: 'EUR',
      items: [stored('bkit_a', 1000), stored('bkit_b', 3000)],
      repriced: new Map([
        ['bkit_a', line({ currency: 'GBP', sellAmountCents: 100 })],
        ['bkit_b', line({ currency: 'GBP', sellAmountCents: 200 })],
      ]),
    });
    expect(value.total).toEqual({ amountCents: 600, currency: 'GBP' });
  });

  it('refuses repriced lines in two currencies', () => {
    const result = sessionTotal({
      sessionCurrency: 'EUR',
      items: [stored('bkit_a', 1000), stored('bkit_b', 3000)],
      repriced: new Map([
        ['bkit_a', line({ currency: 'EUR' })],
        ['bkit_b', line({ currency: 'GBP' })],
      ]),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CURRENCY_MISMATCH', sessionCurrency: 'EUR', quotedCurrency: 'GBP' },
    });
  });

  it('refuses a partial reprice when a kept item is in another currency than the new lines', () => {
    const result = sessionTotal({
      sessionCurrency: null,
      items: [stored('bkit_a', 1000, 'USD'), stored('bkit_b', 3000)],
      repriced: new Map([['bkit_b', line({ currency: 'EUR' })]]),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CURRENCY_MISMATCH', sessionCurrency: 'USD', quotedCurrency: 'EUR' },
    });
  });
});
