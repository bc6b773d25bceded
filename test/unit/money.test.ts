import { fitsMoneyAmount, money } from '../../src/domain/money';

describe('money', () => {
  it('is null without an amount or a currency', () => {
    expect([money(null, 'EUR'), money(100, null), money(100, '')]).toEqual([null, null, null]);
  });

  it('pairs minor units with their currency', () => {
    expect(money(0, 'EUR')).toEqual({ amountCents: 0, currency: 'EUR' });
  });
});

describe('fitsMoneyAmount', () => {
  it('accepts the ends of the GraphQL Int range', () => {
    expect([fitsMoneyAmount(2147483647), fitsMoneyAmount(-2147483648)]).toEqual([true, true]);
  });

  it('refuses amounts beyond them and fractions of a minor unit', () => {
    expect([fitsMoneyAmount(2147483648), fitsMoneyAmount(-2147483649), fitsMoneyAmount(1.5)]).toEqual([
      false,
      false,
      false,
    ]);
  });
});
