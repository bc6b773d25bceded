import { resolveJwtSecret } from './auth/dev-secret';
import { createTokenVerifier } from './auth/token-verifier';
import { systemClock } from './clock';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { provisionDatabase } from './db/provision';
import { createLogger } from './logger';
import { createApp } from './server';
import { startHoldSweeper } from './services/hold-sweeper-job';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const provisioned = await provisionDatabase(config.databaseUrl, config.dataDir, logger);
  const database = await openDatabase(provisioned.url);
  const jwtSecret = resolveJwtSecret(config.auth, config.dataDir, config.production);
  if (!config.auth.jwtSecret && !config.auth.jwksUrl) logger.warn('using the development token secret from the data directory (npm run token)');
  const app = await createApp({
    config,
    database,
    clock: systemClock,
    verifyToken: createTokenVerifier({ ...config.auth, jwtSecret }),
    logger,
  });
  const port = await app.listen(config.port);
  logger.info({ url: `http://localhost:${port}/graphql` }, 'Bookings subgraph ready');
  // Every replica runs one; they share the work through SKIP LOCKED. 0 disables it.
  const sweeper = startHoldSweeper({
    em: database.orm.em,
    clock: systemClock,
    config,
    outbox: app.outbox,
    intervalSeconds: config.holdSweepIntervalSeconds,
    logger,
  });
  if (sweeper) logger.info({ intervalSeconds: config.holdSweepIntervalSeconds }, 'hold sweeper started');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await sweeper?.stop();
      await app.stop();
      await database.close();
      if (provisioned.embedded) await provisioned.embedded.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Bookings failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
