import { createLocalJWKSet, jwtVerify } from 'jose';
import { CHECKOUT_AUDIENCE, CHECKOUT_TOKEN_TYPE, createCheckoutCapabilities } from '../../src/auth/checkout-capability';
import type { CheckoutAction, CheckoutCapabilityPort } from '../../src/ports/checkout-capability-port';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, TEST_CHECKOUT_SECRET, type TestApp } from '../helpers/test-app';
import {
  ABANDON,
  ADMIN,
  ALL_ACTIONS,
  CONFIRM,
  QUOTE,
  REFRESH,
  REPRICE,
  REVOKE,
  SESSION,
  STAFF_READER,
  START,
  STOREFRONT,
  UPDATE,
  WIZARD,
  declareSlot,
  seededPricing,
  startInput,
  startSession,
  withCapability,
  type SessionView,
  type StartedView,
} from '../fixtures/storefront';

let app: TestApp;
let issuer: CheckoutCapabilityPort;

beforeAll(async () => {
  app = await startTestApp({ app: { pricing: seededPricing(2500) } });
  issuer = await createCheckoutCapabilities({
    key: { algorithm: 'HS256', secret: TEST_CHECKOUT_SECRET },
    ttlSeconds: 1800,
    clock: app.clock,
  });
});

afterAll(() => app.stop());

const newSession = async (): Promise<StartedView> => startSession(app, await declareSlot(app));

const tokenFor = async (sessionId: string, actions: readonly CheckoutAction[], epoch = 0) =>
  (await issuer.issue({ bookingId: sessionId, actions, epoch })).token;

const errorCodes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.code);

interface Operation {
  name: string;
  action: CheckoutAction;
  query: string;
  variables: (started: SessionView) => Record<string, unknown>;
}

const selections = (started: SessionView) => [{ itemId: started.items[0]?.id, optionUnitId: 'unit_adult' }];

const OPERATIONS: Operation[] = [
  { name: 'storefrontSession', action: 'session:read', query: SESSION, variables: (s) => ({ id: s.id }) },
  {
    name: 'storefrontSessionQuote',
    action: 'session:reprice',
    query: QUOTE,
    variables: (s) => ({ input: { sessionId: s.id, selections: selections(s) } }),
  },
  {
    name: 'repriceStorefrontSession',
    action: 'session:reprice',
    query: REPRICE,
    variables: (s) => ({ input: { sessionId: s.id, expectedVersion: s.version, selections: selections(s) } }),
  },
  {
    name: 'updateStorefrontSession',
    action: 'session:update',
    query: UPDATE,
    variables: (s) => ({ input: { sessionId: s.id, expectedVersion: s.version, externalBookingRef: 'r' } }),
  },
  {
    name: 'updateSessionWizardState',
    action: 'session:update',
    query: WIZARD,
    variables: (s) => ({ input: { sessionId: s.id, expectedVersion: 0, currentStep: 'one' } }),
  },
  {
    name: 'confirmStorefrontSession',
    action: 'session:finalize',
    query: CONFIRM,
    variables: (s) => ({ input: { sessionId: s.id, expectedVersion: s.version } }),
  },
  {
    name: 'abandonStorefrontSession',
    action: 'session:finalize',
    query: ABANDON,
    variables: (s) => ({ input: { sessionId: s.id } }),
  },
  {
    name: 'refreshCheckoutCapability',
    action: 'session:read',
    query: REFRESH,
    variables: (s) => ({ input: { sessionId: s.id, actions: ['session:read'] } }),
  },
];

describe('the operation × action matrix', () => {
  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    '%s opens with its action alone',
    async (_name, operation) => {
      const { session } = await newSession();
      const response = await withCapability(
        app,
        await tokenFor(session.id, [operation.action]),
        operation.query,
        operation.variables(session),
      );
      expect(errorCodes(response)).toEqual([]);
    },
  );

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    '%s is FORBIDDEN with every other action',
    async (_name, operation) => {
      const { session } = await newSession();
      const others = (ALL_ACTIONS as CheckoutAction[]).filter((action) => action !== operation.action);
      const response = await withCapability(
        app,
        await tokenFor(session.id, others),
        operation.query,
        operation.variables(session),
      );
      expectGraphqlError(response, 'FORBIDDEN');
    },
  );

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    '%s is UNAUTHENTICATED without any token',
    async (_name, operation) => {
      const { session } = await newSession();
      const response = await app.graphql(operation.query, operation.variables(session), { as: null });
      expectGraphqlError(response, 'UNAUTHENTICATED');
    },
  );
});

