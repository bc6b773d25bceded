import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { badUserInput } from '../errors';
import { fitsMoneyAmount, mustFitMoney } from '../domain/money';
import { fail } from '../domain/outcomes';

/** Item statuses that no longer count towards what the buyer owes. */
const VOID_ITEM_STATUSES: readonly string[] = ['cancelled', 'expired'];

export const itemTotals = (quantity: number, unitSell: number, unitCost: number | null | undefined) => ({
  totalSellAmountCents: quantity * unitSell,
  totalCostAmountCents: unitCost === null || unitCost === undefined ? null : quantity * unitCost,
});

type CostedItem = Pick<BookingItem, 'id' | 'status' | 'costCurrency' | 'totalCostAmountCents'>;

/** The booking's cost: one currency, summed over the items that count and carry a cost; none when no item does. */
export interface CostRollUp {
  costAmountCents: number | null;
  costCurrency: string | null;
}

/**
 * Rolls the items' costs up like their sell amounts, except that the cost currency is not fixed by
 * the booking: it is the one the costed items share. Items without a cost add nothing (an unknown
 * cost is not a zero one, but it does not hide the known ones either). `changedItemId` is looked
 * at last, so a conflict blames the item being changed rather than the ones already there.
 */
export function rollUpCost(
  items: readonly CostedItem[],
  changedItemId?: string,
): CostRollUp | { mixed: { costCurrency: string; itemCostCurrency: string; itemId: string } } {
  let costCurrency: string | null = null;
  let costAmountCents: number | null = null;
  const ordered = [
    ...items.filter((item) => item.id !== changedItemId),
    ...items.filter((item) => item.id === changedItemId),
  ];
  for (const item of ordered) {
    const { costCurrency: itemCurrency, totalCostAmountCents: itemCost } = item;
    if (
      VOID_ITEM_STATUSES.includes(item.status) ||
      itemCurrency === null ||
      itemCurrency === undefined ||
      itemCost === null ||
      itemCost === undefined
    )
      continue;
    if (costCurrency !== null && itemCurrency !== costCurrency)
      return { mixed: { costCurrency, itemCostCurrency: itemCurrency, itemId: item.id } };
    costCurrency = itemCurrency;
    costAmountCents = (costAmountCents ?? 0) + itemCost;
  }
  return { costAmountCents, costCurrency };
}

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
  const sell = items
    .filter((item) => !VOID_ITEM_STATUSES.includes(item.status))
    .reduce((sum, item) => sum + item.totalSellAmountCents, 0);
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
