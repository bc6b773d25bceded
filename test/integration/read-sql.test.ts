import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase, type Database } from '../../src/db/database';
import { BlindIndex } from '../../src/pii/blind-index';
import { liveAllocation, SqlParameters } from '../../src/read/sql';
import { ALLOCATION_STATUSES, consumesCapacity } from '../../src/statemachine/allocation-status';
import { createTestDatabase } from '../helpers/test-database';

/*
 * The read layer's SQL helpers (src/read/sql.ts), evaluated by PostgreSQL itself: the capacity a
 * page shows and the capacity a reservation takes under its lock use the same predicate, and it
 * must say what the pure lifecycle rule says.
 */

const NOW = new Date('2026-06-01T12:00:00.000Z');
const DEADLINES: (Date | null)[] = [null, new Date(NOW.getTime() - 1), NOW, new Date(NOW.getTime() + 1)];
const CASES = ALLOCATION_STATUSES.flatMap((status) => DEADLINES.map((holdExpiresAt) => ({ status, holdExpiresAt })));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let client: Client;
let opened: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  opened = await openDatabase(database.url, { poolSize: 1, blindIndex: new BlindIndex(randomBytes(32)) });
  client = new Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await opened.close();
  await database.drop();
});

describe('ReadModel names', () => {
  it("takes an entity's table from its metadata", () => {
    expect(opened.readModel.table('BookingItemTraveler')).toBe('"booking_item_travelers"');
  });

  it("takes a property's column from its metadata, relations included", () => {
    expect([
      opened.readModel.column('Booking', 'b', 'bookingNumber'),
      opened.readModel.column('BookingItem', 't', 'booking'),
    ]).toEqual(['b."booking_number"', 't."booking_id"']);
  });

  it('refuses a property that is not a persisted column', () => {
    expect(() => opened.readModel.column('Booking', 'b', 'contact')).toThrow(
      'Booking.contact is not a persisted column',
    );
  });
});

describe('liveAllocation', () => {
  // As a WHERE condition, the way both queries use it: a hold without a deadline is unknown there, so not counted.
  it.each(CASES)(
    'agrees with consumesCapacity for a $status allocation held until $holdExpiresAt',
    async (allocation) => {
      const { rows } = await client.query<{ live: boolean }>(
        `select exists (select 1 from (values ($2::text, $3::timestamptz)) a(status, hold_expires_at)
         where ${liveAllocation('a', '$1')}) as live`,
        [NOW, allocation.status, allocation.holdExpiresAt],
      );
      expect(rows[0]?.live).toBe(consumesCapacity(allocation, NOW));
    },
  );
});

describe('SqlParameters', () => {
  it('numbers placeholders in the order values are bound', () => {
    const parameters = new SqlParameters();
    expect([parameters.bind('a'), parameters.bind(2), parameters.bind(null)]).toEqual(['$1', '$2', '$3']);
    expect(parameters.values).toEqual(['a', 2, null]);
  });

  it('keeps a snapshot of the values bound so far, untouched by later binds', () => {
    const parameters = new SqlParameters();
    parameters.bind('filter');
    const snapshot = parameters.snapshot();
    parameters.bind('cursor');
    expect(snapshot).toEqual(['filter']);
  });

  it('sends a bound value to PostgreSQL as a parameter, never as SQL text', async () => {
    const parameters = new SqlParameters();
    const hostile = "x'); drop table bookings; --";
    const { rows } = await client.query<{ value: string }>(
      `select ${parameters.bind(hostile)}::text as value`,
      parameters.values,
    );
    expect(rows[0]?.value).toBe(hostile);
  });
});
