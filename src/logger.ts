import pino, { type DestinationStream, type Logger } from 'pino';
import { describeError } from './logging/safe-error';

/** `destination` defaults to stdout; tests hand in a stream to read what was logged. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'bookings' },
    // Tokens and personal data never reach the log, whatever a caller logs by mistake.
    redact: ['req.headers.authorization', '*.authorization', '*.password', '*.token'],
    // Every error goes through one description: a database error's text carries the values it was given.
    serializers: { err: describeError, error: describeError },
  };
  return destination ? pino(options, destination) : pino(options);
}
