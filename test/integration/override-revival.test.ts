import { activityOf } from '../fixtures/booking-operations';
import {
  ADMIN,
  OVERRIDE,
  RELEASE_ALLOCATION,
  TRANSITION,
  bookingById,
  capacityOf,
  countRows,
  declareCapacity,
  reserved,
  type ReservedBooking,
} from '../fixtures/inventory';
import { expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const override = (id: string, to: string) =>
  app.graphql(OVERRIDE, { input: { id, to, reason: 'customer paid after all' } }, { as: ADMIN });

/** A booking holding 2 seats of a fresh slot (capacity 5), moved along the graph to `status`. */
async function bookingLeft(
  status: 'CANCELLED' | 'EXPIRED',
  via: string[] = [],
): Promise<{ booking: ReservedBooking; slot: string }> {
  const slot = await declareCapacity(app, 5);
  const booking = await reserved(app, [{ targetId: slot, quantity: 2 }], {
    contact: { firstName: 'Ana', lastName: 'Revived', email: 'ana.revived@example.com' },
  });
  for (const to of [...via, status])
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to } }), 'transitionBooking');
  return { booking, slot };
}

const byStatus = (booking: ReservedBooking) => booking.allocations.map((allocation) => allocation.status).sort();

describe('overriding a booking out of CANCELLED or EXPIRED', () => {
  it('clears cancelledAt and takes the released seats again as a new confirmed allocation', async () => {
    const { booking, slot } = await bookingLeft('CANCELLED', ['CONFIRMED']);
    const revived = expectSuccess<ReservedBooking>(await override(booking.id, 'CONFIRMED'), 'overrideBookingStatus');
    expect({
      cancelledAt: revived.cancelledAt,
      confirmedAt: revived.confirmedAt,
      allocations: byStatus(revived),
    }).toEqual({
      cancelledAt: null,
      confirmedAt: app.clock.now().toISOString(),
      allocations: ['CANCELLED', 'CONFIRMED'],
    });
    expect((await capacityOf(app, slot))?.consumed).toBe(2);
  });

  it("clears expiredAt and takes the seats again as a hold under the booking's new deadline", async () => {
    const { booking, slot } = await bookingLeft('EXPIRED');
    const revived = expectSuccess<ReservedBooking>(await override(booking.id, 'ON_HOLD'), 'overrideBookingStatus');
    const hold = revived.allocations.find((allocation) => allocation.status === 'HELD');
    expect({ expiredAt: revived.expiredAt, allocations: byStatus(revived), deadline: hold?.holdExpiresAt }).toEqual({
      expiredAt: null,
      allocations: ['EXPIRED', 'HELD'],
      deadline: revived.holdExpiresAt,
    });
    expect((await capacityOf(app, slot))?.consumed).toBe(2);
  });

  it.each([
    { left: 'CANCELLED', via: ['CONFIRMED'], to: 'CONFIRMED', items: 'CONFIRMED' },
    { left: 'CANCELLED', via: [], to: 'COMPLETED', items: 'FULFILLED' },
    { left: 'EXPIRED', via: [], to: 'ON_HOLD', items: 'ON_HOLD' },
    { left: 'EXPIRED', via: [], to: 'DRAFT', items: 'DRAFT' },
  ] as const)('takes the items $left ended back as $items when overriding to $to', async ({ left, via, to, items }) => {
    const { booking } = await bookingLeft(left, [...via]);
    const revived = expectSuccess<ReservedBooking>(await override(booking.id, to), 'overrideBookingStatus');
    expect(revived.items.map((item) => item.status)).toEqual([items]);
  });

  it('is refused with CapacityExhaustedError, writing nothing, when the seats went to someone else', async () => {
    const { booking, slot } = await bookingLeft('CANCELLED');
    await reserved(app, [{ targetId: slot, quantity: 4 }]);
    const before = {
      booking: await bookingById(app, booking.id),
      activity: (await activityOf(app, booking.id)).length,
    };
    const refusal = expectOutcome<Record<string, unknown>>(
      await override(booking.id, 'CONFIRMED'),
      'overrideBookingStatus',
      'CAPACITY_EXHAUSTED',
    );
    expect(refusal).toMatchObject({ targetId: slot, requested: 2, remaining: 1 });
    expect({
      booking: await bookingById(app, booking.id),
      activity: (await activityOf(app, booking.id)).length,
    }).toEqual(before);
  });

  it('leaves an allocation released on its own before the cancellation released', async () => {
    const [kept, givenUp] = [await declareCapacity(app, 5), await declareCapacity(app, 5)];
    const booking = await reserved(app, [{ targetId: kept }, { targetId: givenUp }]);
    const released = booking.allocations.find((allocation) => allocation.targetId === givenUp);
    expectSuccess(await app.graphql(RELEASE_ALLOCATION, { input: { id: released?.id } }), 'releaseBookingAllocation');
    app.clock.advanceMinutes(1);
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to: 'CANCELLED' } }), 'transitionBooking');
    const revived = expectSuccess<ReservedBooking>(await override(booking.id, 'CONFIRMED'), 'overrideBookingStatus');
    expect(
      revived.allocations
        .filter((allocation) => allocation.status === 'CONFIRMED')
        .map((allocation) => allocation.targetId),
    ).toEqual([kept]);
    expect((await capacityOf(app, givenUp))?.consumed).toBe(0);
  });

  it('takes nothing again when the override moves to the other releasing status', async () => {
    const { booking, slot } = await bookingLeft('CANCELLED');
    const moved = expectSuccess<ReservedBooking>(await override(booking.id, 'EXPIRED'), 'overrideBookingStatus');
    expect({
      allocations: byStatus(moved),
      cancelledAt: moved.cancelledAt,
      consumed: (await capacityOf(app, slot))?.consumed,
    }).toEqual({
      allocations: ['CANCELLED'],
      cancelledAt: null,
      consumed: 0,
    });
  });

  it('says in its activity row what the cascade did, without personal data', async () => {
    const { booking } = await bookingLeft('CANCELLED');
    const revived = expectSuccess<ReservedBooking>(await override(booking.id, 'CONFIRMED'), 'overrideBookingStatus');
    const [entry] = await activityOf(app, booking.id);
    const released = booking.allocations[0]?.id;
    const retaken = revived.allocations.find((allocation) => allocation.status === 'CONFIRMED')?.id;
    expect(entry?.type).toBe('status_overridden');
    expect(entry?.description).toBe(
      'Status overridden from cancelled to confirmed; 1 allocation(s) taken again (2 unit(s) of capacity)',
    );
    expect(entry?.metadata?.cascade).toMatchObject({
      stampsCleared: ['cancelledAt'],
      itemsRestored: [booking.items[0]?.id],
      capacityTaken: 2,
      allocationsRetaken: [{ releasedAllocationId: released, allocationId: retaken, status: 'confirmed', quantity: 2 }],
    });
    expect(JSON.stringify(entry)).not.toMatch(/Revived|ana\.revived/);
  });

  it('announces each allocation taken again and the seats it takes from the slot', async () => {
    const { booking, slot } = await bookingLeft('CANCELLED');
    await override(booking.id, 'CONFIRMED');
    const retaken = app.events.filter(
      (event) => event.bookingId === booking.id && event.type === 'booking.allocation.retaken',
    );
    expect(retaken.map((event) => event.payload)).toEqual([
      expect.objectContaining({ targetId: slot, quantity: 2, status: 'confirmed', cause: 'status_overridden' }),
    ]);
    const seats = app.events
      .filter((event) => event.bookingId === booking.id && event.type === 'availability.slot.changed')
      .map((event) => event.payload.delta);
    expect(seats).toEqual([2, -2, 2]);
    expect(
      await countRows(
        app,
        `select 1 from booking_outbox where booking_id = $1 and type = 'booking.status_overridden'`,
        [booking.id],
      ),
    ).toBe(1);
  });
});
