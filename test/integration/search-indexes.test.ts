import { randomBytes } from 'node:crypto';
import { UPDATE_BOOKING, UPDATE_TRAVELER } from '../fixtures/booking-operations';
import { createBooking, type BookingSummary } from '../fixtures/bookings';
import { BlindIndex } from '../../src/pii/blind-index';
import { backfillPiiDigests } from '../../src/pii/blind-index-backfill';
import { bookingFilterConditions } from '../../src/read/booking-search';
import { SqlParameters } from '../../src/read/sql';
import { startTestApp, type Caller, type TestApp } from '../helpers/test-app';

/*
 * Search by personal data goes through blind-index digests that every write keeps current, and
 * search by reference through trigram indexes; PostgreSQL must choose those indexes at size.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const PII_READER: Caller = {
  sub: 'usr_pii_reader',
  type: 'user',
  scope: 'bookings:read bookings:write bookings-pii:read',
};
const READER: Caller = { sub: 'usr_reader', type: 'user', scope: 'bookings:read' };

const FOUND = `query($search: String) {
  bookings(first: 20, filter: { search: $search }) { totalCount edges { node { id } } }
}`;

async function found(search: string, as: Caller = PII_READER): Promise<string[]> {
  const response = await app.graphql<{ bookings: { edges: { node: { id: string } }[] } }>(FOUND, { search }, { as });
  expect(response.errors).toBeUndefined();
  return response.data?.bookings.edges.map((edge) => edge.node.id) ?? [];
}

const unique = (): string => randomBytes(4).toString('hex');

describe('digests follow every write', () => {
  it('finds a booking by its new email after updateBooking, and no longer by the old one', async () => {
    const tag = unique();
    const booking = await createBooking(app, {
      contact: { firstName: 'Ana', lastName: 'Pop', email: `old.${tag}@example.com` },
    });
    const response = await app.graphql(
      UPDATE_BOOKING,
      { input: { id: booking.id, contact: { firstName: 'Ana', lastName: 'Pop', email: `new.${tag}@example.com` } } },
      { as: PII_READER },
    );
    expect(response.errors).toBeUndefined();
    expect(await found(`NEW.${tag}@example.com`)).toEqual([booking.id]);
    expect(await found(`old.${tag}@example.com`)).toEqual([]);
  });

  it("finds a booking by a traveler's new last name after updateBookingTraveler", async () => {
    const tag = unique().replace(/\d/g, 'x');
    const booking = await createBooking(app, {
      travelers: [{ firstName: 'Ion', lastName: `Before${tag}`, isPrimary: true }],
    });
    const travelerId = await firstTravelerOf(booking);
    const response = await app.graphql(
      UPDATE_TRAVELER,
      { input: { id: travelerId, lastName: `After${tag}` } },
      { as: PII_READER },
    );
    expect(response.errors).toBeUndefined();
    expect(await found(`after${tag}`)).toEqual([booking.id]);
    expect(await found(`Before${tag}`)).toEqual([]);
  });

  it('stores digests, never the value they index', async () => {
    const tag = unique();
    const booking = await createBooking(app, {
      contact: { firstName: 'Ana', lastName: 'Pop', email: `stored.${tag}@example.com` },
    });
    const { rows } = await app.database.pool.query<{ digests: string[] }>(
      'select pii_digests as digests from bookings where id = $1',
      [booking.id],
    );
    const digests = rows[0]?.digests ?? [];
    expect(digests).toHaveLength(4);
    for (const digest of digests) expect(digest).toMatch(/^[0-9a-f]{64}$/);
    // The email alone: termDigests would also read the term as a name and a phone, whose digests are not stored.
    const emailDigest = app.database.blindIndex.contactDigests({ contactEmail: `stored.${tag}@example.com` });
    expect(emailDigest).toHaveLength(1);
    expect(digests).toContain(emailDigest[0]);
  });

  it('gives digests to rows written without them (older rows, bulk loads) in the backfill', async () => {
    const tag = unique();
    const booking = await createBooking(app, {
      contact: { firstName: 'Ana', lastName: 'Pop', email: `legacy.${tag}@example.com` },
    });
    await app.database.pool.query('update bookings set pii_digests = null where id = $1', [booking.id]);
    expect(await found(`legacy.${tag}@example.com`)).toEqual([]);
    const count = await backfillPiiDigests(app.database.pool, app.database.blindIndex);
    expect(count).toEqual({ bookings: 1, travelers: 0 });
    expect(await found(`legacy.${tag}@example.com`)).toEqual([booking.id]);
  });
});

it('a caller who sees personal data masked finds nothing by an exact email', async () => {
  const tag = unique();
  const booking = await createBooking(app, {
    contact: { firstName: 'Ana', lastName: 'Pop', email: `masked.${tag}@example.com` },
  });
  expect(await found(`masked.${tag}@example.com`, READER)).toEqual([]);
  expect(await found(`masked.${tag}@example.com`)).toEqual([booking.id]);
});

async function firstTravelerOf(booking: BookingSummary): Promise<string> {
  const response = await app.graphql<{ booking: { travelers: { id: string }[] } }>(
    'query($id: ID!) { booking(id: $id) { travelers { id } } }',
    { id: booking.id },
    { as: PII_READER },
  );
  const id = response.data?.booking.travelers[0]?.id;
  if (!id) throw new Error('the booking has no traveler');
  return id;
}

describe('at a seeded size, PostgreSQL searches through the indexes', () => {
  const SEEDED = 20_000;
  beforeAll(async () => {
    const index = app.database.blindIndex;
    // Bulk rows as the benchmark seeds them, digested by the backfill.
    await app.database.pool.query(
      `insert into bookings (id, booking_number, status, source_type, external_booking_ref, contact_first_name,
         contact_last_name, contact_email, sell_currency, sell_amount_cents, pax, created_at, updated_at, version)
       select 'book_seed' || n, 'SEED-' || lpad(n::text, 6, '0'), 'confirmed', 'direct', 'EXT-' || n, 'Ana',
         'Seeded' || n, 'seeded.' || n || '@example.com', 'EUR', 0, 1, now(), now(), 1
       from generate_series(1, ${SEEDED}) n`,
    );
    await app.database.pool.query(
      `insert into booking_travelers (id, booking_id, participant_type, category, first_name, last_name, is_primary,
         position, created_at, updated_at)
       select 'bkpt_seed' || n, 'book_seed' || n, 'traveler', 'adult', 'Ion', 'Seeded' || n, false, 0, now(), now()
       from generate_series(1, ${SEEDED}) n`,
    );
    await backfillPiiDigests(app.database.pool, index);
    // As autovacuum would after a bulk load: GIN's pending entries move into the index proper.
    await app.database.pool.query('vacuum analyze bookings');
    await app.database.pool.query('vacuum analyze booking_travelers');
  });

  async function plan(term: string): Promise<string> {
    const { bind, values } = new SqlParameters();
    const where = bookingFilterConditions({ search: term }, app.database.blindIndex, bind);
    const { rows } = await app.database.pool.query<{ 'QUERY PLAN': unknown }>(
      `explain (format json) select b.id from bookings b where ${where.join(' and ')}`,
      values,
    );
    return JSON.stringify(rows[0]?.['QUERY PLAN']);
  }

  it('finds a seeded booking by its email and by a traveler last name', async () => {
    expect(await found('seeded.4321@example.com')).toEqual(['book_seed4321']);
    expect(await found('SEEDED777')).toEqual(['book_seed777']);
  });

  it('uses the trigram index for part of a booking number and the digest indexes for personal data', async () => {
    const used = await plan('SEED-01234');
    for (const index of [
      'bookings_booking_number_trgm',
      'bookings_external_booking_ref_trgm',
      'bookings_pii_digests',
      'booking_travelers_pii_digests',
    ])
      expect(used).toContain(`"Index Name":"${index}"`);
    expect(used).not.toContain('"Node Type":"Seq Scan"');
  });

  it('reads no personal-data index for a caller who may not search by it', async () => {
    const { bind, values } = new SqlParameters();
    const where = bookingFilterConditions({ search: 'seeded.1@example.com' }, null, bind);
    expect(values).toEqual(['%seeded.1@example.com%']);
    expect(where.join(' ')).not.toContain('pii_digests');
  });
});

it('a digest differs under another key, so a copy of the table cannot be matched without it', () => {
  const term = 'ana@example.com';
  expect(new BlindIndex(randomBytes(32)).termDigests(term)).not.toEqual(app.database.blindIndex.termDigests(term));
});
