import type { BookingItemRow, BookingRow, BookingTravelerRow } from './booking-rows';
import type { ReadModel, SqlCounter } from './sql';

type PartsRow = BookingRow & { __items?: BookingItemRow[]; __travelers?: BookingTravelerRow[] };

/** A booking with all its items and travelers, each list in the order its own loader keeps. */
export interface BookingWithParts {
  booking: BookingRow;
  items: BookingItemRow[];
  travelers: BookingTravelerRow[];
}

const partsColumn = (read: ReadModel, entity: string, name: string) =>
  `(select coalesce(json_agg(x order by x."position", x."id"), '[]'::json)
     from (select ${read.columns(entity, 't')} from ${read.table(entity)} t where t.booking_id = b.id) x) as "${name}"`;

const statements = new WeakMap<ReadModel, string>();

function bookingWithPartsSql(read: ReadModel): string {
  let sql = statements.get(read);
  if (sql === undefined) {
    sql = `select row_to_json(x) as "row" from (
      select ${read.columns('Booking', 'b')},
        ${partsColumn(read, 'BookingItem', '__items')},
        ${partsColumn(read, 'BookingTraveler', '__travelers')}
      from ${read.table('Booking')} b where b.id = $1) x`;
    statements.set(read, sql);
  }
  return sql;
}

/**
 * One statement, one round trip, for a single booking with its items and travelers: a keyed read
 * otherwise pays two sequential round trips (booking, then parts). The whole row comes back as one
 * JSON value: decoding ~40 columns one by one in `pg` (field parsers, per-column date parsing) cost
 * more than one native JSON.parse; `convert` turns JSON values into the entity's JS types.
 */
export async function selectBookingWithParts(
  read: ReadModel,
  counter: SqlCounter,
  id: string,
): Promise<BookingWithParts | null> {
  const [result] = await read.prepared<{ row: PartsRow }>(counter, 'booking_with_parts', bookingWithPartsSql(read), [
    id,
  ]);
  const row = result?.row;
  if (!row) return null;
  const { __items: items = [], __travelers: travelers = [], ...bookingColumns } = row;
  const [booking] = read.convert('Booking', 'b', [bookingColumns]);
  if (!booking) return null;
  return {
    booking,
    items: read.convert('BookingItem', 't', items),
    travelers: read.convert('BookingTraveler', 't', travelers),
  };
}
