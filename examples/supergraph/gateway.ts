import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';

/** What a gateway request carries on to the subgraphs. */
interface GatewayContext {
  authorization?: string;
}

/**
 * Sends the caller's Authorization header on (bookings verifies the token itself) plus any fixed
 * headers this subgraph needs from its router, such as `router-authorization`.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly fixedHeaders: Readonly<Record<string, string>>,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    if ('authorization' in context && typeof context.authorization === 'string') headers.set('authorization', context.authorization);
    for (const [name, value] of Object.entries(this.fixedHeaders)) headers.set(name, value);
  }
}

export interface ApolloGatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
  /** Headers sent to one subgraph on every request, by subgraph name. */
  subgraphHeaders?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/** An @apollo/gateway inside Apollo Server, serving a supergraph composed ahead of time. */
export async function startApolloGateway(options: ApolloGatewayOptions): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      if (!url) throw new Error(`Subgraph ${name} has no routing URL in the supergraph`);
      return new ForwardingDataSource(url, options.subgraphHeaders?.[name] ?? {});
    },
  });
  const server = new ApolloServer<GatewayContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return { url, stop: () => server.stop() };
}
