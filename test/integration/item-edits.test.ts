import { bookingInput } from '../fixtures/bookings';
import { CREATE_BOOKING_DETAIL, rowCounts, UPDATE_BOOKING } from '../fixtures/booking-operations';
import {
  ADMIN,
  ISSUE_FULFILLMENT,
  OVERRIDE,
  RESERVE_BOOKING,
  RECORD_REDEMPTION,
  TRANSITION,
  UPDATE_FULFILLMENT,
  capacityOf,
  countRows,
  declareCapacity,
  reservationInput,
  reserved,
  type AllocationRequest,
  type AllocationSummary,
} from '../fixtures/inventory';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  // One connection per concurrent request, so the database (not the pool) decides who waits.
  app = await startTestApp({ poolSize: 20 });
});
afterAll(() => app.stop());

const ALLOCATION = 'id kind targetId quantity status holdExpiresAt releasedAt';
const FULFILLMENT = 'id status voidedAt revokedAt item { id }';
const BOOKING_PARTS = `__typename id status version holdExpiresAt
  sellAmount { amountCents currency } costAmount { amountCents currency }
  items { id status quantity totalCostAmount { amountCents currency } allocations { ${ALLOCATION} } }
  fulfillments { ${FULFILLMENT} }`;
const EDITED_BOOKING = `__typename ... on Booking { ${BOOKING_PARTS} } ... on BookingError { code message }`;

const UPDATE_ITEM = `mutation($input: UpdateBookingItemInput!) { updateBookingItem(input: $input) { ${EDITED_BOOKING}
  ... on CapacityExhaustedError { kind targetId requested remaining }
  ... on AmbiguousReallocationError { itemId targetCount allocatedQuantity itemQuantity }
  ... on CostCurrencyMismatchError { itemId costCurrency itemCostCurrency } } }`;
const ADD_ITEM = `mutation($input: AddBookingItemInput!) { addBookingItem(input: $input) { ${EDITED_BOOKING}
  ... on CostCurrencyMismatchError { itemId costCurrency itemCostCurrency } } }`;
const REMOVE_ITEM = `mutation($id: ID!) { removeBookingItem(id: $id) { ${EDITED_BOOKING} ... on
  ItemTransitionError { from to } } }`;
const BOOKING = `query($id: ID!) { booking(id: $id) { ${BOOKING_PARTS} } }`;

type Allocation = Omit<AllocationSummary, 'confirmedAt' | 'item'>;
interface Issued {
  __typename: string;
  id: string;
}
interface Money {
  amountCents: number;
  currency: string;
}
interface EditedBooking {
  __typename: 'Booking';
  id: string;
  status: string;
  version: number;
  holdExpiresAt: string | null;
  sellAmount: Money;
  costAmount: Money | null;
  items: { id: string; status: string; quantity: number; totalCostAmount: Money | null; allocations: Allocation[] }[];
  fulfillments: {
    id: string;
    status: string;
    voidedAt: string | null;
    revokedAt: string | null;
    item: { id: string } | null;
  }[];
}

const seat = (quantity: number, allocations: AllocationRequest[], title = 'Danube delta departure') => ({
  title,
  quantity,
  unitSellAmount: { amountCents: 12500, currency: 'EUR' },
  allocations: allocations.map((request) => ({ kind: 'SLOT', ...request })),
});

async function readBooking(id: string): Promise<EditedBooking> {
  const response = await app.graphql<{ booking: EditedBooking }>(BOOKING, { id });
  expect(response.errors).toBeUndefined();
  const booking = response.data?.booking;
  if (!booking) throw new Error(`booking ${id} not found`);
  return booking;
}

