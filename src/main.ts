import { resolveJwtSecret } from './auth/dev-secret';
import { createTokenVerifier } from './auth/token-verifier';
import { systemClock } from './clock';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/database';
import { provisionDatabase, type ProvisionedDatabase } from './db/provision';
import { createLogger } from './logger';
import { createApp, type App } from './server';

/** What has been started so far, so a signal during startup still stops what exists. */
interface Running {
  app?: App;
  database?: Database;
  provisioned?: ProvisionedDatabase;
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const running: Running = {};

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await running.app?.stop();
      await running.database?.close();
      await running.provisioned?.embedded?.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  running.provisioned = await provisionDatabase(config.databaseUrl, config.dataDir, logger);
  running.database = await openDatabase(running.provisioned.url, {
    onPoolError: (error) => logger.warn({ err: error }, 'an idle database connection failed'),
  });
  const jwtSecret = resolveJwtSecret(config.auth, config.dataDir, config.production);
  if (!config.auth.jwtSecret && !config.auth.jwksUrl) logger.warn('using the development token secret from the data directory (npm run token)');
  running.app = await createApp({
    config,
    database: running.database,
    clock: systemClock,
    verifyToken: createTokenVerifier({ ...config.auth, jwtSecret }),
    logger,
    // The audit table is the record; the log line lets a log pipeline or SIEM follow it live. Ids and field names only.
    onAudit: (event) => logger.info({ piiAudit: event }, 'PII audit event'),
  });
  logger.info({ kmsProvider: config.kms.provider, dataKeyCacheSeconds: config.piiDataKeyCacheSeconds }, 'PII encryption ready');
  if (stopping) return;
  const port = await running.app.listen(config.port);
  logger.info({ url: `http://localhost:${port}/graphql` }, 'Bookings subgraph ready');
}

main().catch((error: unknown) => {
  process.stderr.write(`Bookings failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
