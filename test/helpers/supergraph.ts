import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { bookingsGatewayConfig } from '../../gateway.config';
import { composeSupergraph, subgraphSources } from '../../examples/supergraph/compose';
import type { RunningGateway } from '../../examples/supergraph/gateway';
import { startCatalogSubgraph, type RunningCatalog } from '../../examples/supergraph/catalog/server';
import { startQuotesSubgraph } from '../../examples/supergraph/quotes/server';
import { startRelationshipsSubgraph } from '../../examples/supergraph/relationships/server';
import type { RunningSubgraph } from '../../examples/supergraph/shared/subgraph-host';
import type { GraphqlResponse } from './test-app';
import { startTestApp, type TestApp } from './test-app';
import { listenOnLoopback } from './loopback';

/** Bookings only answers its router: every federation test also proves the gateway sends this. */
export const ROUTER_SECRET = 'router-secret-for-federation-tests';

export interface TestSupergraph {
  bookings: TestApp;
  relationships: RunningSubgraph;
  quotes: RunningSubgraph;
  catalog: RunningCatalog;
  /** Composed by @apollo/composition from the four SDL files, routed to the ports above. */
  supergraphSdl: string;
  /** Fixed headers each gateway sends to one subgraph, by subgraph name. */
  subgraphHeaders: Record<string, Record<string, string>>;
  stop(): Promise<void>;
}

/** The four subgraphs over real HTTP on free ports, and their supergraph; bookings prices from the catalog. */
export async function startTestSupergraph(): Promise<TestSupergraph> {
  const [catalog, relationships, quotes] = await Promise.all([
    startCatalogSubgraph({ port: 0 }),
    startRelationshipsSubgraph({ port: 0 }),
    startQuotesSubgraph({ port: 0 }),
  ]);
  const bookings = await startTestApp({ env: { ROUTER_SECRET, CATALOG_URL: catalog.url } });
  const urls = { bookings: bookings.url, relationships: relationships.url, quotes: quotes.url, catalog: catalog.url };
  const { supergraphSdl } = composeSupergraph(subgraphSources(urls));
  return {
    bookings,
    relationships,
    quotes,
    catalog,
    supergraphSdl,
    subgraphHeaders: { bookings: { 'router-authorization': ROUTER_SECRET } },
    stop: async () => {
      await Promise.all([bookings.stop(), relationships.stop(), quotes.stop(), catalog.stop()]);
    },
  };
}

/**
 * @graphql-hive/gateway-runtime over the same supergraph, configured by the repository's
 * gateway.config.ts. Subgraph calls go through @graphql-mesh/transport-http, which the runtime
 * loads by name.
 */
export async function startHiveGateway(
  supergraph: Pick<TestSupergraph, 'supergraphSdl'>,
  routerSecret: string | undefined = ROUTER_SECRET,
): Promise<RunningGateway> {
  const gateway = createGatewayRuntime({
    ...bookingsGatewayConfig({ supergraph: supergraph.supergraphSdl, routerSecret }),
    logging: false,
  });
  const server = createServer((request, response) => void gateway(request, response));
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await gateway.dispose();
    },
  };
}

/** POSTs an operation to a gateway as a front end would. */
export async function queryGateway<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | null,
): Promise<Omit<GraphqlResponse<T>, 'sqlStatements' | 'headers'>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlResponse['errors'] };
  return { status: response.status, data: body.data, errors: body.errors };
}
