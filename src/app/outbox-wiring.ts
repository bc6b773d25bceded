import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { createEventTransport, type EventTransport } from '../events/event-transport';
import { createOutboxRelay, type EventHandler, type OutboxRelay } from '../events/outbox';
import type { AppMetrics } from '../observability/metrics';

interface OutboxWiring {
  config: Config;
  database: Database;
  logger: Logger;
  clock: Clock;
  onEvent?: EventHandler;
  metrics: AppMetrics | null;
}

/** The outbox relay and the transport it delivers to, started; `close` stops the transport. */
export async function wireOutbox(options: OutboxWiring): Promise<{ outbox: OutboxRelay; close: () => Promise<void> }> {
  const { config, database, logger, clock } = options;
  // A handler given by the caller (tests, embedders) replaces the transport EVENTS_TRANSPORT selects.
  const transport: EventTransport | null = options.onEvent
    ? null
    : createEventTransport(config.events, logger, () => clock.now());
  await transport?.start();
  const outbox = createOutboxRelay({
    pool: database.pool,
    onEvent: options.onEvent ?? transport?.deliver ?? (() => undefined),
    logger,
    now: () => clock.now(),
    retry: { maxAttempts: config.outbox.maxAttempts, baseDelayMs: config.outbox.retryBaseMs },
    retentionHours: config.outbox.retentionHours,
    observer: options.metrics?.outbox,
  });
  return { outbox, close: async () => await transport?.close() };
}
