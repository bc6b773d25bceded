import { typeid } from 'typeid-js';
import { createBooking, type BookingSummary } from '../fixtures/bookings';
import { startTestApp, type Caller, type GraphqlResponse, type TestApp } from '../helpers/test-app';

/**
 * The read path's SQL statement counts for every shape the benchmark measures (never timings),
 * and what the field lookahead must still answer when one operation selects a part several ways.
 */
let app: TestApp;
const created: BookingSummary[] = [];
const PII_READER: Caller = { sub: 'usr_pii_reader', type: 'user', scope: 'bookings:read bookings-pii:read' };
/** Sees personal data masked, so no reveal is audited: the benchmark's caller. */
const READER: Caller = { sub: 'usr_reader', type: 'user', scope: 'bookings:read' };

/** Names no other booking contains, even as a substring: `Lastname` + letters for the index. */
const lastNameOf = (index: number): string => `Lookahead${'abcdefghijklmnop'[index]}q`;
const emailOf = (index: number): string => `guest.${lastNameOf(index).toLowerCase()}@example.com`;

beforeAll(async () => {
  app = await startTestApp();
  for (let index = 0; index < 12; index += 1) {
    const lastName = lastNameOf(index);
    created.push(
      await createBooking(app, {
        contact: { firstName: 'Ana', lastName, email: emailOf(index), phone: '+40 712 345 678' },
        travelers: [
          { firstName: 'Ana', lastName, isPrimary: true },
          { firstName: 'Ion', lastName, category: 'ADULT' },
        ],
        origin: { originSource: 'ACCEPTED_QUOTE_VERSION', quoteVersionId: typeid('qver').toString() },
      }),
    );
  }
});
afterAll(() => app.stop());

/** The statement count a request reported, after checking it succeeded. */
function statements(response: GraphqlResponse): number {
  expect(response.errors).toBeUndefined();
  return response.sqlStatements;
}

/** Searches select no personal data, so the count is the search's own. */
const FOUND = `query($filter: BookingFilter) { bookings(first: 20, filter: $filter) { totalCount edges { node
  { id bookingNumber status } } } }`;

const PAGE = `query($first: Int!, $filter: BookingFilter) { bookings(first: $first, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node {
    id bookingNumber status version startDate endDate pax
    sellAmount { amountCents currency }
    contact { firstName lastName email }
    items { id title itemType status quantity unitSellAmount { amountCents currency } totalSellAmount {
    amountCents currency } }
    travelers { id firstName lastName category isPrimary }
    origin { originSource quoteVersionId createdAt }
  } }
} }`;

type Page = {
  bookings: {
    totalCount: number;
    edges: { node: { id: string; items: unknown[]; travelers: unknown[]; origin: unknown } }[];
  };
};