describe('a capability acts on its own session only', () => {
  it('is FORBIDDEN on another session', async () => {
    const sessionA = await newSession();
    const sessionB = await newSession();
    const response = await withCapability(app, sessionA.capability.token, SESSION, { id: sessionB.session.id });
    expectGraphqlError(response, 'FORBIDDEN');
  });

  it.each([
    ['booking', 'query B($id: ID!) { booking(id: $id) { id } }'],
    ['bookings', 'query L { bookings(first: 1) { totalCount } }'],
    [
      '_entities',
      'query E($id: ID!) { _entities(representations: [{ __typename: "Booking", id: $id }]) { ... on Booking ' +
        '{ id } } }',
    ],
  ])('never opens %s', async (_field, query) => {
    const { session, capability } = await newSession();
    const response = await withCapability(app, capability.token, query, { id: session.id });
    expectGraphqlError(response, 'FORBIDDEN');
  });

  it('is refused in the Authorization header, and a user token in the Checkout-Capability header', async () => {
    const { session, capability } = await newSession();
    expectGraphqlError(await app.graphql(SESSION, { id: session.id }, { token: capability.token }), 'UNAUTHENTICATED');
    const userToken = await app.token(STAFF_READER);
    expectGraphqlError(await withCapability(app, userToken, SESSION, { id: session.id }), 'UNAUTHENTICATED');
  });

  it('is UNAUTHENTICATED once expired', async () => {
    const { session, capability } = await newSession();
    app.clock.advanceMinutes(30);
    try {
      expectGraphqlError(await withCapability(app, capability.token, SESSION, { id: session.id }), 'UNAUTHENTICATED');
    } finally {
      app.clock.advanceMinutes(-30);
    }
  });
});

describe('revocation', () => {
  it('abandoning a session revokes its capabilities', async () => {
    const { session, capability } = await newSession();
    const other = await tokenFor(session.id, ['session:read']);
    await withCapability(app, capability.token, ABANDON, { input: { sessionId: session.id } });
    expectGraphqlError(await withCapability(app, other, SESSION, { id: session.id }), 'UNAUTHENTICATED');
  });

  it(
    'revokeCheckoutCapabilities (bookings:admin) bumps the epoch: earlier tokens stop, ' + 'one of the new epoch works',
    async () => {
      const { session, capability } = await newSession();
      const revoked = await app.graphql<{ revokeCheckoutCapabilities: { capabilityEpoch: number } }>(
        REVOKE,
        { input: { sessionId: session.id } },
        { as: ADMIN },
      );
      expect(revoked.data?.revokeCheckoutCapabilities.capabilityEpoch).toBe(1);
      expectGraphqlError(await withCapability(app, capability.token, SESSION, { id: session.id }), 'UNAUTHENTICATED');
      const fresh = await tokenFor(session.id, ['session:read'], 1);
      expect(errorCodes(await withCapability(app, fresh, SESSION, { id: session.id }))).toEqual([]);
    },
  );

  it('revokeCheckoutCapabilities needs bookings:admin', async () => {
    const { session, capability } = await newSession();
    expectGraphqlError(
      await withCapability(app, capability.token, REVOKE, { input: { sessionId: session.id } }),
      'FORBIDDEN',
    );
    expectGraphqlError(
      await app.graphql(REVOKE, { input: { sessionId: session.id } }, { as: STAFF_READER }),
      'FORBIDDEN',
    );
  });
});

describe('refresh', () => {
  it('narrows: the new token carries only the kept actions', async () => {
    const { session, capability } = await newSession();
    const refreshed = await withCapability<{
      refreshCheckoutCapability: { capability: { token: string; actions: string[] } };
    }>(app, capability.token, REFRESH, {
      input: { sessionId: session.id, actions: ['session:read', 'payment:start'] },
    });
    const narrowed = refreshed.data?.refreshCheckoutCapability.capability;
    expect(narrowed?.actions).toEqual(['session:read', 'payment:start']);
    const update = await withCapability(app, narrowed?.token ?? '', UPDATE, {
      input: { sessionId: session.id, expectedVersion: session.version, externalBookingRef: 'r' },
    });
    expectGraphqlError(update, 'FORBIDDEN');
  });

  it('never widens', async () => {
    const { session } = await newSession();
    const readOnly = await tokenFor(session.id, ['session:read']);
    const response = await withCapability(app, readOnly, REFRESH, {
      input: { sessionId: session.id, actions: ['session:read', 'session:finalize'] },
    });
    expectGraphqlError(response, 'FORBIDDEN');
  });
});

