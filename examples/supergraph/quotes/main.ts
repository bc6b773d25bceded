import { readPort, runSubgraphMain } from '../shared/subgraph-host';
import { startQuotesSubgraph } from './server';

const DEFAULT_PORT = 4003;

runSubgraphMain('quotes', () => startQuotesSubgraph({ port: readPort(process.env.PORT, DEFAULT_PORT) })).catch(
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
