import { randomInt } from 'node:crypto';
import { typeid } from 'typeid-js';
import {
  ACTIVITY_QUERY,
  ADD_NOTE,
  createBareBooking,
  createDetailedBooking,
  UPSERT_SUPPLIER_STATUS,
  type ActivityPage,
  type BookingDetail,
} from '../fixtures/booking-operations';
import { bookingIn, bookingInput, createBooking, type BookingSummary } from '../fixtures/bookings';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type Caller, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const BOOKINGS = `query Bookings($first: Int, $after: String, $filter: BookingFilter, $orderBy: BookingOrder) {
  bookings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id bookingNumber status startDate createdAt sellAmount { amountCents currency } } }
  }
}`;

interface BookingNode {
  id: string;
  bookingNumber: string;
  status: string;
  startDate: string | null;
  createdAt: string;
  sellAmount: { amountCents: number; currency: string };
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: BookingNode }[];
}

async function page(variables: Record<string, unknown>, as?: Caller): Promise<Connection> {
  const response = await app.graphql<{ bookings: Connection }>(BOOKINGS, variables, as ? { as } : {});
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('no data');
  return response.data.bookings;
}

/** Ids of every booking the filter matches, walking the connection `size` at a time. */
async function walk(
  filter: Record<string, unknown>,
  orderBy: Record<string, unknown> | undefined,
  size: number,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const current: Connection = await page({ first: size, after, filter, orderBy });
    ids.push(...current.edges.map((edge) => edge.node.id));
    if (!current.pageInfo.hasNextPage) return ids;
    after = current.pageInfo.endCursor;
  }
}

const ids = (connection: Connection) => connection.edges.map((edge) => edge.node.id);
const newPerson = () => typeid('pers').toString();

/** Creates a bare booking at the given instant, so createdAt is chosen by the test. */
async function bookingCreatedAt(at: string, overrides: Record<string, unknown> = {}): Promise<BookingSummary> {
  app.clock.set(at);
  return createBareBooking(app, overrides);
}

