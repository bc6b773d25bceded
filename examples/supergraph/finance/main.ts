import { readHost, readPort, runSubgraphMain } from '../shared/subgraph-host';
import { startFinanceSubgraph } from './server';

const DEFAULT_PORT = 4005;

runSubgraphMain('finance', () =>
  startFinanceSubgraph({ host: readHost(), port: readPort('FINANCE_PORT', readPort('PORT', DEFAULT_PORT)) }),
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
