import {
  ADD_ALLOCATION,
  EXTEND_HOLD,
  RELEASE_ALLOCATION,
  TRANSITION,
  bookingById,
  capacityOf,
  countRows,
  declareCapacity,
  reservationInput,
  reserve,
  reserved,
  RESERVE_BOOKING,
  type ReservedBooking,
} from '../fixtures/inventory';
import { createBooking } from '../fixtures/bookings';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const minutesFromNow = (minutes: number) => new Date(app.clock.now().getTime() + minutes * 60_000).toISOString();
const transition = (id: string, to: string, extra: Record<string, unknown> = {}) =>
  app.graphql(TRANSITION, { input: { id, to, ...extra } });

describe('reserveBooking', () => {
  it(
    'creates an ON_HOLD booking whose items are on hold ' + 'and whose allocations hold for the default 30 minutes',
    async () => {
      const slot = await declareCapacity(app, 10);
      const booking = await reserved(app, [{ targetId: slot, quantity: 2 }]);
      expect({
        status: booking.status,
        holdExpiresAt: booking.holdExpiresAt,
        items: booking.items.map((item) => item.status),
      }).toEqual({
        status: 'ON_HOLD',
        holdExpiresAt: minutesFromNow(30),
        items: ['ON_HOLD'],
      });
      expect(booking.allocations).toEqual([
        expect.objectContaining({
          kind: 'SLOT',
          targetId: slot,
          quantity: 2,
          status: 'HELD',
          holdExpiresAt: minutesFromNow(30),
          item: { id: booking.items[0]?.id },
        }),
      ]);
    },
  );

  it('takes the hold length from holdMinutes', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }], { holdMinutes: 5 });
    expect([booking.holdExpiresAt, booking.allocations[0]?.holdExpiresAt]).toEqual([
      minutesFromNow(5),
      minutesFromNow(5),
    ]);
  });

  it('takes the hold deadline from holdExpiresAt', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }], {
      holdExpiresAt: minutesFromNow(90),
    });
    expect(booking.holdExpiresAt).toBe(minutesFromNow(90));
  });

  it('refuses holdMinutes and holdExpiresAt together', async () => {
    const response = await reserve(app, [{ targetId: await declareCapacity(app, 1) }], {
      holdMinutes: 5,
      holdExpiresAt: minutesFromNow(5),
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.holdExpiresAt');
  });

  it('refuses a hold deadline in the past', async () => {
    const response = await reserve(app, [{ targetId: await declareCapacity(app, 1) }], {
      holdExpiresAt: minutesFromNow(-1),
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.holdExpiresAt');
  });

  it('holds the item quantity when an allocation gives none', async () => {
    const slot = await declareCapacity(app, 10);
    const input = reservationInput([]);
    const [item] = input.items as Record<string, unknown>[];
    const response = await app.graphql(RESERVE_BOOKING, {
      input: { ...input, items: [{ ...item, quantity: 3, allocations: [{ kind: 'SLOT', targetId: slot }] }] },
    });
    expect(expectSuccess<ReservedBooking>(response, 'reserveBooking').allocations[0]?.quantity).toBe(3);
  });

  it('answers AllocationTargetNotFoundError for a target without declared capacity, and writes nothing', async () => {
    const before = await countRows(app, 'select 1 from bookings');
    const refused = expectOutcome<Record<string, unknown>>(
      await reserve(app, [{ targetId: 'slot_nobody_declared' }]),
      'reserveBooking',
      'ALLOCATION_TARGET_NOT_FOUND',
    );
    expect(refused).toMatchObject({ kind: 'SLOT', targetId: 'slot_nobody_declared' });
    expect(await countRows(app, 'select 1 from bookings')).toBe(before);
  });

  it('answers CapacityExhaustedError with what was asked and what is left', async () => {
    const slot = await declareCapacity(app, 3);
    await reserved(app, [{ targetId: slot, quantity: 2 }]);
    const refused = expectOutcome<Record<string, unknown>>(
      await reserve(app, [{ targetId: slot, quantity: 2 }]),
      'reserveBooking',
      'CAPACITY_EXHAUSTED',
    );
    expect(refused).toMatchObject({
      __typename: 'CapacityExhaustedError',
      kind: 'SLOT',
      targetId: slot,
      requested: 2,
      remaining: 1,
    });
  });

  it('takes all of its targets or none of them', async () => {
    const roomy = await declareCapacity(app, 10);
    const full = await declareCapacity(app, 0, { kind: 'PICKUP' });
    expectOutcome(
      await reserve(app, [{ targetId: roomy }, { kind: 'PICKUP', targetId: full }]),
      'reserveBooking',
      'CAPACITY_EXHAUSTED',
    );
    expect((await capacityOf(app, roomy))?.consumed).toBe(0);
  });

  it('counts two allocations on one target together', async () => {
    const slot = await declareCapacity(app, 3);
    expectOutcome(
      await reserve(app, [
        { targetId: slot, quantity: 2 },
        { targetId: slot, quantity: 2 },
      ]),
      'reserveBooking',
      'CAPACITY_EXHAUSTED',
    );
  });

  it('announces the slot it took capacity from', async () => {
    const slot = await declareCapacity(app, 4);
    const booking = await reserved(app, [{ targetId: slot, quantity: 3 }]);
    expect(app.events.filter((event) => event.payload.slotId === slot && event.payload.cause === 'reserved')).toEqual([
      expect.objectContaining({
        type: 'availability.slot.changed',
        bookingId: booking.id,
        payload: expect.objectContaining({ delta: 3 }),
      }),
    ]);
  });
});

describe('passed holds', () => {
  it('free their capacity for a new reservation before any sweep', async () => {
    const slot = await declareCapacity(app, 1);
    await reserved(app, [{ targetId: slot }], { holdMinutes: 10 });
    expectOutcome(await reserve(app, [{ targetId: slot }]), 'reserveBooking', 'CAPACITY_EXHAUSTED');
    app.clock.advanceMinutes(10);
    expect((await reserved(app, [{ targetId: slot }])).status).toBe('ON_HOLD');
  });

  it('stop counting as consumed at their deadline', async () => {
    const slot = await declareCapacity(app, 5);
    await reserved(app, [{ targetId: slot, quantity: 2 }], { holdMinutes: 10 });
    app.clock.advanceMinutes(10);
    expect(await capacityOf(app, slot)).toMatchObject({ consumed: 0, remaining: 5 });
  });

  it('cannot be confirmed: HoldExpiredError, and nothing changes', async () => {
    const slot = await declareCapacity(app, 1);
    const booking = await reserved(app, [{ targetId: slot }], { holdMinutes: 10 });
    app.clock.advanceMinutes(10);
    const refused = expectOutcome<Record<string, unknown>>(
      await transition(booking.id, 'CONFIRMED'),
      'transitionBooking',
      'HOLD_EXPIRED',
    );
    expect(refused).toMatchObject({ __typename: 'HoldExpiredError', holdExpiresAt: booking.holdExpiresAt });
    const after = await bookingById(app, booking.id);
    expect([after.status, after.allocations[0]?.status]).toEqual(['ON_HOLD', 'HELD']);
  });

  it('cannot move on to awaiting payment either', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }], { holdMinutes: 1 });
    app.clock.advanceMinutes(1);
    expectOutcome(await transition(booking.id, 'AWAITING_PAYMENT'), 'transitionBooking', 'HOLD_EXPIRED');
  });
});

