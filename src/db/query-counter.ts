import type { LogContext, Logger, LoggerNamespace } from '@mikro-orm/core';

/**
 * MikroORM's logger is the one place that sees every statement the ORM sends; a request hands its
 * counting function in through the fork's logger context so write paths are counted like the read model.
 */
export const countingLoggerFactory = (): Logger => ({
  log: () => undefined,
  error: () => undefined,
  warn: () => undefined,
  logQuery: (context: LogContext) => {
    const countStatement: unknown = context.countStatement;
    if (typeof countStatement === 'function') countStatement();
  },
  setDebugMode: () => undefined,
  isEnabled: (namespace: LoggerNamespace) => namespace === 'query',
});
