import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../src/logger';

export interface CapturedLog {
  /** The production logger (serializers, redaction), writing here instead of stdout. */
  logger: Logger;
  /** Everything logged so far, as written. */
  text(): string;
  /** Each line parsed. */
  entries(): Record<string, unknown>[];
}

export function captureLog(level = 'info'): CapturedLog {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    logger: createLogger(level, stream),
    text: () => lines.join(''),
    entries: () =>
      lines
        .join('')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
