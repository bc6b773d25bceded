import type { BookingRow } from '../read/booking-rows';
import { selectBookingWithParts } from '../read/booking-with-parts';
import type { ReadModel, SqlCounter } from '../read/sql';
import type { BookingLoaders } from './booking-loaders';

/**
 * A single booking read with its items and travelers in one round trip; the parts prime the
 * request's loaders, so their resolvers find them in memory (an unknown booking has none).
 */
export async function loadBookingWithParts(
  read: ReadModel,
  counter: SqlCounter,
  loaders: Pick<BookingLoaders, 'bookingById' | 'itemsByBooking' | 'travelersByBooking'>,
  id: string,
): Promise<BookingRow | null> {
  const found = await selectBookingWithParts(read, counter, id);
  loaders.itemsByBooking.prime(id, found?.items ?? []);
  loaders.travelersByBooking.prime(id, found?.travelers ?? []);
  if (found) loaders.bookingById.prime(id, found.booking);
  return found?.booking ?? null;
}
