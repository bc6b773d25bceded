import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { TokenVerifier } from '../auth/token-verifier';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { createRequestContext } from '../context';
import type { Database } from '../db/database';
import type { EventHandler, OutboxRelay } from '../events/outbox';
import { createAppObservability } from '../observability/app-observability';
import type { AppMetrics } from '../observability/metrics';
import type { PiiAuditHook } from '../pii/audit';
import type { KmsProvider } from '../pii/kms/kms-provider';
import type { PersonSnapshotSource } from '../pii/person-snapshot';
import type { SagaRuntime } from '../sagas/runtime';
import { createSagaRuntime, type SagaOptions } from '../sagas/wiring';
import { startApollo } from './apollo';
import { graphqlHandler } from './graphql-handler';
import { createHttpServer } from './http-server';
import { wireOutbox } from './outbox-wiring';
import { wirePii } from './pii-wiring';
import { authenticate } from './request-auth';
import { buildBookingsSchema } from './schema';
import { storefrontPorts, withCheckout } from './storefront-wiring';
import type { CheckoutCapabilityPort } from '../ports/checkout-capability-port';
import type { PricingPort } from '../ports/pricing-port';
import type { RequirementsPort } from '../ports/requirements-port';

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
  /** Overrides the saga ports FINANCE_URL and CONNECTORS_URL select, and adds hooks (tests). */
  sagas?: SagaOptions;
  /** Issues and verifies checkout capabilities; default: the one CHECKOUT_CAPABILITY_* selects. */
  checkoutCapabilities?: CheckoutCapabilityPort;
  /** Rate cards for storefront sessions; null or absent: storefront pricing is unavailable. */
  pricing?: PricingPort | null;
  /** The catalog's booking questionnaires; absent: requirements are UNAVAILABLE and storefront confirm fails closed. */
  requirements?: RequirementsPort;
}

export interface App {
  httpServer: Server;
  schema: GraphQLSchema;
  /** The outbox relay mutations deliver through; the hold sweeper retries through it too. */
  outbox: OutboxRelay;
  /** null when METRICS_ENABLED is false; background jobs report their runs here. */
  metrics: AppMetrics | null;
  /** What reservation plans and refunds run with; the saga recovery job shares it. */
  sagas: SagaRuntime;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Wires the subgraph: schema, PII service, Apollo Server, the outbox and its transport, and the HTTP server. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, database, logger, clock } = options;
  const schema = buildBookingsSchema();
  const observability = createAppObservability({ config, database, clock, logger });
  const { pii, close: closePii } = wirePii({ ...options, metrics: observability.metrics });
  const apollo = await startApollo({
    schema,
    config,
    logger,
    requestObserver: observability.requests.plugin,
    inlineTracing: options.inlineTracing !== false,
    exposeSqlStatementCount: options.exposeSqlStatementCount === true,
  });
  const { outbox, close: closeOutbox } = await wireOutbox({ ...options, metrics: observability.metrics });
  const sagas = createSagaRuntime(config, logger, options.sagas);
  const storefront = await storefrontPorts(config, clock, options);
  const rootEm = database.orm.em;
  const graphql = graphqlHandler({
    apollo,
    routerSecret: config.routerSecret,
    contextFor: async (request, requestId, headers) => {
      const identity = await authenticate(request.headers.authorization, options.verifyToken);
      const { principal, checkout, checkoutFailure } = await withCheckout(storefront.ports, headers, identity);
      return createRequestContext({
        requestId,
        principal,
        authFailure: identity.authFailure,
        checkout,
        checkoutFailure,
        headers,
        rootEm,
        read: database.readModel,
        clock,
        config,
        pii,
        outbox,
        sagas,
        storefront: storefront.ports,
        requirements: storefront.ports.requirements,
      });
    },
  });
  const http = createHttpServer(
    {
      graphql,
      metrics: observability.serveMetrics,
      checkoutJwks: storefront.jwks,
      wrap: observability.requests.wrap,
      ready: async () => {
        try {
          await database.pool.query('select 1');
          const pending = await database.orm.getMigrator().getPendingMigrations();
          return pending.length === 0 && (options.isReady ? await options.isReady() : true);
        } catch {
          return false;
        }
      },
    },
    logger,
    config.httpKeepAliveTimeoutSeconds,
  );

  return {
    httpServer: http.server,
    schema,
    outbox,
    metrics: observability.metrics,
    sagas,
    listen: http.listen,
    /** Stops accepting, lets in-flight requests finish, then stops Apollo. */
    stop: async () => {
      await http.drain();
      await apollo.stop();
      closePii();
      await closeOutbox();
    },
  };
}
