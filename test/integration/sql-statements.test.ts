import { typeid } from 'typeid-js';
import {
  ADD_NOTE,
  ADD_ITEM,
  ADD_TRAVELER,
  createDetailedBooking,
  LINK_ITEM_TRAVELER,
  UPSERT_SUPPLIER_STATUS,
  type BookingDetail,
} from '../fixtures/booking-operations';
import { bookingInput, CREATE_BOOKING } from '../fixtures/bookings';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
const seeded: BookingDetail[] = [];

/** Runs the calls a few at a time: quicker than one by one, gentler than all at once. */
async function inBatches<T>(count: number, size: number, call: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, offset) => call(start + offset));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

beforeAll(async () => {
  app = await startTestApp();
  seeded.push(
    ...(await inBatches(100, 4, () =>
      createDetailedBooking(app, bookingInput({ origin: { originSource: 'MANUAL' } })),
    )),
  );
  await inBatches(seeded.length, 4, async (index) => {
    const booking = seeded[index];
    await app.graphql(ADD_NOTE, { input: { bookingId: booking.id, content: 'Guest asked for a quiet room' } });
    await app.graphql(LINK_ITEM_TRAVELER, {
      input: { itemId: booking.items[0].id, travelerId: booking.travelers[0].id },
    });
  });
});
afterAll(() => app.stop());

/** The statement count a request reported, after checking it succeeded. */
function statements(response: GraphqlResponse): number {
  expect(response.errors).toBeUndefined();
  expect(Number.isInteger(response.sqlStatements)).toBe(true);
  return response.sqlStatements;
}

describe('bookings connection', () => {
  const LIST = `query($first: Int) { bookings(first: $first) { totalCount edges { node {
    id bookingNumber sellAmount { amountCents currency }
    items { id title totalSellAmount { amountCents currency } }
    travelers { id firstName lastName }
    origin { originSource }
    notes { id content }
  } } } }`;

  const DEEP = `query($first: Int) { bookings(first: $first) { totalCount edges { node {
    id
    items { id travelers { role traveler { id firstName } } }
    travelers { id items { role item { id title } } }
    origin { originSource }
    notes { id }
    supplierStatuses { id }
    activity(first: 3) { totalCount edges { node { type } } }
  } } } }`;

  it('answers 50 bookings with items, travelers, origin and notes in as many statements as 5', async () => {
    const five = await app.graphql<{ bookings: { edges: unknown[] } }>(LIST, { first: 5 });
    const fifty = await app.graphql<{ bookings: { edges: unknown[] } }>(LIST, { first: 50 });
    expect(fifty.data?.bookings.edges).toHaveLength(50);
    expect(statements(fifty)).toBe(statements(five));
  });

  it(
    'answers that list in 3 statements: the page with its parts, the notes, ' + 'the audit of the names it revealed',
    async () => {
      expect(statements(await app.graphql(LIST, { first: 50 }))).toBe(3);
    },
  );

  it('keeps the count flat with links, supplier statuses and activity nested too', async () => {
    const five = await app.graphql(DEEP, { first: 5 });
    const hundred = await app.graphql(DEEP, { first: 100 });
    expect(statements(hundred)).toBe(statements(five));
  });
});

describe('booking(id)', () => {
  const EVERYTHING = `query($id: ID!) { booking(id: $id) {
    id status allowedTransitions contact { firstName email } sellAmount { amountCents } costAmount { amountCents }
    items { id booking { id } travelers { role item { id } traveler { id booking { id } } } }
    travelers { id booking { id } items { role item { id title } traveler { id } } }
    origin { originSource }
    notes { id content }
    supplierStatuses { id cost { amountCents } }
    activity(first: 10) { totalCount edges { node { type } } }
  } }`;

  /** A booking with at least one of every part, and `size` of the repeatable ones. */
  async function bookingOfSize(size: number): Promise<string> {
    const booking = await createDetailedBooking(
      app,
      bookingInput({
        origin: { originSource: 'MANUAL' },
        items: Array.from({ length: size }, (_, n) => ({
          title: `Item ${n}`,
          unitSellAmount: { amountCents: 100, currency: 'EUR' },
        })),
        travelers: Array.from({ length: size }, (_, n) => ({
          firstName: 'Guest',
          lastName: `No${n}`,
          isPrimary: n === 0,
        })),
      }),
    );
    for (const item of booking.items) {
      for (const traveler of booking.travelers)
        await app.graphql(LINK_ITEM_TRAVELER, { input: { itemId: item.id, travelerId: traveler.id } });
    }
    for (let n = 0; n < size; n += 1) {
      await app.graphql(ADD_NOTE, { input: { bookingId: booking.id, content: `note ${n}` } });
      await app.graphql(UPSERT_SUPPLIER_STATUS, {
        input: { bookingId: booking.id, serviceName: `Service ${n}`, status: 'PENDING' },
      });
    }
    return booking.id;
  }

  it('reads a booking with every part nested in the same number of statements, whatever its size', async () => {
    const small = await app.graphql(EVERYTHING, { id: await bookingOfSize(1) });
    const large = await app.graphql(EVERYTHING, { id: await bookingOfSize(6) });
    expect(statements(large)).toBe(statements(small));
  });

  it('answers an unknown booking in one statement when no children are selected', async () => {
    const response = await app.graphql(`query($id: ID!) { booking(id: $id) { id status } }`, {
      id: typeid('book').toString(),
    });
    expect(response.data).toEqual({ booking: null });
    expect(statements(response)).toBe(1);
  });

  it('answers an unknown booking in one statement when its items and travelers are selected', async () => {
    const response = await app.graphql(`query($id: ID!) { booking(id: $id) { id items { id } travelers { id } } }`, {
      id: typeid('book').toString(),
    });
    expect(response.data).toEqual({ booking: null });
    expect(statements(response)).toBe(1);
  });

  it('reads a booking with its items and travelers in one statement', async () => {
    const id = await bookingOfSize(3);
    const response = await app.graphql(
      `query($id: ID!) { booking(id: $id) { id items { id title totalSellAmount { amountCents } } travelers { id } } }`,
      { id },
    );
    expect(response.errors).toBeUndefined();
    expect(statements(response)).toBe(1);
  });
});

