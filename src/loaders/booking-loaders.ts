import DataLoader from 'dataloader';
import { selectActivityPages, selectBookingsByIdOrNumber, selectBookingsByQuoteVersion } from '../read/booking-reads';
import type {
  BookingActivityRow,
  BookingItemRow,
  BookingItemTravelerRow,
  BookingNoteRow,
  BookingOriginRow,
  BookingRow,
  BookingSupplierStatusRow,
  BookingTravelerRow,
} from '../read/booking-rows';
import { emptyConnection, type ConnectionValue } from '../read/connection';
import type { ColumnChoice, PropertySelection } from '../read/sql';
import { selectOwnerBookingPages, type OwnerBookingsPage } from '../read/owner-bookings';
import { groupedBy, lookup, manyBy, oneBy, pages } from './batch';
import type { LoaderDeps, LoaderSet } from './lazy-loaders';

/** How a router names a booking: either of its two `@key`s. */
export type BookingKey = { id: string } | { bookingNumber: string };

/**
 * A booking as `_entities` asks for it: its key and the columns the operation selects on it
 * (`all` when it cannot tell). `columns.name` tells selections apart; keys that share it load together.
 */
export type BookingReference = BookingKey & { columns: ColumnChoice };

const bookingKeyCacheKey = (key: BookingKey): string => ('id' in key ? `id:${key.id}` : `number:${key.bookingNumber}`);
const referenceCacheKey = (reference: BookingReference): string =>
  `${reference.columns.name}|${bookingKeyCacheKey(reference)}`;

/** The key columns always come along: the batch matches its rows back to its keys by them. */
const withKeys = (only: PropertySelection): PropertySelection =>
  only === null ? null : new Set([...only, 'id', 'bookingNumber']);

export interface ActivityPageKey {
  bookingId: string;
  first: number;
  after: string | null;
}

/** One owner's page of bookings; the root `bookings` filter applies within the owner's bookings. */
export interface OwnerBookingsKey extends OwnerBookingsPage {
  ownerId: string;
  first: number;
}

/** Every field but the owner id and the size: keys that agree on it share one statement. */
const ownerPageShape = (key: OwnerBookingsKey): string =>
  JSON.stringify([key.owner, key.after, key.filter, key.searchPersonalData]);

interface SingleBookingLoaders {
  bookingById: DataLoader<string, BookingRow | null, string>;
  bookingByNumber: DataLoader<string, BookingRow | null, string>;
}

const idOf = (row: { id: string }): string => row.id;

/**
 * Each loader turns N lookups into one `= any($1)` statement, so a request's SQL count does not
 * grow with the number of results. A request gets its own set (`createRequestLoaders`).
 */
export const bookingLoaderFactories = {
  bookingById: oneBy<BookingRow>({ entity: 'Booking', key: 'id', json: true }, idOf),
  bookingByNumber: oneBy<BookingRow>(
    { entity: 'Booking', key: 'bookingNumber', json: true },
    (row) => row.bookingNumber,
  ),
  /**
   * `_entities` batches mix both keys; one statement serves every key of a selection. Whole rows
   * prime the single-key loaders so the rest of the request reads them from memory; rows of only
   * the selected columns stay here, as no other field may rely on their missing columns.
   */
  bookingByKey: ({ read, counter }: LoaderDeps, self: SingleBookingLoaders) =>
    new DataLoader<BookingReference, BookingRow | null, string>(
      async (references) => {
        const found = new Map<string, BookingRow>();
        for (const [name, batch] of groupedBy(references, (reference) => reference.columns.name)) {
          const only = batch[0]?.columns.only ?? null;
          const ids = batch.flatMap((key) => ('id' in key ? [key.id] : []));
          const numbers = batch.flatMap((key) => ('bookingNumber' in key ? [key.bookingNumber] : []));
          for (const row of await selectBookingsByIdOrNumber(read, counter, ids, numbers, withKeys(only))) {
            if (only === null) {
              self.bookingById.prime(row.id, row);
              self.bookingByNumber.prime(row.bookingNumber, row);
            }
            found.set(`${name}|id:${row.id}`, row);
            found.set(`${name}|number:${row.bookingNumber}`, row);
          }
        }
        return references.map((reference) => found.get(referenceCacheKey(reference)) ?? null);
      },
      { cacheKeyFn: referenceCacheKey },
    ),
  /** The booking an accepted quote version became; the newest when several were made from it. */
  bookingByQuoteVersion: lookup<string, BookingRow & { __quoteVersionId: string }>(
    (id) => id,
    (row) => row.__quoteVersionId,
    ({ read, counter }, versionIds) => selectBookingsByQuoteVersion(read, counter, versionIds),
  ),
  /** A person's, organization's or quote's bookings: one windowed statement for a batch of owners. */
  bookingsByOwner: pages<OwnerBookingsKey, ConnectionValue<BookingRow>>(
    (key) => `${key.ownerId}|${key.first}|${ownerPageShape(key)}`,
    ownerPageShape,
    ({ read, counter }, batch, page) => selectOwnerBookingPages(read, counter, page, batch),
  ),
  itemById: oneBy<BookingItemRow>({ entity: 'BookingItem', key: 'id', json: true }, idOf),
  travelerById: oneBy<BookingTravelerRow>({ entity: 'BookingTraveler', key: 'id', json: true }, idOf),
  itemsByBooking: manyBy<BookingItemRow>(
    { entity: 'BookingItem', key: 'booking', orderBy: ['position', 'id'] },
    (row) => row.booking,
  ),
  travelersByBooking: manyBy<BookingTravelerRow>(
    { entity: 'BookingTraveler', key: 'booking', orderBy: ['position', 'id'] },
    (row) => row.booking,
  ),
  originByBooking: oneBy<BookingOriginRow>(
    { entity: 'BookingOrigin', key: 'booking', json: true },
    (row) => row.booking,
  ),
  notesByBooking: manyBy<BookingNoteRow>(
    { entity: 'BookingNote', key: 'booking', orderBy: ['createdAt', 'id'] },
    (row) => row.booking,
  ),
  supplierStatusesByBooking: manyBy<BookingSupplierStatusRow>(
    { entity: 'BookingSupplierStatus', key: 'booking', orderBy: ['createdAt', 'id'] },
    (row) => row.booking,
  ),
  linksByItem: manyBy<BookingItemTravelerRow>(
    { entity: 'BookingItemTraveler', key: 'item', orderBy: ['createdAt', 'id'] },
    (row) => row.item,
  ),
  linksByTraveler: manyBy<BookingItemTravelerRow>(
    { entity: 'BookingItemTraveler', key: 'traveler', orderBy: ['createdAt', 'id'] },
    (row) => row.traveler,
  ),
  /** Newest first; pages that share `first` and `after` load together in one windowed statement. */
  activityPage: pages<ActivityPageKey, ConnectionValue<BookingActivityRow>>(
    (key) => `${key.bookingId}|${key.first}|${key.after ?? ''}`,
    (key) => `${key.first}|${key.after ?? ''}`,
    async ({ read, counter }, batch, page) => {
      const loaded = await selectActivityPages(
        read,
        counter,
        page,
        batch.map((key) => key.bookingId),
      );
      return batch.map((key) => loaded.get(key.bookingId) ?? emptyConnection());
    },
  ),
};

export type BookingLoaders = LoaderSet<typeof bookingLoaderFactories>;
