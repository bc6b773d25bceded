import type { ReadModel, SqlCounter } from '../db/read-model';
import type { BookingLoaders } from './booking-loaders';
import type { BookingItemRow, BookingRow, BookingTravelerRow } from './rows';

type PartsRow = Record<string, unknown> & { __items?: Record<string, unknown>[]; __travelers?: Record<string, unknown>[] };

const partsColumn = (read: ReadModel, entity: string, table: string, name: string) =>
  `(select coalesce(json_agg(x order by x."position", x."id"), '[]'::json)
     from (select ${read.columns(entity, 't')} from "${table}" t where t.booking_id = b.id) x) as "${name}"`;

const statements = new WeakMap<ReadModel, string>();

function bookingWithPartsSql(read: ReadModel): string {
  let sql = statements.get(read);
  if (sql === undefined) {
    sql = `select row_to_json(x) as "row" from (
      select ${read.columns('Booking', 'b')},
        ${partsColumn(read, 'BookingItem', 'booking_items', '__items')},
        ${partsColumn(read, 'BookingTraveler', 'booking_travelers', '__travelers')}
      from bookings b where b.id = $1) x`;
    statements.set(read, sql);
  }
  return sql;
}

/**
 * One statement, one round trip, for a single booking read with its items and travelers: the
 * parts come back as JSON beside the booking and prime the request's loaders, so their resolvers
 * find them in memory. A keyed read otherwise pays two sequential round trips (booking, then parts).
 */
export async function loadBookingWithParts(
  read: ReadModel,
  counter: SqlCounter,
  loaders: Pick<BookingLoaders, 'bookingById' | 'itemsByBooking' | 'travelersByBooking'>,
  id: string,
): Promise<BookingRow | null> {
  // The whole row comes back as one JSON value: decoding ~40 columns one by one in `pg` (field
  // parsers, per-column date parsing) cost more than one native JSON.parse; `convert` already
  // turns JSON values into the entity's JS types, as it does for the parts.
  const [result] = await read.prepared<{ row: PartsRow }>(counter, 'booking_with_parts', bookingWithPartsSql(read), [id]);
  const row = result?.row;
  if (!row) {
    loaders.itemsByBooking.prime(id, []);
    loaders.travelersByBooking.prime(id, []);
    return null;
  }
  const { __items: items = [], __travelers: travelers = [], ...bookingColumns } = row;
  const [booking] = read.convert<BookingRow>('Booking', 'b', [bookingColumns]);
  loaders.itemsByBooking.prime(id, read.convert<BookingItemRow>('BookingItem', 't', items));
  loaders.travelersByBooking.prime(id, read.convert<BookingTravelerRow>('BookingTraveler', 't', travelers));
  if (booking) loaders.bookingById.prime(id, booking);
  return booking ?? null;
}
