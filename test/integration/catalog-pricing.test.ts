import { createServer, type Server } from 'node:http';
import { decodeJwt } from 'jose';
import { startCatalogSubgraph, type RunningCatalog } from '../../examples/supergraph/catalog/server';
import {
  ADULT_UNIT_ID,
  AGENT_CATALOG,
  AGENT_ONLY_TRANSFER,
  ALPS_DAY_TOUR,
  CHARTER,
  DANUBE_CRUISE,
  DOUBLE_CABIN,
  MAY_FIRST_DEPARTURE_ID,
  MAY_FIRST_OVERRIDE,
  MAY_SECOND_DEPARTURE_ID,
  MORNING_TOUR,
  MORNING_TOUR_PUBLIC_RULE,
  MORNING_TOUR_SUMMER_RULE,
  PRIVATE_TOUR,
  PUBLIC_CATALOG,
  RETIRED_CATALOG,
  SUMMER_CATALOG,
} from '../../examples/supergraph/catalog/seed';
import { federatedPricing } from '../../src/ports/pricing/federated-pricing';
import { PricingUnavailable, type PricingPort, type RateCard } from '../../src/ports/pricing-port';
import { signedSystemToken } from '../../src/ports/system-token';
import { priceLine } from '../../src/pricing/price-line';
import { listenOnLoopback } from '../helpers/loopback';

const SYSTEM_SECRET = 'a-system-token-secret-of-32-characters-or-more';

let catalog: RunningCatalog;
let pricing: PricingPort;

beforeAll(async () => {
  catalog = await startCatalogSubgraph({ port: 0 });
  pricing = federatedPricing({
    url: catalog.url,
    timeoutMs: 2000,
    systemToken: signedSystemToken({ secret: SYSTEM_SECRET }),
  });
});
afterAll(async () => {
  await catalog.stop();
});
afterEach(() => catalog.faults.set(null));

async function onlyCard(request: Parameters<PricingPort['rateCards']>[0][number]): Promise<RateCard> {
  const [card] = await pricing.rateCards([request]);
  if (!card) throw new Error(`no rate card for ${JSON.stringify(request)}`);
  return card;
}

describe('the federated pricing port against the example catalog', () => {
  it('answers by position in one POST, null where the product is not publicly sellable', async () => {
    const before = catalog.faults.received.length;
    const cards = await pricing.rateCards([
      { productId: DANUBE_CRUISE.id },
      { productId: 'prod_01m8y5kxfaeh3angqy3674e7zz' },
      { productId: AGENT_ONLY_TRANSFER.id },
      { productId: ALPS_DAY_TOUR.id, optionId: PRIVATE_TOUR.id },
    ]);
    expect(cards.map((card) => card?.optionId ?? null)).toEqual([DOUBLE_CABIN.id, null, null, PRIVATE_TOUR.id]);
    expect(catalog.faults.received.length - before).toBe(1);
  });

  it('makes no call for no requests', async () => {
    const before = catalog.faults.received.length;
    expect(await pricing.rateCards([])).toEqual([]);
    expect(catalog.faults.received.length).toBe(before);
  });

  it('sends a system principal token as the bearer', async () => {
    await pricing.rateCards([{ productId: ALPS_DAY_TOUR.id }]);
    const authorization = catalog.faults.received.at(-1)?.authorization ?? '';
    expect(authorization).toMatch(/^Bearer /);
    expect(decodeJwt(authorization.slice('Bearer '.length))).toMatchObject({ principal_type: 'system' });
  });

  it('gives a card priceLine prices: two adults on the morning tour cost 50 000 cents', async () => {
    const card = await onlyCard({ productId: ALPS_DAY_TOUR.id, optionId: MORNING_TOUR.id });
    const result = priceLine({
      current: { optionId: MORNING_TOUR.id, optionUnitId: ADULT_UNIT_ID, pricingCategoryId: null, quantity: 2 },
      rateCard: card,
    });
    expect(result).toMatchObject({ ok: true, line: { currency: 'EUR', totalSellAmountCents: 50_000, warnings: [] } });
  });

  it("prices the product's default option when none is asked for, by the option's default rule", async () => {
    const card = await onlyCard({ productId: ALPS_DAY_TOUR.id });
    expect(card).toMatchObject({
      optionId: MORNING_TOUR.id,
      rule: { id: MORNING_TOUR_PUBLIC_RULE.id },
      catalogId: PUBLIC_CATALOG.id,
    });
  });

  it('answers null for an option of another product', async () => {
    expect(await pricing.rateCards([{ productId: ALPS_DAY_TOUR.id, optionId: CHARTER.id }])).toEqual([null]);
  });

  it('uses an explicit catalog that is public and active, with its validity', async () => {
    const card = await onlyCard({ productId: ALPS_DAY_TOUR.id, catalogId: SUMMER_CATALOG.id });
    expect(card).toMatchObject({ catalogId: SUMMER_CATALOG.id, rule: { id: MORNING_TOUR_SUMMER_RULE.id } });
    expect(card.validUntil).toEqual(new Date('2027-08-31T22:00:00.000Z'));
  });

  it.each([
    ['a private catalog', AGENT_CATALOG.id],
    ['an inactive catalog', RETIRED_CATALOG.id],
    ['an unknown catalog', 'cat_01m8y5kxfaeh3angqdbfdfyk9z'],
  ])('prices from the default public catalog when asked for %s', async (_what, catalogId) => {
    const card = await onlyCard({ productId: ALPS_DAY_TOUR.id, catalogId });
    expect(card).toMatchObject({ catalogId: PUBLIC_CATALOG.id, rule: { id: MORNING_TOUR_PUBLIC_RULE.id } });
  });

  it("applies a departure's override: its own card, the unit amount replaced and the tiers emptied", async () => {
    const card = await onlyCard({ productId: ALPS_DAY_TOUR.id, departureId: MAY_FIRST_DEPARTURE_ID });
    expect(card).toMatchObject({ id: MAY_FIRST_OVERRIDE.rateCardId, departureOverrideApplied: true });
    const adult = card.unitRates.find((rate) => rate.id === MAY_FIRST_OVERRIDE.unitRateId);
    expect(adult).toMatchObject({ sellAmountCents: 19_990, tiers: [] });
    const child = card.unitRates.find((rate) => rate.unitId !== ADULT_UNIT_ID);
    expect(child?.sellAmountCents).toBe(12_000);
  });

  it('prices a departure without an override from the general card', async () => {
    const card = await onlyCard({ productId: ALPS_DAY_TOUR.id, departureId: MAY_SECOND_DEPARTURE_ID });
    expect(card).toMatchObject({ id: MORNING_TOUR_PUBLIC_RULE.rateCardId, departureOverrideApplied: false });
    expect(card.unitRates[0]?.tiers).toHaveLength(2);
  });
});

