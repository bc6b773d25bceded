import { rollUpCost } from '../../src/domain/money';

type Status = 'draft' | 'on_hold' | 'confirmed' | 'cancelled' | 'expired' | 'fulfilled';
const item = (
  id: string,
  costCurrency: string | null,
  totalCostAmountCents: number | null,
  status: Status = 'draft',
) => ({ id, status, costCurrency, totalCostAmountCents });

describe('rollUpCost', () => {
  it('is empty when no item carries a cost', () => {
    expect(rollUpCost([item('a', null, null), item('b', null, null)])).toEqual({
      costAmountCents: null,
      costCurrency: null,
    });
  });

  it('sums the costed items in their shared currency, skipping items without a cost', () => {
    expect(rollUpCost([item('a', 'USD', 1200), item('b', null, null), item('c', 'USD', 300)])).toEqual({
      costAmountCents: 1500,
      costCurrency: 'USD',
    });
  });

  it.each(['cancelled', 'expired'] as const)('leaves out %s items, whatever their currency', (status) => {
    expect(rollUpCost([item('a', 'USD', 1200), item('b', 'RON', 900, status)])).toEqual({
      costAmountCents: 1200,
      costCurrency: 'USD',
    });
  });

  it('reports two currencies, blaming the changed item rather than the ones already there', () => {
    expect(rollUpCost([item('a', 'RON', 900), item('b', 'USD', 1200), item('c', 'USD', 100)], 'a')).toEqual({
      mixed: { costCurrency: 'USD', itemCostCurrency: 'RON', itemId: 'a' },
    });
  });
});
