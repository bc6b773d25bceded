import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { badUserInput } from '../errors';
import { fitsMoneyAmount, mustFitMoney, rollUpCost, rollUpSell } from '../domain/money';
import { fail } from '../domain/outcomes';

/**
 * Sell amount, cost and pax are derived: recomputed from the items and travelers in this unit of
 * work. `field` names the input blamed when a new total would not fit in a Money amount; that
 * throw, like the typed refusal of costs in two currencies, rolls back the surrounding transaction.
 */
export async function recomputeBookingTotals(
  em: SqlEntityManager,
  booking: Booking,
  field = 'input',
  changedItemId?: string,
): Promise<void> {
  const items = await em.find(BookingItem, { booking: booking.id }, { orderBy: { position: 'asc', id: 'asc' } });
  const pax = await em.count(BookingTraveler, { booking: booking.id });
  const sell = rollUpSell(items);
  if (!fitsMoneyAmount(sell)) throw badUserInput(`${field}: ${mustFitMoney('the booking total')}`, field);
  const cost = rollUpCost(items, changedItemId);
  if ('mixed' in cost) {
    const { costCurrency, itemCostCurrency, itemId } = cost.mixed;
    fail({
      __typename: 'CostCurrencyMismatchError',
      code: 'COST_CURRENCY_MISMATCH',
      message: `The booking's items cost in ${costCurrency}; item ${itemId} would cost in ${itemCostCurrency}`,
      itemId,
      costCurrency,
      itemCostCurrency,
    });
  }
  if (cost.costAmountCents !== null && !fitsMoneyAmount(cost.costAmountCents))
    throw badUserInput(`${field}: ${mustFitMoney('the booking cost')}`, field);
  if (booking.sellAmountCents !== sell) booking.sellAmountCents = sell;
  if (booking.costAmountCents !== cost.costAmountCents) booking.costAmountCents = cost.costAmountCents;
  if (booking.costCurrency !== cost.costCurrency) booking.costCurrency = cost.costCurrency;
  if (booking.pax !== pax) booking.pax = pax;
}
