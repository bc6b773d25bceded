import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import type { Logger } from 'pino';
import { bookingPermissions } from './auth/permissions';
import { storefrontPermissions } from './storefront/storefront-permissions';
import type { TokenVerifier } from './auth/token-verifier';
import type { Clock } from './clock';
import type { Config } from './config';
import { createRequestContext, type RequestContext } from './context';
import type { Database } from './db/database';
import { applyPiiRedaction } from './directives/pii-directive';
import type { PiiAuditHook } from './pii/audit';
import { AwsKmsProvider } from './pii/kms/aws-kms-provider';
import type { KmsProvider } from './pii/kms/kms-provider';
import { createKmsProvider } from './pii/kms/provider-from-config';
import { relationshipsSnapshotSource, type PersonSnapshotSource } from './pii/person-snapshot';
import { createPiiService } from './pii/pii-service';
import { revealAuditPlugin } from './pii/reveal-audit-plugin';
import { MASKED_MESSAGE } from './error-masking';
import { createOutboxRelay, type EventHandler, type OutboxRelay } from './events/outbox';
import { createEventTransport } from './events/event-transport';
import { createAppObservability } from './observability/app-observability';
import { instrumentedKms } from './observability/instrumented-kms';
import type { AppMetrics } from './observability/metrics';
import { buildResolvers } from './resolvers';
import { entitiesContract } from './resolvers/representations';
import { requestIdFor } from './request-id';
import { apolloLogger } from './logging/apollo-logger';
import { unexpectedErrors } from './logging/unexpected-errors';
import type { CheckoutCapabilityPort } from './ports/checkout-capability-port';
import type { PricingPort } from './ports/pricing-port';
import { capabilityPortFromConfig } from './storefront/capability-from-config';
import { CHECKOUT_CAPABILITY_HEADER, checkoutPrincipal, readCheckoutCapability } from './storefront/checkout-auth';
import type { StorefrontPorts } from './storefront/ports';

export interface AppOptions {
  config: Config;
  database: Database;
  clock: Clock;
  verifyToken: TokenVerifier;
  logger: Logger;
  /** Reports each request's SQL statement count in an `x-sql-statements` header (tests, benchmarks). */
  exposeSqlStatementCount?: boolean;
  /** Answer `apollo-federation-include-trace: ftv1`; off quiets tests that don't need it. */
  inlineTracing?: boolean;
  /** Readiness extras (later features add their own checks). */
  isReady?: () => Promise<boolean>;
  /** Overrides the KMS that KMS_PROVIDER selects (tests, custom key stores). */
  kms?: KmsProvider;
  /** Hears every PII audit event once it is persisted (SIEM forwarding, alerts). */
  onAudit?: PiiAuditHook;
  /** Overrides the person snapshots read from RELATIONSHIPS_URL for traveler pre-fill. */
  personSnapshots?: PersonSnapshotSource;
  /** Receives each lifecycle event after the transaction that wrote it commits; default: EVENTS_TRANSPORT. */
  onEvent?: EventHandler;
  /** Issues and verifies checkout capabilities; default: the one CHECKOUT_CAPABILITY_* selects. */
  checkoutCapabilities?: CheckoutCapabilityPort;
  /** Rate cards for storefront sessions; null or absent: storefront pricing is unavailable. */
  pricing?: PricingPort | null;
}

export interface App {
  httpServer: Server;
  schema: GraphQLSchema;
  /** The outbox relay mutations deliver through; the hold sweeper retries through it too. */
  outbox: OutboxRelay;
  /** null when METRICS_ENABLED is false; background jobs report their runs here. */
  metrics: AppMetrics | null;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

export function schemaPath(): string {
  // Compiled code runs from dist/src; the SDL stays at the project root either way.
  const candidates = [join(__dirname, '..', 'schema.graphql'), join(__dirname, '..', '..', 'schema.graphql')];
  for (const candidate of candidates) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // Try the next location.
    }
  }
  throw new Error('schema.graphql not found next to the sources');
}

