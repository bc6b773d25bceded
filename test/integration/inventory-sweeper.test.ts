import pino from 'pino';
import { startHoldSweeper, type Timers } from '../../src/services/hold-sweeper-job';
import {
  EXPIRE_STALE_HOLDS,
  TRANSITION,
  bookingById,
  capacityOf,
  countRows,
  declareCapacity,
  reserved,
  type ReservedBooking,
} from '../fixtures/inventory';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ poolSize: 20 });
});
afterAll(() => app.stop());

type SweepResult = { expireStaleHolds: { expiredBookingIds: string[]; expiredCount: number } };
const sweep = async (input: Record<string, unknown> = {}) => {
  const response = await app.graphql<SweepResult>(EXPIRE_STALE_HOLDS, { input });
  expect(response.errors).toBeUndefined();
  return response.data?.expireStaleHolds.expiredBookingIds ?? [];
};

async function heldBookings(count: number, holdMinutes: number): Promise<ReservedBooking[]> {
  const slot = await declareCapacity(app, count);
  return Promise.all(Array.from({ length: count }, () => reserved(app, [{ targetId: slot }], { holdMinutes })));
}

describe('expireStaleHolds', () => {
  it('expires an on-hold booking whose hold passed, with its allocations and items', async () => {
    const [booking] = await heldBookings(1, 10);
    app.clock.advanceMinutes(10);
    expect(await sweep()).toContain(booking?.id);
    const after = await bookingById(app, booking?.id ?? '');
    expect([after.status, after.expiredAt, after.allocations[0]?.status, after.items[0]?.status]).toEqual([
      'EXPIRED',
      app.clock.now().toISOString(),
      'EXPIRED',
      'EXPIRED',
    ]);
  });

  it('expires an awaiting-payment booking whose hold passed', async () => {
    const [booking] = await heldBookings(1, 10);
    await app.graphql(TRANSITION, { input: { id: booking?.id, to: 'AWAITING_PAYMENT' } });
    app.clock.advanceMinutes(10);
    expect(await sweep()).toContain(booking?.id);
  });

  it('leaves live holds alone', async () => {
    const [booking] = await heldBookings(1, 10);
    app.clock.advanceMinutes(9);
    expect(await sweep()).not.toContain(booking?.id);
  });

  it('expires only holds passed before `before`, and never looks past now', async () => {
    const early = await reserved(app, [{ targetId: await declareCapacity(app, 1) }], { holdMinutes: 10 });
    const late = await reserved(app, [{ targetId: await declareCapacity(app, 1) }], { holdMinutes: 20 });
    const start = app.clock.now().getTime();
    app.clock.advanceMinutes(15);
    const expired = await sweep({ before: new Date(start + 60 * 60_000).toISOString() });
    expect([expired.includes(early.id), expired.includes(late.id)]).toEqual([true, false]);
  });

  it('records a hold_expired activity by the system sweeper and a booking.expired event with cause sweep', async () => {
    const [booking] = await heldBookings(1, 5);
    app.clock.advanceMinutes(5);
    await sweep();
    const response = await app.graphql<{
      booking: { activity: { edges: { node: { type: string; actorId: string; actorType: string } }[] } };
    }>(`query($id: ID!) { booking(id: $id) { activity(first: 1) { edges { node { type actorId actorType } } } } }`, {
      id: booking?.id,
    });
    expect(response.data?.booking.activity.edges[0]?.node).toEqual({
      type: 'hold_expired',
      actorId: 'system:hold-sweeper',
      actorType: 'SYSTEM',
    });
    expect(
      app.events
        .filter((event) => event.bookingId === booking?.id && event.type === 'booking.expired')
        .map((event) => event.payload.cause),
    ).toEqual(['sweep']);
  });

  it('announces no seat change for holds that had already stopped counting', async () => {
    const slot = await declareCapacity(app, 1);
    const booking = await reserved(app, [{ targetId: slot }], { holdMinutes: 5 });
    app.clock.advanceMinutes(5);
    await sweep();
    expect(
      app.events
        .filter((event) => event.bookingId === booking.id && event.type === 'availability.slot.changed')
        .map((event) => event.payload.delta),
    ).toEqual([1]);
    expect((await capacityOf(app, slot))?.consumed).toBe(0);
  });

  it('needs the bookings:admin scope', async () => {
    const response = await app.graphql(
      EXPIRE_STALE_HOLDS,
      { input: {} },
      { as: { sub: 'usr_agent', type: 'user', scope: 'bookings:write' } },
    );
    expectGraphqlError(response, 'FORBIDDEN');
  });
});