/** A booking holding `quantity` seats of `slot` for its one item, confirmed unless `confirm` is false. */
async function bookingHolding(
  slot: string,
  quantity: number,
  options: { confirm?: boolean; allocations?: AllocationRequest[] } = {},
): Promise<EditedBooking> {
  const booking = await reserved(app, [], {
    items: [seat(quantity, options.allocations ?? [{ targetId: slot, quantity }])],
  });
  if (options.confirm !== false)
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to: 'CONFIRMED' } }), 'transitionBooking');
  return readBooking(booking.id);
}

const firstItem = (booking: EditedBooking) => {
  const [item] = booking.items;
  if (!item) throw new Error('the booking has no item');
  return item;
};

const setQuantity = (itemId: string, quantity: number) => app.graphql(UPDATE_ITEM, { input: { id: itemId, quantity } });

/** Seats of a slot that count against its capacity, straight from SQL. */
const liveSeats = async (slot: string): Promise<number> => {
  const result = await app.database.pool.query<{ seats: number }>(
    `select coalesce(sum(quantity), 0)::int as seats from booking_allocations
     where target_id = $1 and (status in ('confirmed', 'fulfilled') or (status = 'held' and hold_expires_at > $2))`,
    [slot, app.clock.now()],
  );
  return result.rows[0]?.seats ?? -1;
};

const slotChanges = (slot: string) =>
  app.events
    .filter((event) => event.type === 'availability.slot.changed' && event.payload.slotId === slot)
    .map((event) => ({ delta: event.payload.delta, cause: event.payload.cause }));

async function expectNothingWritten(action: () => Promise<GraphqlResponse>): Promise<GraphqlResponse> {
  const before = await rowCounts(app);
  const allocations = await app.database.pool.query(
    'select id, quantity, status, updated_at from booking_allocations order by id',
  );
  const response = await action();
  expect(await rowCounts(app)).toEqual(before);
  expect(
    (await app.database.pool.query('select id, quantity, status, updated_at from booking_allocations order by id'))
      .rows,
  ).toEqual(allocations.rows);
  return response;
}

