import type { InProcessPricing } from '../../src/ports/pricing/in-process-pricing';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { ALLOCATION_CAPACITY } from '../fixtures/inventory';
import {
  ABANDON, CONFIRM, QUOTE, REPRICE, SESSION, START, STOREFRONT, UPDATE, WIZARD, cityWalk, countRows, declareSlot, seededPricing,
  startInput, startSession, traveler, withCapability, type SessionView,
} from '../fixtures/storefront';
import { unitRate } from '../fixtures/rate-cards';

let app: TestApp;
let pricing: InProcessPricing;

beforeAll(async () => {
  pricing = seededPricing(2500);
  app = await startTestApp({ app: { pricing } });
});

afterAll(() => app.stop());

const remaining = async (slotId: string): Promise<number> => {
  const response = await app.graphql<{ allocationCapacity: { remaining: number } }>(ALLOCATION_CAPACITY, { kind: 'SLOT', targetId: slotId });
  return response.data?.allocationCapacity.remaining ?? NaN;
};

const session = (response: Awaited<ReturnType<TestApp['graphql']>>, field: string) => expectSuccess<SessionView>(response, field, 'StorefrontSession');

describe('starting a session', () => {
  it('creates an ON_HOLD booking with a BK-YYMM-NNNNNN number', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    expect(started.status).toBe('ON_HOLD');
    expect(started.bookingNumber).toMatch(/^BK-\d{4}-\d{6}$/);
  });

  it('issues a capability carrying every action for this session', async () => {
    const { session: started, capability } = await startSession(app, await declareSlot(app));
    expect(capability.sessionId).toBe(started.id);
    expect(capability.actions).toEqual(['session:read', 'session:update', 'session:reprice', 'session:finalize', 'payment:read', 'payment:start']);
  });

  it('holds the capacity: 10 seats become 8', async () => {
    const slotId = await declareSlot(app, 10);
    await startSession(app, slotId);
    expect(await remaining(slotId)).toBe(8);
  });

  it('prices the lines from the catalog and keeps the unit name as a snapshot', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    expect(started.total).toEqual({ amountCents: 5000, currency: 'EUR' });
    expect(started.items[0]).toMatchObject({ optionUnitId: 'unit_adult', unitName: 'Adult', pricingMode: 'PER_UNIT', total: { amountCents: 5000 } });
  });

  it('reports a ready checklist', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    expect(started.checklist).toEqual({
      contactComplete: true, travelersComplete: true, requiredAnswersComplete: true, pricingComplete: true, holdLive: true, ready: true, missing: [],
    });
  });

  it('writes the direct_b2c origin', async () => {
    const { session: started } = await startSession(app, await declareSlot(app));
    const response = await app.graphql<{ booking: { sourceType: string; origin: { originSource: string } } }>(
      'query B($id: ID!) { booking(id: $id) { sourceType origin { originSource } } }', { id: started.id });
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
    pricing.failWith('unavailable');
    try {
      const response = await app.graphql(START, { input: startInput(slotId) }, { as: STOREFRONT });
      expectOutcome(response, 'startStorefrontSession', 'PRICING_UNAVAILABLE');
    } finally {
      pricing.failWith(null);
    }
    expect(await remaining(slotId)).toBe(10);
  });

  it('refuses a product the catalog does not sell (NO_RATE_CARD)', async () => {
    const input = startInput(await declareSlot(app));
    const items = input.items.map((item) => ({ ...item, productId: 'prod_unknown' }));
    const response = await app.graphql(START, { input: { ...input, items } }, { as: STOREFRONT });
    expect(expectOutcome<{ reason: string }>(response, 'startStorefrontSession', 'PRICING_UNAVAILABLE').reason).toBe('NO_RATE_CARD');
  });

  it('refuses an option the slot does not sell (OPTION_NOT_ON_SLOT), holding nothing', async () => {
    const slotId = await declareSlot(app, 10, 'opt_evening');
    const response = await app.graphql(START, { input: startInput(slotId) }, { as: STOREFRONT });
    expect(expectOutcome<{ reason: string }>(response, 'startStorefrontSession', 'INVALID_PRICE_SELECTION').reason).toBe('OPTION_NOT_ON_SLOT');
    expect(await remaining(slotId)).toBe(10);
  });
});
