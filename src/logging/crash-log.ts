import type { Logger } from 'pino';

/**
 * Node prints an unhandled rejection or exception to stderr with its message, which for a
 * database error is the statement with its values. It goes through the logger's serializer instead,
 * and the process still exits, as Node would have made it.
 */
export function logCrashes(logger: Logger): void {
  const crash = (what: string) => (error: unknown) => {
    logger.fatal({ err: error }, what);
    process.exit(1);
  };
  process.on('unhandledRejection', crash('unhandled rejection'));
  process.on('uncaughtException', crash('uncaught exception'));
}