describe('changing the quantity of an item that holds capacity', () => {
  it('takes one more seat when a confirmed item goes from 1 to 2', async () => {
    const slot = await declareCapacity(app, 5);
    const booking = await bookingHolding(slot, 1);
    const updated = expectSuccess<EditedBooking>(await setQuantity(firstItem(booking).id, 2), 'updateBookingItem');
    expect(firstItem(updated).allocations.map(({ quantity, status }) => ({ quantity, status }))).toEqual([
      { quantity: 2, status: 'CONFIRMED' },
    ]);
    expect(await capacityOf(app, slot)).toMatchObject({ consumed: 2, remaining: 3 });
    expect(await liveSeats(slot)).toBe(2);
    expect(slotChanges(slot).at(-1)).toEqual({ delta: 1, cause: 'item_quantity_changed' });
  });

  it('refuses with CapacityExhaustedError when no seat is left, and writes nothing', async () => {
    const slot = await declareCapacity(app, 1);
    const booking = await bookingHolding(slot, 1);
    const response = await expectNothingWritten(() => setQuantity(firstItem(booking).id, 2));
    const refused = expectOutcome<Record<string, unknown>>(response, 'updateBookingItem', 'CAPACITY_EXHAUSTED');
    expect(refused).toMatchObject({
      __typename: 'CapacityExhaustedError',
      kind: 'SLOT',
      targetId: slot,
      requested: 1,
      remaining: 0,
    });
    const after = await readBooking(booking.id);
    expect({
      quantity: firstItem(after).quantity,
      allocated: firstItem(after).allocations.map((allocation) => allocation.quantity),
      version: after.version,
    }).toEqual({
      quantity: 1,
      allocated: [1],
      version: booking.version,
    });
    expect(await liveSeats(slot)).toBe(1);
  });

  it('gives seats back when the quantity goes down, with the slot-change event', async () => {
    const slot = await declareCapacity(app, 5);
    const booking = await bookingHolding(slot, 3);
    const updated = expectSuccess<EditedBooking>(await setQuantity(firstItem(booking).id, 1), 'updateBookingItem');
    expect(firstItem(updated).allocations.map(({ quantity, status }) => ({ quantity, status }))).toEqual([
      { quantity: 1, status: 'CONFIRMED' },
    ]);
    expect(await capacityOf(app, slot)).toMatchObject({ consumed: 1, remaining: 4 });
    expect(slotChanges(slot).at(-1)).toEqual({ delta: -2, cause: 'item_quantity_changed' });
  });

  it('grows a held allocation within the booking hold', async () => {
    const slot = await declareCapacity(app, 5);
    const booking = await bookingHolding(slot, 1, { confirm: false });
    const updated = expectSuccess<EditedBooking>(await setQuantity(firstItem(booking).id, 3), 'updateBookingItem');
    expect(
      firstItem(updated).allocations.map(({ quantity, status, holdExpiresAt }) => ({
        quantity,
        status,
        holdExpiresAt,
      })),
    ).toEqual([{ quantity: 3, status: 'HELD', holdExpiresAt: booking.holdExpiresAt }]);
    expect(await liveSeats(slot)).toBe(3);
  });

  it('refuses with AmbiguousReallocationError when the item holds several targets', async () => {
    const [slot, pickup] = [await declareCapacity(app, 5), await declareCapacity(app, 5, { kind: 'PICKUP' })];
    const booking = await bookingHolding(slot, 1, {
      allocations: [
        { targetId: slot, quantity: 1 },
        { kind: 'PICKUP', targetId: pickup, quantity: 1 },
      ],
    });
    const item = firstItem(booking);
    const refused = expectOutcome<Record<string, unknown>>(
      await expectNothingWritten(() => setQuantity(item.id, 2)),
      'updateBookingItem',
      'AMBIGUOUS_REALLOCATION',
    );
    expect(refused).toMatchObject({
      __typename: 'AmbiguousReallocationError',
      itemId: item.id,
      targetCount: 2,
      allocatedQuantity: 2,
      itemQuantity: 1,
    });
  });

  it('refuses with AmbiguousReallocationError when the allocation does not mirror the quantity', async () => {
    const slot = await declareCapacity(app, 5);
    const booking = await bookingHolding(slot, 2, { allocations: [{ targetId: slot, quantity: 1 }] });
    const refused = expectOutcome<Record<string, unknown>>(
      await expectNothingWritten(() => setQuantity(firstItem(booking).id, 3)),
      'updateBookingItem',
      'AMBIGUOUS_REALLOCATION',
    );
    expect(refused).toMatchObject({ targetCount: 1, allocatedQuantity: 1, itemQuantity: 2 });
  });

  it('lets exactly one of two concurrent increases have the last seat, and never oversells', async () => {
    const ROUNDS = 8;
    for (let round = 0; round < ROUNDS; round += 1) {
      const slot = await declareCapacity(app, 3);
      const first = await bookingHolding(slot, 1);
      const second = await bookingHolding(slot, 1);
      const responses = await Promise.all([setQuantity(firstItem(first).id, 2), setQuantity(firstItem(second).id, 2)]);
      const typenames = responses.map(
        (response) => (response.data?.updateBookingItem as { __typename?: string } | undefined)?.__typename ?? 'error',
      );
      expect(typenames.sort()).toEqual(['Booking', 'CapacityExhaustedError']);
      expect(await liveSeats(slot)).toBe(3);
      // The winner's item and allocation agree; the loser's stayed as they were.
      expect(
        await countRows(
          app,
          `select 1 from booking_allocations a join booking_items i on i.id = a.item_id where a.target_id =
            $1 and a.quantity <> i.quantity`,
          [slot],
        ),
      ).toBe(0);
    }
  });
});

