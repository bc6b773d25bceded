import { typeid } from 'typeid-js';
import { createBooking, type BookingSummary } from '../fixtures/bookings';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type Caller, type TestApp } from '../helpers/test-app';

/** What a router sends: the key fields of each entity, and the fields it needs back. */
const ENTITIES = /* GraphQL */ `
  query RouterEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Booking { id bookingNumber status }
      ... on BookingItem { id title }
      ... on BookingTraveler { id firstName }
    }
  }
`;

type Representation = Record<string, unknown>;
type EntityResult = { __typename: string; [field: string]: unknown } | null;

let app: TestApp;
let bookings: BookingSummary[];

beforeAll(async () => {
  app = await startTestApp();
  bookings = [];
  for (let index = 0; index < 12; index += 1) bookings.push(await createBooking(app));
});
afterAll(() => app.stop());

const bookingResult = (booking: BookingSummary) => ({
  __typename: 'Booking',
  id: booking.id,
  bookingNumber: booking.bookingNumber,
  status: 'DRAFT',
});

/**
 * A batch as a router builds one: both Booking keys, items, travelers, the same entity twice and
 * ids nobody has, cycling through the seeded bookings, with the answer each should get.
 */
function mixedBatch(size: number): { representations: Representation[]; expected: EntityResult[] } {
  const kinds: Array<(booking: BookingSummary) => [Representation, EntityResult]> = [
    (booking) => [{ __typename: 'Booking', id: booking.id }, bookingResult(booking)],
    (booking) => [{ __typename: 'Booking', bookingNumber: booking.bookingNumber }, bookingResult(booking)],
    (booking) => [
      { __typename: 'BookingItem', id: booking.items[0].id },
      { __typename: 'BookingItem', id: booking.items[0].id, title: booking.items[0].title },
    ],
    (booking) => [
      { __typename: 'BookingTraveler', id: booking.travelers[1].id },
      { __typename: 'BookingTraveler', id: booking.travelers[1].id, firstName: booking.travelers[1].firstName },
    ],
    () => [{ __typename: 'Booking', id: typeid('book').toString() }, null],
    () => [{ __typename: 'BookingItem', id: typeid('bkit').toString() }, null],
    () => [{ __typename: 'Booking', bookingNumber: 'BK-NOBODY-HAS-THIS' }, null],
    (booking) => [{ __typename: 'Booking', id: booking.id }, bookingResult(booking)],
  ];
  const representations: Representation[] = [];
  const expected: EntityResult[] = [];
  for (let index = 0; index < size; index += 1) {
    const kind = kinds[index % kinds.length];
    const booking = bookings[Math.floor(index / kinds.length) % bookings.length];
    const [representation, result] = kind(booking);
    representations.push(representation);
    expected.push(result);
  }
  return { representations, expected };
}

const entities = (representations: unknown[], as?: Caller | null) =>
  app.graphql<{ _entities: EntityResult[] }>(ENTITIES, { representations }, { as });

describe('_entities, as a router calls it', () => {
  it('answers N mixed representations with N results in the order they were sent', async () => {
    const { representations, expected } = mixedBatch(100);
    const response = await entities(representations);
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual(expected);
  });

  it('answers an unknown id with null and no error', async () => {
    const response = await entities([{ __typename: 'BookingTraveler', id: typeid('bkpt').toString() }]);
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([null]);
  });

  it('reports a representation without its key fields at its own index and resolves the others', async () => {
    const [first, second] = bookings;
    const response = await entities([
      { __typename: 'Booking', id: first.id },
      { __typename: 'Booking' },
      { __typename: 'BookingItem', id: 42 },
      { __typename: 'Booking', bookingNumber: second.bookingNumber },
    ]);
    expect(response.data?._entities).toEqual([bookingResult(first), null, null, bookingResult(second)]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['_entities', 1], 'BAD_USER_INPUT'],
      [['_entities', 2], 'BAD_USER_INPUT'],
    ]);
  });

  it('reports a representation of a type this subgraph does not resolve at its own index', async () => {
    const [booking] = bookings;
    const response = await entities([
      { __typename: 'Spaceship', id: 'x' },
      { id: booking.id },
      { __typename: 'Booking', id: booking.id },
    ]);
    expect(response.data?._entities).toEqual([null, null, bookingResult(booking)]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['_entities', 0], 'BAD_USER_INPUT'],
      [['_entities', 1], 'BAD_USER_INPUT'],
    ]);
  });

  // A reader without the PII-reveal scope: revealed names would add the request's one audit insert.
  it.each([1, 10, 100])('reads %i representations with one SQL statement per entity type', async (size) => {
    const { representations } = mixedBatch(size);
    const types = new Set(representations.map((representation) => representation.__typename));
    const response = await entities(representations, { sub: 'usr_reader', scope: 'bookings:read' });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toHaveLength(size);
    expect(response.sqlStatements).toBe(types.size);
  });

  it.each([10, 100])(
    'adds one audit insert, not one per field, when %i representations reveal personal data',
    async (size) => {
      const { representations } = mixedBatch(size);
      const types = new Set(representations.map((representation) => representation.__typename));
      const response = await entities(representations);
      expect(response.errors).toBeUndefined();
      expect(response.sqlStatements).toBe(types.size + 1);
    },
  );
});

