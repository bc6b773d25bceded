import DataLoader from 'dataloader';
import type { ReadModel, SqlCounter } from '../db/read-model';
import type { ConnectionValue } from './rows';
import type {
  BookingActivityRow, BookingItemRow, BookingItemTravelerRow, BookingNoteRow, BookingOriginRow, BookingRow,
  BookingSupplierStatusRow, BookingTravelerRow,
} from './rows';
import type { KeysetRow } from './connection';
import type { LoaderDeps, LoaderSet } from './lazy-loaders';
import { loadOwnedPages, type OwnedListSpec } from './owner-pages';
import { loadOwnerBookingPages, ownerBookingsCacheKey, type OwnerBookingsKey } from './owner-bookings';

const keyedBy = <T, K extends keyof T>(rows: T[], key: K): Map<T[K], T> => new Map(rows.map((row) => [row[key], row]));

function groupedBy<T, K extends keyof T>(rows: T[], key: K): Map<T[K], T[]> {
  const groups = new Map<T[K], T[]>();
  for (const row of rows) {
    const group = groups.get(row[key]);
    if (group) group.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}

/** How a router names a booking: either of its two `@key`s. */
export type BookingKey = { id: string } | { bookingNumber: string };

const bookingKeyCacheKey = (key: BookingKey): string => ('id' in key ? `id:${key.id}` : `number:${key.bookingNumber}`);

export interface ActivityPageKey {
  bookingId: string;
  first: number;
  after: string | null;
}

const single = <T>(entity: string, table: string, column: string, key: keyof T) =>
  ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await read.jsonRows<T>(counter, entity, 't', `select ${read.columns(entity, 't')} from "${table}" t where t."${column}" = any($1)`, [ids]);
      const byKey = keyedBy(rows, key);
      return ids.map((id) => byKey.get(id as T[keyof T]) ?? null);
    });

const many = <T>(entity: string, table: string, column: string, key: keyof T, orderBy: string) =>
  ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, T[]>(async (ids) => {
      // Plain rows, not one JSON value: json_agg over a sorted subquery keeps its order only by habit.
      const rows = await read.rows<T>(counter, entity, 't', `select ${read.columns(entity, 't')} from "${table}" t where t."${column}" = any($1) order by ${orderBy}`, [ids]);
      const groups = groupedBy(rows, key);
      return ids.map((id) => groups.get(id as T[keyof T]) ?? []);
    });

interface SingleBookingLoaders {
  bookingById: DataLoader<string, BookingRow | null>;
  bookingByNumber: DataLoader<string, BookingRow | null>;
}

/**
 * Each loader turns N lookups into one `= any($1)` statement, so a request's SQL count does not
 * grow with the number of results. A request gets its own set (`createRequestLoaders`).
 */
