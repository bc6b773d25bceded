import type { PricingPort } from '../../src/ports/pricing-port';
import { InProcessPricing } from '../../src/ports/pricing/in-process-pricing';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';
import { ALLOCATION_CAPACITY } from '../fixtures/inventory';
import {
  ABANDON,
  CONFIRM,
  QUOTE,
  REPRICE,
  SESSION,
  STAFF_READER as STAFF,
  START,
  STOREFRONT,
  UPDATE,
  WIZARD,
  cityWalk,
  countRows,
  declareSlot,
  seededPricing,
  startInput,
  startSession,
  traveler,
  withCapability,
  type SessionView,
} from '../fixtures/storefront';
import { unitRate } from '../fixtures/rate-cards';
import { upsertTravelDetails } from '../fixtures/travel-details';

let app: TestApp;
/** The catalog the app prices from; a test swaps it to change prices. */
let catalog: InProcessPricing = seededPricing(2500);
const pricing: PricingPort = { rateCards: (requests) => catalog.rateCards(requests) };

beforeAll(async () => {
  app = await startTestApp({ app: { pricing } });
});

beforeEach(() => {
  catalog = seededPricing(2500);
});

afterAll(() => app.stop());

const remaining = async (slotId: string): Promise<number> => {
  const response = await app.graphql<{ allocationCapacity: { remaining: number } }>(ALLOCATION_CAPACITY, {
    kind: 'SLOT',
    targetId: slotId,
  });
  return response.data?.allocationCapacity.remaining ?? NaN;
};

const session = (response: GraphqlResponse, field: string) =>
  expectSuccess<SessionView>(response, field, 'StorefrontSession');

describe('starting a session', () => {
  it('creates an ON_HOLD booking with a BK-YYMM-NNNNNN number', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    expect(started.status).toBe('ON_HOLD');
    expect(started.bookingNumber).toMatch(/^BK-\d{4}-\d{6}$/);
  });

  it('issues a capability carrying every action for this session', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    expect(capability.sessionId).toBe(started.id);
    expect(capability.actions).toEqual([
      'session:read',
      'session:update',
      'session:reprice',
      'session:finalize',
      'payment:read',
      'payment:start',
    ]);
  });

  it('holds the capacity: 10 seats become 8', async () => {
    const slotId = await declareSlot(app, 10);
    await startSession(app, slotId);
    expect(await remaining(slotId)).toBe(8);
  });

  it('prices the lines from the catalog and keeps the unit name as a snapshot', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    expect(started.total).toEqual({ amountCents: 5000, currency: 'EUR' });
    expect(started.items[0]).toMatchObject({
      optionUnitId: 'unit_adult',
      unitName: 'Adult',
      pricingMode: 'PER_UNIT',
      total: { amountCents: 5000 },
    });
  });

  it('reports a ready checklist', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    expect(started.checklist).toEqual({
      contactComplete: true,
      travelersComplete: true,
      requiredAnswersComplete: true,
      pricingComplete: true,
      holdLive: true,
      ready: true,
      missing: [],
    });
  });

  it('writes the direct_b2c origin', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    const response = await app.graphql<{ booking: { sourceType: string; origin: { originSource: string } } }>(
      'query B($id: ID!) { booking(id: $id) { sourceType origin { originSource } } }',
      { id: started.id },
    );
    expect(response.data?.booking).toEqual({ sourceType: 'DIRECT', origin: { originSource: 'DIRECT_B2C' } });
  });

  it('refuses price fields in the input with BAD_USER_INPUT', async () => {
    const input = startInput(await declareSlot(app));
    const items = input.items.map((item) => ({ ...item, unitSellAmount: { amountCents: 1, currency: 'EUR' } }));
    const response = await app.graphql(START, { input: { ...input, items } }, { as: STOREFRONT });
    expectGraphqlError(response, 'BAD_USER_INPUT');
  });

  it('writes nothing when the catalog is down', async () => {
    const slotId = await declareSlot(app, 10);
    catalog.failWith('unavailable');
    const response = await app.graphql(START, { input: startInput(slotId) }, { as: STOREFRONT });
    expectOutcome(response, 'startStorefrontSession', 'PRICING_UNAVAILABLE');
    expect(await remaining(slotId)).toBe(10);
  });

  it('refuses a product the catalog does not sell (NO_RATE_CARD)', async () => {
    const input = startInput(await declareSlot(app));
    const items = input.items.map((item) => ({ ...item, productId: 'prod_unknown' }));
    const response = await app.graphql(START, { input: { ...input, items } }, { as: STOREFRONT });
    expect(
      expectOutcome<{ code: string; reason: string }>(response, 'startStorefrontSession', 'PRICING_UNAVAILABLE').reason,
    ).toBe('NO_RATE_CARD');
  });

  it('refuses an option the slot does not sell (OPTION_NOT_ON_SLOT), holding nothing', async () => {
    const slotId = await declareSlot(app, 10, 'opt_evening');
    const response = await app.graphql(START, { input: startInput(slotId) }, { as: STOREFRONT });
    expect(
      expectOutcome<{ code: string; reason: string }>(response, 'startStorefrontSession', 'INVALID_PRICE_SELECTION')
        .reason,
    ).toBe('OPTION_NOT_ON_SLOT');
    expect(await remaining(slotId)).toBe(10);
  });
});

