import type { RunningGateway } from '../../examples/supergraph/gateway';
import { composeSupergraph, subgraphSources } from '../../examples/supergraph/compose';
import { startQuotesSubgraph } from '../../examples/supergraph/quotes/server';
import { startRelationshipsSubgraph } from '../../examples/supergraph/relationships/server';
import type { RunningSubgraph } from '../../examples/supergraph/shared/subgraph-host';
import { ROUTER_SECRET, startHiveGateway } from '../helpers/supergraph';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { INVENTORY_WRITER, SET_CAPACITY } from '../fixtures/inventory';
import {
  SESSION,
  START,
  STOREFRONT,
  WIZARD,
  seededPricing,
  startInput,
  type StartedView,
} from '../fixtures/storefront';

let bookings: TestApp;
let subgraphs: RunningSubgraph[];
let gateway: RunningGateway;

beforeAll(async () => {
  const [app, relationships, quotes] = await Promise.all([
    startTestApp({ env: { ROUTER_SECRET }, app: { pricing: seededPricing(2500) } }),
    startRelationshipsSubgraph({ port: 0 }),
    startQuotesSubgraph({ port: 0 }),
  ]);
  bookings = app;
  subgraphs = [relationships, quotes];
  const { supergraphSdl } = composeSupergraph(
    subgraphSources({ bookings: app.url, relationships: relationships.url, quotes: quotes.url }),
  );
  gateway = await startHiveGateway({ supergraphSdl });
});

afterAll(async () => {
  await gateway.stop();
  await Promise.all([bookings.stop(), ...subgraphs.map((subgraph) => subgraph.stop())]);
});

async function throughGateway<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { extensions?: Record<string, unknown> }[] };
}

describe('a storefront session through the gateway', () => {
  it('starts with the storefront key, then continues with the Checkout-Capability header alone', async () => {
    const capacity = await bookings.graphql(
      SET_CAPACITY,
      { input: { kind: 'SLOT', targetId: 'slot_gateway', capacity: 10, optionId: 'opt_morning' } },
      {
        as: INVENTORY_WRITER,
        headers: { 'router-authorization': ROUTER_SECRET },
      },
    );
    expect(capacity.errors).toBeUndefined();
    const shop = `Bearer ${await bookings.token(STOREFRONT)}`;
    const started = await throughGateway<{ startStorefrontSession: StartedView }>(
      START,
      { input: startInput('slot_gateway') },
      { authorization: shop },
    );
    expect(started.errors).toBeUndefined();
    const { session, capability } = started.data?.startStorefrontSession ?? { session: null, capability: null };
    expect(session?.status).toBe('ON_HOLD');
    const header = { 'checkout-capability': capability?.token ?? '' };
    const wizard = await throughGateway<{ updateSessionWizardState: { wizardState: { version: number } } }>(
      WIZARD,
      { input: { sessionId: session?.id, expectedVersion: 0, currentStep: 'pay' } },
      header,
    );
    expect(wizard.data?.updateSessionWizardState.wizardState.version).toBe(1);
    const read = await throughGateway<{ storefrontSession: { id: string; contact: { email: string } } }>(
      SESSION,
      { id: session?.id },
      header,
    );
    expect(read.data?.storefrontSession).toMatchObject({ id: session?.id, contact: { email: 'ada@example.com' } });
  });

  it('refuses a session read without the capability', async () => {
    const read = await throughGateway(SESSION, { id: 'book_01jd0000000000000000000000' }, {});
    expect(JSON.stringify(read.errors ?? [])).toContain('UNAUTHENTICATED');
  });
});
