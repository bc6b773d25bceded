import { createBooking, transition } from '../fixtures/bookings';
import { natsFixture, type NatsFixture } from '../helpers/nats';
import { expectSuccess } from '../helpers/results';
import { spawnBookings, type SpawnedBookings } from '../helpers/spawn-bookings';
import { closedPort } from '../helpers/tcp-proxy';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../helpers/test-app';
import { createTestClock } from '../helpers/test-clock';

const EVENTS = 12;

/** Polls a condition another process makes true; no fixed sleeps. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('two server processes relaying one outbox to NATS', () => {
  let nats: NatsFixture;
  let writer: TestApp;
  let processes: SpawnedBookings[] = [];
  const bookingIds: string[] = [];

  beforeAll(async () => {
    nats = await natsFixture('processes');
    // The writer cannot reach a broker: each event fails once and waits out a backoff on the writer's
    // test clock, set an hour back, so it is already past on the real clock the two processes run on.
    writer = await startTestApp({
      clock: createTestClock(new Date(Date.now() - 3_600_000)),
      env: { ...nats.env, NATS_URL: `nats://127.0.0.1:${await closedPort()}`, OUTBOX_RETRY_BASE_MS: '1000' },
      deliverThroughTransport: true,
    });
    for (let index = 0; index < EVENTS; index += 1) {
      const booking = await createBooking(writer);
      expectSuccess(await transition(writer, booking.id, 'CONFIRMED'), 'transitionBooking');
      bookingIds.push(booking.id);
    }
    const env = {
      ...nats.env,
      DATABASE_URL: writer.databaseUrl,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      HOLD_SWEEP_INTERVAL_SECONDS: '0',
      OUTBOX_RELAY_INTERVAL_SECONDS: '1',
      TS_NODE_TRANSPILE_ONLY: '1',
    };
    processes = await Promise.all([spawnBookings(env).ready, spawnBookings(env).ready]);
    // Two server processes boot under ts-node (types are checked by tsc, not here): slow on a busy machine.
  }, 180_000);
  afterAll(async () => {
    for (const child of processes) {
      if (child.child.exitCode === null) {
        child.child.kill('SIGTERM');
        await child.exited;
      }
    }
    await writer.stop();
    await nats.close();
  });

  it('publish every event exactly once between them', async () => {
    const { rows } = await writer.database.pool.query<{ id: string }>(
      `select id from booking_outbox where booking_id = any($1)`,
      [bookingIds],
    );
    const delivered = async () => {
      const pending = await writer.database.pool.query(
        `select 1 from booking_outbox where booking_id = any($1) and status <> 'delivered'`,
        [bookingIds],
      );
      return pending.rowCount === 0;
    };
    await eventually(delivered, 'both relays to drain the outbox');
    const consumed = await nats.consumeAll();
    expect(consumed.map((message) => message.messageId).sort()).toEqual(rows.map((row) => row.id).sort());
    const attempts = await writer.database.pool.query<{ attempts: number }>(
      `select distinct attempts from booking_outbox where booking_id = any($1)`,
      [bookingIds],
    );
    // One failed attempt by the writer, one delivery by one of the processes: never two deliveries.
    expect(attempts.rows).toEqual([{ attempts: 2 }]);
  });
});
