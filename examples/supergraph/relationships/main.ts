import { readPort, runSubgraphMain } from '../shared/subgraph-host';
import { startRelationshipsSubgraph } from './server';

const DEFAULT_PORT = 4002;

runSubgraphMain('relationships', () =>
  startRelationshipsSubgraph({ port: readPort(process.env.PORT, DEFAULT_PORT) }),
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
