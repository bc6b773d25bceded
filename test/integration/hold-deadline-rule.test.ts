import { createBooking, transition } from '../fixtures/bookings';
import { countRows, declareCapacity, reserve } from '../fixtures/inventory';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

/*
 * One rule for a hold deadline a caller names (statemachine/hold-deadline.ts): reserving and the
 * status transition into a hold refuse the same deadlines, as malformed input, writing nothing.
 * The transition used to accept a deadline already passed.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const minutesFromNow = (minutes: number) => new Date(app.clock.now().getTime() + minutes * 60_000).toISOString();
const bookingRows = () => countRows(app, 'select 1 from bookings');
const statusChanges = (bookingId: string) =>
  countRows(app, "select 1 from booking_activities where booking_id = $1 and type = 'status_change'", [bookingId]);

describe('a hold deadline in the past', () => {
  it('is refused by reserveBooking, and no booking is written', async () => {
    const target = await declareCapacity(app, 1);
    const before = await bookingRows();
    const response = await reserve(app, [{ targetId: target }], { holdExpiresAt: minutesFromNow(-1) });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.holdExpiresAt');
    expect(await bookingRows()).toBe(before);
  });

  it('is refused by transitionBooking to ON_HOLD, and the booking stays a draft', async () => {
    const booking = await createBooking(app);
    const response = await transition(app, booking.id, 'ON_HOLD', { holdExpiresAt: minutesFromNow(-1) });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.holdExpiresAt');
    const stored = await app.database.pool.query<{ status: string; version: number; hold: Date | null }>(
      'select status, version, hold_expires_at as hold from bookings where id = $1',
      [booking.id],
    );
    expect(stored.rows).toEqual([{ status: 'draft', version: booking.version, hold: null }]);
    expect(await statusChanges(booking.id)).toBe(0);
  });
});

describe('a hold deadline beyond the longest hold', () => {
  it('is refused by transitionBooking to ON_HOLD as by reserveBooking', async () => {
    const booking = await createBooking(app);
    const target = await declareCapacity(app, 1);
    const tooFar = minutesFromNow(24 * 60 + 1);
    const responses = [
      await transition(app, booking.id, 'ON_HOLD', { holdExpiresAt: tooFar }),
      await reserve(app, [{ targetId: target }], { holdExpiresAt: tooFar }),
    ];
    for (const response of responses) expectGraphqlError(response, 'BAD_USER_INPUT', 'input.holdExpiresAt');
  });
});
