import { SignJWT, UnsecuredJWT } from 'jose';
import { typeid } from 'typeid-js';
import {
  activityOf,
  createBareBooking,
  OVERRIDE_STATUS,
  rowCounts,
  storedBooking,
} from '../fixtures/booking-operations';
import { CREATE_BOOKING } from '../fixtures/bookings';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, TEST_JWT_SECRET, type Caller, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
let bookingId: string;
beforeAll(async () => {
  app = await startTestApp();
  bookingId = (await createBareBooking(app)).id;
});
afterAll(() => app.stop());

const READ = `query($id: ID!) { booking(id: $id) { id status } }`;
const LIST = `query { bookings(first: 1) { totalCount } }`;
const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { __typename ... on
  Booking { id status } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Booking { id } } }`;

const STATUSES = [
  'DRAFT',
  'ON_HOLD',
  'AWAITING_PAYMENT',
  'CONFIRMED',
  'IN_PROGRESS',
  'COMPLETED',
  'EXPIRED',
  'CANCELLED',
];

/** An HS256 token with full control over its claims and lifetime; `null` leaves `iat` or `exp` out. */
function craftToken(
  claims: Record<string, unknown>,
  options: { secret?: string; issuedAt?: number | null; expiresAt?: number | null } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' });
  if (options.issuedAt !== null) jwt = jwt.setIssuedAt(options.issuedAt ?? now - 7200);
  if (options.expiresAt !== null) jwt = jwt.setExpirationTime(options.expiresAt ?? now + 3600);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

const DAY_SECONDS = 86_400;

const as = (scope: string, type: Caller['type'] = 'user'): { as: Caller } => ({
  as: { sub: 'usr_scoped', type, scope },
});
const override = (id: string, to: string, reason: unknown, caller: { as?: Caller } = {}) =>
  app.graphql(OVERRIDE_STATUS, { input: { id, to, reason } }, caller);

/** Runs an operation that must be refused and checks that no table changed. */
async function refusedWithoutWrites(action: () => Promise<GraphqlResponse>, code: string): Promise<void> {
  const before = await rowCounts(app);
  const response = await action();
  expectGraphqlError(response, code);
  expect(response.data?.createBooking ?? response.data?.overrideBookingStatus ?? null).toBeNull();
  expect(await rowCounts(app)).toEqual(before);
}

describe('authentication', () => {
  it('refuses a query without a token as UNAUTHENTICATED', async () => {
    const response = await app.graphql(READ, { id: bookingId }, { as: null });
    expectGraphqlError(response, 'UNAUTHENTICATED');
    expect(response.data?.booking ?? null).toBeNull();
  });

  it('refuses a mutation without a token and writes nothing', async () => {
    await refusedWithoutWrites(
      () => app.graphql(CREATE, { input: { sellCurrency: 'EUR' } }, { as: null }),
      'UNAUTHENTICATED',
    );
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await app.graphql(
      READ,
      { id: bookingId },
      { as: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } },
    );
    expectGraphqlError(response, 'UNAUTHENTICATED');
  });

  it('refuses a token that is not a JWT', async () => {
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token: 'not-a-jwt' }), 'UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret', async () => {
    const token = await craftToken(
      { sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' },
      { secret: 'another-secret-that-is-also-32-characters-long' },
    );
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const token = await craftToken(
      { sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' },
      { expiresAt: Math.floor(Date.now() / 1000) - 60 },
    );
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('refuses an unsigned token', async () => {
    const token = new UnsecuredJWT({ principal_type: 'user', scope: 'bookings:read' })
      .setSubject('usr_1')
      .setExpirationTime('1h')
      .encode();
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('refuses a token without a subject', async () => {
    const token = await craftToken({ principal_type: 'user', scope: 'bookings:read' });
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('refuses a token with an unknown principal type', async () => {
    const token = await craftToken({ sub: 'usr_1', principal_type: 'robot', scope: 'bookings:read' });
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('refuses a token without an expiry', async () => {
    const token = await craftToken(
      { sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' },
      { expiresAt: null },
    );
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('refuses a token without an issue time, whose lifetime cannot be bounded', async () => {
    const token = await craftToken(
      { sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' },
      { issuedAt: null },
    );
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('refuses a token issued to live longer than AUTH_MAX_TOKEN_AGE_SECONDS (default one day)', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 60;
    const token = await craftToken(
      { sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' },
      { issuedAt, expiresAt: issuedAt + DAY_SECONDS + 1 },
    );
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('accepts a token issued to live exactly AUTH_MAX_TOKEN_AGE_SECONDS', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 60;
    const token = await craftToken(
      { sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' },
      { issuedAt, expiresAt: issuedAt + DAY_SECONDS },
    );
    expect((await app.graphql(READ, { id: bookingId }, { token })).errors).toBeUndefined();
  });

  it('refuses a token without a principal type instead of reading it as a user', async () => {
    const token = await craftToken({ sub: 'usr_1', scope: 'bookings:read' });
    expectGraphqlError(await app.graphql(READ, { id: bookingId }, { token }), 'UNAUTHENTICATED');
  });

  it('never echoes the token in the error', async () => {
    const token = await craftToken(
      { sub: 'usr_1', scope: 'bookings:read' },
      { secret: 'another-secret-that-is-also-32-characters-long' },
    );
    const response = await app.graphql(READ, { id: bookingId }, { token });
    expect(JSON.stringify(response.errors)).not.toContain(token.split('.')[2]);
  });

  it('accepts a valid token and reads the booking', async () => {
    const token = await craftToken({ sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' });
    const response = await app.graphql<{ booking: { id: string } }>(READ, { id: bookingId }, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data?.booking.id).toBe(bookingId);
  });

  it('accepts scopes given as a JSON array', async () => {
    const token = await craftToken({ sub: 'usr_1', principal_type: 'user', scope: ['bookings:read'] });
    expect((await app.graphql(READ, { id: bookingId }, { token })).errors).toBeUndefined();
  });
});

describe('a configured AUTH_MAX_TOKEN_AGE_SECONDS', () => {
  let shortLived: TestApp;
  beforeAll(async () => {
    shortLived = await startTestApp({ env: { AUTH_MAX_TOKEN_AGE_SECONDS: '600' } });
  });
  afterAll(() => shortLived.stop());

  it('refuses a token issued for longer than the configured bound', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 60;
    const token = await craftToken(
      { sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' },
      { issuedAt, expiresAt: issuedAt + 601 },
    );
    expectGraphqlError(await shortLived.graphql(LIST, {}, { token }), 'UNAUTHENTICATED');
  });

  it('accepts a token within the configured bound', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 60;
    const token = await craftToken(
      { sub: 'usr_1', principal_type: 'user', scope: 'bookings:read' },
      { issuedAt, expiresAt: issuedAt + 600 },
    );
    expect((await shortLived.graphql(LIST, {}, { token })).errors).toBeUndefined();
  });
});

describe('scopes', () => {
  it('refuses a query without bookings:read as FORBIDDEN', async () => {
    const response = await app.graphql(LIST, {}, as('bookings:write bookings-pii:read'));
    expectGraphqlError(response, 'FORBIDDEN');
    expect(response.data?.bookings ?? null).toBeNull();
  });

  it('refuses a mutation without bookings:write and writes nothing', async () => {
    await refusedWithoutWrites(
      () => app.graphql(CREATE, { input: { sellCurrency: 'EUR' } }, as('bookings:read bookings:admin')),
      'FORBIDDEN',
    );
  });

  it('refuses overrideBookingStatus without bookings:admin and writes nothing', async () => {
    await refusedWithoutWrites(
      () => override(bookingId, 'CONFIRMED', 'ops request', as('bookings:read bookings:write')),
      'FORBIDDEN',
    );
    expect((await storedBooking(app, bookingId)).status).toBe('draft');
  });

  it('does not let bookings-pii:* stand in for bookings:read', async () => {
    expectGraphqlError(await app.graphql(LIST, {}, as('bookings-pii:*')), 'FORBIDDEN');
  });

  it('does not let a scope prefix stand in for the scope', async () => {
    expectGraphqlError(await app.graphql(LIST, {}, as('bookings bookings:rea bookings:read:all')), 'FORBIDDEN');
  });

  it.each(['bookings:read', 'bookings:*', '*'])('lets %s read', async (scope) => {
    const response = await app.graphql<{ bookings: { totalCount: number } }>(LIST, {}, as(scope));
    expect(response.errors).toBeUndefined();
    expect(response.data?.bookings.totalCount).toBeGreaterThan(0);
  });

  it.each(['bookings:write', 'bookings:*', '*'])('lets %s write', async (scope) => {
    expectSuccess(await app.graphql(CREATE, { input: { sellCurrency: 'EUR' } }, as(scope)), 'createBooking');
  });

  it.each(['bookings:admin', 'bookings:*', '*'])('lets %s override a status', async (scope) => {
    const booking = await createBareBooking(app);
    expectSuccess(await override(booking.id, 'CANCELLED', 'duplicate booking', as(scope)), 'overrideBookingStatus');
  });

  it('lets a write-only caller read the items and travelers of the booking it created', async () => {
    const input = {
      sellCurrency: 'EUR',
      items: [{ title: 'Tour', unitSellAmount: { amountCents: 100, currency: 'EUR' } }],
      travelers: [{ firstName: 'Ana', lastName: 'Pop' }],
    };
    const created = expectSuccess<{ __typename: string; items: unknown[]; travelers: unknown[] }>(
      await app.graphql(CREATE_BOOKING, { input }, as('bookings:write')),
      'createBooking',
    );
    expect([created.items.length, created.travelers.length]).toEqual([1, 1]);
  });

  it('answers a write-only caller with the booking it created', async () => {
    const created = expectSuccess<{ __typename: string; id: string; status: string }>(
      await app.graphql(CREATE, { input: { sellCurrency: 'EUR' } }, as('bookings:write')),
      'createBooking',
    );
    expect(created).toMatchObject({ status: 'DRAFT', id: expect.stringMatching(/^book_/) });
  });
});

describe('federation entry points', () => {
  it('serves _service { sdl } without a token', async () => {
    const response = await app.graphql<{ _service: { sdl: string } }>(`query { _service { sdl } }`, {}, { as: null });
    expect(response.errors).toBeUndefined();
    expect(response.data?._service.sdl).toContain('type Booking');
    expect(response.data?._service.sdl).toContain('@key(fields: "id")');
  });

  it('refuses _entities without a token', async () => {
    const response = await app.graphql(ENTITIES, { r: [{ __typename: 'Booking', id: bookingId }] }, { as: null });
    expectGraphqlError(response, 'UNAUTHENTICATED');
    expect(response.data?._entities ?? null).toBeNull();
  });

  it('refuses _entities without bookings:read', async () => {
    const response = await app.graphql(
      ENTITIES,
      { r: [{ __typename: 'Booking', id: bookingId }] },
      as('bookings:write bookings-pii:*'),
    );
    expectGraphqlError(response, 'FORBIDDEN');
    expect(response.data?._entities ?? null).toBeNull();
  });

  it('resolves _entities with bookings:read', async () => {
    const response = await app.graphql<{ _entities: { id: string }[] }>(
      ENTITIES,
      { r: [{ __typename: 'Booking', id: bookingId }] },
      as('bookings:read'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([{ id: bookingId }]);
  });
});

describe('overrideBookingStatus', () => {
  const admin: { as: Caller } = {
    as: { sub: 'usr_admin', type: 'user', scope: 'bookings:admin bookings:read bookings:write' },
  };

  /** A fresh booking put in `status` (by override when the graph cannot get there directly). */
  async function bookingInStatus(status: string): Promise<string> {
    const booking = await createBareBooking(app);
    if (status !== 'DRAFT')
      expectSuccess(await override(booking.id, status, 'test setup', admin), 'overrideBookingStatus');
    return booking.id;
  }

  const PAIRS = STATUSES.flatMap((from) => STATUSES.filter((to) => to !== from).map((to) => [from, to]));

  it.each(PAIRS)('moves a booking from %s to %s with a reason', async (from, to) => {
    const id = await bookingInStatus(from);
    const moved = expectSuccess<{ __typename: string; status: string }>(
      await override(id, to, `correcting ${from}`, admin),
      'overrideBookingStatus',
    );
    expect(moved.status).toBe(to);
  });

  it('records the override as status_overridden with from, to, reason and the admin', async () => {
    const id = await bookingInStatus('COMPLETED');
    expectSuccess(await override(id, 'CONFIRMED', 'completed by mistake', admin), 'overrideBookingStatus');
    const [latest] = await activityOf(app, id);
    expect(latest).toMatchObject({
      type: 'status_overridden',
      actorId: 'usr_admin',
      actorType: 'USER',
      metadata: expect.objectContaining({ from: 'completed', to: 'confirmed', reason: 'completed by mistake' }),
    });
  });

  it('stamps the status it enters as a transition would', async () => {
    const id = await bookingInStatus('CANCELLED');
    const moved = expectSuccess<{ __typename: string; confirmedAt: string | null }>(
      await override(id, 'CONFIRMED', 'cancelled by mistake', admin),
      'overrideBookingStatus',
    );
    expect(moved.confirmedAt).toBe(app.clock.now().toISOString());
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['longer than 2000 characters', 'r'.repeat(2001)],
  ])('refuses an %s reason, naming the field, and writes nothing', async (_label, reason) => {
    const id = await bookingInStatus('DRAFT');
    const before = await rowCounts(app);
    expectGraphqlError(await override(id, 'CONFIRMED', reason, admin), 'BAD_USER_INPUT', 'input.reason');
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses an override without a reason', async () => {
    const id = await bookingInStatus('DRAFT');
    const response = await app.graphql(OVERRIDE_STATUS, { input: { id, to: 'CONFIRMED' } }, admin);
    expectGraphqlError(response, 'BAD_USER_INPUT');
    expect((await storedBooking(app, id)).status).toBe('draft');
  });

  it('answers an override to the same status with BookingTransitionError and writes nothing', async () => {
    const id = await bookingInStatus('CONFIRMED');
    const before = { counts: await rowCounts(app), row: await storedBooking(app, id) };
    const refused = expectOutcome<Record<string, unknown>>(
      await override(id, 'CONFIRMED', 'no-op', admin),
      'overrideBookingStatus',
      'INVALID_BOOKING_TRANSITION',
    );
    expect(refused).toMatchObject({ __typename: 'BookingTransitionError', from: 'CONFIRMED', to: 'CONFIRMED' });
    expect({ counts: await rowCounts(app), row: await storedBooking(app, id) }).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown booking', async () => {
    expectGraphqlError(await override(typeid('book').toString(), 'CONFIRMED', 'cleanup', admin), 'NOT_FOUND');
  });

  it('is not offered as an allowed transition', async () => {
    const id = await bookingInStatus('COMPLETED');
    const response = await app.graphql<{ booking: { allowedTransitions: string[] } }>(
      `query($id: ID!) { booking(id: $id) { allowedTransitions } }`,
      { id },
    );
    expect(response.data?.booking.allowedTransitions).toEqual([]);
  });
});
