import { composeSupergraph, subgraphSources } from '../../examples/supergraph/compose';
import {
  ALPS_DAY_TOUR,
  MAY_FIRST_OVERRIDE,
  MORNING_TOUR,
  MORNING_TOUR_PUBLIC_RULE,
} from '../../examples/supergraph/catalog/seed';
import { startCatalogSubgraph, type RunningCatalog } from '../../examples/supergraph/catalog/server';
import { startApolloGateway, type RunningGateway } from '../../examples/supergraph/gateway';
import { startRecordingProxy, type RecordingProxy } from '../helpers/recording-proxy';
import { ROUTER_SECRET, startHiveGateway, startTestSupergraph, type TestSupergraph } from '../helpers/supergraph';

/** One request that the gateway splits between the catalog and bookings. */
const CATALOG_AND_BOOKINGS = /* GraphQL */ `
  query CatalogAndBookings($requests: [RateCardRequest!]!) {
    rateCards(requests: $requests) {
      id
      optionId
      unitRates {
        sellAmountCents
      }
    }
    bookings(first: 1) {
      totalCount
    }
  }
`;

const PRODUCT_OPTION = /* GraphQL */ `
  query Option($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on ProductOption {
        id
        bookingQuestionnaire {
          optionId
        }
      }
    }
  }
`;

const RATE_CARD = /* GraphQL */ `
  query Card($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on RateCard {
        id
        departureOverrideApplied
      }
    }
  }
`;

const CHECKOUT_CAPABILITY = 'chk_cap_01jd8w3yq9e2v7m4k5n6p7r8s9';

const GATEWAYS: [string, (supergraphSdl: string) => Promise<RunningGateway>][] = [
  ['Hive Gateway (gateway.config.ts)', (supergraphSdl) => startHiveGateway({ supergraphSdl })],
  [
    'the example @apollo/gateway',
    (supergraphSdl) =>
      startApolloGateway({
        supergraphSdl,
        port: 0,
        subgraphHeaders: { bookings: { 'router-authorization': ROUTER_SECRET } },
      }),
  ],
];

describe.each(GATEWAYS)('%s in front of bookings and the example catalog', (_name, startGateway) => {
  let supergraph: TestSupergraph;
  let proxy: RecordingProxy;
  let gateway: RunningGateway;

  beforeAll(async () => {
    supergraph = await startTestSupergraph();
    proxy = await startRecordingProxy(supergraph.bookings.url);
    const urls = {
      bookings: proxy.url,
      relationships: supergraph.relationships.url,
      quotes: supergraph.quotes.url,
      catalog: supergraph.catalog.url,
    };
    gateway = await startGateway(composeSupergraph(subgraphSources(urls)).supergraphSdl);
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.stop();
    await supergraph?.stop();
  });

  it('routes rateCards to the catalog and forwards Checkout-Capability to bookings in the same request', async () => {
    const token = await supergraph.bookings.token();
    proxy.received.length = 0;
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        'checkout-capability': CHECKOUT_CAPABILITY,
      },
      body: JSON.stringify({ query: CATALOG_AND_BOOKINGS, variables: { requests: [{ productId: ALPS_DAY_TOUR.id }] } }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({
      rateCards: [{ id: MORNING_TOUR_PUBLIC_RULE.rateCardId, optionId: MORNING_TOUR.id }],
      bookings: { totalCount: expect.any(Number) },
    });
    expect(proxy.received).toHaveLength(1);
    expect(proxy.received[0]).toMatchObject({ 'checkout-capability': CHECKOUT_CAPABILITY });
  });
});

describe('the example catalog entities', () => {
  let catalog: RunningCatalog;

  beforeAll(async () => {
    catalog = await startCatalogSubgraph({ port: 0 });
  });
  afterAll(async () => {
    await catalog?.stop();
  });

  async function entities(query: string, representations: Record<string, string>[]): Promise<unknown> {
    const response = await fetch(catalog.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { representations } }),
    });
    return response.json();
  }

  it('resolves ProductOption representations, null for an unknown option', async () => {
    const answer = await entities(PRODUCT_OPTION, [
      { __typename: 'ProductOption', id: MORNING_TOUR.id },
      { __typename: 'ProductOption', id: 'popt_01m8y5kxfaeh3angrj16phsszz' },
    ]);
    expect(answer).toEqual({
      data: { _entities: [{ id: MORNING_TOUR.id, bookingQuestionnaire: { optionId: MORNING_TOUR.id } }, null] },
    });
  });

  it('resolves a stored rateCardId again, a departure override card included, null for an unknown one', async () => {
    const answer = await entities(RATE_CARD, [
      { __typename: 'RateCard', id: MORNING_TOUR_PUBLIC_RULE.rateCardId },
      { __typename: 'RateCard', id: MAY_FIRST_OVERRIDE.rateCardId },
      { __typename: 'RateCard', id: 'rcard_01m8y5kxfgeh3angw55sqzwvzz' },
    ]);
    expect(answer).toEqual({
      data: {
        _entities: [
          { id: MORNING_TOUR_PUBLIC_RULE.rateCardId, departureOverrideApplied: false },
          { id: MAY_FIRST_OVERRIDE.rateCardId, departureOverrideApplied: true },
          null,
        ],
      },
    });
  });
});