export const bookingLoaderFactories = {
  bookingById: single<BookingRow>('Booking', 'bookings', 'id', 'id'),
  bookingByNumber: single<BookingRow>('Booking', 'bookings', 'booking_number', 'bookingNumber'),
  /**
   * `_entities` batches mix both keys; one statement serves them all, and its rows prime the
   * single-key loaders so the rest of the request reads them from memory.
   */
  bookingByKey: ({ read, counter }: LoaderDeps, self: SingleBookingLoaders) =>
    new DataLoader<BookingKey, BookingRow | null, string>(
      async (keys) => {
        const ids = keys.flatMap((key) => ('id' in key ? [key.id] : []));
        const numbers = keys.flatMap((key) => ('bookingNumber' in key ? [key.bookingNumber] : []));
        // One JSON value rather than ~40 columns decoded per row: 500 representations are one parse.
        const rows = await read.jsonRows<BookingRow>(counter, 'Booking', 't', `select ${read.columns('Booking', 't')} from "bookings" t where t."id" = any($1) or t."booking_number" = any($2)`, [ids, numbers]);
        for (const row of rows) {
          self.bookingById.prime(row.id, row);
          self.bookingByNumber.prime(row.bookingNumber, row);
        }
        const byId = keyedBy(rows, 'id');
        const byNumber = keyedBy(rows, 'bookingNumber');
        return keys.map((key) => ('id' in key ? byId.get(key.id) : byNumber.get(key.bookingNumber)) ?? null);
      },
      { cacheKeyFn: bookingKeyCacheKey },
    ),
  /** The booking an accepted quote version became; the newest when several were made from it. */
  bookingByQuoteVersion: ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, BookingRow | null>(async (versionIds) => {
      const rows = await read.rows<BookingRow & { __quoteVersionId: string }>(
        counter,
        'Booking',
        't',
        `select distinct on (o.quote_version_id) ${read.columns('Booking', 't')}, o.quote_version_id as "__quoteVersionId"
         from "bookings" t join "booking_origins" o on o.booking_id = t.id
         where o.quote_version_id = any($1) and o.origin_source = 'accepted_quote_version'
         order by o.quote_version_id, t.created_at desc, t.id desc`,
        [versionIds],
      );
      const byVersion = keyedBy(rows, '__quoteVersionId');
      return versionIds.map((id) => byVersion.get(id) ?? null);
    }),
  /** A person's, organization's or quote's bookings: one windowed statement for a batch of owners. */
  bookingsByOwner: ({ read, counter }: LoaderDeps) =>
    new DataLoader<OwnerBookingsKey, ConnectionValue<BookingRow>, string>(
      (keys) => loadOwnerBookingPages(read, counter, keys),
      { cacheKeyFn: ownerBookingsCacheKey },
    ),
  itemById: single<BookingItemRow>('BookingItem', 'booking_items', 'id', 'id'),
  travelerById: single<BookingTravelerRow>('BookingTraveler', 'booking_travelers', 'id', 'id'),
  itemsByBooking: many<BookingItemRow>('BookingItem', 'booking_items', 'booking_id', 'booking', 't.position, t.id'),
  travelersByBooking: many<BookingTravelerRow>('BookingTraveler', 'booking_travelers', 'booking_id', 'booking', 't.position, t.id'),
  originByBooking: single<BookingOriginRow>('BookingOrigin', 'booking_origins', 'booking_id', 'booking'),
  notesByBooking: many<BookingNoteRow>('BookingNote', 'booking_notes', 'booking_id', 'booking', 't.created_at, t.id'),
  supplierStatusesByBooking: many<BookingSupplierStatusRow>('BookingSupplierStatus', 'booking_supplier_statuses', 'booking_id', 'booking', 't.created_at, t.id'),
  linksByItem: many<BookingItemTravelerRow>('BookingItemTraveler', 'booking_item_travelers', 'item_id', 'item', 't.created_at, t.id'),
  linksByTraveler: many<BookingItemTravelerRow>('BookingItemTraveler', 'booking_item_travelers', 'traveler_id', 'traveler', 't.created_at, t.id'),
  activityPage: ({ read, counter }: LoaderDeps) =>
    new DataLoader<ActivityPageKey, ConnectionValue<BookingActivityRow>, string>(
      (keys) => loadActivityPages(read, counter, keys),
      { cacheKeyFn: (key) => `${key.bookingId}|${key.first}|${key.after ?? ''}` },
    ),
};

export type BookingLoaders = LoaderSet<typeof bookingLoaderFactories>;

const ACTIVITY: OwnedListSpec = {
  entity: 'BookingActivity', table: 'booking_activities', ownerColumn: 'booking_id', ownerProperty: 'booking',
  sortColumn: 'created_at', sortProperty: 'createdAt', direction: 'desc', cursorField: 'after',
};

/** Newest first; pages that share `first` and `after` load together in one windowed statement. */
async function loadActivityPages(read: ReadModel, counter: SqlCounter, keys: readonly ActivityPageKey[]): Promise<ConnectionValue<BookingActivityRow>[]> {
  const pages = new Map<string, ConnectionValue<BookingActivityRow>>();
  for (const [after, batch] of groupedBy([...keys], 'after')) {
    for (const first of new Set(batch.map((key) => key.first))) {
      const owners = batch.filter((key) => key.first === first).map((key) => key.bookingId);
      const loaded = await loadOwnedPages<BookingActivityRow & KeysetRow>(read, counter, ACTIVITY, owners, first, after);
      for (const [bookingId, page] of loaded) pages.set(`${bookingId}|${first}|${after ?? ''}`, page);
    }
  }
  return keys.map((key) => pages.get(`${key.bookingId}|${key.first}|${key.after ?? ''}`) as ConnectionValue<BookingActivityRow>);
}