describe('removing an item', () => {
  it('releases its allocations (the rows stay) and announces the freed seats', async () => {
    const slot = await declareCapacity(app, 5);
    const booking = await reserved(app, [], {
      items: [seat(2, [{ targetId: slot, quantity: 2 }]), seat(1, [], 'Transfer')],
    });
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to: 'CONFIRMED' } }), 'transitionBooking');
    const before = await countRows(app, 'select 1 from booking_allocations where booking_id = $1', [booking.id]);
    const removedId = booking.items[0]?.id;
    const updated = expectSuccess<EditedBooking>(
      await app.graphql(REMOVE_ITEM, { id: removedId }),
      'removeBookingItem',
    );
    const removed = updated.items.find((item) => item.id === removedId);
    expect(removed?.status).toBe('CANCELLED');
    expect(removed?.allocations.map(({ status, releasedAt }) => ({ status, releasedAt }))).toEqual([
      { status: 'RELEASED', releasedAt: app.clock.now().toISOString() },
    ]);
    expect(await countRows(app, 'select 1 from booking_allocations where booking_id = $1', [booking.id])).toBe(before);
    expect(await liveSeats(slot)).toBe(0);
    expect(slotChanges(slot).at(-1)).toEqual({ delta: -2, cause: 'item_removed' });
    expect(updated.sellAmount.amountCents).toBe(12500);
  });

  it('voids its fulfillments', async () => {
    const booking = await bookingHolding(await declareCapacity(app, 5), 1);
    const item = firstItem(booking);
    const issue = (status: string) =>
      app.graphql(ISSUE_FULFILLMENT, {
        input: { bookingId: booking.id, bookingItemId: item.id, type: 'VOUCHER', deliveryChannel: 'EMAIL', status },
      });
    expectSuccess(await issue('ISSUED'), 'issueFulfillment', 'BookingFulfillment');
    expectSuccess(await issue('PENDING'), 'issueFulfillment', 'BookingFulfillment');
    const updated = expectSuccess<EditedBooking>(await app.graphql(REMOVE_ITEM, { id: item.id }), 'removeBookingItem');
    const now = app.clock.now().toISOString();
    expect(updated.fulfillments.map(({ status, voidedAt, item: of }) => ({ status, voidedAt, item: of?.id }))).toEqual([
      { status: 'VOIDED', voidedAt: now, item: item.id },
      { status: 'VOIDED', voidedAt: now, item: item.id },
    ]);
  });

  it('refuses to remove a redeemed item with ItemTransitionError, and writes nothing', async () => {
    const booking = await bookingHolding(await declareCapacity(app, 5), 1);
    const item = firstItem(booking);
    const voucher = expectSuccess<Issued>(
      await app.graphql(ISSUE_FULFILLMENT, {
        input: { bookingId: booking.id, bookingItemId: item.id, type: 'VOUCHER', deliveryChannel: 'EMAIL' },
      }),
      'issueFulfillment',
      'BookingFulfillment',
    );
    expectSuccess(
      await app.graphql(RECORD_REDEMPTION, { input: { bookingId: booking.id, fulfillmentId: voucher.id } }),
      'recordRedemption',
      'BookingRedemption',
    );
    const refused = expectOutcome<Record<string, unknown>>(
      await expectNothingWritten(() => app.graphql(REMOVE_ITEM, { id: item.id })),
      'removeBookingItem',
      'INVALID_ITEM_TRANSITION',
    );
    expect(refused).toMatchObject({ __typename: 'ItemTransitionError', from: 'FULFILLED', to: 'CANCELLED' });
  });
});

