import type { ReadModel, SqlCounter } from '../db/read-model';
import { badUserInput } from '../errors';
import { decodeCursor } from './cursor';
import { keysetConnection } from './connection';
import type { BookingRow, ConnectionValue } from './rows';

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
  created_at: { expression: 'b.created_at', cast: 'timestamptz', printed: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/ },
  start_date: { expression: `coalesce(b.start_date, 'infinity'::date)`, cast: 'date', printed: /^(\d{4}-\d{2}-\d{2}|infinity)$/ },
  booking_number: { expression: 'b.booking_number', cast: 'text', printed: /^[\s\S]{1,50}$/ },
  sell_amount: { expression: 'b.sell_amount_cents', cast: 'bigint', printed: /^-?\d{1,18}$/ },
} as const;

export type BookingOrdering = keyof typeof SORT_EXPRESSIONS;

/** Decodes `after` for an ordering, refusing a sort value PostgreSQL could not have printed for it. */
export function decodeBookingCursor(after: string, ordering: BookingOrdering): { sortValue: string; id: string } {
  const cursor = decodeCursor(after, 'after', ordering);
  if (!SORT_EXPRESSIONS[ordering].printed.test(cursor.sortValue)) throw badUserInput('after: is not a cursor this API issued for this ordering', 'after');
  return cursor;
}

const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;

type PageRow = BookingRow & { __sort: string; __total: string };

/**
 * The WHERE conditions of a booking filter over `bookings b`; `bind` adds a parameter and returns
 * its placeholder. Shared by the root search and the per-owner pages so both filter alike.
 */
export function bookingFilterConditions(filter: BookingFilterValues, searchPersonalData: boolean, bind: (value: unknown) => string): string[] {
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
    const matches = [`b.booking_number ilike ${pattern}`, `b.external_booking_ref ilike ${pattern}`];
    if (searchPersonalData) {
      matches.push(
        `concat_ws(' ', b.contact_first_name, b.contact_last_name) ilike ${pattern}`,
        `b.contact_email ilike ${pattern}`,
        `b.contact_phone ilike ${pattern}`,
        `exists (select 1 from booking_travelers t where t.booking_id = b.id and concat_ws(' ', t.first_name, t.last_name) ilike ${pattern})`,
      );
    }
    where.push(`(${matches.join(' or ')})`);
  }
  return where;
}

/**
 * One statement per page: the filtered set, its total and the keyset page come back together.
 * Cursors are (sort value, id), so pages stay stable while bookings are being created.
 */
export async function searchBookings(read: ReadModel, counter: SqlCounter, search: BookingSearch): Promise<ConnectionValue<BookingRow>> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = bookingFilterConditions(search.filter ?? {}, search.searchPersonalData, bind);
  const order = search.orderBy ?? { field: 'created_at', direction: 'desc' };
  const { expression, cast } = SORT_EXPRESSIONS[order.field];
  const direction = order.direction === 'asc' ? 'asc' : 'desc';
  const filtered = `select b.* from bookings b ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`;
  const filterParams = [...params];
  const cursor = search.after ? decodeBookingCursor(search.after, order.field) : null;
  const keyset = cursor
    ? `where (${expression}, b.id) ${direction === 'asc' ? '>' : '<'} (${bind(cursor.sortValue)}::${cast}, ${bind(cursor.id)})`
    : '';
  const limit = bind(search.first + 1);
  const sql = `with filtered as not materialized (${filtered})
    select ${read.columns('Booking', 'b')}, (${expression})::text as "__sort", (select count(*) from filtered) as "__total"
    from filtered b ${keyset}
    order by ${expression} ${direction}, b.id ${direction}
    limit ${limit}`;
  // Plain rows, not one JSON value: the page's order must survive, and json_agg over a sorted
  // subquery keeps it only by habit.
  const rows = await read.rows<PageRow>(counter, 'Booking', 'b', sql, params);
  const total = rows[0]?.__total ?? (await countFiltered(read, counter, filtered, filterParams, cursor !== null));
  return keysetConnection(rows, search.first, { hasPrevious: cursor !== null, total: Number(total), ordering: order.field });
}

/** Only needed when a page past the end comes back empty and so carries no total. */
async function countFiltered(read: ReadModel, counter: SqlCounter, filtered: string, params: unknown[], pastFirstPage: boolean): Promise<number> {
  if (!pastFirstPage) return 0;
  const [row] = await read.query<{ total: string }>(counter, `select count(*) as total from (${filtered}) f`, params);
  return Number(row?.total ?? 0);
}