describe('extendBookingHold', () => {
  it('moves the deadline of the booking and of every held allocation', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 2) }], { holdMinutes: 10 });
    const extended = expectSuccess<ReservedBooking>(
      await app.graphql(EXTEND_HOLD, { input: { id: booking.id, holdMinutes: 45 } }),
      'extendBookingHold',
    );
    expect([extended.holdExpiresAt, extended.allocations[0]?.holdExpiresAt]).toEqual([
      minutesFromNow(45),
      minutesFromNow(45),
    ]);
  });

  it('keeps the capacity held past the old deadline', async () => {
    const slot = await declareCapacity(app, 1);
    const booking = await reserved(app, [{ targetId: slot }], { holdMinutes: 10 });
    await app.graphql(EXTEND_HOLD, { input: { id: booking.id, holdMinutes: 60 } });
    app.clock.advanceMinutes(30);
    expectOutcome(await reserve(app, [{ targetId: slot }]), 'reserveBooking', 'CAPACITY_EXHAUSTED');
  });

  it('refuses a hold that has passed', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }], { holdMinutes: 10 });
    app.clock.advanceMinutes(11);
    expectOutcome(
      await app.graphql(EXTEND_HOLD, { input: { id: booking.id, holdMinutes: 30 } }),
      'extendBookingHold',
      'HOLD_EXPIRED',
    );
  });

  it('refuses a booking that is not on hold', async () => {
    const draft = await createBooking(app);
    const refused = expectOutcome<Record<string, unknown>>(
      await app.graphql(EXTEND_HOLD, { input: { id: draft.id, holdMinutes: 30 } }),
      'extendBookingHold',
      'BOOKING_NOT_ON_HOLD',
    );
    expect(refused.status).toBe('DRAFT');
  });

  it('needs holdMinutes or holdExpiresAt', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }]);
    expectGraphqlError(
      await app.graphql(EXTEND_HOLD, { input: { id: booking.id } }),
      'BAD_USER_INPUT',
      'input.holdMinutes',
    );
  });
});

