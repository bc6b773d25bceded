import {
  ADULT_UNIT_ID,
  ALPS_DAY_TOUR,
  EARLY_BIRD_CATEGORY_ID,
  MORNING_TOUR,
  PICKUP_HOTEL_QUESTION,
} from '../../examples/supergraph/catalog/seed';
import { startCatalogSubgraph, type RunningCatalog } from '../../examples/supergraph/catalog/server';
import { composeSupergraph, subgraphSources } from '../../examples/supergraph/compose';
import type { RunningGateway } from '../../examples/supergraph/gateway';
import { startQuotesSubgraph } from '../../examples/supergraph/quotes/server';
import { startRelationshipsSubgraph } from '../../examples/supergraph/relationships/server';
import type { RunningSubgraph } from '../../examples/supergraph/shared/subgraph-host';
import { federatedPricing } from '../../src/ports/pricing/federated-pricing';
import { federatedRequirements } from '../../src/ports/requirements';
import { INVENTORY_WRITER, SET_CAPACITY } from '../fixtures/inventory';
import { CONFIRM, QUOTE, REPRICE, START, STOREFRONT, WIZARD, traveler, type StartedView } from '../fixtures/storefront';
import { SET_SESSION_ANSWERS } from '../fixtures/requirements';
import { ROUTER_SECRET, startHiveGateway } from '../helpers/supergraph';
import { startTestApp, type TestApp } from '../helpers/test-app';

// The storefront flow as a shop runs it: through the gateway, priced over HTTP by the example catalog subgraph.
let catalog: RunningCatalog;
let bookings: TestApp;
let others: RunningSubgraph[];
let gateway: RunningGateway;

beforeAll(async () => {
  catalog = await startCatalogSubgraph({ port: 0 });
  const pricing = federatedPricing({ url: catalog.url, timeoutMs: 2000 });
  const requirements = federatedRequirements({ url: catalog.url, timeoutMs: 2000 });
  const [app, relationships, quotes] = await Promise.all([
    startTestApp({ env: { ROUTER_SECRET }, app: { pricing, requirements } }),
    startRelationshipsSubgraph({ port: 0 }),
    startQuotesSubgraph({ port: 0 }),
  ]);
  bookings = app;
  others = [relationships, quotes, catalog];
  const urls = { bookings: app.url, relationships: relationships.url, quotes: quotes.url, catalog: catalog.url };
  gateway = await startHiveGateway({ supergraphSdl: composeSupergraph(subgraphSources(urls)).supergraphSdl });
});

afterAll(async () => {
  await gateway.stop();
  await Promise.all([bookings.stop(), ...others.map((subgraph) => subgraph.stop())]);
});

interface GatewayAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function throughGateway<T>(query: string, variables: object, headers: Record<string, string>) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GatewayAnswer<T>;
}

interface SessionView {
  __typename: string;
  id: string;
  status: string;
  version: number;
  total: { amountCents: number; currency: string } | null;
  items: { id: string; total: { amountCents: number } | null }[];
}

async function declareMorningSlot(): Promise<string> {
  const targetId = `slot_alps_${Date.now().toString(36)}`;
  const input = { kind: 'SLOT', targetId, capacity: 10, productId: ALPS_DAY_TOUR.id, optionId: MORNING_TOUR.id };
  const declared = await bookings.graphql(
    SET_CAPACITY,
    { input },
    {
      as: INVENTORY_WRITER,
      headers: { 'router-authorization': ROUTER_SECRET },
    },
  );
  expect(declared.errors).toBeUndefined();
  return targetId;
}

const morningItem = (slot: string) => ({
  productId: ALPS_DAY_TOUR.id,
  optionId: MORNING_TOUR.id,
  optionUnitId: ADULT_UNIT_ID,
  availabilitySlotId: slot,
  quantity: 2,
});

async function startMorningSession(): Promise<StartedView & { session: SessionView }> {
  const shop = { authorization: `Bearer ${await bookings.token(STOREFRONT)}` };
  const started = await throughGateway<{ startStorefrontSession: StartedView & { session: SessionView } }>(
    START,
    {
      input: {
        storefrontId: 'sf_web',
        items: [morningItem(await declareMorningSlot())],
        contact: { firstName: 'Ada', lastName: 'Buyer', email: 'ada@example.com' },
        travelers: [traveler('Ada', { isPrimary: true }), traveler('Bob')],
      },
    },
    shop,
  );
  expect(started.errors).toBeUndefined();
  const payload = started.data?.startStorefrontSession;
  if (!payload) throw new Error('no session started');
  return payload;
}

const ratesRequests = () =>
  catalog.faults.received.filter((request) => request.operationName === 'BookingsRateCards').length;

