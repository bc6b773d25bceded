import {
  bookingIn,
  bookingInput,
  BOOKING_FIELDS,
  CREATE_BOOKING,
  createBooking,
  type BookingSummary,
} from '../fixtures/bookings';
import { newKey } from '../fixtures/approvals';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { FULL_ACCESS, startTestApp, type Caller, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const ADD_ITEM = `mutation AddItem($input: AddBookingItemInput!) { addBookingItem(input: $input) {
  ${BOOKING_FIELDS}
  ... on BookingNotEditableError { status }
} }`;
const COUNT_BY_REF = `query($ref: String!) { bookings(filter: { search: $ref }) { totalCount } }`;

const create = (input: Record<string, unknown>, options: { as?: Caller; headers?: Record<string, string> } = {}) =>
  app.graphql(CREATE_BOOKING, { input }, options);
const addItem = (bookingId: string, key: string | null, title = 'Boat transfer') =>
  app.graphql(ADD_ITEM, {
    input: { bookingId, idempotencyKey: key, item: { title, unitSellAmount: { amountCents: 4000, currency: 'EUR' } } },
  });
const bookingsWithRef = async (ref: unknown) =>
  (await app.graphql<{ bookings: { totalCount: number } }>(COUNT_BY_REF, { ref })).data?.bookings.totalCount;

describe('createBooking with an idempotency key', () => {
  it('replays the first response to a retry and creates one booking', async () => {
    const input = bookingInput({ idempotencyKey: newKey() });
    const first = await create(input);
    const retry = await create(input);
    expectSuccess(first, 'createBooking');
    expect(retry.data).toEqual(first.data);
    expect(await bookingsWithRef(input.externalBookingRef)).toBe(1);
  });

  it('reads the key from the Idempotency-Key header', async () => {
    const key = newKey();
    const input = bookingInput();
    const first = expectSuccess<BookingSummary>(
      await create(input, { headers: { 'Idempotency-Key': key } }),
      'createBooking',
    );
    const retry = expectSuccess<BookingSummary>(await create({ ...input, idempotencyKey: key }), 'createBooking');
    expect(retry.id).toBe(first.id);
  });

  it('answers IdempotencyKeyReusedError to the same key with another input, and creates nothing', async () => {
    const key = newKey();
    await create(bookingInput({ idempotencyKey: key }));
    const other = bookingInput({ idempotencyKey: key });
    const reused = expectOutcome<{ code?: string; existingActionId?: string | null }>(
      await app.graphql(
        `mutation($input: CreateBookingInput!) { createBooking(input: $input) {
      __typename ... on BookingError { code } ... on IdempotencyKeyReusedError { existingActionId } } }`,
        { input: other },
      ),
      'createBooking',
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(reused.existingActionId).toBeNull();
    expect(await bookingsWithRef(other.externalBookingRef)).toBe(0);
  });

  it('keeps the keys of different callers apart', async () => {
    const key = newKey();
    const input = bookingInput({ idempotencyKey: key });
    const mine = expectSuccess<BookingSummary>(await create(input), 'createBooking');
    const theirs = expectSuccess<BookingSummary>(
      await create(input, { as: { ...FULL_ACCESS, sub: 'usr_someone_else' } }),
      'createBooking',
    );
    expect(theirs.id).not.toBe(mine.id);
  });

  it('refuses a key longer than 255 characters', async () => {
    expectGraphqlError(
      await create(bookingInput({ idempotencyKey: 'k'.repeat(256) })),
      'BAD_USER_INPUT',
      'input.idempotencyKey',
    );
  });

  it('refuses an input key that contradicts the header', async () => {
    expectGraphqlError(
      await create(bookingInput({ idempotencyKey: 'one' }), { headers: { 'Idempotency-Key': 'two' } }),
      'BAD_USER_INPUT',
      'input.idempotencyKey',
    );
  });

  it('replays a business error the first call got', async () => {
    const taken = await createBooking(app);
    const input = bookingInput({ bookingNumber: taken.bookingNumber, idempotencyKey: newKey() });
    const first = expectOutcome(await create(input), 'createBooking', 'BOOKING_NUMBER_TAKEN');
    expect((await create(input)).data?.createBooking).toEqual(first);
  });

  it('creates again without a key', async () => {
    const input = bookingInput();
    await create(input);
    await create(input);
    expect(await bookingsWithRef(input.externalBookingRef)).toBe(2);
  });

  it('forgets a key after IDEMPOTENCY_TTL_HOURS', async () => {
    const key = newKey();
    const first = expectSuccess<BookingSummary>(await create(bookingInput({ idempotencyKey: key })), 'createBooking');
    app.clock.advanceMinutes(24 * 60);
    const later = expectSuccess<BookingSummary>(await create(bookingInput({ idempotencyKey: key })), 'createBooking');
    expect(later.id).not.toBe(first.id);
  });
});

describe('addBookingItem with an idempotency key', () => {
  it('adds the item once', async () => {
    const booking = await createBooking(app);
    const key = newKey();
    const first = expectSuccess<BookingSummary>(await addItem(booking.id, key), 'addBookingItem');
    const retry = expectSuccess<BookingSummary>(await addItem(booking.id, key), 'addBookingItem');
    expect(retry.items).toHaveLength(booking.items.length + 1);
    expect(retry).toEqual(first);
  });

  it('keeps its keys apart from createBooking’s', async () => {
    const key = newKey();
    const booking = expectSuccess<BookingSummary>(await create(bookingInput({ idempotencyKey: key })), 'createBooking');
    expectSuccess(await addItem(booking.id, key), 'addBookingItem');
  });

  it('replays a business error as it was first answered', async () => {
    const booking = await bookingIn(app, 'CANCELLED');
    const key = newKey();
    const first = expectOutcome(await addItem(booking.id, key), 'addBookingItem', 'BOOKING_NOT_EDITABLE');
    await app.graphql(
      `mutation($input: OverrideBookingStatusInput!) { overrideBookingStatus(input: $input) { __typename } }`,
      { input: { id: booking.id, to: 'DRAFT', reason: 'reopened by support' } },
    );
    const retry = await addItem(booking.id, key);
    expect(retry.data?.addBookingItem).toEqual(first);
    expectSuccess(await addItem(booking.id, newKey()), 'addBookingItem');
  });

  it('does not keep GraphQL errors: the key stays free for a corrected request', async () => {
    const key = newKey();
    expectGraphqlError(await addItem('book_01h455vb4pex5vsknk084sn02q', key), 'NOT_FOUND');
    const booking = await createBooking(app);
    expectSuccess(await addItem(booking.id, key), 'addBookingItem');
  });
});

describe('concurrent retries (real parallel HTTP requests)', () => {
  it(
    'creates one booking for 50 identical createBooking calls with one key, ' + 'and answers all 50 identically',
    async () => {
      const input = bookingInput({ idempotencyKey: newKey() });
      const results = await Promise.all(Array.from({ length: 50 }, () => create(input)));
      const first = expectSuccess<BookingSummary>(results[0], 'createBooking');
      for (const result of results) expect(result.data).toEqual({ createBooking: first });
      expect(await bookingsWithRef(input.externalBookingRef)).toBe(1);
    },
  );
});
