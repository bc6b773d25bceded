import { Pool } from 'pg';
import { foldStatusCounts } from '../../src/jobs/status-count-fold';
import { bookingIn, createBooking, transition } from '../fixtures/bookings';
import { expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const TOTAL = `query($status: [BookingStatus!], $search: String) {
  bookings(first: 1, filter: { status: $status, search: $search }) { totalCount } }`;

const totalCount = async (status?: string[], search?: string): Promise<number | undefined> =>
  (await app.graphql<{ bookings: { totalCount: number } }>(TOTAL, { status, search })).data?.bookings.totalCount;

/** What an exact count over the bookings table says, the figure the maintained counts must equal. */
const counted = async (statuses?: string[]): Promise<number> => {
  const { rows } = await app.database.pool.query<{ n: string }>(
    statuses
      ? 'select count(*) as n from bookings where status = any($1::text[])'
      : 'select count(*) as n from bookings',
    statuses ? [statuses.map((status) => status.toLowerCase())] : [],
  );
  return Number(rows[0]?.n);
};

const pendingChanges = async (): Promise<number> =>
  Number(
    (await app.database.pool.query<{ n: string }>('select count(*) as n from booking_status_count_changes')).rows[0]?.n,
  );

const fold = () => foldStatusCounts(app.database.orm.em.fork());

/** Inserts bookings in one statement, as a bulk load or a migration would, bypassing the API. */
async function insertBookings(
  client: { query: (text: string, values: unknown[]) => Promise<unknown> },
  prefix: string,
  statuses: string[],
): Promise<void> {
  await client.query(
    `insert into bookings (id, booking_number, status, sell_currency, created_at, updated_at)
     select $1 || n, $1 || n, s, 'EUR', now(), now() from unnest($2::text[]) with ordinality as t(s, n)`,
    [prefix, statuses],
  );
}

describe('totalCount from the maintained status counts', () => {
  it('counts every booking without a filter, before any fold', async () => {
    await createBooking(app);
    await createBooking(app);
    expect(await pendingChanges()).toBeGreaterThan(0);
    expect(await totalCount()).toBe(await counted());
  });

  it('follows a booking through its status moves under a status filter', async () => {
    const booking = await bookingIn(app, 'CONFIRMED');
    const before = await totalCount(['CANCELLED']);
    expectSuccess(await transition(app, booking.id, 'CANCELLED', { reason: 'customer asked' }), 'transitionBooking');
    expect(await totalCount(['CANCELLED'])).toBe((before ?? 0) + 1);
    expect(await totalCount(['CONFIRMED', 'CANCELLED'])).toBe(await counted(['CONFIRMED', 'CANCELLED']));
    expect(await totalCount(['CONFIRMED'])).toBe(await counted(['CONFIRMED']));
  });

  it('keeps every total through a fold, which empties the change log', async () => {
    await bookingIn(app, 'ON_HOLD');
    expect(await fold()).toBeGreaterThan(0);
    expect(await pendingChanges()).toBe(0);
    expect(await totalCount()).toBe(await counted());
    expect(await totalCount(['ON_HOLD', 'DRAFT'])).toBe(await counted(['ON_HOLD', 'DRAFT']));
  });

  it('counts bookings inserted and deleted by SQL in bulk, one change per status per statement', async () => {
    await fold();
    await insertBookings(app.database.pool, 'bulk_', [
      ...Array<string>(300).fill('draft'),
      ...Array<string>(200).fill('confirmed'),
    ]);
    expect(await pendingChanges()).toBe(2);
    expect(await totalCount(['DRAFT'])).toBe(await counted(['DRAFT']));
    await app.database.pool.query(`delete from bookings where id like 'bulk\\_%' and status = 'draft'`);
    expect(await totalCount(['DRAFT'])).toBe(await counted(['DRAFT']));
    expect(await totalCount()).toBe(await counted());
  });

  it('stays exact while parallel connections create and move bookings and folds run between them', async () => {
    const writers = new Pool({ connectionString: app.databaseUrl, max: 8 });
    try {
      await Promise.all(
        Array.from({ length: 8 }, async (_, writer) => {
          for (let round = 0; round < 5; round += 1) {
            const client = await writers.connect();
            try {
              await client.query('begin');
              await insertBookings(client, `w${writer}r${round}_`, ['draft', 'draft', 'on_hold']);
              await client.query(`update bookings set status = 'cancelled' where id = $1`, [`w${writer}r${round}_1`]);
              await client.query('commit');
            } finally {
              client.release();
            }
            if (writer % 2 === 0) await foldStatusCounts(app.database.orm.em.fork());
          }
        }),
      );
    } finally {
      await writers.end();
    }
    expect(await totalCount()).toBe(await counted());
    expect(await totalCount(['DRAFT'])).toBe(await counted(['DRAFT']));
    expect(await totalCount(['CANCELLED'])).toBe(await counted(['CANCELLED']));
  });

  it('still counts exactly when another filter applies', async () => {
    const booking = await createBooking(app);
    expect(await totalCount(['DRAFT'], booking.bookingNumber)).toBe(1);
  });
});