describe('two sweepers in parallel', () => {
  it('expire each booking exactly once, with one activity row and one outbox event each', async () => {
    const bookings = await heldBookings(30, 10);
    const ids = bookings.map((booking) => booking.id);
    app.clock.advanceMinutes(10);
    const [first, second] = await Promise.all([sweep(), sweep()]);
    const mine = (expired: string[]) => expired.filter((id) => ids.includes(id));
    expect([...mine(first ?? []), ...mine(second ?? [])].sort()).toEqual([...ids].sort());
    const perBooking = await app.database.pool.query<{ activities: number; events: number }>(
      `select (select count(*)::int from booking_activities a where a.booking_id = b.id and a.type =
        'hold_expired') as activities,
              (select count(*)::int from booking_outbox o where o.booking_id = b.id and o.type =
              'booking.expired') as events
       from bookings b where b.id = any($1)`,
      [ids],
    );
    expect(perBooking.rows).toEqual(ids.map(() => ({ activities: 1, events: 1 })));
  });
});

describe('the in-process sweeper job', () => {
  const logger = pino({ level: 'silent' });
  const manualTimers = () => {
    const scheduled: { callback: () => void; milliseconds: number; cleared: boolean }[] = [];
    const timers: Timers = {
      setInterval: (callback, milliseconds) => {
        const entry = { callback, milliseconds, cleared: false };
        scheduled.push(entry);
        return entry;
      },
      clearInterval: (handle) => {
        for (const entry of scheduled) if (entry === handle) entry.cleared = true;
      },
    };
    return { timers, scheduled };
  };
  const jobFor = (intervalSeconds: number, timers: Timers) =>
    startHoldSweeper({
      em: app.database.orm.em,
      clock: app.clock,
      config: app.config,
      outbox: app.app.outbox,
      intervalSeconds,
      logger,
      timers,
    });

  it('is not started when the interval is 0', () => {
    const { timers, scheduled } = manualTimers();
    expect([jobFor(0, timers), scheduled.length]).toEqual([null, 0]);
  });

  it('runs every HOLD_SWEEP_INTERVAL_SECONDS and expires passed holds when it fires', async () => {
    const { timers, scheduled } = manualTimers();
    const job = jobFor(30, timers);
    const [booking] = await heldBookings(1, 10);
    app.clock.advanceMinutes(10);
    scheduled[0]?.callback();
    await job?.runOnce();
    await job?.stop();
    expect([scheduled[0]?.milliseconds, (await bookingById(app, booking?.id ?? '')).status]).toEqual([
      30_000,
      'EXPIRED',
    ]);
  });

  it('stops scheduling on stop', async () => {
    const { timers, scheduled } = manualTimers();
    await jobFor(30, timers)?.stop();
    expect(scheduled[0]?.cleared).toBe(true);
  });

  it('leaves no booking half-expired when it shares the work with an admin sweep', async () => {
    const { timers } = manualTimers();
    const job = jobFor(30, timers);
    const bookings = await heldBookings(10, 10);
    app.clock.advanceMinutes(10);
    await Promise.all([job?.runOnce(), sweep()]);
    await job?.stop();
    const ids = bookings.map((booking) => booking.id);
    expect(
      await countRows(app, `select 1 from booking_activities where booking_id = any($1) and type = 'hold_expired'`, [
        ids,
      ]),
    ).toBe(10);
  });
});
