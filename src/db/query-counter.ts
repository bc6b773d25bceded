import type { LogContext, Logger, LoggerNamespace } from '@mikro-orm/core';

/**
 * MikroORM's logger is the one place that sees every statement the ORM sends; a request hands its
 * counting function in through the fork's logger context so write paths are counted like the read model.
 * A failed statement is handed back as text with placeholders: the error the ORM throws has the
 * values inlined, so the error log takes the statement from here. Nothing is printed: `query-params`
 * stays disabled, and so do MikroORM's own messages.
 */
/** Hooks arrive through the logger context, which MikroORM types as a bag of unknowns. */
const isHook = (value: unknown): value is (statement?: string) => void => typeof value === 'function';

export const countingLoggerFactory = (): Logger => ({
  log: () => undefined,
  error: () => undefined,
  warn: () => undefined,
  logQuery: (context: LogContext) => {
    const countStatement: unknown = context.countStatement;
    if (isHook(countStatement)) countStatement();
    const statementFailed: unknown = context.statementFailed;
    if (context.level === 'error' && isHook(statementFailed) && typeof context.query === 'string')
      statementFailed(context.query);
  },
  setDebugMode: () => undefined,
  isEnabled: (namespace: LoggerNamespace) => namespace === 'query',
});
