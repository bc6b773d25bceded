import { startApolloGateway } from '../../examples/supergraph/gateway';
import { describeFederatedQueries } from './federated-queries';

describeFederatedQueries('@apollo/gateway', (supergraph) =>
  startApolloGateway({ supergraphSdl: supergraph.supergraphSdl, port: 0, subgraphHeaders: supergraph.subgraphHeaders }),
);
