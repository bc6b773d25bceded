import type { DeliveredEvent } from '../../src/events/outbox';
import { TRANSITION, bookingById, countRows, declareCapacity, reserved } from '../fixtures/inventory';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
const delivered: DeliveredEvent[] = [];
let handlerFails = false;

beforeAll(async () => {
  app = await startTestApp({
    onEvent: (event) => {
      if (handlerFails) throw new Error('the event bus is down');
      delivered.push(event);
    },
  });
});
afterAll(() => app.stop());

const confirm = (id: string) => app.graphql(TRANSITION, { input: { id, to: 'CONFIRMED' } });
const deliveredFor = (bookingId: string) =>
  delivered.filter((event) => event.bookingId === bookingId && event.type.startsWith('booking.'));
const outboxRowsFor = (bookingId: string) =>
  countRows(app, `select 1 from booking_outbox where booking_id = $1 and type like 'booking.%'`, [bookingId]);

describe('the transactional outbox', () => {
  it('delivers a committed change’s event after the commit, and marks it delivered', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }]);
    expectSuccess(await confirm(booking.id), 'transitionBooking');
    expect(deliveredFor(booking.id).map((event) => event.type)).toEqual([
      'booking.created',
      'booking.on_hold',
      'booking.confirmed',
    ]);
    expect(
      await countRows(app, `select 1 from booking_outbox where booking_id = $1 and delivered_at is null`, [booking.id]),
    ).toBe(0);
  });

  it('emits nothing for a mutation refused as a business outcome', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }], { holdMinutes: 1 });
    app.clock.advanceMinutes(1);
    const reservation = { delivered: [...deliveredFor(booking.id)], rows: await outboxRowsFor(booking.id) };
    expectOutcome(await confirm(booking.id), 'transitionBooking', 'HOLD_EXPIRED');
    expect({ delivered: deliveredFor(booking.id), rows: await outboxRowsFor(booking.id) }).toEqual(reservation);
  });

  it('emits nothing for a mutation rolled back after it wrote its event', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }]);
    const reservation = { delivered: [...deliveredFor(booking.id)], rows: await outboxRowsFor(booking.id) };
    // A fault in the same transaction, after the booking.confirmed row is queued: the allocation update fails.
    await app.database.pool.query(`create function refuse_allocation_update() returns trigger language plpgsql as $$
      begin if new.booking_id = '${booking.id}' then raise exception 'injected fault'; end if; return new; end $$`);
    await app.database.pool.query(
      'create trigger refuse_allocation_update before update on booking_allocations for each row execute ' +
        'function refuse_allocation_update()',
    );
    try {
      expectGraphqlError(await confirm(booking.id), 'INTERNAL_SERVER_ERROR');
    } finally {
      await app.database.pool.query(
        'drop trigger refuse_allocation_update on booking_allocations; drop function refuse_allocation_update()',
      );
    }
    expect({
      delivered: deliveredFor(booking.id),
      rows: await outboxRowsFor(booking.id),
      status: (await bookingById(app, booking.id)).status,
    }).toEqual({
      ...reservation,
      status: 'ON_HOLD',
    });
  });

  it('keeps an event whose handler failed pending, and delivers it on the next attempt', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }]);
    handlerFails = true;
    try {
      expectSuccess(await confirm(booking.id), 'transitionBooking');
    } finally {
      handlerFails = false;
    }
    const pending = await app.database.pool.query<{ attempts: number; last_error: string }>(
      `select attempts, last_error from booking_outbox where booking_id = $1 and delivered_at is null`,
      [booking.id],
    );
    expect(pending.rows).toEqual([{ attempts: 1, last_error: 'the event bus is down' }]);
    await app.app.outbox.deliverPending();
    expect(deliveredFor(booking.id).map((event) => event.type)).toEqual([
      'booking.created',
      'booking.on_hold',
      'booking.confirmed',
    ]);
  });
});