export function buildBookingsSchema(): GraphQLSchema {
  const sdl = readFileSync(schemaPath(), 'utf8');
  const subgraph = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: buildResolvers(sdl) as never });
  // Redaction wraps the field resolvers first; the shield then guards the wrapped schema, and runs
  // before the _entities contract so a caller who may not read bookings learns nothing about representations.
  const redacted = applyPiiRedaction(subgraph);
  return applyMiddleware(redacted, bookingPermissions(redacted, storefrontPermissions()), entitiesContract(redacted));
}

class BodyTooLargeError extends Error {}

/**
 * Past the limit the rest of the body is read and dropped rather than the socket destroyed, so the
 * client gets a 413 it can read instead of a connection reset.
 */
function readBody(request: IncomingMessage, limit = 1_000_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) chunks.length = 0;
      else chunks.push(chunk);
    });
    request.on('end', () => (size > limit ? reject(new BodyTooLargeError('Request body too large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

const secretsEqual = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export async function createApp(options: AppOptions): Promise<App> {
  const { config, database, logger } = options;
  const schema = buildBookingsSchema();
  const ownsKms = options.kms === undefined;
  const kms = options.kms ?? createKmsProvider(config);
  const snapshots = options.personSnapshots ?? (config.relationshipsUrl ? relationshipsSnapshotSource({ url: config.relationshipsUrl }) : null);
  const observability = createAppObservability({ config, database, clock: options.clock, logger });
  const pii = createPiiService({ kms: observability.metrics ? instrumentedKms(kms, observability.metrics) : kms, cacheSeconds: config.piiDataKeyCacheSeconds, clock: options.clock, logger, snapshots, onAudit: options.onAudit });
  const armor = new ApolloArmor({
    maxDepth: { n: 12, propagateOnRejection: true },
    // armor skips `__typename` aliases by default, yet each one is a field to resolve and serialise.
    maxAliases: { n: 30, allowList: [] },
    costLimit: { maxCost: 20000 },
    maxDirectives: { n: 50 },
    // Apollo's own parser limit answers 400 where armor's would answer 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const errors = unexpectedErrors(logger);
  const statementCount: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set('x-sql-statements', String(contextValue.sql.statements));
        },
      };
    },
  };
  const apollo = new ApolloServer<RequestContext>({
    schema,
    ...protection,
    plugins: [
      ...protection.plugins,
      // No cache hints are set anywhere; computing them per field cost ~25% of a list request.
      ApolloServerPluginCacheControlDisabled(),
      revealAuditPlugin(logger),
      errors.plugin,
      options.inlineTracing === false ? ApolloServerPluginInlineTraceDisabled() : ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      ...(options.exposeSqlStatementCount ? [statementCount] : []),
      observability.requests.plugin,
    ],
    parseOptions: { maxTokens: 5000 },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Shutdown is ours: stop accepting, drain in-flight requests, then close the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    introspection: !config.production,
    formatError: errors.formatError,
    logger: apolloLogger(logger),
  });
  await apollo.start();
  const rootEm = database.orm.em;
  const storefront: StorefrontPorts = {
    capabilities: options.checkoutCapabilities ?? (await capabilityPortFromConfig(config, options.clock)),
    pricing: options.pricing ?? null,
  };
  const checkoutJwks = await storefront.capabilities.jwks();
  // A handler given by the caller (tests, embedders) replaces the transport EVENTS_TRANSPORT selects.
  const transport = options.onEvent ? null : createEventTransport(config.events, logger, () => options.clock.now());
  await transport?.start();
  const outbox = createOutboxRelay({
    pool: database.pool,
    onEvent: options.onEvent ?? transport?.deliver ?? (() => undefined),
    logger,
    now: () => options.clock.now(),
    retry: { maxAttempts: config.outbox.maxAttempts, baseDelayMs: config.outbox.retryBaseMs },
    retentionHours: config.outbox.retentionHours,
    observer: observability.metrics?.outbox,
  });
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;

  async function contextFor(request: IncomingMessage, requestId: string, headers: Readonly<Record<string, string | undefined>>): Promise<RequestContext> {
    const header = request.headers.authorization;
    let principal: RequestContext['principal'] = null;
    let authFailure: string | null = null;
    if (header) {
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match?.[1]) authFailure = 'The Authorization header must be "Bearer <token>"';
      else {
        try {
          principal = await options.verifyToken(match[1]);
        } catch (error) {
          authFailure = error instanceof Error ? error.message : 'The bearer token is invalid';
        }
      }
    }
    const { checkout, failure: checkoutFailure } = await readCheckoutCapability(storefront.capabilities, headers[CHECKOUT_CAPABILITY_HEADER]);
    // A capability alone acts as its own scopeless principal; with a bearer token, the token's principal acts.
    if (!principal && !authFailure && checkout) principal = checkoutPrincipal(checkout);
    return createRequestContext({
      requestId, principal, authFailure, checkout, checkoutFailure, headers, rootEm: rootEm as never, read: database.readModel,
      clock: options.clock, config, pii, outbox, storefront,
    });
  }

  async function handleGraphql(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (config.routerSecret) {
      const given = request.headers['router-authorization'];
      if (typeof given !== 'string' || !secretsEqual(given, config.routerSecret)) {
        sendJson(response, 401, { errors: [{ message: 'Requests must come through the router', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
    }
    const requestId = requestIdFor(request.headers['x-request-id']);
    const headers = new HeaderMap();
    const contextHeaders: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(request.headers)) {
      const joined = Array.isArray(value) ? value.join(', ') : value;
      contextHeaders[key] = joined;
      if (joined !== undefined) headers.set(key, joined);
    }
    const method = (request.method ?? 'GET').toUpperCase();
    let body: unknown = undefined;
    if (method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(request);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        sendJson(response, 413, { errors: [{ message: 'The request body is larger than 1 MB', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch {
        sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    }
    // Without a '?' the search is empty; parsing a URL for that was a visible share of a keyed read.
    const search = request.url?.includes('?') ? new URL(request.url, 'http://localhost').search : '';
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: () => contextFor(request, requestId, contextHeaders),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.setHeader('x-request-id', requestId);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function ready(): Promise<boolean> {
    try {
      await database.pool.query('select 1');
      const pending = await database.orm.getMigrator().getPendingMigrations();
      return pending.length === 0 && (options.isReady ? await options.isReady() : true);
    } catch {
      return false;
    }
  }

  const httpServer = createServer(observability.requests.wrap((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/health') return sendJson(response, 200, { status: 'ok' });
    if (path === '/metrics') return observability.serveMetrics(response);
    // Only an asymmetric capability key is published: finance verifies payment:* without minting tokens.
    if (path === '/.well-known/checkout-jwks.json') return checkoutJwks ? sendJson(response, 200, checkoutJwks) : sendJson(response, 404, { error: 'not found' });
    if (path === '/ready') {
      void ready().then((ok) => sendJson(response, ok && !draining ? 200 : 503, { status: ok && !draining ? 'ready' : 'unavailable' }));
      return;
    }
    if (path !== '/graphql') return sendJson(response, 404, { error: 'not found' });
    inFlight += 1;
    handleGraphql(request, response)
      .catch((error: unknown) => {
        logger.error({ err: error }, 'request failed');
        if (!response.headersSent) sendJson(response, 500, { errors: [{ message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      })
      .finally(() => {
        inFlight -= 1;
        if (inFlight === 0 && drained) drained();
      });
  }));
  httpServer.keepAliveTimeout = 5000;

  return {
    httpServer,
    schema,
    outbox,
    metrics: observability.metrics,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    /** Stops accepting, lets in-flight requests finish, then stops Apollo. */
    stop: async () => {
      draining = true;
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      httpServer.closeAllConnections();
      await closed;
      await apollo.stop();
      pii.close();
      await transport?.close();
      if (ownsKms && kms instanceof AwsKmsProvider) kms.destroy();
    },
  };
}

