import { readHost, readPort, runSubgraphMain } from '../shared/subgraph-host';
import { startConnectorsSubgraph } from './server';

const DEFAULT_PORT = 4006;

runSubgraphMain('connectors', () =>
  startConnectorsSubgraph({ host: readHost(), port: readPort('CONNECTORS_PORT', readPort('PORT', DEFAULT_PORT)) }),
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
