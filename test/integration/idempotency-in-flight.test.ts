import { newKey } from '../fixtures/approvals';
import { createBooking } from '../fixtures/bookings';
import { RESERVE_BOOKING, countRows, declareCapacity, reservationInput } from '../fixtures/inventory';
import { expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  // A short wait, so the retry gives up while the first request is held.
  app = await startTestApp({ env: { IDEMPOTENCY_WAIT_MS: '200' } });
});
afterAll(() => app.stop());

const ADD_ITEM = `mutation($input: AddBookingItemInput!) { addBookingItem(input: $input) {
  __typename ... on Booking { id items { id } } ... on BookingError { code } ... on IdempotencyInFlightError
  { retryable } } }`;

const addItem = (bookingId: string, key: string) =>
  app.graphql(ADD_ITEM, {
    input: {
      bookingId,
      idempotencyKey: key,
      item: { title: 'Transfer', unitSellAmount: { amountCents: 1500, currency: 'EUR' } },
    },
  });

/** Holds a row lock from outside the app, so the first request that needs the row stays in flight. */
async function holdingRow<T>(lockSql: string, params: unknown[], run: () => Promise<T>): Promise<T> {
  const client = await app.database.pool.connect();
  try {
    await client.query('begin');
    await client.query(lockSql, params);
    return await run();
  } finally {
    await client.query('rollback');
    client.release();
  }
}

/** Holds the booking's row lock, so the first addBookingItem stays in flight. */
const holdingBooking = <T>(bookingId: string, run: () => Promise<T>) =>
  holdingRow('select id from bookings where id = $1 for update', [bookingId], run);

/** Holds a slot's capacity row lock, so the first reserveBooking on it stays in flight. */
const holdingCapacity = <T>(slotId: string, run: () => Promise<T>) =>
  holdingRow(
    `select target_id from allocation_capacities where kind = 'slot' and target_id = $1 for update`,
    [slotId],
    run,
  );

const typenameIn = (response: GraphqlResponse, field: string) =>
  (response.data?.[field] as { __typename: string }).__typename;

describe('a retry while the first request with its key is still running', () => {
  it('answers IdempotencyInFlightError (retryable) once the wait runs out, and the first still completes', async () => {
    const booking = await createBooking(app);
    const key = newKey();
    let requests: Promise<GraphqlResponse>[] = [];
    const firstAnswered = await holdingBooking(booking.id, () => {
      requests = [addItem(booking.id, key), addItem(booking.id, key)];
      return Promise.race(requests);
    });
    expect(
      expectOutcome<{ code?: string; retryable?: boolean }>(firstAnswered, 'addBookingItem', 'IDEMPOTENCY_IN_FLIGHT')
        .retryable,
    ).toBe(true);
    const answers = (await Promise.all(requests))
      .map((response) => (response.data?.addBookingItem as { __typename: string }).__typename)
      .sort();
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
    const completed = (await Promise.all(requests)).find(
      (response) => (response.data?.addBookingItem as { __typename: string }).__typename === 'Booking',
    );
    const retry = expectSuccess(await addItem(booking.id, key), 'addBookingItem');
    expect(retry).toEqual(completed?.data?.addBookingItem);
  });
});

describe('a reserveBooking retry while the first with its key is still running', () => {
  const RESERVE = RESERVE_BOOKING.replace(/\} \}$/, '... on IdempotencyInFlightError { retryable } } }');

  it(
    'answers IdempotencyInFlightError once the wait runs out; the first reserves once, and a later retry ' +
      'replays it',
    async () => {
      const slot = await declareCapacity(app, 5);
      const input = reservationInput([{ targetId: slot }], { idempotencyKey: newKey() });
      let requests: Promise<GraphqlResponse>[] = [];
      const firstAnswered = await holdingCapacity(slot, () => {
        requests = [app.graphql(RESERVE, { input }), app.graphql(RESERVE, { input })];
        return Promise.race(requests);
      });
      expect(
        expectOutcome<{ code?: string; retryable?: boolean }>(firstAnswered, 'reserveBooking', 'IDEMPOTENCY_IN_FLIGHT')
          .retryable,
      ).toBe(true);
      const responses = await Promise.all(requests);
      expect(responses.map((response) => typenameIn(response, 'reserveBooking')).sort()).toEqual([
        'Booking',
        'IdempotencyInFlightError',
      ]);
      const completed = responses.find((response) => typenameIn(response, 'reserveBooking') === 'Booking');
      expect((await app.graphql(RESERVE, { input })).data).toEqual(completed?.data);
      expect(await countRows(app, 'select 1 from booking_allocations where target_id = $1', [slot])).toBe(1);
    },
  );
});
