import type { Pool } from 'pg';
import type { BlindIndex } from './blind-index';

/** How many rows were given digests, per table. */
export interface BackfillCount {
  bookings: number;
  travelers: number;
}

interface ContactRow {
  id: string;
  contactFirstName: string | null;
  contactLastName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

interface TravelerRow {
  id: string;
  firstName: string;
  lastName: string;
}

/**
 * Gives digests to the rows that have none: rows written before the blind index existed, bulk
 * loads that bypass the ORM, or every row after `pii_digests` was cleared to rotate the key.
 * Idempotent and safe beside live writes: a row a service wrote meanwhile already has digests
 * of its newer values, and the update skips it.
 */
export async function backfillPiiDigests(pool: Pool, index: BlindIndex, batchSize = 1000): Promise<BackfillCount> {
  const bookings = await backfillTable<ContactRow>(
    pool,
    batchSize,
    `select id, contact_first_name as "contactFirstName", contact_last_name as "contactLastName",
       contact_email as "contactEmail", contact_phone as "contactPhone"
     from bookings where pii_digests is null order by id limit $1`,
    'bookings',
    (row) => index.contactDigests(row),
  );
  const travelers = await backfillTable<TravelerRow>(
    pool,
    batchSize,
    `select id, first_name as "firstName", last_name as "lastName"
     from booking_travelers where pii_digests is null order by id limit $1`,
    'booking_travelers',
    (row) => index.travelerDigests(row),
  );
  return { bookings, travelers };
}

async function backfillTable<Row extends { id: string }>(
  pool: Pool,
  batchSize: number,
  select: string,
  table: 'bookings' | 'booking_travelers',
  digestsOf: (row: Row) => string[],
): Promise<number> {
  let total = 0;
  for (;;) {
    const { rows } = await pool.query<Row>(select, [batchSize]);
    if (rows.length === 0) return total;
    const digests = Object.fromEntries(rows.map((row) => [row.id, digestsOf(row)]));
    await pool.query(
      `update ${table} r set pii_digests = array(select json_array_elements_text(d.value))
       from json_each($1::json) d where r.id = d.key and r.pii_digests is null`,
      [JSON.stringify(digests)],
    );
    total += rows.length;
    if (rows.length < batchSize) return total;
  }
}
