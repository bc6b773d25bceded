import type { PiiAuditEventsArgs } from '../validation/travel-details-inputs';
import { decodeCursor } from './cursor';
import { keysetConnection, type ConnectionValue } from './connection';
import type { BookingPiiAuditEventRow } from './booking-rows';
import { SqlParameters, type ReadModel, type SqlCounter } from './sql';

type PageRow = BookingPiiAuditEventRow & { __sort: string; __total: string };

/**
 * The audit log newest first, keyset-paginated on (at, id) so pages stay stable while events keep
 * arriving. One statement per page: filter, total and page together; each filter has its index.
 */
export async function searchPiiAuditEvents(
  read: ReadModel,
  counter: SqlCounter,
  args: PiiAuditEventsArgs,
): Promise<ConnectionValue<BookingPiiAuditEventRow>> {
  const parameters = new SqlParameters();
  const { bind, values: params } = parameters;
  const where: string[] = [];
  const filter = args.filter ?? {};
  if (filter.bookingId) where.push(`e.booking_id = ${bind(filter.bookingId)}`);
  if (filter.travelerId) where.push(`e.traveler_id = ${bind(filter.travelerId)}`);
  if (filter.actorId) where.push(`e.actor_id = ${bind(filter.actorId)}`);
  if (filter.action) where.push(`e.action = ${bind(filter.action)}`);
  const conditions = where.length > 0 ? `where ${where.join(' and ')}` : '';
  const filtered = `select e.* from booking_pii_audit_events e ${conditions}`;
  const filterParams = parameters.snapshot();
  const cursor = args.after ? decodeCursor(args.after, 'after') : null;
  const keyset = cursor ? `where (e.at, e.id) < (${bind(cursor.sortValue)}::timestamptz, ${bind(cursor.id)})` : '';
  const limit = bind(args.first + 1);
  const sql = `with filtered as not materialized (${filtered})
    select ${read.columns('BookingPiiAuditEvent', 'e')}, e.at::text as "__sort",
      (select count(*) from filtered) as "__total"
    from filtered e ${keyset}
    order by e.at desc, e.id desc
    limit ${limit}`;
  const rows = await read.rows<PageRow>(counter, 'BookingPiiAuditEvent', 'e', sql, params);
  const total = rows[0]?.__total ?? (cursor ? await countFiltered(read, counter, filtered, filterParams) : 0);
  return keysetConnection(rows, args.first, { hasPrevious: cursor !== null, total: Number(total) });
}

/** Only needed when a page past the end comes back empty and so carries no total. */
async function countFiltered(
  read: ReadModel,
  counter: SqlCounter,
  filtered: string,
  params: unknown[],
): Promise<number> {
  const [row] = await read.query<{ total: string }>(counter, `select count(*) as total from (${filtered}) f`, params);
  return Number(row?.total ?? 0);
}
