import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { MASKED_MESSAGE } from '../error-masking';
import { sendJson } from './http-body';

export interface HttpRoutes {
  graphql: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  metrics: (response: ServerResponse) => void;
  /** The checkout capability public keys (ES256); null: `/.well-known/checkout-jwks.json` is not found. */
  checkoutJwks: unknown;
  /** Whether dependencies answer; `/ready` also fails while draining. */
  ready: () => Promise<boolean>;
  /** Wraps the listener (access log, latency histogram). */
  wrap: (listener: RequestListener) => RequestListener;
}

export interface HttpServer {
  server: Server;
  listen: (port: number, host?: string) => Promise<number>;
  /** Stops accepting, lets in-flight GraphQL requests finish, then closes every connection. */
  drain(): Promise<void>;
}

/** `/graphql`, `/health`, `/ready` and `/metrics` on node:http, with a graceful drain for shutdown. */
export function createHttpServer(routes: HttpRoutes, logger: Logger, keepAliveTimeoutSeconds: number): HttpServer {
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;

  const server = createServer(
    routes.wrap((request, response) => {
      const path = (request.url ?? '/').split('?')[0];
      if (path === '/health') return sendJson(response, 200, { status: 'ok' });
      if (path === '/metrics') return routes.metrics(response);
      // Only an asymmetric capability key is published: finance verifies payment:* without minting tokens.
      if (path === '/.well-known/checkout-jwks.json') {
        return routes.checkoutJwks
          ? sendJson(response, 200, routes.checkoutJwks)
          : sendJson(response, 404, { error: 'not found' });
      }
      if (path === '/ready') {
        void routes.ready().then((ok) => {
          const ready = ok && !draining;
          sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
        });
        return;
      }
      if (path !== '/graphql') return sendJson(response, 404, { error: 'not found' });
      inFlight += 1;
      routes
        .graphql(request, response)
        .catch((error: unknown) => {
          logger.error({ err: error }, 'request failed');
          if (!response.headersSent) {
            sendJson(response, 500, {
              errors: [{ message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            });
          }
        })
        .finally(() => {
          inFlight -= 1;
          if (inFlight === 0 && drained) drained();
        });
    }),
  );
  server.keepAliveTimeout = keepAliveTimeoutSeconds * 1000;
  // A reused connection's next request headers must be allowed to arrive for as long as the connection is kept.
  server.headersTimeout = server.keepAliveTimeout + 1000;

  return {
    server,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    drain: async () => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}