describe('SQL statements per read shape', () => {
  it.each([1, 5, 12, 100])(
    'reads bookings(first: %i) with items, travelers and origin in one statement',
    async (first) => {
      const response = await app.graphql<Page>(PAGE, { first }, { as: READER });
      expect(response.data?.bookings.edges).toHaveLength(Math.min(first, created.length));
      expect(statements(response)).toBe(1);
    },
  );

  it('adds one statement, the reveal audit, when the caller sees that page in clear', async () => {
    expect(statements(await app.graphql<Page>(PAGE, { first: 50 }, { as: PII_READER }))).toBe(2);
  });

  it('counts bookings with a status filter in one statement', async () => {
    const response = await app.graphql<{ bookings: { totalCount: number } }>(
      `query { bookings(filter: { status: [DRAFT] }) { totalCount } }`,
    );
    expect(response.data?.bookings.totalCount).toBe(created.length);
    expect(statements(response)).toBe(1);
  });

  it("searches by a traveler's last name in one statement", async () => {
    const response = await app.graphql<Page>(FOUND, { filter: { search: lastNameOf(3) } }, { as: PII_READER });
    expect(response.data?.bookings.edges.map((edge) => edge.node.id)).toEqual([created[3].id]);
    expect(statements(response)).toBe(1);
  });

  it('searches by email in one statement', async () => {
    const response = await app.graphql<Page>(FOUND, { filter: { search: emailOf(5) } }, { as: PII_READER });
    expect(response.data?.bookings.edges.map((edge) => edge.node.id)).toEqual([created[5].id]);
    expect(statements(response)).toBe(1);
  });

  it('answers a page past the end, with its total, in one statement', async () => {
    const first = await app.graphql<{ bookings: { pageInfo: { endCursor: string } } }>(
      `query { bookings(first: 100) { pageInfo { endCursor } } }`,
    );
    const response = await app.graphql<{ bookings: { totalCount: number; edges: unknown[] } }>(
      `query($after: String) { bookings(first: 5, after: $after) { totalCount edges { node { id } } } }`,
      { after: first.data?.bookings.pageInfo.endCursor },
    );
    expect(response.data?.bookings).toEqual({ totalCount: created.length, edges: [] });
    expect(statements(response)).toBe(1);
  });

  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Booking { id bookingNumber status sellAmount { amountCents currency } }
  } }`;

  it.each([1, 10, 100, 500])('resolves %i Booking representations in one statement', async (count) => {
    // Known bookings first, then well-formed ids of bookings that do not exist (they resolve to null).
    const representations = Array.from({ length: count }, (_, index) => ({
      __typename: 'Booking',
      id: created[index]?.id ?? typeid('book').toString(),
    }));
    const response = await app.graphql<{ _entities: ({ id: string } | null)[] }>(ENTITIES, { representations });
    expect(response.data?._entities).toHaveLength(count);
    expect(response.data?._entities.slice(0, Math.min(count, created.length)).map((entity) => entity?.id)).toEqual(
      created.slice(0, count).map((booking) => booking.id),
    );
    expect(statements(response)).toBe(1);
  });
});

describe('field lookahead on a bookings page', () => {
  it('answers every alias of a part with the fields that alias selects', async () => {
    const response = await app.graphql<{
      bookings: { edges: { node: { brief: { id: string }[]; full: { title: string; quantity: number }[] } }[] };
    }>(`query { bookings(first: 3) { edges { node { brief: items { id } full: items { title quantity } } } } }`);
    const [edge] = response.data?.bookings.edges ?? [];
    expect(edge?.node.brief[0]?.id).toMatch(/^bkit_/);
    expect(edge?.node.full[0]).toEqual({ title: 'Danube delta tour', quantity: 2 });
    expect(statements(response)).toBe(1);
  });

  it('reads the fields a named fragment selects', async () => {
    const response = await app.graphql<{
      bookings: { edges: { node: { contact: { lastName: string }; travelers: { lastName: string }[] } }[] };
    }>(
      `query { bookings(first: 1) { edges { node { ...Names } } } }
       fragment Names on Booking { contact { lastName } travelers { lastName } }`,
      undefined,
      { as: PII_READER },
    );
    const node = response.data?.bookings.edges[0]?.node;
    const newest = lastNameOf(created.length - 1);
    expect(node?.contact.lastName).toBe(newest);
    expect(node?.travelers.map((traveler) => traveler.lastName)).toEqual([newest, newest]);
  });

  it('resolves a nested field the page did not read from its own loader', async () => {
    const response = await app.graphql<{
      bookings: { edges: { node: { id: string; items: { booking: { id: string; externalBookingRef: string } }[] } }[] };
    }>(`query { bookings(first: 2) { edges { node { id items { booking { id externalBookingRef } } } } } }`);
    for (const edge of response.data?.bookings.edges ?? []) {
      expect(edge.node.items[0]?.booking.id).toBe(edge.node.id);
      expect(edge.node.items[0]?.booking.externalBookingRef).toMatch(/^EXT-/);
    }
  });

  it('answers the same rows whatever columns another part of the operation selected', async () => {
    const response = await app.graphql<{
      narrow: Page['bookings'];
      wide: { edges: { node: { id: string; externalBookingRef: string } }[] };
    }>(
      `query { narrow: bookings(first: 2) { totalCount edges { node { id items { id } travelers { id } origin
        { originSource } } } }
               wide: bookings(first: 2) { edges { node { id externalBookingRef } } } }`,
    );
    expect(response.data?.narrow.edges.map((edge) => edge.node.id)).toEqual(
      response.data?.wide.edges.map((edge) => edge.node.id),
    );
    expect(response.data?.wide.edges[0]?.node.externalBookingRef).toMatch(/^EXT-/);
  });
});

describe('a page reads what computed fields need', () => {
  it("answers a booking's cost in the items' cost currency", async () => {
    await createBooking(app, {
      externalBookingRef: 'COST-LOOKAHEAD-1',
      items: [
        {
          title: 'Guided walk',
          quantity: 2,
          unitSellAmount: { amountCents: 5000, currency: 'EUR' },
          unitCostAmount: { amountCents: 3000, currency: 'USD' },
        },
      ],
    });
    const response = await app.graphql<{
      bookings: { edges: { node: { costAmount: { amountCents: number; currency: string } | null } }[] };
    }>(
      `query { bookings(first: 5, filter: { search: "COST-LOOKAHEAD-1" }) { edges { node { costAmount {
        amountCents currency } } } } }`,
    );
    expect(response.data?.bookings.edges.map((edge) => edge.node.costAmount)).toEqual([
      { amountCents: 6000, currency: 'USD' },
    ]);
  });
});
