/**
 * `npm run supergraph`: the bookings subgraph (embedded PostgreSQL, like `npm start`), the example
 * relationships, quotes and catalog subgraphs, and an @apollo/gateway on port 4000 in front of them,
 * over a supergraph composed here with @apollo/composition. See docs/federation.md for queries to try.
 */
import { loadConfig, ConfigError } from '../src/config';
import { createLogger } from '../src/logger';
import { startBookings, stopBookings, type BookingsParts } from '../src/start';
import {
  SUPERGRAPH_SUBGRAPHS,
  composeSupergraph,
  subgraphSources,
  type SubgraphName,
} from '../examples/supergraph/compose';
import { startApolloGateway, type RunningGateway } from '../examples/supergraph/gateway';
import { startCatalogSubgraph } from '../examples/supergraph/catalog/server';
import { startConnectorsSubgraph } from '../examples/supergraph/connectors/server';
import { startFinanceSubgraph } from '../examples/supergraph/finance/server';
import { startQuotesSubgraph } from '../examples/supergraph/quotes/server';
import { startRelationshipsSubgraph } from '../examples/supergraph/relationships/server';
import { readPort, type RunningSubgraph } from '../examples/supergraph/shared/subgraph-host';

const DEFAULT_GATEWAY_PORT = 4000;

/** By default the example subgraphs listen where rover.yaml routes them; `<NAME>_PORT` moves one. */
function examplePort(name: SubgraphName): number {
  const subgraph = SUPERGRAPH_SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!subgraph) throw new Error(`No subgraph named ${name}`);
  return readPort(`${name.toUpperCase()}_PORT`, Number(new URL(subgraph.routingUrl).port));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const gatewayPort = readPort('GATEWAY_PORT', DEFAULT_GATEWAY_PORT);
  const bookingsParts: BookingsParts = {};
  const running: Array<RunningSubgraph | RunningGateway> = [];
  let stopping = false;
  const shutdown = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    // Gateway first, bookings (and its PostgreSQL) last.
    for (const part of [...running].reverse()) {
      await part
        .stop()
        .catch((error: unknown) => logger.error({ err: error }, 'stopping a part of the supergraph failed'));
    }
    await stopBookings(bookingsParts).catch((error: unknown) =>
      logger.error({ err: error }, 'stopping bookings failed'),
    );
    process.exit(exitCode);
  };
  // Registered before any Apollo Server starts: Apollo re-raises the signal after stopping itself,
  // and a listener of ours keeps that from killing the process before PostgreSQL has stopped.
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    // Catalog, finance and connectors first: bookings prices from the catalog and calls finance and connectors for
    // refunds and reservation plans, unless PRICING_URL / CATALOG_URL / FINANCE_URL / CONNECTORS_URL point elsewhere.
    const catalog = await startCatalogSubgraph({ host: config.host, port: examplePort('catalog') });
    running.push(catalog);
    const finance = await startFinanceSubgraph({ host: config.host, port: examplePort('finance') });
    running.push(finance);
    const connectors = await startConnectorsSubgraph({ host: config.host, port: examplePort('connectors') });
    running.push(connectors);
    config.sagas.financeUrl ??= finance.url;
    config.sagas.connectorsUrl ??= connectors.url;
    const catalogUrl = config.catalogUrl ?? catalog.url;
    const bookingsConfig = { ...config, catalogUrl, pricingUrl: config.pricingUrl ?? catalogUrl };
    const bookingsPort = await startBookings(bookingsConfig, logger, bookingsParts, () => stopping);
    if (bookingsPort === null) return;
    const bookingsUrl = `http://${connectableHost(config.host)}:${bookingsPort}/graphql`;
    const relationships = await startRelationshipsSubgraph({ host: config.host, port: examplePort('relationships') });
    running.push(relationships);
    const quotes = await startQuotesSubgraph({ host: config.host, port: examplePort('quotes') });
    running.push(quotes);

    const urls = {
      bookings: bookingsUrl,
      relationships: relationships.url,
      quotes: quotes.url,
      catalog: catalog.url,
      finance: finance.url,
      connectors: connectors.url,
    };
    const { supergraphSdl, hints } = composeSupergraph(subgraphSources(urls));
    for (const hint of hints) logger.warn({ code: hint.definition.code }, hint.message);

    const gateway = await startApolloGateway({
      supergraphSdl,
      port: gatewayPort,
      host: config.host,
      logger,
      subgraphHeaders: config.routerSecret ? { bookings: { 'router-authorization': config.routerSecret } } : {},
    });
    running.push(gateway);
    logger.info(
      // gateway.url, not the configured port: GATEWAY_PORT=0 (tests) lets the OS choose one.
      { gateway: gateway.url, ...urls },
      'supergraph ready: get a token with `npm run token`, send it as "Authorization: Bearer <token>"; ' +
        'queries in docs/federation.md',
    );
  } catch (error) {
    process.stderr.write(`The supergraph failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown(1);
  }
}

/** The gateway reaches a subgraph that listens on every interface through loopback. */
function connectableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
