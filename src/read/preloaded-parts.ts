import type { BookingItemRow, BookingOriginRow, BookingRow, BookingTravelerRow } from './booking-rows';

/** A booking's parts that came in the statement that read the booking itself; absent: not read. */
export interface PreloadedParts {
  items?: BookingItemRow[];
  travelers?: BookingTravelerRow[];
  origin?: BookingOriginRow | null;
}

/**
 * Keyed by the row object, not its id: the parts were read with the columns one selection asked
 * for, so only the resolvers under that selection (which receive this very object) may use them.
 * The request's loaders are never primed with such partial rows.
 */
const partsOf = new WeakMap<BookingRow, PreloadedParts>();

export function attachParts(booking: BookingRow, parts: PreloadedParts): void {
  partsOf.set(booking, parts);
}

export function preloadedParts(booking: BookingRow): PreloadedParts | undefined {
  return partsOf.get(booking);
}