describe('travelers and wizard state', () => {
  it('derives pax from the travelers', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    expect(started.pax).toBe(2);
    const travelers = [
      ...started.travelers.map(({ id, firstName, lastName, isPrimary }) => ({ id, firstName, lastName, isPrimary })),
      traveler('Cy'),
    ];
    const response = await withCapability(app, capability.token, UPDATE, {
      input: { sessionId: started.id, expectedVersion: started.version, travelers },
    });
    expect(session(response, 'updateStorefrontSession').pax).toBe(3);
  });

  it('persists state: the first write (version 0) makes version 1, and reads show it', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const written = await withCapability(app, capability.token, WIZARD, {
      input: {
        sessionId: started.id,
        expectedVersion: 0,
        currentStep: 'travelers',
        completedSteps: ['dates'],
        payload: { a: 1 },
      },
    });
    expect(session(written, 'updateSessionWizardState').wizardState).toMatchObject({
      currentStep: 'travelers',
      completedSteps: ['dates'],
      payload: { a: 1 },
      version: 1,
    });
    const read = await withCapability<{ storefrontSession: SessionView }>(app, capability.token, SESSION, {
      id: started.id,
    });
    expect(read.data?.storefrontSession.wizardState?.version).toBe(1);
  });

  it('merges payloads shallowly by default and replaces them when asked', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const write = (expectedVersion: number, payload: Record<string, unknown>, payloadMode?: string) =>
      withCapability(app, capability.token, WIZARD, {
        input: { sessionId: started.id, expectedVersion, payload, payloadMode },
      });
    await write(0, { a: 1, b: 1 });
    const merged = session(await write(1, { b: 2 }), 'updateSessionWizardState');
    expect(merged.wizardState?.payload).toEqual({ a: 1, b: 2 });
    const replaced = session(await write(2, { c: 3 }, 'REPLACE'), 'updateSessionWizardState');
    expect(replaced.wizardState?.payload).toEqual({ c: 3 });
  });

  it('refuses a stale wizard version with VersionConflictError', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    await withCapability(app, capability.token, WIZARD, {
      input: { sessionId: started.id, expectedVersion: 0, currentStep: 'one' },
    });
    const stale = await withCapability(app, capability.token, WIZARD, {
      input: { sessionId: started.id, expectedVersion: 0, currentStep: 'two' },
    });
    expect(
      expectOutcome<{ code: string; actualVersion: number }>(stale, 'updateSessionWizardState', 'VERSION_CONFLICT')
        .actualVersion,
    ).toBe(1);
  });

  it(
    'lets one of two concurrent first writes win ' + 'and answers the other with VersionConflictError, never a 500',
    async () => {
      const { session: started, capability } = await startSession(app, await declareSlot(app));
      const responses = await Promise.all(
        ['a', 'b', 'c'].map((step) =>
          withCapability(app, capability.token, WIZARD, {
            input: { sessionId: started.id, expectedVersion: 0, currentStep: step },
          }),
        ),
      );
      const names = responses.map((response) => {
        expect(response.errors).toBeUndefined();
        return (response.data as { updateSessionWizardState: { __typename: string } }).updateSessionWizardState
          .__typename;
      });
      expect(names.filter((name) => name === 'StorefrontSession')).toHaveLength(1);
      expect(names.filter((name) => name === 'VersionConflictError')).toHaveLength(2);
    },
  );

  it('materialises travelers by id and deletes the ones not listed', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const [ada, bob] = started.travelers;
    const travelers = [{ id: bob?.id, firstName: 'Robert', lastName: 'Traveler', isPrimary: true }, traveler('Dee')];
    const response = await withCapability(app, capability.token, WIZARD, {
      input: { sessionId: started.id, expectedVersion: 0, travelers },
    });
    const after = session(response, 'updateSessionWizardState');
    expect(after.travelers.map((t) => t.firstName)).toEqual(['Robert', 'Dee']);
    expect(after.travelers[0]).toMatchObject({ id: bob?.id, isPrimary: true });
    expect(after.travelers.map((t) => t.id)).not.toContain(ada?.id);
    expect(after.pax).toBe(2);
  });

  it('keeps a traveler its id when the list is reordered', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const reversed = [...started.travelers]
      .reverse()
      .map(({ id, firstName, lastName, isPrimary }) => ({ id, firstName, lastName, isPrimary }));
    const response = await withCapability(app, capability.token, WIZARD, {
      input: { sessionId: started.id, expectedVersion: 0, travelers: reversed },
    });
    const after = session(response, 'updateSessionWizardState');
    expect(after.travelers.map((t) => [t.id, t.firstName])).toEqual(reversed.map((t) => [t.id, t.firstName]));
  });

  it('answers NOT_FOUND for a traveler id of another session', async () => {
    const first = await startSession(app, await declareSlot(app));
    const second = await startSession(app, await declareSlot(app));
    const foreign = second.session.travelers[0];
    const travelers = [{ id: foreign?.id, firstName: 'Eve', lastName: 'Intruder' }];
    const response = await withCapability(app, first.capability.token, WIZARD, {
      input: { sessionId: first.session.id, expectedVersion: 0, travelers },
    });
    expectGraphqlError(response, 'NOT_FOUND', 'input.travelers.0.id');
    expect(await countRows(app, 'booking_session_states', first.session.id)).toBe(0);
  });

  it('syncs the contact onto the booking', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, WIZARD, {
      input: { sessionId: started.id, expectedVersion: 0, contact: { firstName: 'Grace', email: 'grace@example.com' } },
    });
    expect(session(response, 'updateSessionWizardState').contact).toMatchObject({
      firstName: 'Grace',
      lastName: 'Buyer',
      email: 'grace@example.com',
    });
  });

  it('refuses price fields in the wizard input with BAD_USER_INPUT', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, WIZARD, {
      input: { sessionId: started.id, expectedVersion: 0, travelers: [{ ...traveler('Ann'), unitSellAmount: 1 }] },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT');
  });
});

