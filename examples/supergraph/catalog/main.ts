import { readHost, readPort, runSubgraphMain } from '../shared/subgraph-host';
import { catalogFaultFromEnvironment, CatalogFaults } from './faults';
import { startCatalogSubgraph } from './server';

const DEFAULT_PORT = 4004;

// CATALOG_PORT matches `npm run supergraph`; PORT still works for a subgraph run on its own.
// CATALOG_FAULT=error|unavailable|slow (with CATALOG_DELAY_MS) makes it misbehave, to try bookings' fallbacks by hand.
runSubgraphMain('catalog', () => {
  const faults = new CatalogFaults();
  faults.set(catalogFaultFromEnvironment());
  return startCatalogSubgraph(
    { host: readHost(), port: readPort('CATALOG_PORT', readPort('PORT', DEFAULT_PORT)) },
    faults,
  );
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
