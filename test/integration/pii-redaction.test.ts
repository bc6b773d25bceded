import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { createBooking, type BookingSummary } from '../fixtures/bookings';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type Caller, type TestApp } from '../helpers/test-app';

const CONTACT = {
  firstName: 'Alice',
  lastName: 'Martin',
  taxId: 'RO1234567',
  email: 'alice@example.com',
  phone: '+40 712 345 678',
  addressLine1: '1 Strada Lunga',
  addressLine2: 'Ap 4',
  postalCode: '010101',
};
const TRAVELER = {
  firstName: 'Alice',
  lastName: 'Martin',
  email: 'alice@example.com',
  phone: '+40 712 345 678',
  specialRequests: 'window seat',
  notes: 'frequent guest',
};
const MASKED_CONTACT = {
  firstName: '***',
  lastName: '***',
  taxId: '***',
  email: 'a***e@example.com',
  phone: '***5678',
  addressLine1: '***',
  addressLine2: '***',
  postalCode: '***',
};
const MASKED_TRAVELER = {
  firstName: '***',
  lastName: '***',
  email: 'a***e@example.com',
  phone: '***5678',
  specialRequests: '***',
  notes: '***',
};

const FIELD_FRAGMENTS = `
  fragment Contact on BookingContact { firstName lastName taxId email phone addressLine1 addressLine2 postalCode }
  fragment Traveler on BookingTraveler { firstName lastName email phone specialRequests notes }
`;
const FRAGMENTS = `${FIELD_FRAGMENTS} fragment Parts on Booking { contact { ...Contact } travelers { ...Traveler } }`;

type Parts = { contact: Record<string, unknown>; travelers: Record<string, unknown>[] };

