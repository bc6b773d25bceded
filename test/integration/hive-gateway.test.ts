import { startHiveGateway } from '../helpers/supergraph';
import { describeFederatedQueries } from './federated-queries';

describeFederatedQueries('@graphql-hive/gateway-runtime', startHiveGateway);
