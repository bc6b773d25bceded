import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import pino, { type Logger } from 'pino';
import { errorMasker } from '../../src/error-masking';
import { DEFAULT_HOST } from './shared/subgraph-host';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

const nodeFetch: Fetcher = (url, init) =>
  fetch(url, { ...init, body: typeof init?.body === 'string' ? init.body : init?.body && new Uint8Array(init.body) });

/** What a gateway request carries on to the subgraphs: the caller's own headers, verified downstream. */
interface GatewayContext {
  authorization?: string;
  checkoutCapability?: string;
}

/**
 * Sends the caller's Authorization and Checkout-Capability headers on (the subgraphs verify them
 * themselves) plus any fixed headers this subgraph needs from its router, such as `router-authorization`.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly fixedHeaders: Readonly<Record<string, string>>,
  ) {
    // Node's fetch stops reusing a connection a second before the subgraph's advertised Keep-Alive timeout;
    // the default fetcher keeps it until the subgraph closes it, and a request sent at that moment is reset.
    super({ url, fetcher: nodeFetch });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    if (typeof context.authorization === 'string') headers.set('authorization', context.authorization);
    if (typeof context.checkoutCapability === 'string') headers.set('checkout-capability', context.checkoutCapability);
    for (const [name, value] of Object.entries(this.fixedHeaders)) headers.set(name, value);
  }
}

export interface ApolloGatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
  /** Headers sent to one subgraph on every request, by subgraph name. */
  subgraphHeaders?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Where unexpected errors are logged before they are masked; silent unless given. */
  logger?: Logger;
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
  // Masked like the subgraph: a failed subgraph call would otherwise hand the client its internal URL and raw body.
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: errorMasker(options.logger ?? pino({ level: 'silent' })),
    includeStacktraceInErrorResponses: false,
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? DEFAULT_HOST },
    context: async ({ req }) => ({
      authorization: req.headers.authorization,
      checkoutCapability: singleHeader(req.headers['checkout-capability']),
    }),
  });
  return { url, stop: () => server.stop() };
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
