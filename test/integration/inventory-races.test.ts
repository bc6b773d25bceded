import {
  TRANSITION,
  bookingById,
  capacityOf,
  countRows,
  declareCapacity,
  reserve,
  typenameOf,
} from '../fixtures/inventory';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  // One connection per concurrent request, so the database (not the pool) decides who waits.
  app = await startTestApp({ poolSize: 50 });
});
afterAll(() => app.stop());

const tally = (typenames: (string | undefined)[]) =>
  typenames.reduce<Record<string, number>>(
    (counts, name) => ({ ...counts, [name ?? 'none']: (counts[name ?? 'none'] ?? 0) + 1 }),
    {},
  );

describe('fifty buyers racing for ten seats', () => {
  it('produce exactly ten holds and forty CapacityExhaustedErrors, and the slot counts ten consumed', async () => {
    const slot = await declareCapacity(app, 10);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => reserve(app, [{ targetId: slot, quantity: 1 }])),
    );
    expect(tally(responses.map((response) => typenameOf(response, 'reserveBooking')))).toEqual({
      Booking: 10,
      CapacityExhaustedError: 40,
    });
    expect(await capacityOf(app, slot)).toMatchObject({ capacity: 10, consumed: 10, remaining: 0 });
    expect(
      await countRows(app, `select 1 from booking_allocations where target_id = $1 and status = 'held'`, [slot]),
    ).toBe(10);
    expect(
      await countRows(
        app,
        `select 1 from bookings b join booking_allocations a on a.booking_id = b.id where a.target_id = $1
          and b.status = 'on_hold'`,
        [slot],
      ),
    ).toBe(10);
  });
});

describe('reservations of {A, B} and {B, A} at the same time', () => {
  it('never deadlock, over a hundred rounds', async () => {
    const a = await declareCapacity(app, 1000);
    const b = await declareCapacity(app, 1000);
    const typenames: (string | undefined)[] = [];
    const ROUNDS = 100;
    const PARALLEL_ROUNDS = 5;
    for (let round = 0; round < ROUNDS; round += PARALLEL_ROUNDS) {
      const pairs = Array.from({ length: PARALLEL_ROUNDS }, () => [
        reserve(app, [{ targetId: a }, { targetId: b }]),
        reserve(app, [{ targetId: b }, { targetId: a }]),
      ]);
      const responses = await Promise.all(pairs.flat());
      typenames.push(...responses.map((response) => typenameOf(response, 'reserveBooking')));
    }
    expect(tally(typenames)).toEqual({ Booking: 2 * ROUNDS });
    expect([(await capacityOf(app, a))?.consumed, (await capacityOf(app, b))?.consumed]).toEqual([
      2 * ROUNDS,
      2 * ROUNDS,
    ]);
  });
});

describe('confirming and expiring one booking at the same time', () => {
  it('ends in one consistent state: one move wins, and its parts and capacity follow it', async () => {
    const slot = await declareCapacity(app, 20);
    const outcomes: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      const reservation = await reserve(app, [{ targetId: slot }]);
      const id = (reservation.data?.reserveBooking as { id: string }).id;
      const [confirm, expire] = await Promise.all([
        app.graphql(TRANSITION, { input: { id, to: 'CONFIRMED' } }),
        app.graphql(TRANSITION, { input: { id, to: 'EXPIRED' } }),
      ]);
      expect([typenameOf(confirm, 'transitionBooking'), typenameOf(expire, 'transitionBooking')].sort()).toEqual([
        'Booking',
        'BookingTransitionError',
      ]);
      const after = await bookingById(app, id);
      const parts = after.status === 'CONFIRMED' ? 'CONFIRMED' : 'EXPIRED';
      expect({
        status: after.status,
        allocations: after.allocations.map((allocation) => allocation.status),
        items: after.items.map((item) => item.status),
      }).toEqual({
        status: parts,
        allocations: [parts],
        items: [parts],
      });
      outcomes.push(after.status);
    }
    expect((await capacityOf(app, slot))?.consumed).toBe(outcomes.filter((status) => status === 'CONFIRMED').length);
  });
});
