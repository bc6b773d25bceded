import { readHost, readPort, runSubgraphMain } from '../shared/subgraph-host';
import { startRelationshipsSubgraph } from './server';

const DEFAULT_PORT = 4002;

// RELATIONSHIPS_PORT matches `npm run supergraph`; PORT still works for a subgraph run on its own.
runSubgraphMain('relationships', () =>
  startRelationshipsSubgraph({
    host: readHost(),
    port: readPort('RELATIONSHIPS_PORT', readPort('PORT', DEFAULT_PORT)),
  }),
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