describe('cancelling a booking', () => {
  it('voids its fulfillments; a revoked one stays revoked', async () => {
    const booking = await bookingHolding(await declareCapacity(app, 5), 1);
    const issue = () =>
      app.graphql(ISSUE_FULFILLMENT, {
        input: {
          bookingId: booking.id,
          bookingItemId: firstItem(booking).id,
          type: 'VOUCHER',
          deliveryChannel: 'EMAIL',
        },
      });
    const kept = expectSuccess<Issued>(await issue(), 'issueFulfillment', 'BookingFulfillment');
    const revoked = expectSuccess<Issued>(await issue(), 'issueFulfillment', 'BookingFulfillment');
    expectSuccess(
      await app.graphql(UPDATE_FULFILLMENT, { input: { id: revoked.id, status: 'REVOKED' } }),
      'updateFulfillment',
      'BookingFulfillment',
    );
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to: 'CANCELLED' } }), 'transitionBooking');
    const after = await readBooking(booking.id);
    expect(Object.fromEntries(after.fulfillments.map((fulfillment) => [fulfillment.id, fulfillment.status]))).toEqual({
      [kept.id]: 'VOIDED',
      [revoked.id]: 'REVOKED',
    });
    expect(
      await countRows(
        app,
        `select 1 from booking_fulfillments where booking_id = $1 and status = 'voided' and voided_at is not null`,
        [booking.id],
      ),
    ).toBe(1);
  });

  it('voids them too when an admin expires a confirmed booking', async () => {
    const booking = await bookingHolding(await declareCapacity(app, 5), 1);
    expectSuccess(
      await app.graphql(ISSUE_FULFILLMENT, {
        input: { bookingId: booking.id, type: 'TICKET', deliveryChannel: 'API' },
      }),
      'issueFulfillment',
      'BookingFulfillment',
    );
    expectSuccess(
      await app.graphql(
        OVERRIDE,
        { input: { id: booking.id, to: 'EXPIRED', reason: 'supplier never confirmed' } },
        { as: ADMIN },
      ),
      'overrideBookingStatus',
    );
    expect((await readBooking(booking.id)).fulfillments.map((fulfillment) => fulfillment.status)).toEqual(['VOIDED']);
  });
});