describe('a storefront booking through the gateway, priced by the example catalog', () => {
  it(
    'starts at the catalog price, previews and applies a reprice, ' + 'and confirms with the capability alone',
    async () => {
      const received = ratesRequests();
      const { session, capability } = await startMorningSession();
      // Two adults at the public morning rule's 25 000: the catalog's price, never the caller's.
      expect(session).toMatchObject({ status: 'ON_HOLD', total: { amountCents: 50_000, currency: 'EUR' } });
      const sessionId = session.id;
      const itemId = session.items[0]?.id ?? '';
      const withCapability = { 'checkout-capability': capability.token };

      const wizard = await throughGateway<{ updateSessionWizardState: SessionView }>(
        WIZARD,
        { input: { sessionId, expectedVersion: 0, currentStep: 'review' } },
        withCapability,
      );
      expect(wizard.errors).toBeUndefined();

      const selections = [{ itemId, pricingCategoryId: EARLY_BIRD_CATEGORY_ID }];
      const quote = await throughGateway<{
        storefrontSessionQuote: { digest: string; bookingVersion: number; total: { amountCents: number } };
      }>(QUOTE, { input: { sessionId, selections } }, withCapability);
      expect(quote.errors).toBeUndefined();
      // The early-bird adult rate is 21 000.
      expect(quote.data?.storefrontSessionQuote.total.amountCents).toBe(42_000);

      const { digest, bookingVersion } = quote.data?.storefrontSessionQuote ?? { digest: '', bookingVersion: -1 };
      const repriced = await throughGateway<{ repriceStorefrontSession: SessionView }>(
        REPRICE,
        { input: { sessionId, expectedVersion: bookingVersion, selections, acceptQuoteDigest: digest } },
        withCapability,
      );
      expect(repriced.errors).toBeUndefined();
      expect(repriced.data?.repriceStorefrontSession).toMatchObject({
        __typename: 'StorefrontSession',
        total: { amountCents: 42_000, currency: 'EUR' },
      });

      // The catalog's morning tour asks which hotel to pick the party up from: confirm waits for it.
      const answers = [{ questionId: PICKUP_HOTEL_QUESTION.id, value: 'Hotel Alpenrose' }];
      const answered = await throughGateway<{ setSessionAnswers: { status: string; bookingVersion: number } }>(
        SET_SESSION_ANSWERS,
        { input: { sessionId, expectedVersion: repriced.data?.repriceStorefrontSession.version, answers } },
        withCapability,
      );
      expect(answered.errors).toBeUndefined();
      expect(answered.data?.setSessionAnswers).toMatchObject({ __typename: 'BookingRequirements', status: 'COMPLETE' });

      const confirmed = await throughGateway<{ confirmStorefrontSession: SessionView }>(
        CONFIRM,
        { input: { sessionId, expectedVersion: answered.data?.setSessionAnswers.bookingVersion } },
        withCapability,
      );
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data?.confirmStorefrontSession).toMatchObject({
        __typename: 'StorefrontSession',
        status: 'CONFIRMED',
      });
      // One rate-card request per price: start, preview, apply.
      expect(ratesRequests() - received).toBe(3);
    },
  );

  it('refuses confirm until the required pickup hotel is answered', async () => {
    const { session, capability } = await startMorningSession();
    const confirmed = await throughGateway<{ confirmStorefrontSession: { code: string; missing: string[] } }>(
      CONFIRM,
      { input: { sessionId: session.id, expectedVersion: session.version } },
      { 'checkout-capability': capability.token },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmStorefrontSession).toMatchObject({
      code: 'SESSION_NOT_READY',
      missing: ['requiredAnswersComplete'],
    });
  });

  it.each([['unavailable' as const], ['error' as const]])(
    'fails closed with RequirementsUnavailableError when the catalog answers %s, and confirms nothing',
    async (kind) => {
      const { session, capability } = await startMorningSession();
      const withCapability = { 'checkout-capability': capability.token };
      const answers = [{ questionId: PICKUP_HOTEL_QUESTION.id, value: 'Hotel Alpenrose' }];
      const answered = await throughGateway<{ setSessionAnswers: { bookingVersion: number } }>(
        SET_SESSION_ANSWERS,
        { input: { sessionId: session.id, expectedVersion: session.version, answers } },
        withCapability,
      );
      const version = answered.data?.setSessionAnswers.bookingVersion;
      catalog.faults.set({ kind });
      try {
        const confirmed = await throughGateway<{ confirmStorefrontSession: { code: string } }>(
          CONFIRM,
          { input: { sessionId: session.id, expectedVersion: version } },
          withCapability,
        );
        expect(confirmed.errors).toBeUndefined();
        expect(confirmed.data?.confirmStorefrontSession.code).toBe('REQUIREMENTS_UNAVAILABLE');
      } finally {
        catalog.faults.set(null);
      }
      const { rows } = await bookings.database.pool.query<{ status: string; version: number }>(
        'select status, version from bookings where id = $1',
        [session.id],
      );
      expect(rows[0]).toEqual({ status: 'on_hold', version });
    },
  );
});
