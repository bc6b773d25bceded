import type { Logger } from 'pino';
import { resolveJwtSecret } from './auth/dev-secret';
import { createTokenVerifier } from './auth/token-verifier';
import { systemClock } from './clock';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { provisionDatabase, type ProvisionedDatabase } from './db/provision';
import { blindIndexFromConfig } from './pii/blind-index';
import { startOutboxJob } from './jobs/outbox-job';
import { startLedgerSweeper } from './jobs/ledger-sweeper';
import { startStatusCountFolder } from './jobs/status-count-fold';
import { startHoldSweeper } from './services/hold-sweeper-job';
import { startSagaRecovery } from './sagas/recovery-job';
import { createApp, type App } from './server';
import { pricingPortFromConfig } from './ports/pricing';
import { requirementsPortFromConfig } from './ports/requirements';
import { signedSystemToken } from './ports/system-token';

/** What has been started so far, so a signal during startup still stops what exists. */
export interface BookingsParts {
  provisioned?: ProvisionedDatabase;
  database?: Database;
  app?: App;
  /** Background jobs, stopped before the server so none starts work against a closing database. */
  jobs?: { stop(): Promise<void> }[];
}

/**
 * Boots the subgraph as `npm start` does: database (DATABASE_URL or embedded) → migrations →
 * HTTP server on `config.host`:`config.port`, recording each part in `parts` as it starts. Resolves with the
 * port, or null when `isStopping()` turned true before the server began to listen. Shared by
 * `src/main.ts` and `npm run supergraph`.
 */
export async function startBookings(
  config: Config,
  logger: Logger,
  parts: BookingsParts,
  isStopping: () => boolean = () => false,
): Promise<number | null> {
  parts.provisioned = await provisionDatabase(config.databaseUrl, config.dataDir, logger);
  parts.database = await openDatabase(parts.provisioned.url, {
    blindIndex: blindIndexFromConfig(config),
    onPoolError: (error) => logger.warn({ err: error }, 'an idle database connection failed'),
  });
  const jwtSecret = resolveJwtSecret(config.auth, config.dataDir, config.production);
  if (!config.auth.jwtSecret && !config.auth.jwksUrl)
    logger.warn('using the development token secret from the data directory (npm run token)');
  if (config.production && !config.routerSecret)
    logger.warn('ALLOW_DIRECT_ACCESS=true: requests are accepted without the router secret');
  const systemToken = jwtSecret
    ? signedSystemToken({ secret: jwtSecret, issuer: config.auth.issuer, audience: config.auth.audience })
    : undefined;
  parts.app = await createApp({
    config,
    database: parts.database,
    clock: systemClock,
    verifyToken: createTokenVerifier({ ...config.auth, jwtSecret }),
    logger,
    // The audit table is the record; the log line lets a log pipeline or SIEM follow it live. Ids and field names only.
    onAudit: (event) => logger.info({ piiAudit: event }, 'PII audit event'),
    // Storefront rate cards come from PRICING_URL (else CATALOG_URL) with a system token; without either,
    // pricing is unavailable.
    pricing: pricingPortFromConfig(config, systemToken),
    // Questionnaires come from CATALOG_URL; without it requirements are UNAVAILABLE and storefront
    // confirm fails closed.
    requirements: requirementsPortFromConfig(config, systemToken),
  });
  logger.info(
    { kmsProvider: config.kms.provider, dataKeyCacheSeconds: config.piiDataKeyCacheSeconds },
    'PII encryption ready',
  );
  if (isStopping()) return null;
  const port = await parts.app.listen(config.port, config.host);
  parts.jobs = [];
  if (config.ledgerSweepIntervalSeconds > 0) {
    parts.jobs.push(
      startLedgerSweeper({
        database: parts.database,
        clock: systemClock,
        logger,
        intervalSeconds: config.ledgerSweepIntervalSeconds,
        metrics: parts.app.metrics,
      }),
    );
  }
  if (config.bookingCountFoldIntervalSeconds > 0) {
    parts.jobs.push(
      startStatusCountFolder({
        database: parts.database,
        logger,
        intervalSeconds: config.bookingCountFoldIntervalSeconds,
        metrics: parts.app.metrics,
      }),
    );
  }
  if (config.outbox.relayIntervalSeconds > 0) {
    parts.jobs.push(
      startOutboxJob({
        outbox: parts.app.outbox,
        intervalSeconds: config.outbox.relayIntervalSeconds,
        logger,
        metrics: parts.app.metrics,
      }),
    );
  }
  // Every replica runs one; they share the work through SKIP LOCKED. 0 disables it.
  const holdSweeper = startHoldSweeper({
    em: parts.database.orm.em,
    clock: systemClock,
    config,
    outbox: parts.app.outbox,
    intervalSeconds: config.holdSweepIntervalSeconds,
    logger,
    onRun: (outcome) => parts.app?.metrics?.sweeperRun('hold_sweeper', outcome),
  });
  if (holdSweeper) {
    parts.jobs.push(holdSweeper);
    logger.info({ intervalSeconds: config.holdSweepIntervalSeconds }, 'hold sweeper started');
  }
  const sagaRecovery = startSagaRecovery({
    em: parts.database.orm.em,
    clock: systemClock,
    config,
    runtime: parts.app.sagas,
    outbox: parts.app.outbox,
    logger,
  });
  if (sagaRecovery) parts.jobs.push(sagaRecovery);
  return port;
}

/** Stops what has started: the server first, so in-flight requests finish before the database goes. */
export async function stopBookings(parts: BookingsParts): Promise<void> {
  await Promise.all((parts.jobs ?? []).map((job) => job.stop()));
  await parts.app?.stop();
  await parts.database?.close();
  await parts.provisioned?.embedded?.stop();
}
