import type { LogContext, Logger, LoggerNamespace } from '@mikro-orm/core';
import type { SqlCounter } from './read-model';

/**
 * MikroORM's logger is the one place that sees every statement the ORM sends; a request hands its
 * counter in through the fork's logger context so write paths are counted like the read model.
 */
export const countingLoggerFactory = (): Logger => ({
  log: () => undefined,
  error: () => undefined,
  warn: () => undefined,
  logQuery: (context: LogContext) => {
    const counter = context.sqlCounter as SqlCounter | undefined;
    if (counter) counter.statements += 1;
  },
  setDebugMode: () => undefined,
  isEnabled: (namespace: LoggerNamespace) => namespace === 'query',
});
