import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { badUserInput } from '../errors';
import { fitsMoneyAmount } from '../validation/booking-inputs';

/** Item statuses that no longer count towards what the buyer owes. */
const VOID_ITEM_STATUSES: readonly string[] = ['cancelled', 'expired'];

export const itemTotals = (quantity: number, unitSell: number, unitCost: number | null | undefined) => ({
  totalSellAmountCents: quantity * unitSell,
  totalCostAmountCents: unitCost === null || unitCost === undefined ? null : quantity * unitCost,
});

/**
 * Sell amount and pax are derived: recomputed from the items and travelers in this unit of work.
 * `field` names the input blamed when the new sell amount would not fit in a Money amount; the
 * throw rolls back the surrounding transaction.
 */
export async function recomputeBookingTotals(em: SqlEntityManager, booking: Booking, field = 'input'): Promise<void> {
  const items = await em.find(BookingItem, { booking: booking.id });
  const pax = await em.count(BookingTraveler, { booking: booking.id });
  const sell = items
    .filter((item) => !VOID_ITEM_STATUSES.includes(item.status))
    .reduce((sum, item) => sum + item.totalSellAmountCents, 0);
  if (!fitsMoneyAmount(sell)) throw badUserInput(`${field}: the booking total must fit in a Money amount (±2147483647)`, field);
  if (booking.sellAmountCents !== sell) booking.sellAmountCents = sell;
  if (booking.pax !== pax) booking.pax = pax;
}
