import { createBooking, transition } from '../fixtures/bookings';
import { expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let receiverDown = false;
const received: string[] = [];

beforeAll(async () => {
  app = await startTestApp({
    env: { OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_RETRY_BASE_MS: '1000', OUTBOX_RETENTION_HOURS: '1' },
    onEvent: (event) => {
      if (receiverDown) throw new Error('receiver unavailable');
      received.push(event.id);
    },
  });
});
afterAll(() => app.stop());
afterEach(() => {
  receiverDown = false;
});

interface Row {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
}

async function confirmedEvent(): Promise<string> {
  const booking = await createBooking(app);
  expectSuccess(await transition(app, booking.id, 'CONFIRMED'), 'transitionBooking');
  return booking.id;
}

async function rowOf(bookingId: string): Promise<Row> {
  const { rows } = await app.database.pool.query<Row>(
    `select id, status, attempts, next_attempt_at, last_error from booking_outbox where booking_id = $1 and
      type = 'booking.confirmed'`,
    [bookingId],
  );
  const [row] = rows;
  if (!row) throw new Error(`no event for ${bookingId}`);
  return row;
}

const secondsFromNow = (at: Date | null) => (at ? (at.getTime() - app.clock.now().getTime()) / 1000 : null);

describe('outbox retries', () => {
  it('waits out the backoff before the next attempt, doubling it after each failure', async () => {
    receiverDown = true;
    const bookingId = await confirmedEvent();
    expect(secondsFromNow((await rowOf(bookingId)).next_attempt_at)).toBe(1);

    app.clock.advance(999);
    await app.app.outbox.deliverPending();
    expect((await rowOf(bookingId)).attempts).toBe(1);

    app.clock.advance(1);
    await app.app.outbox.deliverPending();
    const second = await rowOf(bookingId);
    expect({ attempts: second.attempts, wait: secondsFromNow(second.next_attempt_at), status: second.status }).toEqual({
      attempts: 2,
      wait: 2,
      status: 'pending',
    });
  });

  it('dead-letters an event when its attempts run out, and never sends it afterwards', async () => {
    receiverDown = true;
    const bookingId = await confirmedEvent();
    app.clock.advance(1000);
    await app.app.outbox.deliverPending();
    app.clock.advance(2000);
    await app.app.outbox.deliverPending();
    expect(await rowOf(bookingId)).toMatchObject({
      status: 'dead_letter',
      attempts: 3,
      next_attempt_at: null,
      last_error: 'receiver unavailable',
    });

    receiverDown = false;
    app.clock.advance(3_600_000);
    await app.app.outbox.deliverPending();
    const row = await rowOf(bookingId);
    expect({ status: row.status, received: received.includes(row.id) }).toEqual({
      status: 'dead_letter',
      received: false,
    });
  });

  it('delivers an event that failed once when its retry comes due', async () => {
    receiverDown = true;
    const bookingId = await confirmedEvent();
    receiverDown = false;
    app.clock.advance(1000);
    await app.app.outbox.deliverPending();
    const row = await rowOf(bookingId);
    expect({
      status: row.status,
      attempts: row.attempts,
      received: received.filter((id) => id === row.id).length,
    }).toEqual({ status: 'delivered', attempts: 2, received: 1 });
  });
});

describe('outbox pruning', () => {
  it('deletes delivered events older than OUTBOX_RETENTION_HOURS and keeps younger ones', async () => {
    const older = await confirmedEvent();
    app.clock.advanceMinutes(30);
    const younger = await confirmedEvent();
    app.clock.advanceMinutes(31);
    await app.app.outbox.pruneDelivered();
    const left = await app.database.pool.query<{ booking_id: string }>(
      `select booking_id from booking_outbox where booking_id = any($1) and type = 'booking.confirmed'`,
      [[older, younger]],
    );
    expect(left.rows.map((row) => row.booking_id)).toEqual([younger]);
  });

  it('keeps pending and dead-lettered events however old they are', async () => {
    receiverDown = true;
    const pendingBooking = await confirmedEvent();
    const deadBooking = await confirmedEvent();
    await app.database.pool.query(`update booking_outbox set status = 'dead_letter' where booking_id = $1`, [
      deadBooking,
    ]);
    app.clock.advanceMinutes(24 * 60);
    await app.app.outbox.pruneDelivered();
    expect([(await rowOf(pendingBooking)).status, (await rowOf(deadBooking)).status]).toEqual([
      'pending',
      'dead_letter',
    ]);
  });
});
