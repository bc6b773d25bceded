import { createBooking } from '../fixtures/bookings';
import {
  ADD_ALLOCATION,
  ADMIN,
  OVERRIDE,
  TRANSITION,
  bookingById,
  capacityOf,
  declareCapacity,
  reserved,
  typenameOf,
  type ReservedBooking,
} from '../fixtures/inventory';
import { expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

type Move = ['transition' | 'override', string];

async function move(bookingId: string, [kind, to]: Move) {
  const response =
    kind === 'transition'
      ? await app.graphql(TRANSITION, { input: { id: bookingId, to } })
      : await app.graphql(OVERRIDE, { input: { id: bookingId, to, reason: 'cascade specification' } }, { as: ADMIN });
  const field = kind === 'transition' ? 'transitionBooking' : 'overrideBookingStatus';
  expect(typenameOf(response, field)).toBe('Booking');
}

/** A booking in `start` whose parts hold 2 seats of a fresh slot (capacity 5), and that slot. */
async function bookingHolding(
  start: 'DRAFT' | 'ON_HOLD' | 'AWAITING_PAYMENT' | 'CONFIRMED' | 'IN_PROGRESS',
): Promise<{ booking: ReservedBooking; slot: string }> {
  const slot = await declareCapacity(app, 5);
  if (start === 'DRAFT') {
    const draft = await createBooking(app);
    const response = await app.graphql(ADD_ALLOCATION, {
      input: { bookingItemId: draft.items[0]?.id, kind: 'SLOT', targetId: slot, quantity: 2 },
    });
    return { booking: expectSuccess<ReservedBooking>(response, 'addBookingAllocation'), slot };
  }
  const booking = await reserved(app, [{ targetId: slot, quantity: 2 }]);
  const path: Record<string, string[]> = {
    ON_HOLD: [],
    AWAITING_PAYMENT: ['AWAITING_PAYMENT'],
    CONFIRMED: ['CONFIRMED'],
    IN_PROGRESS: ['CONFIRMED', 'IN_PROGRESS'],
  };
  for (const to of path[start] ?? []) await move(booking.id, ['transition', to]);
  return { booking, slot };
}

const snapshot = (booking: ReservedBooking) => ({
  status: booking.status,
  allocations: [...new Set(booking.allocations.map((allocation) => allocation.status))],
  items: [...new Set(booking.items.map((item) => item.status))],
});

describe.each([
  {
    start: 'DRAFT',
    moves: [['transition', 'ON_HOLD']],
    status: 'ON_HOLD',
    allocations: 'HELD',
    items: 'ON_HOLD',
    consumed: 2,
  },
  {
    start: 'DRAFT',
    moves: [['transition', 'CONFIRMED']],
    status: 'CONFIRMED',
    allocations: 'CONFIRMED',
    items: 'CONFIRMED',
    consumed: 2,
  },
  {
    start: 'ON_HOLD',
    moves: [['transition', 'AWAITING_PAYMENT']],
    status: 'AWAITING_PAYMENT',
    allocations: 'HELD',
    items: 'ON_HOLD',
    consumed: 2,
  },
  {
    start: 'ON_HOLD',
    moves: [['transition', 'CONFIRMED']],
    status: 'CONFIRMED',
    allocations: 'CONFIRMED',
    items: 'CONFIRMED',
    consumed: 2,
  },
  {
    start: 'AWAITING_PAYMENT',
    moves: [['transition', 'CONFIRMED']],
    status: 'CONFIRMED',
    allocations: 'CONFIRMED',
    items: 'CONFIRMED',
    consumed: 2,
  },
  {
    start: 'ON_HOLD',
    moves: [['transition', 'EXPIRED']],
    status: 'EXPIRED',
    allocations: 'EXPIRED',
    items: 'EXPIRED',
    consumed: 0,
  },
  {
    start: 'AWAITING_PAYMENT',
    moves: [['transition', 'EXPIRED']],
    status: 'EXPIRED',
    allocations: 'EXPIRED',
    items: 'EXPIRED',
    consumed: 0,
  },
  {
    start: 'ON_HOLD',
    moves: [['transition', 'CANCELLED']],
    status: 'CANCELLED',
    allocations: 'CANCELLED',
    items: 'CANCELLED',
    consumed: 0,
  },
  {
    start: 'DRAFT',
    moves: [['transition', 'CANCELLED']],
    status: 'CANCELLED',
    allocations: 'CANCELLED',
    items: 'CANCELLED',
    consumed: 0,
  },
  {
    start: 'CONFIRMED',
    moves: [['transition', 'CANCELLED']],
    status: 'CANCELLED',
    allocations: 'CANCELLED',
    items: 'CANCELLED',
    consumed: 0,
  },
  {
    start: 'CONFIRMED',
    moves: [['transition', 'IN_PROGRESS']],
    status: 'IN_PROGRESS',
    allocations: 'CONFIRMED',
    items: 'CONFIRMED',
    consumed: 2,
  },
  {
    start: 'IN_PROGRESS',
    moves: [['transition', 'CANCELLED']],
    status: 'CANCELLED',
    allocations: 'CANCELLED',
    items: 'CANCELLED',
    consumed: 0,
  },
  {
    start: 'IN_PROGRESS',
    moves: [['transition', 'COMPLETED']],
    status: 'COMPLETED',
    allocations: 'FULFILLED',
    items: 'FULFILLED',
    consumed: 2,
  },
  {
    start: 'ON_HOLD',
    moves: [['override', 'CANCELLED']],
    status: 'CANCELLED',
    allocations: 'CANCELLED',
    items: 'CANCELLED',
    consumed: 0,
  },
  {
    start: 'CONFIRMED',
    moves: [['override', 'CANCELLED']],
    status: 'CANCELLED',
    allocations: 'CANCELLED',
    items: 'CANCELLED',
    consumed: 0,
  },
  {
    start: 'ON_HOLD',
    moves: [['override', 'EXPIRED']],
    status: 'EXPIRED',
    allocations: 'EXPIRED',
    items: 'EXPIRED',
    consumed: 0,
  },
  {
    start: 'CONFIRMED',
    moves: [['override', 'EXPIRED']],
    status: 'EXPIRED',
    allocations: 'RELEASED',
    items: 'CANCELLED',
    consumed: 0,
  },
  {
    start: 'ON_HOLD',
    moves: [['override', 'COMPLETED']],
    status: 'COMPLETED',
    allocations: 'FULFILLED',
    items: 'FULFILLED',
    consumed: 2,
  },
  {
    start: 'CONFIRMED',
    moves: [['override', 'COMPLETED']],
    status: 'COMPLETED',
    allocations: 'FULFILLED',
    items: 'FULFILLED',
    consumed: 2,
  },
  {
    start: 'DRAFT',
    moves: [['override', 'CONFIRMED']],
    status: 'CONFIRMED',
    allocations: 'CONFIRMED',
    items: 'CONFIRMED',
    consumed: 2,
  },
  {
    start: 'ON_HOLD',
    moves: [['override', 'CONFIRMED']],
    status: 'CONFIRMED',
    allocations: 'CONFIRMED',
    items: 'CONFIRMED',
    consumed: 2,
  },
  {
    start: 'ON_HOLD',
    moves: [['override', 'IN_PROGRESS']],
    status: 'IN_PROGRESS',
    allocations: 'CONFIRMED',
    items: 'CONFIRMED',
    consumed: 2,
  },
] as const)('$start, then $moves', ({ start, moves, status, allocations, items, consumed }) => {
  it(
    `leaves the booking ${status} with ${allocations} allocations, ` + `${items} items and ${consumed} seats consumed`,
    async () => {
      const { booking, slot } = await bookingHolding(start);
      for (const step of moves) await move(booking.id, [...step]);
      expect(snapshot(await bookingById(app, booking.id))).toEqual({
        status,
        allocations: [allocations],
        items: [items],
      });
      expect((await capacityOf(app, slot))?.consumed).toBe(consumed);
    },
  );
});

describe('stamps and deadlines', () => {
  it('stamps confirmedAt and clears the hold of booking and allocations on confirmation', async () => {
    const { booking } = await bookingHolding('ON_HOLD');
    await move(booking.id, ['transition', 'CONFIRMED']);
    const after = await bookingById(app, booking.id);
    const now = app.clock.now().toISOString();
    expect([after.holdExpiresAt, after.allocations[0]?.holdExpiresAt, after.allocations[0]?.confirmedAt]).toEqual([
      null,
      null,
      now,
    ]);
  });

  it('stamps releasedAt when a hold gives its capacity back', async () => {
    const { booking } = await bookingHolding('ON_HOLD');
    app.clock.advanceMinutes(1);
    await move(booking.id, ['transition', 'CANCELLED']);
    expect((await bookingById(app, booking.id)).allocations[0]?.releasedAt).toBe(app.clock.now().toISOString());
  });

  it("puts a draft's allocations under the booking's hold when it goes on hold", async () => {
    const { booking } = await bookingHolding('DRAFT');
    const held = expectSuccess<ReservedBooking>(
      await app.graphql(TRANSITION, { input: { id: booking.id, to: 'ON_HOLD', holdMinutes: 90 } }),
      'transitionBooking',
    );
    expect(held.allocations[0]?.holdExpiresAt).toBe(held.holdExpiresAt);
  });
});

describe('an override that commits a passed hold', () => {
  it('takes the capacity again when it is still free', async () => {
    const { booking, slot } = await bookingHolding('ON_HOLD');
    app.clock.advanceMinutes(31);
    await move(booking.id, ['override', 'CONFIRMED']);
    expect((await capacityOf(app, slot))?.consumed).toBe(2);
  });

  it('is refused with CapacityExhaustedError when someone else took it meanwhile', async () => {
    const { booking, slot } = await bookingHolding('ON_HOLD');
    app.clock.advanceMinutes(31);
    await reserved(app, [{ targetId: slot, quantity: 4 }]);
    const response = await app.graphql(
      OVERRIDE,
      { input: { id: booking.id, to: 'CONFIRMED', reason: 'late payment arrived' } },
      { as: ADMIN },
    );
    expect(
      expectOutcome<Record<string, unknown>>(response, 'overrideBookingStatus', 'CAPACITY_EXHAUSTED'),
    ).toMatchObject({ targetId: slot, requested: 2, remaining: 1 });
    expect((await bookingById(app, booking.id)).status).toBe('ON_HOLD');
  });
});

describe('lifecycle events', () => {
  /** A reservation announces booking.created and booking.on_hold before anything else happens. */
  const RESERVATION_EVENTS = 2;
  const eventsOf = (bookingId: string) =>
    app.events
      .filter((event) => event.bookingId === bookingId && event.type.startsWith('booking.'))
      .map((event) => ({ type: event.type, ...event.payload }));

  it('announces confirmation, start and completion', async () => {
    const { booking } = await bookingHolding('ON_HOLD');
    for (const to of ['CONFIRMED', 'IN_PROGRESS', 'COMPLETED']) await move(booking.id, ['transition', to]);
    expect(eventsOf(booking.id).map((event) => event.type)).toEqual([
      'booking.created',
      'booking.on_hold',
      'booking.confirmed',
      'booking.started',
      'booking.completed',
    ]);
  });

  it('announces a routed expiry with cause route', async () => {
    const { booking } = await bookingHolding('ON_HOLD');
    await move(booking.id, ['transition', 'EXPIRED']);
    expect(eventsOf(booking.id).slice(RESERVATION_EVENTS)).toEqual([
      expect.objectContaining({ type: 'booking.expired', cause: 'route', previousStatus: 'on_hold' }),
    ]);
  });

  it('announces a cancellation with the status it left', async () => {
    const { booking } = await bookingHolding('CONFIRMED');
    await move(booking.id, ['transition', 'CANCELLED']);
    expect(eventsOf(booking.id).at(-1)).toEqual(
      expect.objectContaining({ type: 'booking.cancelled', previousStatus: 'confirmed' }),
    );
  });

  it('announces an override as such', async () => {
    const { booking } = await bookingHolding('ON_HOLD');
    await move(booking.id, ['override', 'CANCELLED']);
    expect(eventsOf(booking.id).slice(RESERVATION_EVENTS)).toEqual([
      expect.objectContaining({ type: 'booking.status_overridden', previousStatus: 'on_hold', status: 'cancelled' }),
    ]);
  });

  it('announces the seats a cancellation gives back to the slot', async () => {
    const { booking, slot } = await bookingHolding('ON_HOLD');
    await move(booking.id, ['transition', 'CANCELLED']);
    const slotEvents = app.events.filter(
      (event) =>
        event.type === 'availability.slot.changed' && event.payload.slotId === slot && event.bookingId === booking.id,
    );
    expect(slotEvents.map((event) => event.payload.delta)).toEqual([2, -2]);
  });
});
