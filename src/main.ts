import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './logger';
import { startBookings, stopBookings, type BookingsParts } from './start';

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
  const running: BookingsParts = {};

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await stopBookings(running);
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const port = await startBookings(config, logger, running, () => stopping);
  if (port === null) return;
  logger.info({ url: `http://localhost:${port}/graphql`, host: config.host }, 'Bookings subgraph ready');
}

main().catch((error: unknown) => {
  process.stderr.write(`Bookings failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
