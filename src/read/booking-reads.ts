import type { BookingActivityRow, BookingRow } from './booking-rows';
import type { ConnectionValue, KeysetRow } from './connection';
import { selectOwnedPages, type OwnedListSpec } from './owned-pages';
import type { PropertySelection, ReadModel, SqlCounter } from './sql';

/**
 * Bookings named by either `@key`, as `_entities` batches mix them: one statement for all, decoded
 * from one JSON value rather than ~40 columns per row (500 representations are one parse), of only
 * the columns the operation selects when it says which.
 */
export function selectBookingsByIdOrNumber(
  read: ReadModel,
  counter: SqlCounter,
  ids: readonly string[],
  numbers: readonly string[],
  only: PropertySelection = null,
): Promise<BookingRow[]> {
  return read.jsonRows<BookingRow>(
    counter,
    'Booking',
    't',
    `select ${read.columns('Booking', 't', only)} from ${read.table('Booking')} t
     where ${read.column('Booking', 't', 'id')} = any($1) or ${read.column('Booking', 't', 'bookingNumber')} = any($2)`,
    [ids, numbers],
  );
}

export type BookingOfQuoteVersionRow = BookingRow & { __quoteVersionId: string };

/** The booking each accepted quote version became; the newest when several were made from it. */
export function selectBookingsByQuoteVersion(
  read: ReadModel,
  counter: SqlCounter,
  versionIds: readonly string[],
): Promise<BookingOfQuoteVersionRow[]> {
  return read.rows<BookingOfQuoteVersionRow>(
    counter,
    'Booking',
    't',
    `select distinct on (o.quote_version_id) ${read.columns('Booking', 't')}, o.quote_version_id as "__quoteVersionId"
     from "bookings" t join "booking_origins" o on o.booking_id = t.id
     where o.quote_version_id = any($1) and o.origin_source = 'accepted_quote_version'
     order by o.quote_version_id, t.created_at desc, t.id desc`,
    [versionIds],
  );
}

const ACTIVITY: OwnedListSpec = {
  entity: 'BookingActivity',
  owner: 'booking',
  sort: 'createdAt',
  direction: 'desc',
  cursorField: 'after',
};

/** Activity pages, newest first, of bookings that ask for the same page: one windowed statement. */
export function selectActivityPages(
  read: ReadModel,
  counter: SqlCounter,
  page: { first: number; after: string | null },
  bookingIds: readonly string[],
): Promise<Map<string, ConnectionValue<BookingActivityRow>>> {
  return selectOwnedPages<BookingActivityRow & KeysetRow>(read, counter, ACTIVITY, bookingIds, page.first, page.after);
}
