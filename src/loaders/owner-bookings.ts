import type { ReadModel, SqlCounter } from '../db/read-model';
import { bookingFilterConditions, decodeBookingCursor, type BookingFilterValues, type BookingOrdering } from './booking-search';
import { keysetConnection } from './connection';
import type { BookingRow, ConnectionValue } from './rows';

/**
 * Who a page of bookings belongs to: the buyer columns on the booking, or the quote named by its
 * origin. Fixed SQL fragments, never caller input.
 */
const OWNERS = {
  person: { column: 'b.person_id', join: '' },
  organization: { column: 'b.organization_id', join: '' },
  quote: { column: 'o.quote_id', join: 'join booking_origins o on o.booking_id = b.id' },
} as const;

export type BookingOwner = keyof typeof OWNERS;

export interface OwnerBookingsKey {
  owner: BookingOwner;
  ownerId: string;
  first: number;
  after: string | null;
  filter: BookingFilterValues | null;
  searchPersonalData: boolean;
}

/** The root `bookings` ordering these pages share, so cursors pass between the two. */
export const OWNER_BOOKINGS_ORDERING: BookingOrdering = 'created_at';

/** Every field but the owner id: keys that agree on it share one statement. */
const pageShape = (key: OwnerBookingsKey): string =>
  JSON.stringify([key.owner, key.after, key.filter, key.searchPersonalData]);

export const ownerBookingsCacheKey = (key: OwnerBookingsKey): string => `${key.ownerId}|${key.first}|${pageShape(key)}`;

/** An owner with bookings always yields a row; one whose page is past the end yields it without a booking. */
type OwnerPageRow = { __owner: string; __total: string } & ((BookingRow & { __sort: string }) | { __sort: null });

/**
 * Newest first, keyset-paginated like the root `bookings` (its cursors are interchangeable with
 * these). All owners of a batch that ask for the same page come back from one windowed statement:
 * the total is counted before the cursor applies, and owners whose page is empty keep their total.
 */
export async function loadOwnerBookingPages(read: ReadModel, counter: SqlCounter, keys: readonly OwnerBookingsKey[]): Promise<ConnectionValue<BookingRow>[]> {
  const batches = new Map<string, OwnerBookingsKey[]>();
  for (const key of keys) {
    const batch = batches.get(pageShape(key));
    if (batch) batch.push(key);
    else batches.set(pageShape(key), [key]);
  }
  const pages = new Map<string, ConnectionValue<BookingRow>>();
  for (const batch of batches.values()) {
    const [sample] = batch;
    if (!sample) continue;
    const first = Math.max(...batch.map((key) => key.first));
    const rows = await selectOwnerPages(read, counter, sample, [...new Set(batch.map((key) => key.ownerId))], first);
    const byOwner = new Map<string, OwnerPageRow[]>();
    for (const row of rows) {
      const group = byOwner.get(row.__owner);
      if (group) group.push(row);
      else byOwner.set(row.__owner, [row]);
    }
    const cursor = sample.after !== null;
    for (const key of batch) {
      const ownerRows = byOwner.get(key.ownerId) ?? [];
      const bookings = ownerRows.flatMap((row) => (row.__sort === null ? [] : [row]));
      pages.set(ownerBookingsCacheKey(key), keysetConnection(bookings, key.first, { hasPrevious: cursor, total: Number(ownerRows[0]?.__total ?? 0), ordering: OWNER_BOOKINGS_ORDERING }));
    }
  }
  return keys.map((key) => {
    const page = pages.get(ownerBookingsCacheKey(key));
    if (!page) throw new Error(`No page was built for ${key.owner} ${key.ownerId}`);
    return page;
  });
}

async function selectOwnerPages(read: ReadModel, counter: SqlCounter, shape: OwnerBookingsKey, ownerIds: string[], first: number): Promise<OwnerPageRow[]> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const { column, join } = OWNERS[shape.owner];
  const where = [`${column} = any(${bind(ownerIds)}::text[])`, ...bookingFilterConditions(shape.filter ?? {}, shape.searchPersonalData, bind)];
  const after = shape.after ? decodeBookingCursor(shape.after, OWNER_BOOKINGS_ORDERING) : null;
  const keyset = after ? `where (f.created_at, f.id) < (${bind(after.sortValue)}::timestamptz, ${bind(after.id)})` : '';
  const limit = bind(first + 1);
  const sql = `with filtered as (
      select b.*, ${column} as "__owner" from bookings b ${join} where ${where.join(' and ')}
    ), totals as (
      select f."__owner", count(*) as "__total" from filtered f group by f."__owner"
    ), ranked as (
      select f.*, row_number() over (partition by f."__owner" order by f.created_at desc, f.id desc) as "__rank"
      from filtered f ${keyset}
    )
    select t."__owner", t."__total", ${read.columns('Booking', 'b')}, b.created_at::text as "__sort"
    from totals t left join ranked b on b."__owner" = t."__owner" and b."__rank" <= ${limit}
    order by t."__owner", b.created_at desc, b.id desc`;
  return read.rows<OwnerPageRow>(counter, 'Booking', 'b', sql, params);
}
