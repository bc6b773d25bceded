import { newKey } from '../fixtures/approvals';
import {
  INVENTORY_WRITER,
  ISSUE_FULFILLMENT,
  RECORD_REDEMPTION,
  RESERVE_BOOKING,
  SET_CAPACITY,
  TRANSITION,
  UPDATE_FULFILLMENT,
  capacityOf,
  confirmedBooking,
  countRows,
  declareCapacity,
  reservationInput,
  reserved,
  type ReservedBooking,
} from '../fixtures/inventory';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { FULL_ACCESS, startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  // Room for 20 concurrent requests that each hold a connection while they wait on the first.
  app = await startTestApp({ poolSize: 25 });
});
afterAll(() => app.stop());

type Options = { headers?: Record<string, string>; as?: typeof FULL_ACCESS };

const reserve = (input: Record<string, unknown>, options: Options = {}) =>
  app.graphql(RESERVE_BOOKING, { input }, options);
const issue = (input: Record<string, unknown>, options: Options = {}) =>
  app.graphql(ISSUE_FULFILLMENT, { input: { type: 'VOUCHER', deliveryChannel: 'EMAIL', ...input } }, options);
const redeem = (input: Record<string, unknown>, options: Options = {}) =>
  app.graphql(RECORD_REDEMPTION, { input: { method: 'SCAN', location: 'Tulcea pier', ...input } }, options);

const bookingsWithRef = (ref: unknown) =>
  countRows(app, 'select 1 from bookings where external_booking_ref = $1', [ref]);
const allocationsOn = (targetId: string) =>
  countRows(app, 'select 1 from booking_allocations where target_id = $1', [targetId]);
const fulfillmentsOf = (bookingId: string) =>
  countRows(app, 'select 1 from booking_fulfillments where booking_id = $1', [bookingId]);
const redemptionsOf = (bookingId: string) =>
  countRows(app, 'select 1 from booking_redemptions where booking_id = $1', [bookingId]);
const activitiesOf = (bookingId: string, type: string) =>
  countRows(app, 'select 1 from booking_activities where booking_id = $1 and type = $2', [bookingId, type]);

/** What a client sees of a response: its data and errors (headers such as the SQL count legitimately differ). */
const answer = (response: GraphqlResponse) => ({ data: response.data, errors: response.errors });

interface Reused {
  __typename: string;
  code: string;
  existingActionId?: string | null;
}
const REUSED_FIELDS = '... on IdempotencyKeyReusedError { existingActionId }';
const withReusedFields = (document: string) => document.replace(/\} \}$/, `${REUSED_FIELDS} } }`);

