import {
  bookingFilterConditions,
  decodeBookingCursor,
  type BookingFilterValues,
  type BookingOrdering,
} from './booking-search';
import type { BookingRow } from './booking-rows';
import { keysetConnection, type ConnectionValue } from './connection';
import { SqlParameters, type ReadModel, type SqlCounter } from './sql';

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

/** Everything about an owner's page but the owner and the page size: owners that agree on it share one statement. */
export interface OwnerBookingsPage {
  owner: BookingOwner;
  after: string | null;
  filter: BookingFilterValues | null;
  searchPersonalData: boolean;
}

/** The root `bookings` ordering these pages share, so cursors pass between the two. */
export const OWNER_BOOKINGS_ORDERING: BookingOrdering = 'created_at';

/** An owner with bookings always yields a row; one whose page is past the end yields it without a booking. */
type OwnerPageRow = { __owner: string; __total: string } & ((BookingRow & { __sort: string }) | { __sort: null });

/**
 * Newest first, keyset-paginated like the root `bookings` (its cursors are interchangeable with
 * these). All owners asking for the same page come back from one windowed statement, cut at the
 * largest `first` among them: the total is counted before the cursor applies, and owners whose
 * page is empty keep their total. The connections come back in the order of `owners`.
 */
export async function selectOwnerBookingPages(
  read: ReadModel,
  counter: SqlCounter,
  page: OwnerBookingsPage,
  owners: readonly { ownerId: string; first: number }[],
): Promise<ConnectionValue<BookingRow>[]> {
  const first = Math.max(...owners.map((owner) => owner.first));
  const rows = await selectOwnerPageRows(
    read,
    counter,
    page,
    [...new Set(owners.map((owner) => owner.ownerId))],
    first,
  );
  const byOwner = new Map<string, OwnerPageRow[]>();
  for (const row of rows) {
    const group = byOwner.get(row.__owner);
    if (group) group.push(row);
    else byOwner.set(row.__owner, [row]);
  }
  const hasPrevious = page.after !== null;
  return owners.map(({ ownerId, first: size }) => {
    const ownerRows = byOwner.get(ownerId) ?? [];
    const bookings = ownerRows.flatMap((row) => (row.__sort === null ? [] : [row]));
    return keysetConnection(bookings, size, {
      hasPrevious,
      total: Number(ownerRows[0]?.__total ?? 0),
      ordering: OWNER_BOOKINGS_ORDERING,
    });
  });
}

async function selectOwnerPageRows(
  read: ReadModel,
  counter: SqlCounter,
  page: OwnerBookingsPage,
  ownerIds: string[],
  first: number,
): Promise<OwnerPageRow[]> {
  const parameters = new SqlParameters();
  const { bind } = parameters;
  const { column, join } = OWNERS[page.owner];
  const where = [
    `${column} = any(${bind(ownerIds)}::text[])`,
    ...bookingFilterConditions(page.filter ?? {}, page.searchPersonalData ? read.blindIndex : null, bind),
  ];
  const after = page.after ? decodeBookingCursor(page.after, OWNER_BOOKINGS_ORDERING) : null;
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
  return read.rows<OwnerPageRow>(counter, 'Booking', 'b', sql, parameters.values);
}