describe('repricing', () => {
  const adultSelection = (started: SessionView) => [{ itemId: started.items[0]?.id, optionUnitId: 'unit_adult' }];

  it('applies new catalog prices: 2 × 25 000 makes a total of 50 000', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    catalog = seededPricing(25000);
    const response = await withCapability(app, capability.token, REPRICE, {
      input: { sessionId: started.id, expectedVersion: started.version, selections: adultSelection(started) },
    });
    const repriced = session(response, 'repriceStorefrontSession');
    expect(repriced.total).toEqual({ amountCents: 50000, currency: 'EUR' });
    expect(repriced.version).toBe(started.version + 1);
  });

  it('previews without writing anything', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    catalog = seededPricing(25000);
    const quote = await withCapability<{
      storefrontSessionQuote: { total: unknown; digest: string; bookingVersion: number };
    }>(app, capability.token, QUOTE, { input: { sessionId: started.id, selections: adultSelection(started) } });
    expect(quote.errors).toBeUndefined();
    expect(quote.data?.storefrontSessionQuote).toMatchObject({
      total: { amountCents: 50000, currency: 'EUR' },
      bookingVersion: started.version,
    });
    expect(quote.data?.storefrontSessionQuote.digest).toMatch(/^[0-9a-f]{64}$/);
    const after = await withCapability<{ storefrontSession: SessionView }>(app, capability.token, SESSION, {
      id: started.id,
    });
    expect(after.data?.storefrontSession).toMatchObject({ version: started.version, total: { amountCents: 5000 } });
  });

  it('applies a quote whose digest still matches', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    catalog = seededPricing(25000);
    const input = { sessionId: started.id, selections: adultSelection(started) };
    const quote = await withCapability<{ storefrontSessionQuote: { digest: string } }>(app, capability.token, QUOTE, {
      input,
    });
    const response = await withCapability(app, capability.token, REPRICE, {
      input: {
        ...input,
        expectedVersion: started.version,
        acceptQuoteDigest: quote.data?.storefrontSessionQuote.digest,
      },
    });
    expect(session(response, 'repriceStorefrontSession').total?.amountCents).toBe(50000);
  });

  it('refuses a quote whose prices moved with PriceChangedError, writing nothing', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const input = { sessionId: started.id, selections: adultSelection(started) };
    const quote = await withCapability<{ storefrontSessionQuote: { digest: string } }>(app, capability.token, QUOTE, {
      input,
    });
    catalog = seededPricing(25000);
    const response = await withCapability(app, capability.token, REPRICE, {
      input: {
        ...input,
        expectedVersion: started.version,
        acceptQuoteDigest: quote.data?.storefrontSessionQuote.digest,
      },
    });
    const refused = expectOutcome<{ code: string; quoted: string; current: string }>(
      response,
      'repriceStorefrontSession',
      'PRICE_CHANGED',
    );
    expect(refused.quoted).toBe(quote.data?.storefrontSessionQuote.digest);
    expect(refused.current).not.toBe(refused.quoted);
    const after = await withCapability<{ storefrontSession: SessionView }>(app, capability.token, SESSION, {
      id: started.id,
    });
    expect(after.data?.storefrontSession.version).toBe(started.version);
  });

  it('refuses a stale version with VersionConflictError', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, REPRICE, {
      input: { sessionId: started.id, expectedVersion: started.version + 5, selections: adultSelection(started) },
    });
    expectOutcome(response, 'repriceStorefrontSession', 'VERSION_CONFLICT');
  });

  it('refuses a quantity change on an item holding capacity', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, REPRICE, {
      input: {
        sessionId: started.id,
        expectedVersion: started.version,
        selections: [{ itemId: started.items[0]?.id, quantity: 3 }],
      },
    });
    const refused = expectOutcome<{ code: string; from: number; to: number }>(
      response,
      'repriceStorefrontSession',
      'QUANTITY_CHANGE_REQUIRES_REALLOCATION',
    );
    expect(refused).toMatchObject({ from: 2, to: 3 });
  });

  it('refuses an item of another session (ITEM_NOT_IN_SESSION)', async () => {
    const first = await startSession(app, await declareSlot(app));
    const second = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, first.capability.token, REPRICE, {
      input: {
        sessionId: first.session.id,
        expectedVersion: first.session.version,
        selections: adultSelection(second.session),
      },
    });
    expect(
      expectOutcome<{ code: string; reason: string }>(response, 'repriceStorefrontSession', 'INVALID_PRICE_SELECTION')
        .reason,
    ).toBe('ITEM_NOT_IN_SESSION');
  });

  it('refuses a unit the rate card has no rate for (NO_MATCHING_RATE)', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, REPRICE, {
      input: {
        sessionId: started.id,
        expectedVersion: started.version,
        selections: [{ itemId: started.items[0]?.id, optionUnitId: 'unit_dragon' }],
      },
    });
    expect(
      expectOutcome<{ code: string; reason: string }>(response, 'repriceStorefrontSession', 'PRICING_UNAVAILABLE')
        .reason,
    ).toBe('NO_MATCHING_RATE');
  });

  it('refuses a new currency for part of the session with CurrencyMismatchError', async () => {
    const slotId = await declareSlot(app, 10);
    const input = startInput(slotId);
    const twoLines = { ...input, items: [input.items[0], { ...input.items[0], quantity: 1 }] };
    const { session: started, capability } = await startSession(app, slotId, { items: twoLines.items });
    catalog = new InProcessPricing([cityWalk(2500, { currency: 'USD' })]);
    const response = await withCapability(app, capability.token, REPRICE, {
      input: { sessionId: started.id, expectedVersion: started.version, selections: adultSelection(started) },
    });
    expectOutcome(response, 'repriceStorefrontSession', 'CURRENCY_MISMATCH');
  });

  it('writes nothing when the catalog is down', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    catalog.failWith('timeout');
    const response = await withCapability(app, capability.token, REPRICE, {
      input: { sessionId: started.id, expectedVersion: started.version, selections: adultSelection(started) },
    });
    expect(
      expectOutcome<{ code: string; reason: string }>(response, 'repriceStorefrontSession', 'PRICING_UNAVAILABLE')
        .reason,
    ).toBe('UPSTREAM_UNAVAILABLE');
    const after = await withCapability<{ storefrontSession: SessionView }>(app, capability.token, SESSION, {
      id: started.id,
    });
    expect(after.data?.storefrontSession.version).toBe(started.version);
  });

  it('marks an on-request line unpriced: it adds 0 and the session is not pricing-complete', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    catalog = new InProcessPricing([
      cityWalk(2500, { unitRates: [unitRate({ pricingMode: 'ON_REQUEST', sellAmountCents: null })] }),
    ]);
    const response = await withCapability(app, capability.token, REPRICE, {
      input: { sessionId: started.id, expectedVersion: started.version, selections: adultSelection(started) },
    });
    const repriced = session(response, 'repriceStorefrontSession');
    expect(repriced).toMatchObject({ pricingComplete: false, total: { amountCents: 0 } });
    expect(repriced.items[0]).toMatchObject({ pricingMode: 'ON_REQUEST', total: null });
    expect(repriced.checklist.missing).toContain('pricingComplete');
  });
});

