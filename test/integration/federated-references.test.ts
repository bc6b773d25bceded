import { typeid } from 'typeid-js';
import { ALICE, BILAL, GLOBEX } from '../../examples/supergraph/relationships/seed';
import {
  ALPINE_RETREAT_QUOTE,
  ALPINE_RETREAT_V1,
  LISBON_OFFSITE_QUOTE,
  LISBON_OFFSITE_V2,
} from '../../examples/supergraph/quotes/seed';
import { bookingInput, createBooking, type BookingSummary } from '../fixtures/bookings';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

interface BookingPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/** The owner's bookings as the router asks for them, once it knows the owner's key. */
const OWNER_BOOKINGS = /* GraphQL */ `
  query OwnerBookings($representations: [_Any!]!, $first: Int, $after: String, $filter: BookingFilter) {
    _entities(representations: $representations) {
      ... on Person { id bookings(first: $first, after: $after, filter: $filter) { ...Page } }
      ... on Organization { id bookings(first: $first, after: $after, filter: $filter) { ...Page } }
      ... on Quote { id bookings(first: $first, after: $after, filter: $filter) { ...Page } }
    }
  }
  fragment Page on BookingConnection {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id } }
  }
`;

const BOOKING_REFERENCES = /* GraphQL */ `
  query BookingReferences($id: ID!) {
    booking(id: $id) {
      person { __typename id }
      organization { __typename id }
      travelers { person { __typename id } }
      origin { quoteVersion { __typename id } }
    }
  }
`;

let app: TestApp;
/** Alice's bookings, oldest first: created a minute apart so "newest first" is observable. */
let alices: BookingSummary[];
let globexBooking: BookingSummary;
let fromAcceptedQuote: BookingSummary;

beforeAll(async () => {
  app = await startTestApp();
  alices = [];
  for (let index = 0; index < 3; index += 1) {
    app.clock.advanceMinutes(1);
    alices.push(
      await createBooking(app, { personId: ALICE.id, ...(index === 1 ? { externalBookingRef: 'ALICE-SPRING' } : {}) }),
    );
  }
  app.clock.advanceMinutes(1);
  globexBooking = await createBooking(app, { organizationId: GLOBEX.id });
  app.clock.advanceMinutes(1);
  fromAcceptedQuote = await createBooking(app, {
    personId: BILAL.id,
    travelers: [
      { firstName: 'Bilal', lastName: 'Khan', personId: BILAL.id, isPrimary: true },
      { firstName: 'Guest', lastName: 'Khan' },
    ],
    origin: {
      originSource: 'ACCEPTED_QUOTE_VERSION',
      quoteId: LISBON_OFFSITE_QUOTE.id,
      quoteVersionId: LISBON_OFFSITE_V2.id,
    },
  });
});
afterAll(() => app.stop());

const ownerBookings = (representations: Record<string, unknown>[], variables: Record<string, unknown> = {}) =>
  app.graphql<{ _entities: ({ id: string; bookings: BookingPage } | null)[] }>(OWNER_BOOKINGS, {
    representations,
    ...variables,
  });

const person = (id: string) => ({ __typename: 'Person', id });
const ids = (page: BookingPage | undefined) => page?.edges.map((edge) => edge.node.id);

describe('references to entities owned by other subgraphs', () => {
  it('returns the buyer person of a booking as a Person reference', async () => {
    const response = await app.graphql<{ booking: Record<string, unknown> }>(BOOKING_REFERENCES, { id: alices[0].id });
    expect(response.data?.booking).toMatchObject({
      person: { __typename: 'Person', id: ALICE.id },
      organization: null,
    });
  });

  it('returns the buyer organization of a booking as an Organization reference', async () => {
    const response = await app.graphql<{ booking: Record<string, unknown> }>(BOOKING_REFERENCES, {
      id: globexBooking.id,
    });
    expect(response.data?.booking).toMatchObject({
      person: null,
      organization: { __typename: 'Organization', id: GLOBEX.id },
    });
  });

  it('returns the person a traveler was filled in from, and null for a traveler without one', async () => {
    const response = await app.graphql<{ booking: { travelers: unknown[] } }>(BOOKING_REFERENCES, {
      id: fromAcceptedQuote.id,
    });
    expect(response.data?.booking.travelers).toEqual([
      { person: { __typename: 'Person', id: BILAL.id } },
      { person: null },
    ]);
  });

  it('returns the accepted quote version of an origin as a QuoteVersion reference', async () => {
    const response = await app.graphql<{ booking: { origin: unknown } }>(BOOKING_REFERENCES, {
      id: fromAcceptedQuote.id,
    });
    expect(response.data?.booking.origin).toEqual({
      quoteVersion: { __typename: 'QuoteVersion', id: LISBON_OFFSITE_V2.id },
    });
  });

  it('returns no quote version for an origin of another source, even one that names a version', async () => {
    const manual = await createBooking(app, {
      origin: { originSource: 'MANUAL', quoteVersionId: ALPINE_RETREAT_V1.id },
    });
    const response = await app.graphql<{ booking: { origin: unknown } }>(BOOKING_REFERENCES, { id: manual.id });
    expect(response.data?.booking.origin).toEqual({ quoteVersion: null });
  });
});