describe('the federated pricing port when the catalog fails', () => {
  it('is PricingUnavailable(upstream_error) when the catalog answers with errors', async () => {
    catalog.faults.set({ kind: 'error' });
    await expect(pricing.rateCards([{ productId: ALPS_DAY_TOUR.id }])).rejects.toEqual(
      new PricingUnavailable('upstream_error'),
    );
  });

  it('is PricingUnavailable when the catalog answers 503', async () => {
    catalog.faults.set({ kind: 'unavailable' });
    await expect(pricing.rateCards([{ productId: ALPS_DAY_TOUR.id }])).rejects.toBeInstanceOf(PricingUnavailable);
  });

  it('is PricingUnavailable(timeout) once PORT_TIMEOUT_MS has passed without an answer', async () => {
    catalog.faults.set({ kind: 'hang' });
    const impatient = federatedPricing({ url: catalog.url, timeoutMs: 150 });
    await expect(impatient.rateCards([{ productId: ALPS_DAY_TOUR.id }])).rejects.toEqual(
      new PricingUnavailable('timeout'),
    );
  });

  it('is PricingUnavailable(unreachable) when nothing listens', async () => {
    const gone = await startCatalogSubgraph({ port: 0 });
    await gone.stop();
    const unreachable = federatedPricing({ url: gone.url, timeoutMs: 2000 });
    await expect(unreachable.rateCards([{ productId: ALPS_DAY_TOUR.id }])).rejects.toEqual(
      new PricingUnavailable('unreachable'),
    );
  });

  describe('with an answer of the wrong shape', () => {
    let server: Server;
    let answer: unknown;
    let url: string;

    beforeAll(async () => {
      server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      });
      url = `http://127.0.0.1:${await listenOnLoopback(server)}/`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it.each([
      ['a card missing its fields', { data: { rateCards: [{ id: 'rcard_1' }] } }],
      ['fewer answers than requests', { data: { rateCards: [] } }],
      [
        'a negative amount',
        { data: { rateCards: [{ ...cardJson(), rule: { id: 'r', pricingMode: 'FREE', baseSellAmountCents: -1 } }] } },
      ],
      ['a card for another product', { data: { rateCards: [{ ...cardJson(), productId: 'prod_other' }] } }],
      ['no data', {}],
    ])('is PricingUnavailable(invalid_response) for %s', async (_what, body) => {
      answer = body;
      const port = federatedPricing({ url, timeoutMs: 2000 });
      await expect(port.rateCards([{ productId: ALPS_DAY_TOUR.id }])).rejects.toEqual(
        new PricingUnavailable('invalid_response'),
      );
    });

    it('accepts a well-formed card from any server that keeps the contract', async () => {
      answer = { data: { rateCards: [cardJson()] } };
      const [card] = await federatedPricing({ url, timeoutMs: 2000 }).rateCards([{ productId: ALPS_DAY_TOUR.id }]);
      expect(card).toMatchObject({ id: 'rcard_shape', validUntil: null, unitRates: [] });
    });
  });
});

function cardJson(): Record<string, unknown> {
  return {
    id: 'rcard_shape',
    catalogId: PUBLIC_CATALOG.id,
    currency: 'EUR',
    productId: ALPS_DAY_TOUR.id,
    optionId: MORNING_TOUR.id,
    departureOverrideApplied: false,
    validUntil: null,
    rule: { id: 'prule_shape', pricingMode: 'PER_BOOKING', baseSellAmountCents: 1000 },
    unitRates: [],
  };
}
