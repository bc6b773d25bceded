import type { Logger } from 'pino';

/** The shape of Apollo Server's `logger` option. */
interface ApolloLogger {
  debug(message?: unknown): void;
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

/**
 * Apollo Server's own messages, on our logger. Its error templates end in `: ${error}`, and an
 * error's text may be a statement with its values: that part is cut, and the error itself is
 * logged safely by the unexpected-error plugin, with the request id.
 */
export function apolloLogger(logger: Logger): ApolloLogger {
  const safe = (message: unknown): { err?: unknown; text: string } => {
    if (message instanceof Error) return { err: message, text: 'Apollo Server error' };
    const text = String(message);
    const colon = text.indexOf(': ');
    return { text: colon === -1 ? text : text.slice(0, colon) };
  };
  const at = (level: 'warn' | 'error') => (message: unknown) => {
    const { err, text } = safe(message);
    if (err === undefined) logger[level](text);
    else logger[level]({ err }, text);
  };
  return {
    debug: () => undefined,
    info: (message: unknown) => logger.info(safe(message).text),
    warn: at('warn'),
    error: at('error'),
  };
}
