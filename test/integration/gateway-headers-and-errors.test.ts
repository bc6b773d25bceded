import { composeSupergraph, subgraphSources } from '../../examples/supergraph/compose';
import { startApolloGateway, type RunningGateway } from '../../examples/supergraph/gateway';
import { startRecordingProxy, type RecordingProxy } from '../helpers/recording-proxy';
import { ROUTER_SECRET, startHiveGateway, startTestSupergraph, type TestSupergraph } from '../helpers/supergraph';

const BOOKING_COUNT = /* GraphQL */ `
  query BookingCount {
    bookings(first: 1) { totalCount }
  }
`;

const CHECKOUT_CAPABILITY = 'chk_cap_01jd8w3yq9e2v7m4k5n6p7r8s9';
/** What a failing subgraph might put in its answer: an internal address and a stack frame. */
const INTERNAL_FAILURE =
  'upstream http://10.20.30.40:4001/graphql failed\n    at handleGraphql (/app/dist/src/server.js:212:9)';

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

describe.each(GATEWAYS)('%s in front of bookings', (_name, startGateway) => {
  let supergraph: TestSupergraph;
  let proxy: RecordingProxy;
  let gateway: RunningGateway;

  beforeAll(async () => {
    supergraph = await startTestSupergraph();
    proxy = await startRecordingProxy(supergraph.bookings.url);
    const { supergraphSdl } = composeSupergraph(
      subgraphSources({
        bookings: proxy.url,
        relationships: supergraph.relationships.url,
        quotes: supergraph.quotes.url,
        catalog: supergraph.catalog.url,
      }),
    );
    gateway = await startGateway(supergraphSdl);
  });

  afterEach(() => proxy.forward());

  afterAll(async () => {
    await gateway?.stop();
    await proxy?.stop();
    await supergraph?.stop();
  });

  async function post(headers: Record<string, string>): Promise<{
    status: number;
    text: string;
    body: {
      data?: { bookings?: { totalCount: number } } | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
  }> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: BOOKING_COUNT }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) };
  }

  it('forwards Authorization and Checkout-Capability to the bookings subgraph', async () => {
    const token = await supergraph.bookings.token();
    proxy.received.length = 0;

    const { body } = await post({ authorization: `Bearer ${token}`, 'checkout-capability': CHECKOUT_CAPABILITY });

    expect(body.errors).toBeUndefined();
    expect(body.data?.bookings?.totalCount).toEqual(expect.any(Number));
    expect(proxy.received).toHaveLength(1);
    expect(proxy.received[0]).toMatchObject({
      authorization: `Bearer ${token}`,
      'checkout-capability': CHECKOUT_CAPABILITY,
    });
  });

  it('invents neither header when the client sends none', async () => {
    proxy.received.length = 0;

    await post({});

    expect(proxy.received).toHaveLength(1);
    expect(proxy.received[0].authorization ?? '').toBe('');
    expect(proxy.received[0]['checkout-capability'] ?? '').toBe('');
  });

  it.each([500, 502, 401])(
    "masks a subgraph's %i answer: no internal URL, body or stack trace reaches the client",
    async (status) => {
      const token = await supergraph.bookings.token();
      proxy.failWith(status, INTERNAL_FAILURE);

      const { body, text } = await post({ authorization: `Bearer ${token}` });

      expect(body.errors?.length).toBeGreaterThan(0);
      for (const leak of [proxy.url, new URL(proxy.url).host, '10.20.30.40', 'server.js', 'stacktrace', '"response"'])
        expect(text).not.toContain(leak);
    },
  );
});
