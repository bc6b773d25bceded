import { ADD_ITEM, REMOVE_ITEM, UPDATE_ITEM } from '../fixtures/booking-operations';
import { CREATE_BOOKING, bookingInput, transition } from '../fixtures/bookings';
import { ADD_ALLOCATION, ADMIN, OVERRIDE, RELEASE_ALLOCATION, declareCapacity, reserved } from '../fixtures/inventory';
import { expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;

// Test-only triggers note which transaction wrote each booking row and each outbox row, so a test
// can tell that an event committed in the very transaction that changed the booking.
const WRITE_LOG = `
  create table test_write_log (tbl text not null, row_id text not null, tx bigint not null);
  create function test_log_write() returns trigger language plpgsql as $$
    begin insert into test_write_log values (tg_table_name, new.id, txid_current()); return new; end $$;
  create trigger test_log_booking after insert or update on bookings for each row execute function test_log_write();
  create trigger test_log_event after insert on booking_outbox for each row execute function test_log_write();
`;

beforeAll(async () => {
  app = await startTestApp();
  await app.database.pool.query(WRITE_LOG);
});
afterAll(() => app.stop());

interface StoredEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

async function eventsOf(bookingId: string): Promise<StoredEvent[]> {
  const result = await app.database.pool.query<StoredEvent>(
    'select id, type, payload from booking_outbox where booking_id = $1 order by occurred_at, id',
    [bookingId],
  );
  return result.rows;
}

/** The events a step wrote for the booking, each with whether its transaction also wrote the booking row. */
async function eventsWrittenBy(
  bookingId: string,
  step: () => Promise<GraphqlResponse>,
): Promise<{ type: string; withBooking: boolean; payload: Record<string, unknown> }[]> {
  const before = new Set((await eventsOf(bookingId)).map((event) => event.id));
  await step();
  const fresh = (await eventsOf(bookingId)).filter((event) => !before.has(event.id));
  const result = await app.database.pool.query<{ row_id: string; same: boolean }>(
    `select e.row_id, exists (select 1 from test_write_log b where b.tbl = 'bookings' and b.row_id = $1 and
      b.tx = e.tx) as same
     from test_write_log e where e.tbl = 'booking_outbox' and e.row_id = any($2)`,
    [bookingId, fresh.map((event) => event.id)],
  );
  const same = new Map(result.rows.map((row) => [row.row_id, row.same]));
  return fresh.map((event) => ({ type: event.type, withBooking: same.get(event.id) ?? false, payload: event.payload }));
}

type Created = { __typename?: string; id: string; items: { id: string }[] };

const draft = async (): Promise<string> =>
  expectSuccess<Created>(await app.graphql(CREATE_BOOKING, { input: bookingInput() }), 'createBooking').id;

async function moved(path: string[]): Promise<string> {
  const id = await draft();
  for (const to of path) expectSuccess(await transition(app, id, to), 'transitionBooking');
  return id;
}

describe('each status a booking enters writes exactly one event of its type, in the same transaction', () => {
  it('created: booking.created, in the transaction that inserted the booking', async () => {
    const id = await draft();
    const [created, ...others] = await eventsOf(id);
    expect({ type: created?.type, status: created?.payload.status, others }).toEqual({
      type: 'booking.created',
      status: 'draft',
      others: [],
    });
    const sameTransaction = await app.database.pool.query<{ same: boolean }>(
      `select exists (select 1 from test_write_log e join test_write_log b on b.tx = e.tx
        where e.tbl = 'booking_outbox' and e.row_id = $1 and b.tbl = 'bookings' and b.row_id = $2) as same`,
      [created?.id, id],
    );
    expect(sameTransaction.rows[0]?.same).toBe(true);
  });

  it.each([
    { status: 'ON_HOLD', before: [], type: 'booking.on_hold' },
    { status: 'AWAITING_PAYMENT', before: [], type: 'booking.awaiting_payment' },
    { status: 'AWAITING_PAYMENT', before: ['ON_HOLD'], type: 'booking.awaiting_payment' },
    { status: 'CONFIRMED', before: [], type: 'booking.confirmed' },
    { status: 'CONFIRMED', before: ['AWAITING_PAYMENT'], type: 'booking.confirmed' },
    { status: 'IN_PROGRESS', before: ['CONFIRMED'], type: 'booking.started' },
    { status: 'COMPLETED', before: ['CONFIRMED', 'IN_PROGRESS'], type: 'booking.completed' },
    { status: 'EXPIRED', before: ['ON_HOLD'], type: 'booking.expired' },
    { status: 'CANCELLED', before: [], type: 'booking.cancelled' },
    { status: 'CANCELLED', before: ['CONFIRMED'], type: 'booking.cancelled' },
  ])('$status after $before: $type', async ({ status, before, type }) => {
    const id = await moved(before);
    const written = await eventsWrittenBy(id, () => transition(app, id, status));
    expect(written.map(({ type: written, withBooking }) => ({ type: written, withBooking }))).toEqual([
      { type, withBooking: true },
    ]);
    expect(written[0]?.payload).toMatchObject({ bookingId: id, status: status.toLowerCase() });
  });

  it('overridden: booking.status_overridden, and no event of the status it forced', async () => {
    const id = await draft();
    const written = await eventsWrittenBy(id, () =>
      app.graphql(OVERRIDE, { input: { id, to: 'COMPLETED', reason: 'closed by hand' } }, { as: ADMIN }),
    );
    expect(written.map(({ type, withBooking }) => ({ type, withBooking }))).toEqual([
      { type: 'booking.status_overridden', withBooking: true },
    ]);
    expect(written[0]?.payload).toMatchObject({ previousStatus: 'draft', status: 'completed' });
  });

  it('a reservation, created on hold, writes booking.created and booking.on_hold once each', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 3) }]);
    const types = (await eventsOf(booking.id)).map((event) => event.type).filter((type) => type.startsWith('booking.'));
    expect(types).toEqual(['booking.created', 'booking.on_hold']);
  });
});