describe('confirm and abandon', () => {
  it('confirms a ready session to CONFIRMED', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, CONFIRM, {
      input: { sessionId: started.id, expectedVersion: started.version },
    });
    expect(session(response, 'confirmStorefrontSession').status).toBe('CONFIRMED');
  });

  it('confirms to AWAITING_PAYMENT when asked', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, CONFIRM, {
      input: { sessionId: started.id, expectedVersion: started.version, target: 'AWAITING_PAYMENT' },
    });
    expect(session(response, 'confirmStorefrontSession').status).toBe('AWAITING_PAYMENT');
  });

  it('refuses a session that is not ready with SessionNotReadyError{missing}', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app), {
      travelers: [],
      contact: null,
    });
    const response = await withCapability(app, capability.token, CONFIRM, {
      input: { sessionId: started.id, expectedVersion: started.version },
    });
    const refused = expectOutcome<{ code: string; missing: string[] }>(
      response,
      'confirmStorefrontSession',
      'SESSION_NOT_READY',
    );
    expect(refused.missing).toEqual(['contactComplete', 'travelersComplete']);
  });

  it('refuses to reprice a confirmed booking (BookingNotEditableError)', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const confirmed = session(
      await withCapability(app, capability.token, CONFIRM, {
        input: { sessionId: started.id, expectedVersion: started.version },
      }),
      'confirmStorefrontSession',
    );
    const response = await withCapability(app, capability.token, REPRICE, {
      input: {
        sessionId: started.id,
        expectedVersion: confirmed.version,
        selections: [{ itemId: started.items[0]?.id, optionUnitId: 'unit_adult' }],
      },
    });
    expect(
      expectOutcome<{ code: string; status: string }>(response, 'repriceStorefrontSession', 'BOOKING_NOT_EDITABLE')
        .status,
    ).toBe('CONFIRMED');
  });

  it('refuses changes once the hold has passed (HoldExpiredError)', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    app.clock.advanceMinutes(31);
    try {
      // Staff with bookings:write: the capability itself lapses with the hold.
      const response = await app.graphql(UPDATE, {
        input: { sessionId: started.id, expectedVersion: started.version, externalBookingRef: 'x' },
      });
      expectOutcome(response, 'updateStorefrontSession', 'HOLD_EXPIRED');
    } finally {
      app.clock.advanceMinutes(-31);
    }
  });

  it('abandons a session: EXPIRED, and its seats are free again', async () => {
    const slotId = await declareSlot(app, 10);
    const { session: started, capability } = await startSession(app, slotId);
    const response = await withCapability(app, capability.token, ABANDON, { input: { sessionId: started.id } });
    expect(session(response, 'abandonStorefrontSession').status).toBe('EXPIRED');
    expect(await remaining(slotId)).toBe(10);
  });
});