describe('booking and bookingByNumber', () => {
  it('finds a booking by id', async () => {
    const booking = await createBooking(app);
    const response = await app.graphql<{ booking: { id: string; bookingNumber: string } }>(
      `query($id: ID!) { booking(id: $id) { id bookingNumber } }`,
      { id: booking.id },
    );
    expect(response.data?.booking).toEqual({ id: booking.id, bookingNumber: booking.bookingNumber });
  });

  it('finds a booking by its number', async () => {
    const booking = await createBooking(app);
    const response = await app.graphql<{ bookingByNumber: { id: string } }>(
      `query($n: String!) { bookingByNumber(bookingNumber: $n) { id } }`,
      { n: booking.bookingNumber },
    );
    expect(response.data?.bookingByNumber).toEqual({ id: booking.id });
  });

  it('answers null for an unknown id', async () => {
    const response = await app.graphql(`query($id: ID!) { booking(id: $id) { id } }`, {
      id: typeid('book').toString(),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ booking: null });
  });

  it('answers null for an unknown number', async () => {
    const response = await app.graphql(`query { bookingByNumber(bookingNumber: "BK-0000-000000") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ bookingByNumber: null });
  });

  it('refuses an id that is not a booking TypeID', async () => {
    const response = await app.graphql(`query($id: ID!) { booking(id: $id) { id } }`, {
      id: typeid('bkit').toString(),
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'id');
  });
});

describe('bookings: page size', () => {
  it.each([0, 101, -1])('refuses first: %i', async (first) => {
    const response = await app.graphql(BOOKINGS, { first });
    const error = expectGraphqlError(response, 'BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('first');
  });

  it('accepts first: 100', async () => {
    const connection = await page({ first: 100 });
    expect(connection.edges.length).toBeLessThanOrEqual(100);
  });

  it('returns 20 bookings by default, with the total and a next page', async () => {
    const personId = newPerson();
    for (let n = 0; n < 21; n += 1) await createBareBooking(app, { personId });
    const connection = await page({ filter: { personId } });
    expect(connection.edges).toHaveLength(20);
    expect(connection.totalCount).toBe(21);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });
});

describe('bookings: keyset pagination', () => {
  it('pages through a filtered set with a stable totalCount and no overlap', async () => {
    const personId = newPerson();
    const created: string[] = [];
    for (let n = 0; n < 5; n += 1)
      created.push((await bookingCreatedAt(`2029-01-01T00:0${n}:00.000Z`, { personId })).id);
    const first = await page({ first: 2, filter: { personId } });
    const second = await page({ first: 2, after: first.pageInfo.endCursor, filter: { personId } });
    const third = await page({ first: 2, after: second.pageInfo.endCursor, filter: { personId } });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual([...created].reverse());
    expect([first.totalCount, second.totalCount, third.totalCount]).toEqual([5, 5, 5]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([
      true,
      true,
      false,
    ]);
    expect([first.pageInfo.hasPreviousPage, second.pageInfo.hasPreviousPage]).toEqual([false, true]);
    expect(first.pageInfo.startCursor).toBe(first.edges[0].cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges[1].cursor);
  });

  it('keeps the next pages free of duplicates and gaps when newer bookings arrive (newest first)', async () => {
    const personId = newPerson();
    const original: string[] = [];
    for (let n = 0; n < 5; n += 1)
      original.push((await bookingCreatedAt(`2029-02-01T00:0${n}:00.000Z`, { personId })).id);
    const first = await page({ first: 2, filter: { personId } });
    for (let n = 0; n < 3; n += 1) await bookingCreatedAt(`2029-02-02T00:0${n}:00.000Z`, { personId });
    const second = await page({ first: 2, after: first.pageInfo.endCursor, filter: { personId } });
    const third = await page({ first: 2, after: second.pageInfo.endCursor, filter: { personId } });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual([...original].reverse());
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.totalCount).toBe(8);
  });

  it('shows bookings that arrive while paging exactly once (oldest first)', async () => {
    const personId = newPerson();
    const all: string[] = [];
    for (let n = 0; n < 4; n += 1) all.push((await bookingCreatedAt(`2029-03-01T00:0${n}:00.000Z`, { personId })).id);
    const orderBy = { field: 'CREATED_AT', direction: 'ASC' };
    const first = await page({ first: 3, filter: { personId }, orderBy });
    for (let n = 0; n < 2; n += 1) all.push((await bookingCreatedAt(`2029-03-02T00:0${n}:00.000Z`, { personId })).id);
    const second = await page({ first: 3, after: first.pageInfo.endCursor, filter: { personId }, orderBy });
    expect([...ids(first), ...ids(second)]).toEqual(all);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('answers an empty page past the end with the total still counted', async () => {
    const personId = newPerson();
    await createBareBooking(app, { personId });
    const first = await page({ first: 1, filter: { personId } });
    const past = await page({ first: 1, after: first.pageInfo.endCursor, filter: { personId } });
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(1);
    expect(past.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it('answers an empty connection when nothing matches', async () => {
    const connection = await page({ filter: { personId: newPerson() } });
    expect(connection).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('refuses a cursor issued for another ordering', async () => {
    const personId = newPerson();
    await createBareBooking(app, { personId });
    await createBareBooking(app, { personId });
    const byNumber = await page({
      first: 1,
      filter: { personId },
      orderBy: { field: 'BOOKING_NUMBER', direction: 'ASC' },
    });
    const response = await app.graphql(BOOKINGS, {
      first: 1,
      after: byNumber.pageInfo.endCursor,
      filter: { personId },
      orderBy: { field: 'SELL_AMOUNT', direction: 'ASC' },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT');
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await app.graphql(BOOKINGS, { first: 2, after: 'not-a-cursor' });
    expectGraphqlError(response, 'BAD_USER_INPUT');
  });
});

describe('bookings: filters', () => {
  it('filters by a list of statuses', async () => {
    const personId = newPerson();
    const draft = await createBareBooking(app, { personId });
    const cancelled = await createBareBooking(app, { personId });
    const confirmed = await createBareBooking(app, { personId });
    await app.graphql(`mutation($id: ID!) { a: transitionBooking(input: { id: $id, to: CANCELLED }) { __typename } }`, {
      id: cancelled.id,
    });
    await app.graphql(`mutation($id: ID!) { a: transitionBooking(input: { id: $id, to: CONFIRMED }) { __typename } }`, {
      id: confirmed.id,
    });
    const connection = await page({ filter: { personId, status: ['DRAFT', 'CANCELLED'] } });
    expect(ids(connection).sort()).toEqual([draft.id, cancelled.id].sort());
    expect(connection.totalCount).toBe(2);
  });

  it('filters by person', async () => {
    const personId = newPerson();
    const mine = await createBareBooking(app, { personId });
    await createBareBooking(app, { personId: newPerson() });
    expect(ids(await page({ filter: { personId } }))).toEqual([mine.id]);
  });

  it('filters by organization', async () => {
    const organizationId = typeid('org').toString();
    const theirs = await createBareBooking(app, { organizationId });
    await createBareBooking(app, { organizationId: typeid('org').toString() });
    expect(ids(await page({ filter: { organizationId } }))).toEqual([theirs.id]);
  });

  it('filters by source type', async () => {
    const personId = newPerson();
    const ota = await createBareBooking(app, { personId, sourceType: 'OTA' });
    await createBareBooking(app, { personId, sourceType: 'DIRECT' });
    expect(ids(await page({ filter: { personId, sourceType: 'OTA' } }))).toEqual([ota.id]);
  });

  it('refuses a person filter that is not a person TypeID', async () => {
    const response = await app.graphql(BOOKINGS, { filter: { personId: typeid('org').toString() } });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'filter.personId');
  });

  describe('search', () => {
    const tag = String(randomInt(100000, 999999));
    const letters = tag.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]);
    let target: BookingDetail;

    beforeAll(async () => {
      target = await createDetailedBooking(
        app,
        bookingInput({
          bookingNumber: `SRCH${tag}X`,
          externalBookingRef: `PartnerRef${tag}`,
          contact: {
            firstName: `Casimir${letters}`,
            lastName: `Olteanu${letters}`,
            email: `casimir.${letters}@example.com`,
            phone: `+40 7${tag}`,
          },
          travelers: [{ firstName: `Leontina${letters}`, lastName: `Vranceanu${letters}`, isPrimary: true }],
        }),
      );
      await createBooking(app);
    });

    it.each([
      ['part of the booking number, lower-cased', () => `srch${tag}`],
      ['the external reference, upper-cased', () => `PARTNERREF${tag}`],
      ['the contact first name', () => `casimir${letters}`],
      ['the contact last name', () => `OLTEANU${letters}`],
      ['the contact full name', () => `Casimir${letters} Olteanu${letters}`],
      ['the contact email', () => `CASIMIR.${letters}@EXAMPLE.COM`],
      ['the contact phone', () => `7${tag}`],
      ['a traveler first name', () => `leontina${letters}`],
      ['a traveler last name', () => `VRANCEANU${letters}`],
      ['a traveler full name', () => `Leontina${letters} Vranceanu${letters}`],
    ])('finds a booking by %s', async (_label, term) => {
      const connection = await page({ filter: { search: term() } });
      expect(ids(connection)).toEqual([target.id]);
    });

    it('finds nothing for a term no booking carries', async () => {
      expect((await page({ filter: { search: `absent${letters}zz` } })).totalCount).toBe(0);
    });

    it('treats % and _ in the term literally', async () => {
      const personId = newPerson();
      await createBareBooking(app, { personId, externalBookingRef: 'plain' });
      expect((await page({ filter: { personId, search: '%' } })).totalCount).toBe(0);
      expect((await page({ filter: { personId, search: '_' } })).totalCount).toBe(0);
    });

    it('does not match personal data for a caller who may not read it', async () => {
      const reader: Caller = { sub: 'usr_reader', type: 'user', scope: 'bookings:read' };
      expect(ids(await page({ filter: { search: `casimir.${letters}@example.com` } }, reader))).toEqual([]);
      expect(ids(await page({ filter: { search: `SRCH${tag}X` } }, reader))).toEqual([target.id]);
    });
  });

  describe('start date range', () => {
    const personId = newPerson();
    const byDate: Record<string, string> = {};

    beforeAll(async () => {
      for (const startDate of ['2027-01-10', '2027-02-10', '2027-03-10'])
        byDate[startDate] = (await createBareBooking(app, { personId, startDate })).id;
      byDate.none = (await createBareBooking(app, { personId })).id;
    });

    it('keeps bookings starting on or after startDateFrom', async () => {
      expect(ids(await page({ filter: { personId, startDateFrom: '2027-02-10' } })).sort()).toEqual(
        [byDate['2027-02-10'], byDate['2027-03-10']].sort(),
      );
    });

    it('keeps bookings starting on or before startDateTo', async () => {
      expect(ids(await page({ filter: { personId, startDateTo: '2027-02-10' } })).sort()).toEqual(
        [byDate['2027-01-10'], byDate['2027-02-10']].sort(),
      );
    });

    it('keeps bookings inside both bounds', async () => {
      expect(ids(await page({ filter: { personId, startDateFrom: '2027-02-01', startDateTo: '2027-02-28' } }))).toEqual(
        [byDate['2027-02-10']],
      );
    });

    it('refuses a start date that is not a calendar day', async () => {
      const response = await app.graphql(BOOKINGS, { filter: { startDateFrom: '2027-02-30' } });
      expectGraphqlError(response, 'BAD_USER_INPUT');
    });
  });

  describe('created range', () => {
    const personId = newPerson();
    const byDay: string[] = [];

    beforeAll(async () => {
      for (const day of ['01', '02', '03'])
        byDay.push((await bookingCreatedAt(`2028-01-${day}T12:00:00.000Z`, { personId })).id);
    });

    it('keeps bookings created at or after createdFrom', async () => {
      expect(ids(await page({ filter: { personId, createdFrom: '2028-01-02T12:00:00.000Z' } }))).toEqual([
        byDay[2],
        byDay[1],
      ]);
    });

    it('keeps bookings created at or before createdTo', async () => {
      expect(ids(await page({ filter: { personId, createdTo: '2028-01-02T12:00:00.000Z' } }))).toEqual([
        byDay[1],
        byDay[0],
      ]);
    });

    it('keeps bookings created inside both bounds', async () => {
      expect(
        ids(
          await page({
            filter: { personId, createdFrom: '2028-01-02T00:00:00.000Z', createdTo: '2028-01-02T23:59:59.999Z' },
          }),
        ),
      ).toEqual([byDay[1]]);
    });
  });

  it('combines filters with AND', async () => {
    const personId = newPerson();
    const wanted = await createBareBooking(app, { personId, sourceType: 'RESELLER', startDate: '2027-07-01' });
    await createBareBooking(app, { personId, sourceType: 'RESELLER', startDate: '2027-09-01' });
    await createBareBooking(app, { personId, sourceType: 'DIRECT', startDate: '2027-07-01' });
    expect(
      ids(await page({ filter: { personId, sourceType: 'RESELLER', startDateTo: '2027-08-01', status: ['DRAFT'] } })),
    ).toEqual([wanted.id]);
  });
});

describe('bookings: ordering', () => {
  const personId = newPerson();
  const suffix = String(randomInt(100000, 999999));
  interface Seeded {
    id: string;
    createdAt: string;
    startDate: string | null;
    bookingNumber: string;
    sell: number;
  }
  const seeded: Seeded[] = [];
  const item = (amountCents: number) => ({
    title: 'Item',
    quantity: 1,
    unitSellAmount: { amountCents, currency: 'EUR' },
  });

  beforeAll(async () => {
    const rows: Omit<Seeded, 'id'>[] = [
      { createdAt: '2030-01-01T00:01:00.000Z', startDate: '2027-05-01', bookingNumber: `ORD${suffix}C`, sell: 3000 },
      { createdAt: '2030-01-01T00:02:00.000Z', startDate: null, bookingNumber: `ORD${suffix}A`, sell: 1000 },
      { createdAt: '2030-01-01T00:03:00.000Z', startDate: '2027-04-01', bookingNumber: `ORD${suffix}E`, sell: 3000 },
      { createdAt: '2030-01-01T00:04:00.000Z', startDate: '2027-06-01', bookingNumber: `ORD${suffix}B`, sell: 5000 },
      { createdAt: '2030-01-01T00:05:00.000Z', startDate: '2027-04-01', bookingNumber: `ORD${suffix}D`, sell: 0 },
    ];
    for (const row of rows) {
      const booking = await bookingCreatedAt(row.createdAt, {
        personId,
        startDate: row.startDate,
        bookingNumber: row.bookingNumber,
        items: row.sell > 0 ? [item(row.sell)] : [],
      });
      seeded.push({ ...row, id: booking.id });
    }
  });

  const keys: Record<string, (row: Seeded) => string | number> = {
    CREATED_AT: (row) => row.createdAt,
    START_DATE: (row) => row.startDate ?? '9999-12-31',
    BOOKING_NUMBER: (row) => row.bookingNumber,
    SELL_AMOUNT: (row) => row.sell,
  };

  function expectedOrder(field: string, direction: 'ASC' | 'DESC'): string[] {
    const sign = direction === 'ASC' ? 1 : -1;
    const key = keys[field];
    return [...seeded]
      .sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        if (x !== y) return (x < y ? -1 : 1) * sign;
        return (a.id < b.id ? -1 : 1) * sign;
      })
      .map((row) => row.id);
  }

  it.each(
    ['CREATED_AT', 'START_DATE', 'BOOKING_NUMBER', 'SELL_AMOUNT'].flatMap(
      (field) =>
        [
          [field, 'ASC'],
          [field, 'DESC'],
        ] as [string, 'ASC' | 'DESC'][],
    ),
  )('orders by %s %s, page after page', async (field, direction) => {
    const expected = expectedOrder(field, direction);
    expect(await walk({ personId }, { field, direction }, 2)).toEqual(expected);
    expect(await walk({ personId }, { field, direction }, 10)).toEqual(expected);
  });

  it('orders newest first by default', async () => {
    expect(ids(await page({ filter: { personId } }))).toEqual(expectedOrder('CREATED_AT', 'DESC'));
  });
});

describe('Booking fields', () => {
  it.each([
    ['DRAFT', ['ON_HOLD', 'AWAITING_PAYMENT', 'CONFIRMED', 'CANCELLED']],
    ['ON_HOLD', ['AWAITING_PAYMENT', 'CONFIRMED', 'EXPIRED', 'CANCELLED']],
    ['AWAITING_PAYMENT', ['CONFIRMED', 'EXPIRED', 'CANCELLED']],
    ['CONFIRMED', ['IN_PROGRESS', 'CANCELLED']],
    ['IN_PROGRESS', ['COMPLETED', 'CANCELLED']],
    ['COMPLETED', []],
    ['EXPIRED', []],
    ['CANCELLED', []],
  ])('lists the allowed transitions out of %s', async (status, allowed) => {
    const booking = await bookingIn(app, status);
    const response = await app.graphql<{ booking: { allowedTransitions: string[] } }>(
      `query($id: ID!) { booking(id: $id) { allowedTransitions } }`,
      { id: booking.id },
    );
    expect(response.data?.booking.allowedTransitions).toEqual(allowed);
  });

  it('exposes amounts as Money in their currencies', async () => {
    const booking = await createDetailedBooking(
      app,
      bookingInput({
        sellCurrency: 'RON',
        items: [
          {
            title: 'Boat',
            quantity: 2,
            unitSellAmount: { amountCents: 15000, currency: 'RON' },
            unitCostAmount: { amountCents: 9000, currency: 'EUR' },
          },
        ],
      }),
    );
    expect(booking.sellAmount).toEqual({ amountCents: 30000, currency: 'RON' });
    // The booking cost is rolled up from the items' costs, in their currency (issue 9).
    expect(booking.costAmount).toEqual({ amountCents: 18000, currency: 'EUR' });
    expect(booking.items[0]).toMatchObject({
      unitSellAmount: { amountCents: 15000, currency: 'RON' },
      totalSellAmount: { amountCents: 30000, currency: 'RON' },
      unitCostAmount: { amountCents: 9000, currency: 'EUR' },
      totalCostAmount: { amountCents: 18000, currency: 'EUR' },
    });
    const supplier = await app.graphql<{ upsertBookingSupplierStatus: BookingDetail }>(UPSERT_SUPPLIER_STATUS, {
      input: {
        bookingId: booking.id,
        serviceName: 'Boats',
        status: 'PENDING',
        cost: { amountCents: 8000, currency: 'EUR' },
      },
    });
    expect(supplier.data?.upsertBookingSupplierStatus.supplierStatuses[0].cost).toEqual({
      amountCents: 8000,
      currency: 'EUR',
    });
  });

  it('answers null Money when there is no cost', async () => {
    const booking = await createDetailedBooking(app, bookingInput());
    expect(booking.costAmount).toBeNull();
    expect(booking.sellAmount).toEqual({ amountCents: 34000, currency: 'EUR' });
  });

  it('returns calendar days and instants as ISO strings', async () => {
    app.clock.set('2026-12-01T09:30:00.000Z');
    const booking = await createDetailedBooking(app, bookingInput({ startDate: '2027-03-01', endDate: '2027-03-05' }));
    expect(booking).toMatchObject({
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      createdAt: '2026-12-01T09:30:00.000Z',
      updatedAt: '2026-12-01T09:30:00.000Z',
    });
  });
});

describe('Booking.activity', () => {
  async function activityPage(id: string, first: number, after?: string | null): Promise<ActivityPage> {
    const response = await app.graphql<{ booking: { activity: ActivityPage } }>(ACTIVITY_QUERY, { id, first, after });
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.booking.activity;
  }

  async function bookingWithNotes(count: number): Promise<string> {
    app.clock.set('2031-01-01T00:00:00.000Z');
    const booking = await createBareBooking(app);
    for (let n = 1; n <= count; n += 1) {
      app.clock.advanceMinutes(1);
      await app.graphql(ADD_NOTE, { input: { bookingId: booking.id, content: `note ${n}` } });
    }
    return booking.id;
  }

  it('pages the log newest first with a total', async () => {
    const id = await bookingWithNotes(4);
    const first = await activityPage(id, 2);
    const second = await activityPage(id, 2, first.pageInfo.endCursor);
    const third = await activityPage(id, 2, second.pageInfo.endCursor);
    const entries = [...first.edges, ...second.edges, ...third.edges].map((edge) => edge.node);
    expect(entries.map((entry) => entry.type)).toEqual([
      'note_added',
      'note_added',
      'note_added',
      'note_added',
      'booking_created',
    ]);
    expect(entries.map((entry) => entry.createdAt)).toEqual(
      [...entries.map((entry) => entry.createdAt)].sort().reverse(),
    );
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(5);
    expect([first.totalCount, second.totalCount, third.totalCount]).toEqual([5, 5, 5]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([
      true,
      true,
      false,
    ]);
    expect([first.pageInfo.hasPreviousPage, second.pageInfo.hasPreviousPage]).toEqual([false, true]);
  });

  it('answers an empty page past the end with the total', async () => {
    const id = await bookingWithNotes(1);
    const first = await activityPage(id, 2);
    const past = await activityPage(id, 2, first.pageInfo.endCursor);
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(2);
  });

  it('pages every booking of a list on its own', async () => {
    const personId = newPerson();
    const quiet = await createBareBooking(app, { personId });
    const busy = await createBareBooking(app, { personId });
    for (let n = 0; n < 3; n += 1) await app.graphql(ADD_NOTE, { input: { bookingId: busy.id, content: `note ${n}` } });
    const response = await app.graphql<{
      bookings: {
        edges: {
          node: { id: string; activity: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } };
        }[];
      };
    }>(
      `query($filter: BookingFilter) { bookings(filter: $filter) { edges { node { id activity(first: 2) {
        totalCount edges { cursor } pageInfo { hasNextPage } } } } } }`,
      { filter: { personId } },
    );
    const byId = new Map(response.data?.bookings.edges.map((edge) => [edge.node.id, edge.node.activity]));
    expect(byId.get(quiet.id)).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(byId.get(quiet.id)?.edges).toHaveLength(1);
    expect(byId.get(busy.id)).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(byId.get(busy.id)?.edges).toHaveLength(2);
  });

  it('returns 20 entries by default', async () => {
    const booking = await createBareBooking(app);
    for (let n = 0; n < 21; n += 1)
      await app.graphql(ADD_NOTE, { input: { bookingId: booking.id, content: `note ${n}` } });
    const response = await app.graphql<{ booking: { activity: ActivityPage } }>(
      `query($id: ID!) { booking(id: $id) { activity { totalCount edges { cursor } } } }`,
      { id: booking.id },
    );
    expect(response.data?.booking.activity.edges).toHaveLength(20);
    expect(response.data?.booking.activity.totalCount).toBe(22);
  });

  it.each([0, 101])('refuses first: %i', async (first) => {
    const booking = await createBareBooking(app);
    const response = await app.graphql(ACTIVITY_QUERY, { id: booking.id, first });
    expectGraphqlError(response, 'BAD_USER_INPUT');
  });
});