describe('reserveBooking with an idempotency key', () => {
  it('replays the first response to a retry and holds capacity once', async () => {
    const slot = await declareCapacity(app, 5);
    const input = reservationInput([{ targetId: slot, quantity: 2 }], { idempotencyKey: newKey() });
    const first = await reserve(input);
    const retry = await reserve(input);
    expectSuccess(first, 'reserveBooking');
    expect(answer(retry)).toEqual(answer(first));
    expect({
      bookings: await bookingsWithRef(input.externalBookingRef),
      allocations: await allocationsOn(slot),
      consumed: (await capacityOf(app, slot))?.consumed,
    }).toEqual({
      bookings: 1,
      allocations: 1,
      consumed: 2,
    });
  });

  it('delivers the reservation’s events before answering, once, and a replay emits none', async () => {
    const slot = await declareCapacity(app, 5);
    const input = reservationInput([{ targetId: slot }], { idempotencyKey: newKey() });
    const booking = expectSuccess<ReservedBooking>(await reserve(input), 'reserveBooking');
    const slotEvents = () =>
      app.events
        .filter((event) => event.bookingId === booking.id && event.type === 'availability.slot.changed')
        .map((event) => event.payload.delta);
    expect(slotEvents()).toEqual([1]);
    await reserve(input);
    expect(slotEvents()).toEqual([1]);
  });

  it('answers IdempotencyKeyReusedError to the same key with another input, and reserves nothing', async () => {
    const slot = await declareCapacity(app, 5);
    const key = newKey();
    expectSuccess(await reserve(reservationInput([{ targetId: slot }], { idempotencyKey: key })), 'reserveBooking');
    const other = reservationInput([{ targetId: slot }], { idempotencyKey: key });
    const reused = expectOutcome<Reused>(
      await app.graphql(withReusedFields(RESERVE_BOOKING), { input: other }),
      'reserveBooking',
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(reused).toMatchObject({ __typename: 'IdempotencyKeyReusedError', existingActionId: null });
    expect({
      bookings: await bookingsWithRef(other.externalBookingRef),
      allocations: await allocationsOn(slot),
    }).toEqual({ bookings: 0, allocations: 1 });
  });

  it('replays a CapacityExhaustedError even after capacity was raised, while a new key reserves', async () => {
    const slot = await declareCapacity(app, 1);
    await reserved(app, [{ targetId: slot }]);
    const input = reservationInput([{ targetId: slot }], { idempotencyKey: newKey() });
    const first = expectOutcome<Record<string, unknown>>(await reserve(input), 'reserveBooking', 'CAPACITY_EXHAUSTED');
    expect(first).toMatchObject({
      __typename: 'CapacityExhaustedError',
      kind: 'SLOT',
      targetId: slot,
      requested: 1,
      remaining: 0,
    });
    expect(
      (
        await app.graphql(
          SET_CAPACITY,
          { input: { kind: 'SLOT', targetId: slot, capacity: 5 } },
          { as: INVENTORY_WRITER },
        )
      ).errors,
    ).toBeUndefined();
    const retry = await reserve(input);
    expect(retry.data?.reserveBooking).toEqual(first);
    expect(await bookingsWithRef(input.externalBookingRef)).toBe(0);
    expectSuccess(await reserve({ ...input, idempotencyKey: newKey() }), 'reserveBooking');
    expect(await bookingsWithRef(input.externalBookingRef)).toBe(1);
  });

  it(
    'reads the key from the Idempotency-Key header, accepts the same key in both, ' + 'and refuses two different ones',
    async () => {
      const slot = await declareCapacity(app, 5);
      const key = newKey();
      const input = reservationInput([{ targetId: slot }]);
      const first = await reserve(input, { headers: { 'Idempotency-Key': key } });
      expectSuccess(first, 'reserveBooking');
      expect(answer(await reserve({ ...input, idempotencyKey: key }))).toEqual(answer(first));
      expect(answer(await reserve({ ...input, idempotencyKey: key }, { headers: { 'Idempotency-Key': key } }))).toEqual(
        answer(first),
      );
      expectGraphqlError(
        await reserve({ ...input, idempotencyKey: newKey() }, { headers: { 'Idempotency-Key': key } }),
        'BAD_USER_INPUT',
        'input.idempotencyKey',
      );
      expect({
        bookings: await bookingsWithRef(input.externalBookingRef),
        allocations: await allocationsOn(slot),
      }).toEqual({ bookings: 1, allocations: 1 });
    },
  );

  it('refuses a key longer than 255 characters, and reserves nothing', async () => {
    const slot = await declareCapacity(app, 5);
    const input = reservationInput([{ targetId: slot }], { idempotencyKey: 'k'.repeat(256) });
    expectGraphqlError(await reserve(input), 'BAD_USER_INPUT', 'input.idempotencyKey');
    expect(await bookingsWithRef(input.externalBookingRef)).toBe(0);
  });

  it('keeps the keys of different callers apart', async () => {
    const slot = await declareCapacity(app, 5);
    const input = reservationInput([{ targetId: slot }], { idempotencyKey: newKey() });
    const mine = expectSuccess<ReservedBooking>(await reserve(input), 'reserveBooking');
    const theirs = expectSuccess<ReservedBooking>(
      await reserve(input, { as: { ...FULL_ACCESS, sub: 'usr_someone_else' } }),
      'reserveBooking',
    );
    expect(theirs.id).not.toBe(mine.id);
    expect(await allocationsOn(slot)).toBe(2);
  });

  it('reserves once for 20 concurrent identical calls with one key, and answers all 20 identically', async () => {
    const slot = await declareCapacity(app, 50);
    const input = reservationInput(
      [
        { targetId: slot, quantity: 2 },
        { kind: 'PICKUP', targetId: await declareCapacity(app, 50, { kind: 'PICKUP' }), quantity: 2 },
      ],
      { idempotencyKey: newKey() },
    );
    const results = await Promise.all(Array.from({ length: 20 }, () => reserve(input)));
    const first = expectSuccess<ReservedBooking>(results[0], 'reserveBooking');
    for (const result of results)
      expect(answer(result)).toEqual({ data: { reserveBooking: first }, errors: undefined });
    expect(first.allocations).toHaveLength(2);
    expect({
      bookings: await bookingsWithRef(input.externalBookingRef),
      allocations: await countRows(app, 'select 1 from booking_allocations where booking_id = $1', [first.id]),
      consumed: (await capacityOf(app, slot))?.consumed,
      reservedActivities: await activitiesOf(first.id, 'booking_reserved'),
    }).toEqual({ bookings: 1, allocations: 2, consumed: 2, reservedActivities: 1 });
  });
});

describe('issueFulfillment with an idempotency key', () => {
  it('replays the first response to a retry and issues one fulfillment', async () => {
    const booking = await confirmedBooking(app);
    const input = {
      bookingId: booking.id,
      bookingItemId: booking.items[0]?.id,
      payload: { code: 'ABC123' },
      idempotencyKey: newKey(),
    };
    const first = await issue(input);
    expectSuccess(first, 'issueFulfillment', 'BookingFulfillment');
    app.clock.advanceMinutes(1);
    const retry = await issue(input);
    expect(answer(retry)).toEqual(answer(first));
    expect({
      fulfillments: await fulfillmentsOf(booking.id),
      activities: await activitiesOf(booking.id, 'fulfillment_issued'),
    }).toEqual({ fulfillments: 1, activities: 1 });
  });

  it('answers IdempotencyKeyReusedError to the same key with another input, and issues nothing', async () => {
    const booking = await confirmedBooking(app);
    const key = newKey();
    expectSuccess(
      await issue({ bookingId: booking.id, idempotencyKey: key }),
      'issueFulfillment',
      'BookingFulfillment',
    );
    const reused = expectOutcome<Reused>(
      await app.graphql(withReusedFields(ISSUE_FULFILLMENT), {
        input: { bookingId: booking.id, type: 'TICKET', deliveryChannel: 'WALLET', idempotencyKey: key },
      }),
      'issueFulfillment',
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(reused).toMatchObject({ __typename: 'IdempotencyKeyReusedError', existingActionId: null });
    expect(await fulfillmentsOf(booking.id)).toBe(1);
  });

  it('replays a BookingNotFulfillableError after the booking was confirmed, while a new key issues', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }]);
    const input = { bookingId: booking.id, idempotencyKey: newKey() };
    const first = expectOutcome<Record<string, unknown>>(
      await issue(input),
      'issueFulfillment',
      'BOOKING_NOT_FULFILLABLE',
    );
    expect(first.bookingStatus).toBe('ON_HOLD');
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to: 'CONFIRMED' } }), 'transitionBooking');
    expect((await issue(input)).data?.issueFulfillment).toEqual(first);
    expect(await fulfillmentsOf(booking.id)).toBe(0);
    expectSuccess(await issue({ ...input, idempotencyKey: newKey() }), 'issueFulfillment', 'BookingFulfillment');
  });

  it(
    'reads the key from the Idempotency-Key header, accepts the same key in both, ' + 'and refuses two different ones',
    async () => {
      const booking = await confirmedBooking(app);
      const key = newKey();
      const first = await issue({ bookingId: booking.id }, { headers: { 'Idempotency-Key': key } });
      expectSuccess(first, 'issueFulfillment', 'BookingFulfillment');
      expect(answer(await issue({ bookingId: booking.id, idempotencyKey: key }))).toEqual(answer(first));
      expect(
        answer(await issue({ bookingId: booking.id, idempotencyKey: key }, { headers: { 'Idempotency-Key': key } })),
      ).toEqual(answer(first));
      expectGraphqlError(
        await issue({ bookingId: booking.id, idempotencyKey: newKey() }, { headers: { 'Idempotency-Key': key } }),
        'BAD_USER_INPUT',
        'input.idempotencyKey',
      );
      expect(await fulfillmentsOf(booking.id)).toBe(1);
    },
  );

  it('does not keep GraphQL errors: the key stays free for a corrected request', async () => {
    const booking = await confirmedBooking(app);
    const key = newKey();
    expectGraphqlError(
      await issue({ bookingId: booking.id, artifactUrl: 'javascript:alert(1)', idempotencyKey: key }),
      'BAD_USER_INPUT',
      'input.artifactUrl',
    );
    expectSuccess(
      await issue({ bookingId: booking.id, artifactUrl: 'https://vouchers.example/v/1.pdf', idempotencyKey: key }),
      'issueFulfillment',
      'BookingFulfillment',
    );
  });
});

