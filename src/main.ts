// First: tracing has to patch http, pg and graphql before anything below loads them.
import { tracing } from './observability/tracing-bootstrap';
import { stopTracing } from './observability/tracing';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './logger';
import { logCrashes } from './logging/crash-log';
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
  logCrashes(logger);
  const running: BookingsParts = {};
  if (tracing) logger.info({ endpoint: config.otlpEndpoint }, 'tracing: spans are exported over OTLP/HTTP');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await stopBookings(running);
      await stopTracing(tracing, logger);
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

/** The real cause, through every `cause`; a rejection without an error still says so rather than "undefined". */
function describeFailure(error: unknown): string {
  if (error === undefined || error === null) return 'a dependency gave up without saying why (rejected with no error)';
  if (!(error instanceof Error)) {
    if (typeof error === 'string') return error;
    if (typeof error === 'function' || typeof error === 'symbol') return error.toString();
    // JSON has no text for an object whose toJSON answers undefined.
    const json = JSON.stringify(error) as string | undefined;
    return json ?? Object.prototype.toString.call(error);
  }
  const message = error.message || error.name;
  return error.cause === undefined ? message : `${message}\n  caused by: ${describeFailure(error.cause)}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`Bookings failed to start: ${describeFailure(error)}\n`);
  process.exit(1);
});
