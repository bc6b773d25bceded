import { bookingIn, createBooking, transition, TRANSITION_BOOKING } from '../fixtures/bookings';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('transitionBooking', () => {
  it('confirms a draft booking and stamps confirmedAt without paidAt', async () => {
    const booking = await createBooking(app);
    const confirmed = expectSuccess<Record<string, unknown>>(
      await transition(app, booking.id, 'CONFIRMED'),
      'transitionBooking',
    );
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.confirmedAt).toBe(app.clock.now().toISOString());
    expect(confirmed.paidAt).toBeNull();
  });

  it('stamps paidAt when confirming out of awaiting payment', async () => {
    const booking = await bookingIn(app, 'AWAITING_PAYMENT');
    const confirmed = expectSuccess<Record<string, unknown>>(
      await transition(app, booking.id, 'CONFIRMED'),
      'transitionBooking',
    );
    expect(confirmed.paidAt).toBe(app.clock.now().toISOString());
  });

  it('puts a booking on hold for the default 30 minutes', async () => {
    const booking = await createBooking(app);
    const held = expectSuccess<Record<string, unknown>>(
      await transition(app, booking.id, 'ON_HOLD'),
      'transitionBooking',
    );
    expect(held.holdExpiresAt).toBe(new Date(app.clock.now().getTime() + 30 * 60_000).toISOString());
  });

  it('refuses an illegal move as a typed result and changes nothing', async () => {
    const booking = await bookingIn(app, 'COMPLETED');
    const refused = expectOutcome<Record<string, unknown>>(
      await transition(app, booking.id, 'DRAFT'),
      'transitionBooking',
      'INVALID_BOOKING_TRANSITION',
    );
    expect(refused).toMatchObject({ __typename: 'BookingTransitionError', from: 'COMPLETED', to: 'DRAFT' });
    const after = await app.graphql<{ booking: { status: string; version: number } }>(
      `query($id: ID!) { booking(id: $id) { status version } }`,
      { id: booking.id },
    );
    expect(after.data?.booking).toEqual({ status: 'COMPLETED', version: booking.version });
  });

  it('answers a stale expectedVersion with VersionConflictError', async () => {
    const booking = await createBooking(app);
    const conflict = expectOutcome<Record<string, unknown>>(
      await transition(app, booking.id, 'CONFIRMED', { expectedVersion: booking.version + 5 }),
      'transitionBooking',
      'VERSION_CONFLICT',
    );
    expect(conflict).toMatchObject({ expectedVersion: booking.version + 5, actualVersion: booking.version });
  });

  it('rejects holdMinutes outside 1–1440 with the field path', async () => {
    const booking = await createBooking(app);
    const response = await app.graphql(TRANSITION_BOOKING, {
      input: { id: booking.id, to: 'ON_HOLD', holdMinutes: 0 },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.holdMinutes');
  });

  it('answers NOT_FOUND for an unknown booking id', async () => {
    const response = await transition(app, 'book_01h455vb4pex5vsknk084sn02q', 'CONFIRMED');
    expectGraphqlError(response, 'NOT_FOUND');
  });

  it('lets exactly one of two concurrent confirms succeed', async () => {
    const booking = await bookingIn(app, 'ON_HOLD');
    const results = await Promise.all([
      transition(app, booking.id, 'CONFIRMED'),
      transition(app, booking.id, 'CONFIRMED'),
    ]);
    const typenames = results
      .map((result) => (result.data?.transitionBooking as { __typename: string }).__typename)
      .sort();
    expect(typenames).toEqual(['Booking', 'BookingTransitionError']);
  });
});
