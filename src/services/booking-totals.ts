import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';

/** Item statuses that no longer count towards what the buyer owes. */
const VOID_ITEM_STATUSES: readonly string[] = ['cancelled', 'expired'];

export const itemTotals = (quantity: number, unitSell: number, unitCost: number | null | undefined) => ({
  totalSellAmountCents: quantity * unitSell,
  totalCostAmountCents: unitCost === null || unitCost === undefined ? null : quantity * unitCost,
});

/** Sell amount and pax are derived: recomputed from the items and travelers in this unit of work. */
export async function recomputeBookingTotals(em: SqlEntityManager, booking: Booking): Promise<void> {
  const items = await em.find(BookingItem, { booking: booking.id });
  const pax = await em.count(BookingTraveler, { booking: booking.id });
  const sell = items
    .filter((item) => !VOID_ITEM_STATUSES.includes(item.status))
    .reduce((sum, item) => sum + item.totalSellAmountCents, 0);
  if (booking.sellAmountCents !== sell) booking.sellAmountCents = sell;
  if (booking.pax !== pax) booking.pax = pax;
}