describe('addBookingAllocation and releaseBookingAllocation', () => {
  it('adds an allocation to an on-hold booking under its hold', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 5) }], { holdMinutes: 20 });
    const pickup = await declareCapacity(app, 5, { kind: 'PICKUP' });
    const response = await app.graphql(ADD_ALLOCATION, {
      input: { bookingItemId: booking.items[0]?.id, kind: 'PICKUP', targetId: pickup, quantity: 2 },
    });
    const updated = expectSuccess<ReservedBooking>(response, 'addBookingAllocation');
    expect(updated.allocations.find((allocation) => allocation.kind === 'PICKUP')).toMatchObject({
      quantity: 2,
      status: 'HELD',
      holdExpiresAt: minutesFromNow(20),
    });
  });

  it('adds an allocation to a draft with a default-length hold of its own', async () => {
    const draft = await createBooking(app);
    const slot = await declareCapacity(app, 5);
    const response = await app.graphql(ADD_ALLOCATION, {
      input: { bookingItemId: draft.items[0]?.id, kind: 'SLOT', targetId: slot },
    });
    expect(expectSuccess<ReservedBooking>(response, 'addBookingAllocation').allocations[0]).toMatchObject({
      quantity: 2,
      holdExpiresAt: minutesFromNow(30),
    });
  });

  it('refuses to add beyond capacity', async () => {
    const draft = await createBooking(app);
    const slot = await declareCapacity(app, 1);
    const response = await app.graphql(ADD_ALLOCATION, {
      input: { bookingItemId: draft.items[0]?.id, kind: 'SLOT', targetId: slot },
    });
    expectOutcome(response, 'addBookingAllocation', 'CAPACITY_EXHAUSTED');
  });

  it('refuses to add to a confirmed booking', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 5) }]);
    await transition(booking.id, 'CONFIRMED');
    const response = await app.graphql(ADD_ALLOCATION, {
      input: { bookingItemId: booking.items[0]?.id, kind: 'SLOT', targetId: await declareCapacity(app, 5) },
    });
    expectOutcome(response, 'addBookingAllocation', 'BOOKING_NOT_EDITABLE');
  });

  it('releases a held allocation and gives its capacity back', async () => {
    const slot = await declareCapacity(app, 1);
    const booking = await reserved(app, [{ targetId: slot }]);
    const released = expectSuccess<ReservedBooking>(
      await app.graphql(RELEASE_ALLOCATION, { input: { id: booking.allocations[0]?.id } }),
      'releaseBookingAllocation',
    );
    expect(released.allocations[0]).toMatchObject({ status: 'RELEASED', releasedAt: app.clock.now().toISOString() });
    expect((await capacityOf(app, slot))?.consumed).toBe(0);
  });

  it('refuses to release an allocation twice', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }]);
    await app.graphql(RELEASE_ALLOCATION, { input: { id: booking.allocations[0]?.id } });
    const refused = expectOutcome<Record<string, unknown>>(
      await app.graphql(RELEASE_ALLOCATION, { input: { id: booking.allocations[0]?.id } }),
      'releaseBookingAllocation',
      'INVALID_ALLOCATION_TRANSITION',
    );
    expect(refused).toMatchObject({ from: 'RELEASED', to: 'RELEASED' });
  });

  it('answers NOT_FOUND for an unknown allocation', async () => {
    expectGraphqlError(
      await app.graphql(RELEASE_ALLOCATION, { input: { id: 'bkac_01h455vb4pex5vsknk084sn02q' } }),
      'NOT_FOUND',
    );
  });
});