describe('bookings contributed to Person, Organization and Quote', () => {
  it("lists a person's bookings newest first with their total", async () => {
    const response = await ownerBookings([person(ALICE.id)]);
    expect(response.errors).toBeUndefined();
    const page = response.data?._entities[0]?.bookings;
    expect(ids(page)).toEqual(alices.map((booking) => booking.id).reverse());
    expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: false } });
  });

  it("pages through a person's bookings with first and after", async () => {
    const firstPage = (await ownerBookings([person(ALICE.id)], { first: 2 })).data?._entities[0]?.bookings;
    expect(firstPage?.pageInfo.hasNextPage).toBe(true);
    const secondPage = (await ownerBookings([person(ALICE.id)], { first: 2, after: firstPage?.pageInfo.endCursor }))
      .data?._entities[0]?.bookings;
    expect([...(ids(firstPage) ?? []), ...(ids(secondPage) ?? [])]).toEqual(
      alices.map((booking) => booking.id).reverse(),
    );
    expect(secondPage).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('keeps the total on a page past the end', async () => {
    const lastPage = (await ownerBookings([person(ALICE.id)], { first: 3 })).data?._entities[0]?.bookings;
    const pastTheEnd = (await ownerBookings([person(ALICE.id)], { after: lastPage?.pageInfo.endCursor })).data
      ?._entities[0]?.bookings;
    expect(pastTheEnd).toMatchObject({ totalCount: 3, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("applies the filter within the person's bookings", async () => {
    const response = await ownerBookings([person(ALICE.id)], { filter: { search: 'alice-spring' } });
    expect(ids(response.data?._entities[0]?.bookings)).toEqual([alices[1].id]);
  });

  it('answers an empty connection for a person without bookings', async () => {
    const response = await ownerBookings([person(typeid('pers').toString())]);
    expect(response.data?._entities[0]?.bookings).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
  });

  it("lists an organization's bookings", async () => {
    const response = await ownerBookings([{ __typename: 'Organization', id: GLOBEX.id }]);
    expect(ids(response.data?._entities[0]?.bookings)).toEqual([globexBooking.id]);
  });

  it('lists the bookings whose origin names a quote', async () => {
    const response = await ownerBookings([
      { __typename: 'Quote', id: LISBON_OFFSITE_QUOTE.id },
      { __typename: 'Quote', id: ALPINE_RETREAT_QUOTE.id },
    ]);
    expect(response.data?._entities.map((quote) => ids(quote?.bookings))).toEqual([[fromAcceptedQuote.id], []]);
  });

  it.each([1, 10, 50])('reads the bookings of %i persons with one SQL statement', async (size) => {
    const known = [ALICE.id, BILAL.id];
    const representations = Array.from({ length: size }, (_unused, index) =>
      person(known[index] ?? typeid('pers').toString()),
    );
    const response = await ownerBookings(representations);
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toHaveLength(size);
    expect(response.sqlStatements).toBe(1);
  });

  it('rejects a cursor this API did not issue with the field path', async () => {
    const response = await ownerBookings([person(ALICE.id)], { after: 'not-a-cursor' });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'after');
  });

  it("refuses a person's bookings to a write-only caller who reached the person through a mutation", async () => {
    const response = await app.graphql<{ createBooking: { id: string; person: unknown } }>(
      `mutation($input: CreateBookingInput!) { createBooking(input: $input) { ... on Booking { id person { id
        bookings { totalCount } } } } }`,
      { input: bookingInput({ personId: ALICE.id }) },
      { as: { scope: 'bookings:write' } },
    );
    expect(response.data?.createBooking.id).toMatch(/^book_/);
    expect(response.data?.createBooking.person).toBeNull();
    expect(expectGraphqlError(response, 'FORBIDDEN')?.path).toEqual(['createBooking', 'person', 'bookings']);
  });
});

describe('QuoteVersion.booking', () => {
  const VERSION_BOOKING = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on QuoteVersion { id booking { id } } } }`;

  it(
    'returns the booking made from an accepted quote version, ' + 'and null for a version nothing was booked from',
    async () => {
      const response = await app.graphql<{ _entities: unknown[] }>(VERSION_BOOKING, {
        representations: [
          { __typename: 'QuoteVersion', id: LISBON_OFFSITE_V2.id },
          { __typename: 'QuoteVersion', id: ALPINE_RETREAT_V1.id },
        ],
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([
        { id: LISBON_OFFSITE_V2.id, booking: { id: fromAcceptedQuote.id } },
        { id: ALPINE_RETREAT_V1.id, booking: null },
      ]);
    },
  );

  it('returns the newest booking when two were made from the same version', async () => {
    const version = typeid('qver').toString();
    const origin = { originSource: 'ACCEPTED_QUOTE_VERSION', quoteVersionId: version };
    await createBooking(app, { origin });
    app.clock.advanceMinutes(1);
    const newer = await createBooking(app, { origin });
    const response = await app.graphql<{ _entities: unknown[] }>(VERSION_BOOKING, {
      representations: [{ __typename: 'QuoteVersion', id: version }],
    });
    expect(response.data?._entities).toEqual([{ id: version, booking: { id: newer.id } }]);
  });
});