describe('the booking cost', () => {
  const costed = (title: string, quantity: number, cost: Money | null) => ({
    title,
    quantity,
    unitSellAmount: { amountCents: 10000, currency: 'EUR' },
    unitCostAmount: cost,
  });
  const created = async (items: unknown[]) =>
    expectSuccess<EditedBooking>(
      await app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ items }) }),
      'createBooking',
    );

  it('is rolled up from the items’ costs, in their currency', async () => {
    const booking = await created([
      costed('Boat', 2, { amountCents: 6000, currency: 'USD' }),
      costed('Guide', 1, { amountCents: 2500, currency: 'USD' }),
      costed('Snacks', 1, null),
    ]);
    expect((await readBooking(booking.id)).costAmount).toEqual({ amountCents: 14500, currency: 'USD' });
  });

  it('follows every item change: add, quantity, unit cost, remove', async () => {
    const booking = await created([costed('Boat', 1, { amountCents: 6000, currency: 'USD' })]);
    const boat = firstItem(await readBooking(booking.id));
    const cost = async (response: GraphqlResponse, field: string) =>
      expectSuccess<EditedBooking>(response, field).costAmount;
    const added = expectSuccess<EditedBooking>(
      await app.graphql(ADD_ITEM, {
        input: { bookingId: booking.id, item: costed('Guide', 1, { amountCents: 2500, currency: 'USD' }) },
      }),
      'addBookingItem',
    );
    expect(added.costAmount).toEqual({ amountCents: 8500, currency: 'USD' });
    expect(await cost(await setQuantity(boat.id, 3), 'updateBookingItem')).toEqual({
      amountCents: 20500,
      currency: 'USD',
    });
    expect(
      await cost(await app.graphql(UPDATE_ITEM, { input: { id: boat.id, unitCostAmount: null } }), 'updateBookingItem'),
    ).toEqual({ amountCents: 2500, currency: 'USD' });
    const guide = added.items.find((item) => item.id !== boat.id);
    expect(await cost(await app.graphql(REMOVE_ITEM, { id: guide?.id }), 'removeBookingItem')).toBeNull();
  });

  it('moves to another currency when the only costed item does', async () => {
    const booking = await created([
      costed('Boat', 2, { amountCents: 6000, currency: 'USD' }),
      costed('Snacks', 1, null),
    ]);
    const boat = firstItem(await readBooking(booking.id));
    const updated = expectSuccess<EditedBooking>(
      await app.graphql(UPDATE_ITEM, {
        input: { id: boat.id, unitCostAmount: { amountCents: 5000, currency: 'RON' } },
      }),
      'updateBookingItem',
    );
    expect(updated.costAmount).toEqual({ amountCents: 10000, currency: 'RON' });
  });

  it('refuses an item that costs in another currency with CostCurrencyMismatchError, and writes nothing', async () => {
    const booking = await created([costed('Boat', 1, { amountCents: 6000, currency: 'USD' })]);
    const response = await expectNothingWritten(() =>
      app.graphql(ADD_ITEM, {
        input: { bookingId: booking.id, item: costed('Guide', 1, { amountCents: 2500, currency: 'RON' }) },
      }),
    );
    expect(expectOutcome<Record<string, unknown>>(response, 'addBookingItem', 'COST_CURRENCY_MISMATCH')).toMatchObject({
      __typename: 'CostCurrencyMismatchError',
      costCurrency: 'USD',
      itemCostCurrency: 'RON',
    });
  });

  it('refuses a cost change into another currency than the other items’, naming the changed item', async () => {
    const booking = await created([
      costed('Boat', 1, { amountCents: 6000, currency: 'USD' }),
      costed('Guide', 1, { amountCents: 2500, currency: 'USD' }),
    ]);
    const guide = (await readBooking(booking.id)).items[1];
    const response = await expectNothingWritten(() =>
      app.graphql(UPDATE_ITEM, { input: { id: guide?.id, unitCostAmount: { amountCents: 2500, currency: 'RON' } } }),
    );
    expect(
      expectOutcome<Record<string, unknown>>(response, 'updateBookingItem', 'COST_CURRENCY_MISMATCH'),
    ).toMatchObject({ itemId: guide?.id, costCurrency: 'USD', itemCostCurrency: 'RON' });
  });

  it('is rolled up on a reservation too', async () => {
    const booking = await reserved(app, [], {
      items: [{ ...seat(2, []), unitCostAmount: { amountCents: 4000, currency: 'USD' } }],
    });
    expect((await readBooking(booking.id)).costAmount).toEqual({ amountCents: 8000, currency: 'USD' });
  });

  it('refuses items in two cost currencies within one reserveBooking, at the item', async () => {
    const items = [
      { ...seat(1, []), unitCostAmount: { amountCents: 4000, currency: 'USD' } },
      { ...seat(1, [], 'Guide'), unitCostAmount: { amountCents: 900, currency: 'RON' } },
    ];
    expectGraphqlError(
      await app.graphql(RESERVE_BOOKING, { input: reservationInput([], { items }) }),
      'BAD_USER_INPUT',
      'input.items.1.unitCostAmount.currency',
    );
  });

  it('refuses items in two cost currencies within one createBooking, at the item', async () => {
    const response = await app.graphql(CREATE_BOOKING_DETAIL, {
      input: bookingInput({
        items: [
          costed('Boat', 1, { amountCents: 6000, currency: 'USD' }),
          costed('Guide', 1, { amountCents: 2500, currency: 'RON' }),
        ],
      }),
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.items.1.unitCostAmount.currency');
  });

  it.each([
    ['createBooking', () => app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ costAmountCents: 12000 }) })],
    [
      'updateBooking',
      async () =>
        app.graphql(UPDATE_BOOKING, {
          input: { id: (await created([costed('Boat', 1, null)])).id, costAmountCents: 12000 },
        }),
    ],
  ] as const)('is not typed in: %s refuses a costAmountCents', async (_mutation, send) => {
    expectGraphqlError(await send(), 'BAD_USER_INPUT', 'input.costAmountCents');
  });
});
