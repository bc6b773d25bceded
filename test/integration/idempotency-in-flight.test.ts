import { newKey } from '../fixtures/approvals';
import { createBooking } from '../fixtures/bookings';
import { expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  // A short wait, so the retry gives up while the first request is held.
  app = await startTestApp({ env: { IDEMPOTENCY_WAIT_MS: '200' } });
});
afterAll(() => app.stop());

const ADD_ITEM = `mutation($input: AddBookingItemInput!) { addBookingItem(input: $input) {
  __typename ... on Booking { id items { id } } ... on BookingError { code } ... on IdempotencyInFlightError { retryable } } }`;

const addItem = (bookingId: string, key: string) =>
  app.graphql(ADD_ITEM, { input: { bookingId, idempotencyKey: key, item: { title: 'Transfer', unitSellAmount: { amountCents: 1500, currency: 'EUR' } } } });

/** Holds the booking's row lock from outside the app, so the first addBookingItem stays in flight. */
async function holdingBooking<T>(bookingId: string, run: () => Promise<T>): Promise<T> {
  const client = await app.database.pool.connect();
  try {
    await client.query('begin');
    await client.query('select id from bookings where id = $1 for update', [bookingId]);
    return await run();
  } finally {
    await client.query('rollback');
    client.release();
  }
}

describe('a retry while the first request with its key is still running', () => {
  it('answers IdempotencyInFlightError (retryable) once the wait runs out, and the first still completes', async () => {
    const booking = await createBooking(app);
    const key = newKey();
    let requests: Promise<GraphqlResponse>[] = [];
    const firstAnswered = await holdingBooking(booking.id, () => {
      requests = [addItem(booking.id, key), addItem(booking.id, key)];
      return Promise.race(requests);
    });
    expect(expectOutcome<{ code?: string; retryable?: boolean }>(firstAnswered, 'addBookingItem', 'IDEMPOTENCY_IN_FLIGHT').retryable).toBe(true);
    const answers = (await Promise.all(requests)).map((response) => (response.data?.addBookingItem as { __typename: string }).__typename).sort();
    expect(answers).toEqual(['Booking', 'IdempotencyInFlightError']);
  });

  it('replays the completed first result to a later retry', async () => {
    const booking = await createBooking(app);
    const key = newKey();
    let requests: Promise<GraphqlResponse>[] = [];
    await holdingBooking(booking.id, () => {
      requests = [addItem(booking.id, key), addItem(booking.id, key)];
      return Promise.race(requests);
    });
    const completed = (await Promise.all(requests)).find((response) => (response.data?.addBookingItem as { __typename: string }).__typename === 'Booking');
    const retry = expectSuccess(await addItem(booking.id, key), 'addBookingItem');
    expect(retry).toEqual(completed?.data?.addBookingItem);
  });
});
