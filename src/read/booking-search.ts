import { badUserInput } from '../errors';
import { decodeCursor } from './cursor';
import { keysetConnection, type ConnectionValue, type KeysetRow } from './connection';
import { SqlParameters, type PropertySelection, type ReadModel, type SqlCounter } from './sql';
import { attachParts, type PreloadedParts } from './preloaded-parts';
import type { BlindIndex } from '../pii/blind-index';
import type { BookingItemRow, BookingOriginRow, BookingRow, BookingTravelerRow } from './booking-rows';

export interface BookingFilterValues {
  status?: string[] | null;
  personId?: string | null;
  organizationId?: string | null;
  sourceType?: string | null;
  search?: string | null;
  startDateFrom?: string | null;
  startDateTo?: string | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
}

export interface BookingSearch {
  first: number;
  after?: string | null;
  filter?: BookingFilterValues | null;
  orderBy?: { field: 'created_at' | 'start_date' | 'booking_number' | 'sell_amount'; direction: 'asc' | 'desc' } | null;
  /** False for callers who only see masked personal data: they must not be able to probe it by searching. */
  searchPersonalData: boolean;
}

/**
 * Sort expressions; start dates sort missing values last ascending via `infinity`. `printed` is
 * the shape PostgreSQL prints the value in, checked before a cursor's value is cast back.
 */
const SORT_EXPRESSIONS = {
  created_at: {
    expression: 'b.created_at',
    cast: 'timestamptz',
    printed: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
  },
  start_date: {
    expression: `coalesce(b.start_date, 'infinity'::date)`,
    cast: 'date',
    printed: /^(\d{4}-\d{2}-\d{2}|infinity)$/,
  },
  booking_number: { expression: 'b.booking_number', cast: 'text', printed: /^[\s\S]{1,50}$/ },
  sell_amount: { expression: 'b.sell_amount_cents', cast: 'bigint', printed: /^-?\d{1,18}$/ },
} as const;

export type BookingOrdering = keyof typeof SORT_EXPRESSIONS;

/** Decodes `after` for an ordering, refusing a sort value PostgreSQL could not have printed for it. */
export function decodeBookingCursor(after: string, ordering: BookingOrdering): { sortValue: string; id: string } {
  const cursor = decodeCursor(after, 'after', ordering);
  if (!SORT_EXPRESSIONS[ordering].printed.test(cursor.sortValue))
    throw badUserInput('after: is not a cursor this API issued for this ordering', 'after');
  return cursor;
}

const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;

/**
 * The WHERE conditions of a booking filter over `bookings b`; `bind` adds a parameter and returns
 * its placeholder. Shared by the root search and the per-owner pages so both filter alike. A search
 * term matches substrings of the booking's number and external reference (trigram indexes) and,
 * with `personalData` (only for callers who may see it in clear), the exact normalised name, email
 * or phone of the contact or a traveler (blind-index digests): one indexed lookup per kind, so a
 * search costs the same at any table size.
 */
export function bookingFilterConditions(
  filter: BookingFilterValues,
  personalData: BlindIndex | null,
  bind: (value: unknown) => string,
): string[] {
  const where: string[] = [];
  if (filter.status && filter.status.length > 0) where.push(`b.status = any(${bind(filter.status)}::text[])`);
  if (filter.personId) where.push(`b.person_id = ${bind(filter.personId)}`);
  if (filter.organizationId) where.push(`b.organization_id = ${bind(filter.organizationId)}`);
  if (filter.sourceType) where.push(`b.source_type = ${bind(filter.sourceType)}`);
  if (filter.startDateFrom) where.push(`b.start_date >= ${bind(filter.startDateFrom)}::date`);
  if (filter.startDateTo) where.push(`b.start_date <= ${bind(filter.startDateTo)}::date`);
  if (filter.createdFrom) where.push(`b.created_at >= ${bind(filter.createdFrom)}`);
  if (filter.createdTo) where.push(`b.created_at <= ${bind(filter.createdTo)}`);
  const term = filter.search?.trim();
  if (term) {
    const pattern = bind(likePattern(term));
    // A union of id lookups rather than one OR: each branch walks its own index.
    const matches = [
      `select m.id from bookings m where m.booking_number ilike ${pattern}`,
      `select m.id from bookings m where m.external_booking_ref ilike ${pattern}`,
    ];
    const digests = personalData?.termDigests(term) ?? [];
    if (digests.length > 0) {
      const digestList = bind(digests);
      matches.push(
        `select m.id from bookings m where m.pii_digests && ${digestList}::text[]`,
        `select t.booking_id from booking_travelers t where t.pii_digests && ${digestList}::text[]`,
      );
    }
    where.push(`b.id in (${matches.join(' union ')})`);
  }
  return where;
}

/**
 * The total of an unfiltered or status-only search from the maintained per-status counts (folded
 * totals plus the changes not folded yet, in the page's own snapshot): the same number an exact
 * count gives, read from a few rows at any table size. Null when another filter applies, whose
 * total is counted.
 */
export function maintainedTotal(filter: BookingFilterValues, bind: (value: unknown) => string): string | null {
  const { status, ...others } = filter;
  if (Object.values(others).some((value) => (typeof value === 'string' ? value.trim() !== '' : value != null)))
    return null;
  const only = status && status.length > 0 ? `where status = any(${bind(status)}::text[])` : '';
  return `((select coalesce(sum(bookings), 0) from booking_status_counts ${only})
    + (select coalesce(sum(change), 0) from booking_status_count_changes ${only}))`;
}