describe('updating a session', () => {
  it('extends the hold up to maxHoldUntil and refuses past it (HoldExtensionLimitError)', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const within = await withCapability(app, capability.token, UPDATE, {
      input: { sessionId: started.id, expectedVersion: started.version, holdMinutes: 120 },
    });
    const extended = session(within, 'updateStorefrontSession');
    expect(extended.holdExpiresAt).toBe(extended.maxHoldUntil);
    app.clock.advanceMinutes(1);
    try {
      const past = await withCapability(app, capability.token, UPDATE, {
        input: { sessionId: started.id, expectedVersion: extended.version, holdMinutes: 120 },
      });
      expectOutcome(past, 'updateStorefrontSession', 'HOLD_EXTENSION_LIMIT');
    } finally {
      app.clock.advanceMinutes(-1);
    }
  });

  it('changes the language and the external reference', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, UPDATE, {
      input: {
        sessionId: started.id,
        expectedVersion: started.version,
        communicationLanguage: 'de',
        externalBookingRef: 'cart-42',
      },
    });
    expect(session(response, 'updateStorefrontSession')).toMatchObject({
      communicationLanguage: 'de',
      externalBookingRef: 'cart-42',
    });
  });

  it('refuses a stale version with VersionConflictError, writing nothing', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const response = await withCapability(app, capability.token, UPDATE, {
      input: { sessionId: started.id, expectedVersion: started.version + 1, externalBookingRef: 'x' },
    });
    expectOutcome(response, 'updateStorefrontSession', 'VERSION_CONFLICT');
  });
});