describe('a refused mutation writes no event', () => {
  it.each([
    [
      'an illegal transition',
      async (id: string) =>
        expectOutcome(await transition(app, id, 'COMPLETED'), 'transitionBooking', 'INVALID_BOOKING_TRANSITION'),
    ],
    [
      'a stale expectedVersion',
      async (id: string) =>
        expectOutcome(
          await transition(app, id, 'CONFIRMED', { expectedVersion: 99 }),
          'transitionBooking',
          'VERSION_CONFLICT',
        ),
    ],
    [
      'an override to the same status',
      async (id: string) =>
        expectOutcome(
          await app.graphql(OVERRIDE, { input: { id, to: 'DRAFT', reason: 'no-op' } }, { as: ADMIN }),
          'overrideBookingStatus',
          'INVALID_BOOKING_TRANSITION',
        ),
    ],
  ])('%s', async (_name, refuse) => {
    const id = await draft();
    const before = await eventsOf(id);
    await refuse(id);
    expect(await eventsOf(id)).toEqual(before);
  });

  it('an allocation refused for want of capacity', async () => {
    const booking = await app.graphql<{ createBooking: { id: string; items: { id: string }[] } }>(CREATE_BOOKING, {
      input: bookingInput(),
    });
    const itemId = booking.data?.createBooking.items[0]?.id;
    const id = booking.data?.createBooking.id ?? '';
    const before = await eventsOf(id);
    const targetId = await declareCapacity(app, 1);
    expectOutcome(
      await app.graphql(ADD_ALLOCATION, { input: { bookingItemId: itemId, kind: 'SLOT', targetId, quantity: 2 } }),
      'addBookingAllocation',
      'CAPACITY_EXHAUSTED',
    );
    expect(await eventsOf(id)).toEqual(before);
  });
});

describe('item and allocation changes', () => {
  async function draftWithItems(): Promise<{ id: string; itemId: string; lastName: string }> {
    const input = bookingInput();
    const response = await app.graphql<{ createBooking: { id: string; items: { id: string }[] } }>(CREATE_BOOKING, {
      input,
    });
    const created = expectSuccess<Created>(response, 'createBooking');
    const contact = input.contact as { lastName: string };
    return { id: created.id, itemId: created.items[0]?.id ?? '', lastName: contact.lastName };
  }

  const only = async (id: string, step: () => Promise<GraphqlResponse>): Promise<Record<string, unknown>[]> => {
    const written = await eventsWrittenBy(id, step);
    expect(written.every((event) => event.withBooking)).toBe(true);
    return written.map(({ type, payload }) => ({ type, ...payload }));
  };

  it('announces an added item with its quantity', async () => {
    const { id } = await draftWithItems();
    const events = await only(id, () =>
      app.graphql(ADD_ITEM, {
        input: {
          bookingId: id,
          item: { title: 'Transfer', quantity: 3, unitSellAmount: { amountCents: 1000, currency: 'EUR' } },
        },
      }),
    );
    expect(events).toEqual([
      { type: 'booking.item.added', bookingId: id, itemId: expect.stringMatching(/^bkit_/), quantity: 3 },
    ]);
  });

  it('announces a quantity change with the quantity before and after', async () => {
    const { id, itemId } = await draftWithItems();
    const events = await only(id, () => app.graphql(UPDATE_ITEM, { input: { id: itemId, quantity: 5 } }));
    expect(events).toEqual([
      { type: 'booking.item.quantity_changed', bookingId: id, itemId, previousQuantity: 2, quantity: 5 },
    ]);
  });

  it('announces nothing for an item change that leaves its quantity alone', async () => {
    const { id, itemId } = await draftWithItems();
    expect(
      await only(id, () => app.graphql(UPDATE_ITEM, { input: { id: itemId, title: 'Danube delta boat tour' } })),
    ).toEqual([]);
  });

  it('announces a removed item', async () => {
    const { id, itemId } = await draftWithItems();
    expect(await only(id, () => app.graphql(REMOVE_ITEM, { id: itemId }))).toEqual([
      { type: 'booking.item.removed', bookingId: id, itemId },
    ]);
  });

  it('announces an allocation taken and one given back, next to the slot change', async () => {
    const { id, itemId, lastName } = await draftWithItems();
    const targetId = await declareCapacity(app, 5);
    const added = await only(id, () =>
      app.graphql(ADD_ALLOCATION, { input: { bookingItemId: itemId, kind: 'SLOT', targetId, quantity: 2 } }),
    );
    expect(added.map((event) => event.type)).toEqual(['availability.slot.changed', 'booking.allocation.added']);
    const allocationId = added[1]?.allocationId;
    expect(added[1]).toMatchObject({ kind: 'slot', targetId, quantity: 2, status: 'held' });
    const released = await only(id, () =>
      app.graphql(RELEASE_ALLOCATION, { input: { id: allocationId, reason: 'customer changed dates' } }),
    );
    expect(released.map((event) => event.type)).toEqual(['availability.slot.changed', 'booking.allocation.released']);
    expect(released[1]).toMatchObject({ allocationId, status: 'released', cause: 'allocation_released' });
    expect(JSON.stringify([...added, ...released])).not.toContain(lastName);
  });
});
