import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema, buildASTSchema } from 'graphql';
import { schemaPath } from '../../src/server';
import { TRANSITION, declareCapacity, reserved, type ReservedBooking } from '../fixtures/inventory';
import { expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  __typename
  ... on BookingAllocation { id status quantity booking { id } item { id } slot { id } }
  ... on BookingFulfillment { id type booking { id } }
  ... on AvailabilitySlot { id remainingCapacity allocations(first: 2) { totalCount edges { node { id } } } }
} }`;

const entities = (representations: Record<string, unknown>[]) =>
  app.graphql<{ _entities: (Record<string, unknown> | null)[] }>(ENTITIES, { representations });

const ISSUE = `mutation($input: IssueFulfillmentInput!) { issueFulfillment(input: $input) { __typename ... on
  BookingFulfillment { id } } }`;

async function bookingsWithParts(count: number, slot: string): Promise<ReservedBooking[]> {
  const bookings: ReservedBooking[] = [];
  for (let index = 0; index < count; index += 1) {
    const booking = await reserved(app, [{ targetId: slot }]);
    await app.graphql(TRANSITION, { input: { id: booking.id, to: 'CONFIRMED' } });
    expectSuccess(
      await app.graphql(ISSUE, { input: { bookingId: booking.id, type: 'TICKET', deliveryChannel: 'API' } }),
      'issueFulfillment',
      'BookingFulfillment',
    );
    bookings.push(booking);
  }
  return bookings;
}

describe('federation entities', () => {
  it('resolves allocation and fulfillment representations, and unknown ids to null', async () => {
    const slot = await declareCapacity(app, 5);
    const [booking] = await bookingsWithParts(1, slot);
    const allocation = booking?.allocations[0];
    const fulfillments = await app.graphql<{ booking: { fulfillments: { id: string }[] } }>(
      `query($id: ID!) { booking(id: $id) { fulfillments { id } } }`,
      { id: booking?.id },
    );
    const fulfillmentId = fulfillments.data?.booking.fulfillments[0]?.id;
    const response = await entities([
      { __typename: 'BookingAllocation', id: allocation?.id },
      { __typename: 'BookingFulfillment', id: fulfillmentId },
      { __typename: 'BookingAllocation', id: 'bkac_01h455vb4pex5vsknk084sn02q' },
    ]);
    expect(response.data?._entities).toEqual([
      {
        __typename: 'BookingAllocation',
        id: allocation?.id,
        status: 'CONFIRMED',
        quantity: 1,
        booking: { id: booking?.id },
        item: { id: booking?.items[0]?.id },
        slot: { id: slot },
      },
      { __typename: 'BookingFulfillment', id: fulfillmentId, type: 'TICKET', booking: { id: booking?.id } },
      null,
    ]);
  });

  it('contributes remaining capacity and allocations to the inventory subgraph’s slots', async () => {
    const slot = await declareCapacity(app, 5);
    await bookingsWithParts(3, slot);
    const response = await entities([
      { __typename: 'AvailabilitySlot', id: slot },
      { __typename: 'AvailabilitySlot', id: 'slot_not_sold_here' },
    ]);
    expect(response.data?._entities).toEqual([
      {
        __typename: 'AvailabilitySlot',
        id: slot,
        remainingCapacity: 2,
        allocations: { totalCount: 3, edges: [expect.anything(), expect.anything()] },
      },
      {
        __typename: 'AvailabilitySlot',
        id: 'slot_not_sold_here',
        remainingCapacity: null,
        allocations: { totalCount: 0, edges: [] },
      },
    ]);
  });

  it('pages through a slot’s allocations in creation order', async () => {
    const slot = await declareCapacity(app, 5);
    const bookings = await bookingsWithParts(3, slot);
    const page = (after: string | null) =>
      app.graphql<{
        _entities: {
          allocations: {
            edges: { cursor: string; node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }[];
      }>(
        `query($representations: [_Any!]!, $after: String) { _entities(representations: $representations) {
          ... on AvailabilitySlot {
          allocations(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage
          endCursor } } } } }`,
        { representations: [{ __typename: 'AvailabilitySlot', id: slot }], after },
      );
    const first = (await page(null)).data?._entities[0]?.allocations;
    const second = (await page(first?.pageInfo.endCursor ?? null)).data?._entities[0]?.allocations;
    expect([...(first?.edges ?? []), ...(second?.edges ?? [])].map((edge) => edge.node.id)).toEqual(
      bookings.map((booking) => booking.allocations[0]?.id),
    );
    expect([first?.pageInfo.hasNextPage, second?.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('spends the same SQL statements on one representation of each kind as on many', async () => {
    const slots = [await declareCapacity(app, 20), await declareCapacity(app, 20)];
    const bookings = [...(await bookingsWithParts(3, slots[0] ?? '')), ...(await bookingsWithParts(3, slots[1] ?? ''))];
    const representations = (count: number) => [
      ...bookings
        .slice(0, count)
        .map((booking) => ({ __typename: 'BookingAllocation', id: booking.allocations[0]?.id })),
      ...slots.slice(0, Math.min(count, 2)).map((id) => ({ __typename: 'AvailabilitySlot', id })),
    ];
    const one = await entities(representations(1));
    const many = await entities(representations(6));
    expect(many.errors).toBeUndefined();
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it('loads allocations, fulfillments and redemptions of a list of bookings in flat SQL', async () => {
    const slot = await declareCapacity(app, 20);
    await bookingsWithParts(6, slot);
    const query = `query($first: Int!) { bookings(first: $first, filter: { status: [CONFIRMED] }) { edges { node {
      allocations { id slot { id } } fulfillments { id redemption { id } } redemptions { id } items {
      allocations { id } }
    } } } }`;
    const one = await app.graphql(query, { first: 1 });
    const six = await app.graphql(query, { first: 6 });
    expect(six.errors).toBeUndefined();
    expect(six.sqlStatements).toBe(one.sqlStatements);
  });
});

describe('composition', () => {
  it('composes with an inventory subgraph that owns AvailabilitySlot', () => {
    const inventory = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type AvailabilitySlot @key(fields: "id") { id: ID! startsAt: String! capacity: Int! }
      type Query { availabilitySlot(id: ID!): AvailabilitySlot }
    `);
    const result = composeServices([
      { name: 'bookings', typeDefs: parse(readFileSync(schemaPath(), 'utf8')), url: 'http://bookings.invalid/graphql' },
      { name: 'inventory', typeDefs: inventory, url: 'http://inventory.invalid/graphql' },
    ]);
    expect(result.errors).toBeUndefined();
    const api = printSchema(buildASTSchema(parse(result.supergraphSdl ?? '')));
    expect(api).toMatch(/type AvailabilitySlot[^}]*remainingCapacity: Int[^}]*startsAt: String!/s);
  });
});