describe('the session view', () => {
  it('crypto-shreds the travel details of a traveler the wizard deletes', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    const [ada, bob] = started.travelers;
    const stored = await upsertTravelDetails(app, {
      travelerId: bob?.id,
      nationality: 'RO',
      dateOfBirth: '1990-01-02',
    });
    expect(stored.errors).toBeUndefined();
    expect(
      (await app.database.pool.query('select 1 from booking_traveler_data_keys where traveler_id = $1', [bob?.id]))
        .rowCount,
    ).toBe(1);
    const keep = [{ id: ada?.id, firstName: 'Ada', lastName: 'Traveler', isPrimary: true }];
    session(
      await withCapability(app, capability.token, WIZARD, {
        input: { sessionId: started.id, expectedVersion: 0, travelers: keep },
      }),
      'updateSessionWizardState',
    );
    const details = await app.database.pool.query(
      'select 1 from booking_traveler_travel_details where traveler_id = $1',
      [bob?.id],
    );
    const keys = await app.database.pool.query('select 1 from booking_traveler_data_keys where traveler_id = $1', [
      bob?.id,
    ]);
    expect([details.rowCount, keys.rowCount]).toEqual([0, 0]);
    const audit = await app.database.pool.query<{ action: string; reason: string }>(
      "select action, reason from booking_pii_audit_events where traveler_id = $1 and action = 'delete'",
      [bob?.id],
    );
    expect(audit.rows).toEqual([{ action: 'delete', reason: 'traveler removed' }]);
  });

  it('has no cost fields on SessionItem or StorefrontSession', async () => {
    const response = await app.graphql<{
      item: { fields: { name: string }[] };
      session: { fields: { name: string }[] };
    }>(
      '{ item: __type(name: "SessionItem") { fields { name } } session: __type(name: "StorefrontSession") { ' +
        'fields { name } } }',
    );
    const names = [...(response.data?.item.fields ?? []), ...(response.data?.session.fields ?? [])].map(
      (field) => field.name,
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => /cost|margin|internal/i.test(name))).toEqual([]);
  });

  it('is on Booking.storefrontSession for staff, and null for a booking that is not a session', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    const query = 'query B($id: ID!) { booking(id: $id) { storefrontSession { id status } } }';
    const response = await app.graphql<{ booking: { storefrontSession: { id: string } | null } }>(
      query,
      { id: started.id },
      { as: STAFF },
    );
    expect(response.data?.booking.storefrontSession).toEqual({ id: started.id, status: 'ON_HOLD' });
  });

  it('reads a whole session in a fixed number of SQL statements', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    const response = await app.graphql(SESSION, { id: started.id }, { as: STAFF });
    expect(response.errors).toBeUndefined();
    // session row, booking, then items, travelers, wizard state, and for the checklist's required
    // answers the booking's answers and its travelers' filled fields: one batch each.
    expect(response.sqlStatements).toBe(7);
  });
});