/** Each path yields the booking's contact and travelers as the caller sees them there. */
const PATHS: Record<string, (app: TestApp, booking: BookingSummary, as: Caller) => Promise<Parts | undefined>> = {
  root: async (app, booking, as) =>
    (
      await app.graphql<{ booking: Parts }>(
        `query($id: ID!) { booking(id: $id) { ...Parts } } ${FRAGMENTS}`,
        { id: booking.id },
        { as },
      )
    ).data?.booking,
  connection: async (app, booking, as) =>
    (
      await app.graphql<{ bookings: { edges: { node: Parts }[] } }>(
        `query($search: String) { bookings(filter: { search: $search }) { edges { node { ...Parts } } } } ${FRAGMENTS}`,
        { search: booking.bookingNumber },
        { as },
      )
    ).data?.bookings.edges[0]?.node,
  nested: async (app, booking, as) =>
    (
      await app.graphql<{ booking: { travelers: { booking: Parts }[] } }>(
        `query($id: ID!) { booking(id: $id) { travelers { booking { ...Parts } } } } ${FRAGMENTS}`,
        { id: booking.id },
        { as },
      )
    ).data?.booking.travelers[0]?.booking,
  _entities: async (app, booking, as) => {
    const representations = [
      { __typename: 'Booking', id: booking.id },
      { __typename: 'BookingTraveler', id: booking.travelers[0]?.id },
    ];
    const response = await app.graphql<{ _entities: [Parts, Record<string, unknown>] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Booking {
        contact { ...Contact } } ... on BookingTraveler { ...Traveler } } } ${FIELD_FRAGMENTS}`,
      { representations },
      { as },
    );
    const [entity, traveler] = response.data?._entities ?? [];
    return entity && traveler ? { contact: entity.contact, travelers: [traveler] } : undefined;
  },
};

const CALLERS: [string, Caller, boolean][] = [
  ['user with bookings:read', { type: 'user', scope: 'bookings:read' }, false],
  ['user with bookings:*', { type: 'user', scope: 'bookings:*' }, false],
  ['agent with bookings:read', { type: 'agent', scope: 'bookings:read' }, false],
  ['api key with bookings:read', { type: 'api_key', scope: 'bookings:read' }, false],
  ['user with bookings-pii:read', { type: 'user', scope: 'bookings:read bookings-pii:read' }, true],
  ['user with bookings-pii:*', { type: 'user', scope: 'bookings:read bookings-pii:*' }, true],
  ['user with *', { type: 'user', scope: '*' }, true],
  ['system principal', { type: 'system', scope: 'bookings:read' }, true],
  ['workflow principal', { type: 'workflow', scope: 'bookings:read' }, true],
];

let app: TestApp;
let booking: BookingSummary;
beforeAll(async () => {
  app = await startTestApp();
  booking = await createBooking(app, { contact: CONTACT, travelers: [{ ...TRAVELER, isPrimary: true }] });
});
afterAll(() => app.stop());

describe('@pii redaction matrix', () => {
  const cases = CALLERS.flatMap(([name, caller, reveals]) =>
    Object.keys(PATHS).map((path) => [name, path, caller, reveals] as const),
  );

  it.each(cases)('%s sees contact and traveler fields through %s %s', async (_name, path, caller, reveals) => {
    const parts = await PATHS[path]?.(app, booking, caller);
    expect(parts).toEqual({
      contact: reveals ? CONTACT : MASKED_CONTACT,
      travelers: [reveals ? TRAVELER : MASKED_TRAVELER],
    });
  });

  it('leaves absent values null rather than masking them', async () => {
    const sparse = await createBooking(app, {
      contact: { firstName: 'Ion' },
      travelers: [{ firstName: 'Ion', lastName: 'Ionescu' }],
    });
    const parts = await PATHS.root?.(app, sparse, { scope: 'bookings:read' });
    expect([parts?.contact.email, parts?.contact.phone, parts?.travelers[0]?.notes]).toEqual([null, null, null]);
  });
});

describe('search by personal data', () => {
  const search = async (term: string, as: Caller) =>
    (
      await app.graphql<{ bookings: { totalCount: number } }>(
        `query($search: String) { bookings(filter: { search: $search }) { totalCount } }`,
        { search: term },
        { as },
      )
    ).data?.bookings.totalCount;

  it('finds nothing by email for a caller who only sees it masked', async () => {
    expect(await search(CONTACT.email, { scope: 'bookings:read' })).toBe(0);
  });

  it('finds nothing by traveler name for a caller who only sees it masked', async () => {
    expect(await search('Martin', { scope: 'bookings:read' })).toBe(0);
  });

  it('still finds the booking by its number for that caller', async () => {
    expect(await search(booking.bookingNumber, { scope: 'bookings:read' })).toBe(1);
  });

  it('finds the booking by email for a caller who may reveal it', async () => {
    expect(await search(CONTACT.email, { scope: 'bookings:read bookings-pii:read' })).toBe(1);
  });
});

describe('reveal audit', () => {
  const QUERY = `query($id: ID!) { booking(id: $id) { ...Parts } } ${FRAGMENTS}`;
  const revealRows = (requestId: string | null) =>
    app.database.pool.query<{
      booking_id: string;
      traveler_id: string | null;
      fields: string[];
      reason: string;
      xmin: string;
    }>(
      `select booking_id, traveler_id, fields, reason, xmin::text from booking_pii_audit_events where action
        = 'reveal' and request_id = $1`,
      [requestId],
    );

  it('writes one row per revealed contact or traveler, naming fields only', async () => {
    const response = await app.graphql(
      QUERY,
      { id: booking.id },
      { as: { sub: 'usr_clerk', scope: 'bookings:read bookings-pii:read' } },
    );
    const { rows } = await revealRows(response.headers.get('x-request-id'));
    expect(rows.map(({ traveler_id, fields }) => [traveler_id, fields])).toEqual(
      expect.arrayContaining([
        [
          null,
          [
            'BookingContact.addressLine1',
            'BookingContact.addressLine2',
            'BookingContact.email',
            'BookingContact.firstName',
            'BookingContact.lastName',
            'BookingContact.phone',
            'BookingContact.postalCode',
            'BookingContact.taxId',
          ],
        ],
        [
          booking.travelers[0]?.id,
          [
            'BookingTraveler.email',
            'BookingTraveler.firstName',
            'BookingTraveler.lastName',
            'BookingTraveler.notes',
            'BookingTraveler.phone',
            'BookingTraveler.specialRequests',
          ],
        ],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('writes them with a single insert: one statement more than the same read masked, one transaction', async () => {
    const revealed = await app.graphql(QUERY, { id: booking.id }, { as: { scope: 'bookings:read bookings-pii:read' } });
    const masked = await app.graphql(QUERY, { id: booking.id }, { as: { scope: 'bookings:read' } });
    expect(revealed.sqlStatements - masked.sqlStatements).toBe(1);
    const { rows } = await revealRows(revealed.headers.get('x-request-id'));
    expect(new Set(rows.map((row) => row.xmin)).size).toBe(1);
  });

  it('writes nothing for a read that only saw masked values', async () => {
    const response = await app.graphql(QUERY, { id: booking.id }, { as: { scope: 'bookings:read' } });
    expect((await revealRows(response.headers.get('x-request-id'))).rows).toEqual([]);
  });

  it('gives internal principals their own reason', async () => {
    const response = await app.graphql(QUERY, { id: booking.id }, { as: { type: 'workflow', scope: 'bookings:read' } });
    expect(new Set((await revealRows(response.headers.get('x-request-id'))).rows.map((row) => row.reason))).toEqual(
      new Set(['internal principal']),
    );
  });

  it('withholds the data when the reveal cannot be audited', async () => {
    await app.database.pool.query(
      `alter table booking_pii_audit_events add constraint test_refuse_reveals check (action <> 'reveal') not valid`,
    );
    try {
      const response = await app.graphql(
        QUERY,
        { id: booking.id },
        { as: { scope: 'bookings:read bookings-pii:read' } },
      );
      expectGraphqlError(response, 'INTERNAL_SERVER_ERROR');
      expect(response.data ?? null).toBeNull();
      expect(JSON.stringify(response)).not.toContain('alice@example.com');
    } finally {
      await app.database.pool.query('alter table booking_pii_audit_events drop constraint test_refuse_reveals');
    }
  });
});

describe('the subgraph behind the transformer', () => {
  it('still publishes @pii through _service, so the supergraph keeps it', async () => {
    const response = await app.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, { as: null });
    const composed = composeServices([
      { name: 'bookings', typeDefs: parse(response.data?._service.sdl ?? ''), url: app.url },
    ]);
    expect(composed.errors).toBeUndefined();
    expect(composed.supergraphSdl).toContain('email: String @pii(mask: "email")');
  });
});