describe('personal data', () => {
  const EMAIL = 'query S($id: ID!) { storefrontSession(id: $id) { contact { email } travelers { firstName } } }';

  it('is revealed to the capability of its own session, and the reveal is audited', async () => {
    const { session, capability } = await newSession();
    const response = await withCapability<{ storefrontSession: { contact: { email: string } } }>(
      app,
      capability.token,
      EMAIL,
      { id: session.id },
    );
    expect(response.data?.storefrontSession.contact.email).toBe('ada@example.com');
    const { rows } = await app.database.pool.query<{ actor_id: string; action: string }>(
      'select actor_id, action from booking_pii_audit_events where booking_id = $1',
      [session.id],
    );
    expect(rows).toContainEqual({ actor_id: expect.stringMatching(/^chk:/), action: 'reveal' });
  });

  it('stays masked for staff without the PII scope', async () => {
    const { session } = await newSession();
    const response = await app.graphql<{ storefrontSession: { contact: { email: string } } }>(
      EMAIL,
      { id: session.id },
      { as: STAFF_READER },
    );
    expect(response.data?.storefrontSession.contact.email).not.toBe('ada@example.com');
    expect(response.data?.storefrontSession.contact.email).toContain('***');
  });

  it('is not revealed for another session by a capability sent alongside a staff token', async () => {
    const sessionA = await newSession();
    const sessionB = await newSession();
    const response = await app.graphql<{ storefrontSession: { contact: { email: string } } }>(
      EMAIL,
      { id: sessionB.session.id },
      {
        as: STAFF_READER,
        headers: { 'checkout-capability': sessionA.capability.token },
      },
    );
    expect(response.data?.storefrontSession.contact.email).toContain('***');
  });
});

describe('starting sessions', () => {
  it('needs bookings:storefront', async () => {
    const input = startInput(await declareSlot(app));
    expectGraphqlError(await app.graphql(START, { input }, { as: STAFF_READER }), 'FORBIDDEN');
    expectGraphqlError(await app.graphql(START, { input }, { as: null }), 'UNAUTHENTICATED');
    expect(errorCodes(await app.graphql(START, { input }, { as: STOREFRONT }))).toEqual([]);
  });

  it('is open without a token when STOREFRONT_ALLOW_ANONYMOUS is true', async () => {
    const open = await startTestApp({
      app: { pricing: seededPricing(2500) },
      env: { STOREFRONT_ALLOW_ANONYMOUS: 'true' },
    });
    try {
      const response = await open.graphql<{ startStorefrontSession: { __typename: string } }>(
        START,
        { input: startInput(await declareSlot(open)) },
        { as: null },
      );
      expect(response.data?.startStorefrontSession.__typename).toBe('StartStorefrontSessionPayload');
    } finally {
      await open.stop();
    }
  });
});

describe('the ES256 option', () => {
  it('publishes /.well-known/checkout-jwks.json, whose key verifies the capability', async () => {
    const signed = await startTestApp({
      app: { pricing: seededPricing(2500) },
      env: { CHECKOUT_CAPABILITY_ALGORITHM: 'ES256' },
    });
    try {
      const { capability } = await startSession(signed, await declareSlot(signed));
      const jwks = await (await fetch(signed.url.replace('/graphql', '/.well-known/checkout-jwks.json'))).json();
      const { payload } = await jwtVerify(capability.token, createLocalJWKSet(jwks), {
        audience: CHECKOUT_AUDIENCE,
        typ: CHECKOUT_TOKEN_TYPE,
        currentDate: signed.clock.now(),
      });
      expect(payload.act).toEqual(ALL_ACTIONS);
    } finally {
      await signed.stop();
    }
  });

  it('publishes nothing for HS256', async () => {
    const response = await fetch(app.url.replace('/graphql', '/.well-known/checkout-jwks.json'));
    expect(response.status).toBe(404);
  });
});