describe('_entities', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Booking { id items { id } } } }`;
  const byId = (count: number) => seeded.slice(0, count).map((booking) => ({ __typename: 'Booking', id: booking.id }));

  it.each([1, 10, 100])('resolves %i Booking representations in as many statements as one', async (count) => {
    const one = await app.graphql(ENTITIES, { r: byId(1) });
    const many = await app.graphql<{ _entities: { id: string; items: unknown[] }[] }>(ENTITIES, { r: byId(count) });
    expect(many.data?._entities.map((entity) => entity.id)).toEqual(
      seeded.slice(0, count).map((booking) => booking.id),
    );
    expect(statements(many)).toBe(statements(one));
  });

  it('loads the bookings themselves in a single statement', async () => {
    const response = await app.graphql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Booking { id status } } }`,
      { r: byId(100) },
    );
    expect(statements(response)).toBe(1);
  });

  it('resolves representations by booking number alongside ids in the same count', async () => {
    const mixed = seeded
      .slice(0, 50)
      .map((booking, index) =>
        index % 2 === 0
          ? { __typename: 'Booking', id: booking.id }
          : { __typename: 'Booking', bookingNumber: booking.bookingNumber },
      );
    const few = await app.graphql(ENTITIES, { r: mixed.slice(0, 2) });
    const response = await app.graphql<{ _entities: { id: string }[] }>(ENTITIES, { r: mixed });
    expect(response.data?._entities.map((entity) => entity.id)).toEqual(
      seeded.slice(0, 50).map((booking) => booking.id),
    );
    expect(statements(response)).toBe(statements(few));
  });

  it('answers null for unknown representations without extra statements', async () => {
    const known = await app.graphql(ENTITIES, { r: byId(10) });
    const withUnknown = await app.graphql<{ _entities: ({ id: string } | null)[] }>(ENTITIES, {
      r: [...byId(10), { __typename: 'Booking', id: typeid('book').toString() }],
    });
    expect(withUnknown.data?._entities[10]).toBeNull();
    expect(statements(withUnknown)).toBe(statements(known));
  });
});

describe('mutations', () => {
  it('create a booking with twenty items and travelers in as many statements as with one', async () => {
    const sized = (size: number) =>
      bookingInput({
        items: Array.from({ length: size }, (_, n) => ({
          title: `Item ${n}`,
          unitSellAmount: { amountCents: 100, currency: 'EUR' },
        })),
        travelers: Array.from({ length: size }, (_, n) => ({ firstName: 'Guest', lastName: `No${n}` })),
      });
    const one = await app.graphql(CREATE_BOOKING, { input: sized(1) });
    const twenty = await app.graphql(CREATE_BOOKING, { input: sized(20) });
    expect(statements(twenty)).toBe(statements(one));
  });

  it('change a part of a large booking in as many statements as of a small one', async () => {
    const small = await createDetailedBooking(app, bookingInput());
    const large = await createDetailedBooking(
      app,
      bookingInput({
        items: Array.from({ length: 20 }, (_, n) => ({
          title: `Item ${n}`,
          unitSellAmount: { amountCents: 100, currency: 'EUR' },
        })),
        travelers: Array.from({ length: 20 }, (_, n) => ({ firstName: 'Guest', lastName: `No${n}` })),
      }),
    );
    const item = { title: 'Extra', unitSellAmount: { amountCents: 100, currency: 'EUR' } };
    const onSmall = await app.graphql(ADD_ITEM, { input: { bookingId: small.id, item } });
    const onLarge = await app.graphql(ADD_ITEM, { input: { bookingId: large.id, item } });
    expect(statements(onLarge)).toBe(statements(onSmall));
    const travelerOnSmall = await app.graphql(ADD_TRAVELER, {
      input: { bookingId: small.id, traveler: { firstName: 'Late', lastName: 'Guest' } },
    });
    const travelerOnLarge = await app.graphql(ADD_TRAVELER, {
      input: { bookingId: large.id, traveler: { firstName: 'Late', lastName: 'Guest' } },
    });
    expect(statements(travelerOnLarge)).toBe(statements(travelerOnSmall));
  });
});
