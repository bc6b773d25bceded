import type { LogContext, Logger, LoggerNamespace } from '@mikro-orm/core';

/**
 * MikroORM's logger is the one place that sees every statement the ORM sends; a request hands its
 * counting function in through the fork's logger context so write paths are counted like the read model.
 * A failed statement is handed back as text with placeholders: the error the ORM throws has the
 * values inlined, so the error log takes the statement from here. Nothing is printed: `query-params`
 * stays disabled, and so do MikroORM's own messages.
 */
export const countingLoggerFactory = (): Logger => ({
  log: () => undefined,
  error: () => undefined,
  warn: () => undefined,
  logQuery: (context: LogContext) => {
    const countStatement: unknown = context.countStatement;
    if (typeof countStatement === 'function') countStatement();
    const statementFailed: unknown = context.statementFailed;
    if (context.level === 'error' && typeof statementFailed === 'function' && typeof context.query === 'string')
      statementFailed(context.query);
  },
  setDebugMode: () => undefined,
  isEnabled: (namespace: LoggerNamespace) => namespace === 'query',
});