describe('recordRedemption with an idempotency key', () => {
  async function voucherFor(booking: ReservedBooking, input: Record<string, unknown> = {}): Promise<{ id: string }> {
    return expectSuccess<{ __typename: string; id: string }>(
      await issue({ bookingId: booking.id, bookingItemId: booking.items[0]?.id, ...input }),
      'issueFulfillment',
      'BookingFulfillment',
    );
  }

  it('replays the redemption itself to a retry, not AlreadyRedeemedError, and records one', async () => {
    const booking = await confirmedBooking(app);
    const voucher = await voucherFor(booking);
    const input = { bookingId: booking.id, fulfillmentId: voucher.id, idempotencyKey: newKey() };
    const first = await redeem(input);
    expectSuccess(first, 'recordRedemption', 'BookingRedemption');
    app.clock.advanceMinutes(1);
    const retry = await redeem(input);
    expect(answer(retry)).toEqual(answer(first));
    expect({
      redemptions: await redemptionsOf(booking.id),
      activities: await activitiesOf(booking.id, 'redemption_recorded'),
    }).toEqual({ redemptions: 1, activities: 1 });
  });

  it('answers IdempotencyKeyReusedError to the same key with another input', async () => {
    const booking = await confirmedBooking(app);
    const voucher = await voucherFor(booking);
    const key = newKey();
    expectSuccess(
      await redeem({ bookingId: booking.id, fulfillmentId: voucher.id, idempotencyKey: key }),
      'recordRedemption',
      'BookingRedemption',
    );
    const reused = expectOutcome<Reused>(
      await app.graphql(withReusedFields(RECORD_REDEMPTION), {
        input: {
          bookingId: booking.id,
          fulfillmentId: voucher.id,
          method: 'MANUAL',
          location: 'Sulina',
          idempotencyKey: key,
        },
      }),
      'recordRedemption',
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(reused).toMatchObject({ __typename: 'IdempotencyKeyReusedError', existingActionId: null });
    expect(await redemptionsOf(booking.id)).toBe(1);
  });

  it('replays a FulfillmentNotIssuedError after the fulfillment was issued, while a new key redeems', async () => {
    const booking = await confirmedBooking(app);
    const pending = await voucherFor(booking, { status: 'PENDING' });
    const input = { bookingId: booking.id, fulfillmentId: pending.id, idempotencyKey: newKey() };
    const first = expectOutcome<Record<string, unknown>>(
      await redeem(input),
      'recordRedemption',
      'FULFILLMENT_NOT_ISSUED',
    );
    expect(first.fulfillmentStatus).toBe('PENDING');
    expectSuccess(
      await app.graphql(UPDATE_FULFILLMENT, { input: { id: pending.id, status: 'ISSUED' } }),
      'updateFulfillment',
      'BookingFulfillment',
    );
    expect((await redeem(input)).data?.recordRedemption).toEqual(first);
    expect(await redemptionsOf(booking.id)).toBe(0);
    expectSuccess(await redeem({ ...input, idempotencyKey: newKey() }), 'recordRedemption', 'BookingRedemption');
  });

  it('replays an AlreadyRedeemedError with its timestamps exactly', async () => {
    const booking = await confirmedBooking(app);
    const voucher = await voucherFor(booking);
    const redemption = expectSuccess<{ __typename: string; id: string }>(
      await redeem({ bookingId: booking.id, fulfillmentId: voucher.id }),
      'recordRedemption',
      'BookingRedemption',
    );
    const input = { bookingId: booking.id, fulfillmentId: voucher.id, idempotencyKey: newKey() };
    const first = expectOutcome<Record<string, unknown>>(await redeem(input), 'recordRedemption', 'ALREADY_REDEEMED');
    expect(first).toMatchObject({ redemptionId: redemption.id, redeemedAt: app.clock.now().toISOString() });
    app.clock.advanceMinutes(1);
    expect(answer(await redeem(input))).toEqual({ data: { recordRedemption: first }, errors: undefined });
  });

  it(
    'reads the key from the Idempotency-Key header, accepts the same key in both, ' + 'and refuses two different ones',
    async () => {
      const booking = await confirmedBooking(app);
      const voucher = await voucherFor(booking);
      const key = newKey();
      const input = { bookingId: booking.id, fulfillmentId: voucher.id };
      const first = await redeem(input, { headers: { 'Idempotency-Key': key } });
      expectSuccess(first, 'recordRedemption', 'BookingRedemption');
      expect(answer(await redeem({ ...input, idempotencyKey: key }))).toEqual(answer(first));
      expect(answer(await redeem({ ...input, idempotencyKey: key }, { headers: { 'Idempotency-Key': key } }))).toEqual(
        answer(first),
      );
      expectGraphqlError(
        await redeem({ ...input, idempotencyKey: newKey() }, { headers: { 'Idempotency-Key': key } }),
        'BAD_USER_INPUT',
        'input.idempotencyKey',
      );
      expect(await redemptionsOf(booking.id)).toBe(1);
    },
  );

  it('keeps its keys apart from issueFulfillment’s', async () => {
    const booking = await confirmedBooking(app);
    const key = newKey();
    const voucher = expectSuccess<{ __typename: string; id: string }>(
      await issue({ bookingId: booking.id, idempotencyKey: key }),
      'issueFulfillment',
      'BookingFulfillment',
    );
    expectSuccess(
      await redeem({ bookingId: booking.id, fulfillmentId: voucher.id, idempotencyKey: key }),
      'recordRedemption',
      'BookingRedemption',
    );
  });
});
