import { readHost, readPort, runSubgraphMain } from '../shared/subgraph-host';
import { startQuotesSubgraph } from './server';

const DEFAULT_PORT = 4003;

// QUOTES_PORT matches `npm run supergraph`; PORT still works for a subgraph run on its own.
runSubgraphMain('quotes', () =>
  startQuotesSubgraph({ host: readHost(), port: readPort('QUOTES_PORT', readPort('PORT', DEFAULT_PORT)) }),
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