describe('_entities selections', () => {
  const DETAIL = `id bookingNumber status allowedTransitions sellAmount { amountCents currency }
    contact { firstName lastName } startDate createdAt`;

  it('answers the fields a named fragment selects as the root field does', async () => {
    const [booking] = bookings;
    const byRoot = await app.graphql<{ booking: Record<string, unknown> }>(
      `query($id: ID!) { booking(id: $id) { ${DETAIL} } }`,
      { id: booking.id },
    );
    const byEntities = await app.graphql<{ _entities: Record<string, unknown>[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ...Detail } }
       fragment Detail on Booking { ${DETAIL} }`,
      { representations: [{ __typename: 'Booking', id: booking.id }] },
    );
    expect(byEntities.errors).toBeUndefined();
    expect(byEntities.data?._entities).toEqual([byRoot.data?.booking]);
  });

  it("reads the fields of a fragment on another type only for that type's representations", async () => {
    const [booking] = bookings;
    const response = await app.graphql<{ _entities: Record<string, unknown>[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on _Entity { __typename }
        ... on Booking { id }
        ... on BookingItem { id title }
      } }`,
      {
        representations: [
          { __typename: 'Booking', id: booking.id },
          { __typename: 'BookingItem', id: booking.items[0].id },
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([
      { __typename: 'Booking', id: booking.id },
      { __typename: 'BookingItem', id: booking.items[0].id, title: booking.items[0].title },
    ]);
  });

  it('answers a root field of the same request with the whole booking after _entities read a few columns', async () => {
    const [booking] = bookings;
    const response = await app.graphql<{ _entities: unknown[]; booking: Record<string, unknown> }>(
      `query($representations: [_Any!]!, $id: ID!) {
        _entities(representations: $representations) { ... on Booking { id } }
        booking(id: $id) { __typename id bookingNumber status }
      }`,
      { representations: [{ __typename: 'Booking', id: booking.id }], id: booking.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.booking).toEqual(bookingResult(booking));
  });
});

describe('authorization on _entities', () => {
  const ROOT_BOOKING = `query($id: ID!) { booking(id: $id) { id } }`;

  it.each<[string, Caller | null, string]>([
    ['no token', null, 'UNAUTHENTICATED'],
    ['bookings:write only', { scope: 'bookings:write' }, 'FORBIDDEN'],
    ['bookings-pii:read only', { scope: 'bookings-pii:read' }, 'FORBIDDEN'],
  ])('refuses a caller with %s exactly as the booking root field does', async (_label, caller, code) => {
    const [booking] = bookings;
    const root = await app.graphql<{ booking: unknown }>(ROOT_BOOKING, { id: booking.id }, { as: caller });
    const viaEntities = await entities([{ __typename: 'Booking', id: booking.id }], caller);
    expectGraphqlError(root, code);
    expectGraphqlError(viaEntities, code);
    expect(root.data?.booking ?? null).toBeNull();
    expect(viaEntities.data?._entities ?? null).toBeNull();
  });

  it('lets a bookings:read caller read through _entities what the root field returns', async () => {
    const [booking] = bookings;
    const caller = { scope: 'bookings:read' };
    const root = await app.graphql<{ booking: { id: string } }>(ROOT_BOOKING, { id: booking.id }, { as: caller });
    const viaEntities = await entities([{ __typename: 'Booking', id: booking.id }], caller);
    expect(root.data?.booking).toEqual({ id: booking.id });
    expect(viaEntities.data?._entities).toEqual([bookingResult(booking)]);
  });
});