/**
 * What a page reads, as the operation selected it (see resolvers/read-selection): the booking
 * columns, whether the total is counted, whether rows are needed at all, and which parts come in
 * the page's own statement (`undefined`: not selected, their resolvers load them as usual).
 */
export interface BookingPageShape {
  totalCount: boolean;
  rows: boolean;
  booking: PropertySelection;
  items?: PropertySelection;
  travelers?: PropertySelection;
  origin?: PropertySelection;
}

/** Every column, the total and rows, no parts: what a caller without a selection to go by gets. */
export const FULL_PAGE: BookingPageShape = { totalCount: true, rows: true, booking: null };

/** A page row as JSON: only the selected columns and parts are present (see `preloadedParts`). */
type PageJsonRow = BookingRow &
  KeysetRow & { __items?: BookingItemRow[]; __travelers?: BookingTravelerRow[]; __origin?: BookingOriginRow | null };

/** A booking's list of parts as one JSON array, in the order their own loaders use. */
const partsArray = (read: ReadModel, entity: string, table: string, only: PropertySelection): string =>
  `(select coalesce(json_agg(${read.jsonObject(entity, 't', only)} order by t."position", t."id"), '[]'::json)
     from "${table}" t where t."booking_id" = b."id")`;

/** The JSON members of a page row beside its columns: its sort value and the selected parts. */
function rowExtras(read: ReadModel, shape: BookingPageShape, sortExpression: string): [string, string][] {
  const extras: [string, string][] = [['__sort', `(${sortExpression})::text`]];
  if (shape.items !== undefined)
    extras.push(['__items', partsArray(read, 'BookingItem', 'booking_items', shape.items)]);
  if (shape.travelers !== undefined)
    extras.push(['__travelers', partsArray(read, 'BookingTraveler', 'booking_travelers', shape.travelers)]);
  if (shape.origin !== undefined) {
    extras.push([
      '__origin',
      `(select ${read.jsonObject('BookingOrigin', 't', shape.origin)}
        from "booking_origins" t where t."booking_id" = b."id")`,
    ]);
  }
  return extras;
}

/**
 * One statement per page, whatever its size: the total, and the page's rows with the parts the
 * operation selected, come back as one JSON value. Decoding a wide row column by column in `pg`
 * (a date parse per timestamp) cost more than the rest of the page's SQL handling; one native
 * JSON.parse of only the selected columns does not. The rows' order is json_agg's own `order by`.
 * Cursors are (sort value, id), so pages stay stable while bookings are being created.
 */
export async function searchBookings(
  read: ReadModel,
  counter: SqlCounter,
  search: BookingSearch,
  shape: BookingPageShape = FULL_PAGE,
): Promise<ConnectionValue<BookingRow>> {
  const { bind, values: params } = new SqlParameters();
  const where = bookingFilterConditions(search.filter ?? {}, search.searchPersonalData ? read.blindIndex : null, bind);
  const order = search.orderBy ?? { field: 'created_at', direction: 'desc' };
  const { expression, cast } = SORT_EXPRESSIONS[order.field];
  const direction = order.direction === 'asc' ? 'asc' : 'desc';
  const filtered = `select b.* from bookings b ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`;
  const cursor = search.after ? decodeBookingCursor(search.after, order.field) : null;
  const comparison = direction === 'asc' ? '>' : '<';
  const keyset = cursor
    ? `where (${expression}, b.id) ${comparison} (${bind(cursor.sortValue)}::${cast}, ${bind(cursor.id)})`
    : '';
  const ordering = `${expression} ${direction}, b.id ${direction}`;
  const pageRow = read.jsonObject('Booking', 'b', shape.booking, rowExtras(read, shape, expression));
  const rows = shape.rows
    ? `(select coalesce(json_agg(${pageRow} order by ${ordering}), '[]'::json)
        from (select b.* from filtered b ${keyset} order by ${ordering} limit ${bind(search.first + 1)}) b)`
    : `'[]'::json`;
  // A search term's few matches are found once, through their indexes, for both the total and the
  // page; other filters stay inlined so the page can walk the sort index and stop at `first + 1`.
  const materialized = search.filter?.search?.trim() ? 'materialized' : 'not materialized';
  const total = shape.totalCount
    ? (maintainedTotal(search.filter ?? {}, bind) ?? '(select count(*) from filtered)')
    : 'null';
  const sql = `with filtered as ${materialized} (${filtered})
    select ${total} as "total", ${rows} as "rows"`;
  const [result] = await read.shaped<{ total: string | null; rows: PageJsonRow[] }>(counter, sql, params);
  const page = read.convert('Booking', 'b', result?.rows ?? []);
  for (const row of page) {
    const parts: PreloadedParts = {};
    if (row.__items) parts.items = read.convert('BookingItem', 't', row.__items);
    if (row.__travelers) parts.travelers = read.convert('BookingTraveler', 't', row.__travelers);
    if (row.__origin !== undefined)
      parts.origin = row.__origin ? (read.convert('BookingOrigin', 't', [row.__origin])[0] ?? null) : null;
    if (shape.items !== undefined || shape.travelers !== undefined || shape.origin !== undefined)
      attachParts(row, parts);
  }
  return keysetConnection(page, search.first, {
    hasPrevious: cursor !== null,
    total: Number(result?.total ?? 0),
    ordering: order.field,
  });
}
